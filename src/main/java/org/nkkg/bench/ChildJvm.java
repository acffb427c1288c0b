package org.nkkg.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs this program's main class in a child JVM with the same java binary and class path, and measures it: wall time
 * from just before the process is started until it exits (or until a readiness probe answers), peak resident set
 * size (VmHWM of /proc/&lt;pid&gt;/status, polled every few milliseconds), and heap figures from the child's GC log.
 */
final class ChildJvm {
    private static final Pattern GC_PAUSE = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");
    private static final Pattern HEAP_AT_EXIT = Pattern.compile("heap\\s+total (\\d+)K, used (\\d+)K");

    /**
     * @param cpuSeconds      CPU time of all the child's threads, as last seen before it ended
     * @param peakRssMiB      largest resident set seen, or -1 where /proc is not readable
     * @param heapPeakMiB     most heap in use at any point the GC log shows (before a collection, or at exit)
     * @param liveHeapMiB     most heap still in use right after a collection: what the program needed to keep
     */
    record Outcome(int exitCode, boolean ready, boolean timedOut, double wallSeconds, double cpuSeconds, long peakRssMiB,
                   double heapPeakMiB, double liveHeapMiB, int collections, Path stdout, Path stderr) {
        String stdoutText() { return read(stdout); }

        String stderrTail(int lines) {
            List<String> l = read(stderr).lines().toList();
            return String.join("\n", l.subList(Math.max(0, l.size() - lines), l.size()));
        }

        private static String read(Path p) {
            try {
                return Files.readString(p);
            } catch (IOException e) {
                return "";
            }
        }
    }

    private ChildJvm() {}

    static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static String classPath() {
        List<String> parts = new ArrayList<>();
        for (String p : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!p.isEmpty()) parts.add(Path.of(p).toAbsolutePath().toString());
        }
        return String.join(File.pathSeparator, parts);
    }

    /** Runs {@code org.nkkg.cli.Main args} with {@code jvmArgs}, logs in {@code logDir/name.*}. */
    static Outcome run(String name, List<String> jvmArgs, List<String> args, Path workDir, Path logDir,
                       long timeoutSeconds, BooleanSupplier ready) {
        Path out = logDir.resolve(name + ".out"), err = logDir.resolve(name + ".err"), gc = logDir.resolve(name + ".gc.log");
        List<String> cmd = new ArrayList<>();
        cmd.add(javaBinary());
        cmd.addAll(jvmArgs);
        cmd.add("-Xlog:gc,gc+heap+exit:file=" + gc);
        cmd.add("-cp");
        cmd.add(classPath());
        cmd.add("org.nkkg.cli.Main");
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(workDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        long peakKib = -1;
        java.time.Duration cpu = java.time.Duration.ZERO;
        boolean isReady = false, timedOut = false;
        long t0 = System.nanoTime();
        long end;
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + cmd.get(0) + ": " + e.getMessage(), e);
        }
        try {
            Path status = Path.of("/proc", Long.toString(p.pid()), "status");
            long deadline = t0 + TimeUnit.SECONDS.toNanos(timeoutSeconds);
            while (true) {
                peakKib = Math.max(peakKib, vmHwmKib(status));
                java.time.Duration c = p.info().totalCpuDuration().orElse(null);
                if (c != null && c.compareTo(cpu) > 0) cpu = c;
                if (p.waitFor(5, TimeUnit.MILLISECONDS)) { end = System.nanoTime(); break; }
                if (ready != null && ready.getAsBoolean()) {
                    end = System.nanoTime();
                    isReady = true;
                    peakKib = Math.max(peakKib, vmHwmKib(status));
                    break;
                }
                if (System.nanoTime() > deadline) { end = System.nanoTime(); timedOut = true; break; }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            end = System.nanoTime();
        } finally {
            if (p.isAlive()) stop(p);
        }
        double[] heap = parseGcLog(gc);
        int exit = p.isAlive() ? -1 : p.exitValue();
        return new Outcome(exit, isReady, timedOut, (end - t0) / 1e9, cpu.toNanos() / 1e9, peakKib < 0 ? -1 : peakKib / 1024,
                heap[0], heap[1], (int) heap[2], out, err);
    }

    /** Ends a child this class started: politely, then forcibly. */
    private static void stop(Process p) {
        p.destroy();
        try {
            if (!p.waitFor(15, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                p.waitFor(15, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static long vmHwmKib(Path status) {
        try {
            for (String l : Files.readAllLines(status)) {
                if (l.startsWith("VmHWM:")) return Long.parseLong(l.replaceAll("[^0-9]", ""));
            }
        } catch (IOException | RuntimeException e) {
            // the process has exited, or there is no /proc
        }
        return -1;
    }

    /** {peak heap MiB, peak live heap after a collection MiB, number of collections} from a unified GC log. */
    static double[] parseGcLog(Path gc) {
        double peak = 0, live = 0;
        int n = 0;
        try {
            for (String l : Files.readAllLines(gc)) {
                Matcher m = GC_PAUSE.matcher(l);
                if (l.contains("Pause") && m.find()) {
                    peak = Math.max(peak, Double.parseDouble(m.group(1)));
                    live = Math.max(live, Double.parseDouble(m.group(2)));
                    n++;
                }
                Matcher x = HEAP_AT_EXIT.matcher(l);
                if (x.find()) peak = Math.max(peak, Double.parseDouble(x.group(2)) / 1024);
            }
        } catch (IOException e) {
            return new double[]{-1, -1, 0};
        }
        return new double[]{peak, live, n};
    }
}
