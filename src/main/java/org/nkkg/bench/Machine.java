package org.nkkg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What the figures were measured on. */
public record Machine(String cpuModel, int cores, long memoryMiB, String os, String kernel, String jvm,
                      String jvmFlags, long benchHeapMaxMiB) {

    public static Machine describe() {
        String cpu = "unknown";
        long memKib = -1;
        String os = System.getProperty("os.name") + " " + System.getProperty("os.arch");
        try {
            for (String l : lines("/proc/cpuinfo")) {
                if (l.startsWith("model name")) { cpu = l.substring(l.indexOf(':') + 1).strip(); break; }
            }
            for (String l : lines("/proc/meminfo")) {
                if (l.startsWith("MemTotal:")) { memKib = Long.parseLong(l.replaceAll("[^0-9]", "")); break; }
            }
            for (String l : lines("/etc/os-release")) {
                if (l.startsWith("PRETTY_NAME=")) { os = l.substring(12).replace("\"", "") + " (" + System.getProperty("os.arch") + ")"; break; }
            }
        } catch (RuntimeException ignored) {
            // the description is best effort on systems without /proc
        }
        String jvm = System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + " (" + System.getProperty("java.vm.vendor") + ")";
        String flags = String.join(" ", java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments());
        return new Machine(cpu, Runtime.getRuntime().availableProcessors(), memKib < 0 ? -1 : memKib / 1024, os,
                System.getProperty("os.version"), jvm, flags, Runtime.getRuntime().maxMemory() >> 20);
    }

    /** The 1, 5 and 15 minute load averages, or "unknown": other work on the machine shows here. */
    public static String loadAverage() {
        List<String> l = lines("/proc/loadavg");
        if (l.isEmpty()) return "unknown";
        String[] f = l.get(0).split(" ");
        return f.length >= 3 ? f[0] + " " + f[1] + " " + f[2] : "unknown";
    }

    private static List<String> lines(String file) {
        try {
            Path p = Path.of(file);
            return Files.isReadable(p) ? Files.readAllLines(p) : List.of();
        } catch (IOException e) {
            return List.of();
        }
    }
}
