package org.nkkg.link.wikidata;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nkkg.TestData;
import org.nkkg.build.GraphBuild;
import org.nkkg.cli.Main;
import org.nkkg.kb.Gazetteer;
import org.nkkg.rdf.Vocabulary;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.*;

/** The command line around the live checks: {@code wikidata refresh}, and {@code build} staying offline by default. */
class WikidataCommandTest {
    WikidataStub stub;
    @TempDir Path tmp;
    Path gazetteer;

    @BeforeEach void start() throws IOException {
        stub = new WikidataStub();
        stub.answerMissing(List.of("Q999999999"));
        gazetteer = WikidataStub.fixtureGazetteer(tmp, "gazetteer.tsv");
    }

    @AfterEach void stop() {
        stub.close();
        assertEquals(List.of(), stub.failures(), "requests without a recording");
    }

    private String[] refresh(String... more) {
        List<String> a = new java.util.ArrayList<>(List.of("wikidata", "refresh", "--gazetteer", gazetteer.toString(),
                "--endpoint", stub.endpoint().toString(), "--cache", tmp.resolve("cache").toString(), "--rate-limit-ms", "0",
                "--report", tmp.resolve("report.tsv").toString()));
        a.addAll(List.of(more));
        return a.toArray(String[]::new);
    }

    @Test void refreshWritesANewFileAndLeavesTheCuratedOne() throws IOException {
        byte[] curated = Files.readAllBytes(gazetteer);
        Path out = tmp.resolve("gazetteer.refreshed.tsv");
        assertEquals(0, Main.run(refresh("--out", out.toString())));
        assertArrayEquals(curated, Files.readAllBytes(gazetteer));
        Gazetteer g = Gazetteer.load(out);
        assertEquals("confirmed", g.get("armenia").qidStatus());
        assertNull(g.get("fixture-person").qid());
        assertTrue(Files.readString(tmp.resolve("report.tsv")).contains("Q900000002\tfixture-person\tmismatch\tdropped"));

        int n = stub.requests().size();
        assertEquals(0, Main.run(refresh("--out", tmp.resolve("again.tsv").toString())));
        assertEquals(n, stub.requests().size(), "a re-run is answered from the cache");
    }

    @Test void theCuratedFileIsReplacedOnlyWithInPlace() throws IOException {
        byte[] curated = Files.readAllBytes(gazetteer);
        assertEquals(2, Main.run(refresh("--out", gazetteer.toString())));
        assertArrayEquals(curated, Files.readAllBytes(gazetteer));
        assertEquals(0, stub.requests().size());

        assertEquals(0, Main.run(refresh("--in-place")));
        Gazetteer g = Gazetteer.load(gazetteer);
        assertEquals("confirmed", g.get("armenia").qidStatus());
        assertTrue(Files.readString(gazetteer, StandardCharsets.UTF_8).startsWith("# Test gazetteer"));
        try (var files = Files.list(tmp)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".part")), "no temporary file left");
        }
    }

    @Test void buildWithoutWikidataOnlineAsksNothing() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), "Azerbaijan and Armenia met in Brussels. Arman Fixturyan spoke in Fixture Springs.\n");
        Path out = tmp.resolve("out");
        int rc = Main.run("build", "--input", corpus.toString(), "--out", out.toString(), "--gazetteer", "data/gazetteer.tsv",
                "--wikidata-endpoint", stub.endpoint().toString(), "--wikidata-cache", tmp.resolve("cache").toString());
        assertEquals(0, rc);
        assertTrue(Files.isRegularFile(out.resolve("links.csv")));
        assertEquals(List.of(), stub.requests(), "the default build makes no request");
        assertFalse(Files.exists(tmp.resolve("cache")), "nor creates a cache");
    }

    @Test void theExtraLinkerRunsAfterTheOfflineOne() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), "Azerbaijan and Armenia met in Brussels.\n");
        GraphBuild b = new GraphBuild(TestData.gazetteer(), Vocabulary.DEFAULT_BASE, "http://127.0.0.1:3030");
        assertNull(b.extraLinker(), "no online step unless asked");
        AtomicInteger calls = new AtomicInteger();
        b.withLinker(kg -> {
            calls.incrementAndGet();
            assertTrue(kg.links().values().stream().anyMatch(l -> "Q227".equals(l.qid())), "offline links are already there");
            return kg;
        });
        b.extract(corpus, 1 << 20, m -> {});
        assertEquals(1, calls.get());
    }
}
