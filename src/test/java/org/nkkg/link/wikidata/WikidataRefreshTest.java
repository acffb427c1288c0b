package org.nkkg.link.wikidata;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nkkg.kb.Gazetteer;
import org.nkkg.kb.GazetteerEntry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

class WikidataRefreshTest {
    static final LocalDate DAY = LocalDate.of(2026, 11, 25);
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

    private HttpWikidataClient client() {
        return HttpWikidataClient.builder().endpoint(stub.endpoint()).minInterval(Duration.ZERO).cacheDir(tmp.resolve("cache")).build();
    }

    private WikidataRefresh.Result run(Path out, Path report) throws IOException {
        return new WikidataRefresh(client(), stub.endpoint().toString(), DAY).run(gazetteer, out, report);
    }

    @Test void verdictsForEveryQid() throws IOException {
        WikidataRefresh.Result r = run(tmp.resolve("out.tsv"), tmp.resolve("report.tsv"));
        Map<String, WikidataRefresh.Finding> f = r.findings().stream().collect(Collectors.toMap(WikidataRefresh.Finding::id, Function.identity()));
        assertEquals(10, f.size(), "one finding per row with a QID");
        assertVerdict(f, "azerbaijan", "ok", "kept");
        assertVerdict(f, "armenia", "ok", "promoted");
        assertVerdict(f, "nikol-pashinyan", "ok", "kept");
        assertVerdict(f, "stepanakert", "ok", "kept"); // the live label is Khankendi: the curated alt name matches
        assertVerdict(f, "fixture-village", "ok", "promoted");
        assertVerdict(f, "fixture-person", "mismatch", "dropped");
        assertTrue(f.get("fixture-person").reason().startsWith("type:"), f.get("fixture-person").reason());
        assertVerdict(f, "fixture-renamed", "mismatch", "dropped");
        assertTrue(f.get("fixture-renamed").reason().startsWith("names:"), f.get("fixture-renamed").reason());
        assertVerdict(f, "fixture-gone", "missing", "dropped");
        assertVerdict(f, "fixture-ministry", "ok", "promoted");
        assertVerdict(f, "fixture-merged", "redirect", "replaced");
        assertEquals("Q900000005", f.get("fixture-merged").liveQid());

        List<String> report = Files.readAllLines(tmp.resolve("report.tsv"));
        assertEquals("qid\tid\tverdict\taction\tlive_qid\treason", report.get(0));
        assertEquals(11, report.size());
        assertTrue(report.contains("Q999999999\tfixture-gone\tmissing\tdropped\t\tthe item does not exist (deleted or never created)"));
        assertEquals(1, stub.requests().size(), "ten QIDs in one batch");
    }

    private static void assertVerdict(Map<String, WikidataRefresh.Finding> f, String id, String verdict, String action) {
        assertEquals(verdict, f.get(id).verdict(), id + ": " + f.get(id));
        assertEquals(action, f.get(id).action(), id + ": " + f.get(id));
    }

    @Test void refreshedFileLoadsAndCarriesTheChanges() throws IOException {
        byte[] curated = Files.readAllBytes(gazetteer);
        Path out = tmp.resolve("gazetteer.refreshed.tsv");
        run(out, tmp.resolve("report.tsv"));
        assertArrayEquals(curated, Files.readAllBytes(gazetteer), "the curated file is left as it was");

        Gazetteer g = Gazetteer.load(out);
        assertEquals(11, g.size());
        Set<String> qids = new HashSet<>();
        for (GazetteerEntry e : g.entries()) if (e.qid() != null) assertTrue(qids.add(e.qid()), "QID twice: " + e.qid());

        GazetteerEntry az = g.get("azerbaijan");
        assertEquals("Q227", az.qid());
        assertEquals("confirmed", az.qidStatus());
        assertEquals("two public data files", az.qidEvidence(), "a confirmed QID keeps its evidence");
        assertEquals(List.of("Q6256", "Q3624078"), az.p31());
        assertEquals("Azerbaijan", az.en());
        assertEquals("阿塞拜疆", az.zhHans());
        assertEquals("亞塞拜然", az.zhHant(), "curated preferred labels are kept");
        assertTrue(az.enAlt().contains("Republic of Azerbaijan"));
        assertFalse(az.enAlt().contains("AZE") || az.enAlt().contains("az") || az.enAlt().contains("🇦🇿"), "codes are not names: " + az.enAlt());
        assertTrue(az.zhHansAlt().contains("阿塞拜疆共和国"));
        assertTrue(az.zhHantAlt().contains("亞塞拜然共和國"));
        assertTrue(az.zhHantAlt().contains("阿塞拜疆"), "zh-hant label differing from the Taiwan form goes to zh_hant_alt");
        assertEquals("Азербайджан", az.ru(), "an empty preferred cell is filled");

        GazetteerEntry am = g.get("armenia");
        assertEquals("confirmed", am.qidStatus());
        assertTrue(am.qidEvidence().startsWith("one public data file; live Wikidata check 20"), am.qidEvidence());

        GazetteerEntry np = g.get("nikol-pashinyan");
        assertEquals("Никол Пашинян", np.ru());
        assertTrue(np.enAlt().contains("Nikol Vovayi Pashinyan"));
        assertFalse(np.enAlt().contains("Pashinyan"), "a bare surname is not added");
        assertFalse(np.zhHansAlt().contains("帕希尼扬"), "a bare surname is not added");

        GazetteerEntry st = g.get("stepanakert");
        assertEquals("Stepanakert", st.en());
        assertEquals(List.of("Khankendi", "Khankandi", "Xankəndi"), st.enAlt(), "de-duplicated, curated first");

        GazetteerEntry village = g.get("fixture-village");
        assertEquals("confirmed", village.qidStatus());
        assertEquals(List.of("Q532"), village.p31());
        assertEquals(List.of("Fiksturovka"), village.enAlt());
        assertEquals("Фикстуровка", village.ru());

        GazetteerEntry ministry = g.get("fixture-ministry");
        assertEquals(List.of("Fixturia Foreign Ministry", "FMFA"), ministry.enAlt(), "generic aliases and short codes are left out");
        assertEquals("菲克斯图里亚外交部", ministry.zhHans());
        assertEquals(List.of(), ministry.zhHansAlt());

        GazetteerEntry merged = g.get("fixture-merged");
        assertEquals("Q900000005", merged.qid());
        assertTrue(merged.qidEvidence().contains("Q900000004 redirects to Q900000005"), merged.qidEvidence());

        for (String dropped : List.of("fixture-person", "fixture-gone", "fixture-renamed")) {
            GazetteerEntry e = g.get(dropped);
            assertNull(e.qid(), dropped);
            assertEquals("", e.qidStatus(), dropped);
        }

        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        List<String> before = Files.readAllLines(gazetteer, StandardCharsets.UTF_8);
        assertEquals(before.subList(0, 3), lines.subList(0, 3), "comments kept");
        assertTrue(lines.get(3).startsWith(WikidataRefresh.SUMMARY_PREFIX + " 2026-11-25 against "), lines.get(3));
        String lachin = before.stream().filter(l -> l.startsWith("lachin-corridor\t")).findFirst().orElseThrow();
        assertTrue(lines.contains(lachin), "a row without QID is untouched");
        String az0 = before.stream().filter(l -> l.startsWith("fixture-person\t")).findFirst().orElseThrow();
        int at = lines.indexOf(lines.stream().filter(l -> l.startsWith("fixture-person\t")).findFirst().orElseThrow());
        assertTrue(lines.get(at - 1).startsWith("# 2026-11-25 live check dropped Q900000002 (single; fixture) from fixture-person: mismatch, type:"),
                lines.get(at - 1));
        assertNotEquals(az0, lines.get(at));
        assertTrue(lines.stream().filter(l -> !l.startsWith("#")).noneMatch(l -> l.contains("Q900000002") || l.contains("Q999999999")));
    }

    @Test void aSecondRefreshChangesNothingAndAsksNothing() throws IOException {
        Path out = tmp.resolve("once.tsv");
        run(out, null);
        int requests = stub.requests().size();
        gazetteer = out;
        Path twice = tmp.resolve("twice.tsv");
        WikidataRefresh.Result r = run(twice, null);
        assertEquals(requests + 1, stub.requests().size(), "answers come from the cache, but for the redirect target, a new QID");
        assertEquals(List.of("Q900000005"), stub.requests().get(requests).ids());
        List<String> a = Files.readAllLines(out).stream().filter(l -> !l.startsWith(WikidataRefresh.SUMMARY_PREFIX)).toList();
        List<String> b = Files.readAllLines(twice).stream().filter(l -> !l.startsWith(WikidataRefresh.SUMMARY_PREFIX)).toList();
        assertEquals(a, b);
        assertEquals(7, r.count("kept"));
        assertEquals(0, r.count("dropped") + r.count("promoted") + r.count("replaced"));
        assertEquals(1, Files.readAllLines(twice).stream().filter(l -> l.startsWith(WikidataRefresh.SUMMARY_PREFIX)).count());
    }

    @Test void aFailedCheckWritesNothing() throws IOException {
        for (int i = 0; i < 2; i++) stub.enqueue(new WikidataStub.Canned(503, null, ""));
        HttpWikidataClient c = HttpWikidataClient.builder().endpoint(stub.endpoint()).minInterval(Duration.ZERO)
                .backoff(Duration.ofMillis(10)).maxAttempts(2).build();
        Path out = tmp.resolve("never.tsv");
        assertThrows(IOException.class, () -> new WikidataRefresh(c, "stub", DAY).run(gazetteer, out, tmp.resolve("never-report.tsv")));
        assertFalse(Files.exists(out));
        assertFalse(Files.exists(tmp.resolve("never-report.tsv")));
    }
}
