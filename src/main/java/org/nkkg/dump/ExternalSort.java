package org.nkkg.dump;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Consumer;

/**
 * Sorts lines that may not fit in memory: lines are buffered, and every {@code chunk} lines the buffer is sorted and
 * written to a run file; reading merges the runs. Lines must not contain a line break (N-Triples/N-Quads escape
 * them). Memory stays bounded by the chunk whatever the corpus size; small inputs never touch the disk.
 */
final class ExternalSort implements AutoCloseable {
    private final int chunk;
    private final List<String> buffer = new ArrayList<>();
    private final List<Path> runs = new ArrayList<>();
    private Path dir;

    ExternalSort(int chunk) { this.chunk = chunk; }

    void add(String line) {
        buffer.add(line);
        if (buffer.size() >= chunk) spill();
    }

    /** Feeds every distinct line, in order, to {@code out}; returns how many there were. */
    long forEachDistinct(Consumer<String> out) {
        if (runs.isEmpty()) {
            buffer.sort(null);
            long n = 0;
            String prev = null;
            for (String l : buffer) {
                if (l.equals(prev)) continue;
                out.accept(l);
                prev = l;
                n++;
            }
            return n;
        }
        if (!buffer.isEmpty()) spill();
        return merge(out);
    }

    private void spill() {
        buffer.sort(null);
        try {
            if (dir == null) dir = Files.createTempDirectory("nkkg-sort-");
            Path run = dir.resolve("run-" + runs.size());
            try (BufferedWriter w = Files.newBufferedWriter(run, StandardCharsets.UTF_8)) {
                String prev = null;
                for (String l : buffer) {
                    if (l.equals(prev)) continue;
                    w.write(l);
                    w.write('\n');
                    prev = l;
                }
            }
            runs.add(run);
            buffer.clear();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a sort run: " + e.getMessage(), e);
        }
    }

    private record Head(String line, BufferedReader from) {}

    private long merge(Consumer<String> out) {
        List<BufferedReader> readers = new ArrayList<>();
        try {
            PriorityQueue<Head> heads = new PriorityQueue<>((a, b) -> a.line().compareTo(b.line()));
            for (Path r : runs) {
                BufferedReader br = Files.newBufferedReader(r, StandardCharsets.UTF_8);
                readers.add(br);
                String l = br.readLine();
                if (l != null) heads.add(new Head(l, br));
            }
            long n = 0;
            String prev = null;
            while (!heads.isEmpty()) {
                Head h = heads.poll();
                if (!h.line().equals(prev)) {
                    out.accept(h.line());
                    prev = h.line();
                    n++;
                }
                String next = h.from().readLine();
                if (next != null) heads.add(new Head(next, h.from()));
            }
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot merge sort runs: " + e.getMessage(), e);
        } finally {
            for (BufferedReader r : readers) {
                try {
                    r.close();
                } catch (IOException ignored) {
                    // closing a read-only temp file cannot lose data
                }
            }
        }
    }

    @Override public void close() {
        try {
            if (dir != null) DumpWriter.deleteTree(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
