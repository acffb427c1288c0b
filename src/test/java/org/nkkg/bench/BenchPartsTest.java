package org.nkkg.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nkkg.corpus.CorpusEntry;
import org.nkkg.corpus.CorpusReader;
import org.nkkg.model.Lang;
import org.nkkg.model.SourceDoc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The pure parts of the benchmark: statistics, synthetic corpora, GC log figures. Timings are not tested. */
class BenchPartsTest {
    @Test void percentilesAreNearestRank() {
        double[] s = {5, 1, 4, 2, 3, 6, 7, 8, 9, 10};
        assertEquals(5, Stats.percentile(s, 50));
        assertEquals(10, Stats.percentile(s, 95));
        assertEquals(1, Stats.percentile(s, 1));
        assertEquals(10, Stats.percentile(s, 100));
        assertEquals(7, Stats.percentile(new double[]{7}, 95));
        double[] twenty = new double[20];
        for (int i = 0; i < 20; i++) twenty[i] = 20 - i;
        assertEquals(19, Stats.percentile(twenty, 95));
        assertArrayEquals(new double[]{5, 1, 4, 2, 3, 6, 7, 8, 9, 10}, s, "the samples are not reordered");
        assertThrows(IllegalArgumentException.class, () -> Stats.percentile(new double[0], 50));
        assertThrows(IllegalArgumentException.class, () -> Stats.percentile(s, 0));
    }

    @Test void medianOfOddAndEvenCounts() {
        assertEquals(3, Stats.median(new double[]{9, 3, 1}));
        assertEquals(2.5, Stats.median(new double[]{4, 1, 3, 2}));
        assertEquals(2.0, Stats.median(List.of(1, 2, 3)));
    }

    @Test void syntheticCorpusCopiesTextWithNewIdsAndShiftedDates(@TempDir Path tmp) throws Exception {
        Path seeds = Files.createDirectories(tmp.resolve("seeds"));
        Files.writeString(seeds.resolve("a.txt"), "阿塞拜疆 text");
        Files.writeString(seeds.resolve("b.txt"), "Azerbaijan text");
        Files.writeString(seeds.resolve("manifest.json"), """
                {"documents": [
                  {"id": "a", "file": "a.txt", "language": "zh-Hans", "kind": "news-item", "published": "2023-09-20", "retrieved": "2023-09-21"},
                  {"file": "b.txt", "language": "en", "title": "B"}
                ]}""");
        SyntheticCorpus.Made made = SyntheticCorpus.generate(seeds, 3, tmp.resolve("x3"));
        assertEquals(6, made.documents());
        CorpusReader reader = new CorpusReader(made.dir(), CorpusReader.DEFAULT_MAX_BYTES, m -> {});
        List<CorpusEntry> entries = reader.list();
        assertEquals(List.of("a", "b", "a-s1", "b-s1", "a-s2", "b-s2"), entries.stream().map(CorpusEntry::id).toList());
        SourceDoc a2 = reader.read(entries.get(4));
        assertEquals(Lang.ZH_HANS, a2.lang());
        assertEquals("news-item", a2.kind());
        assertEquals("阿塞拜疆 text", a2.text());
        assertEquals(LocalDate.of(2025, 9, 20), a2.published());
        assertEquals(LocalDate.of(2025, 9, 21), a2.retrieved());
        SourceDoc b1 = reader.read(entries.get(3));
        assertNull(b1.published());
        assertEquals("B", b1.title());
        assertEquals(Files.size(seeds.resolve("a.txt")) * 3 + Files.size(seeds.resolve("b.txt")) * 3, made.bytes());

        // factor 1 is the seed corpus itself; the same input gives the same manifest
        SyntheticCorpus.generate(seeds, 1, tmp.resolve("x1"));
        assertEquals(List.of("a", "b"), new CorpusReader(tmp.resolve("x1"), 1 << 20, m -> {}).list().stream().map(CorpusEntry::id).toList());
        SyntheticCorpus.generate(seeds, 3, tmp.resolve("x3b"));
        assertEquals(Files.readString(tmp.resolve("x3/manifest.json")), Files.readString(tmp.resolve("x3b/manifest.json")));
        assertThrows(IllegalArgumentException.class, () -> SyntheticCorpus.generate(seeds, 0, tmp.resolve("x0")));
    }

    @Test void gcLogGivesPeakAndRetainedHeap(@TempDir Path tmp) throws Exception {
        Path log = tmp.resolve("gc.log");
        Files.writeString(log, String.join("\n",
                "[0.010s][info][gc] Using G1",
                "[0.512s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 45M->12M(256M) 3.456ms",
                "[1.100s][info][gc] GC(1) Pause Young (Concurrent Start) (G1 Humongous Allocation) 300M->210M(512M) 9.1ms",
                "[1.300s][info][gc] GC(2) Concurrent Mark Cycle 30.2ms",
                "[2.000s][info][gc] GC(3) Pause Full (G1 Compaction Pause) 900M->650M(1024M) 400.0ms",
                "[2.500s][info][gc,heap,exit]  garbage-first heap   total 1048576K, used 951296K [0x0, 0x0)",
                ""));
        double[] f = ChildJvm.parseGcLog(log);
        assertEquals(929, f[0], 0.5); // 951296K at exit
        assertEquals(650, f[1]);
        assertEquals(3, f[2]);
        assertEquals(-1, ChildJvm.parseGcLog(tmp.resolve("missing.log"))[0]);
    }
}
