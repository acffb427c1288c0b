package org.nkkg.link.wikidata;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class HttpWikidataClientTest {
    WikidataStub stub;
    @TempDir Path tmp;

    @BeforeEach void start() throws IOException { stub = new WikidataStub(); }

    @AfterEach void stop() {
        stub.close();
        assertEquals(List.of(), stub.failures(), "requests without a recording");
    }

    private HttpWikidataClient.Builder client() {
        return HttpWikidataClient.builder().endpoint(stub.endpoint()).minInterval(Duration.ZERO)
                .backoff(Duration.ofMillis(20)).cacheDir(tmp.resolve("cache"));
    }

    @Test void readsWikidataEntitiesFormat() throws IOException {
        stub.answerMissing(List.of("Q999999999"));
        Map<String, WikidataItem> items = client().build()
                .getEntities(List.of("Q227", "Q399", "Q900000004", "Q999999999"), WikidataClient.LANGUAGES);
        assertEquals(List.of("Q227", "Q399", "Q900000004", "Q999999999"), List.copyOf(items.keySet()));

        WikidataItem az = items.get("Q227");
        assertEquals("Azerbaijan", az.labels().get("en"));
        assertEquals("亞塞拜然", az.labels().get("zh-tw"));
        assertEquals("Азербайджан", az.labels().get("ru"));
        assertTrue(az.aliases().get("en").contains("Republic of Azerbaijan"));
        assertEquals("country in the South Caucasus", az.description("en"));
        assertEquals(List.of("Q6256", "Q3624078"), az.p31());
        assertFalse(az.missing());
        assertFalse(az.redirected());

        assertEquals(List.of("Q6256", "Q3624078"), items.get("Q399").p31(), "a deprecated P31 statement is left out");

        WikidataItem merged = items.get("Q900000004");
        assertTrue(merged.redirected());
        assertEquals("Q900000005", merged.id());
        assertEquals("Fixture Lake", merged.labels().get("en"));

        assertTrue(items.get("Q999999999").missing());
    }

    @Test void batchesAtMostFiftyIdsPerRequest() throws IOException {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 120; i++) ids.add("Q90000" + (1000 + i));
        stub.answerMissing(ids);
        Map<String, WikidataItem> items = client().build().getEntities(ids, List.of("en"));
        assertEquals(120, items.size());
        List<WikidataStub.Request> reqs = stub.requests();
        assertEquals(3, reqs.size());
        assertEquals(List.of(50, 50, 20), reqs.stream().map(r -> r.ids().size()).toList());
        List<String> asked = reqs.stream().flatMap(r -> r.ids().stream()).toList();
        assertEquals(ids, asked, "every id asked once, in order");
    }

    @Test void aSecondRunIsAnsweredFromTheCache() throws IOException {
        stub.answerMissing(List.of("Q999999999"));
        List<String> ids = List.of("Q227", "Q399", "Q7035479", "Q900000004", "Q999999999");
        HttpWikidataClient first = client().build();
        Map<String, WikidataItem> a = first.getEntities(ids, WikidataClient.LANGUAGES);
        List<SearchHit> hitsA = first.search("Arman Fixturyan", "en", 7);
        int sent = stub.requests().size();
        assertEquals(2, sent);
        assertEquals(2, first.requestsSent());

        HttpWikidataClient second = client().build();
        Map<String, WikidataItem> b = second.getEntities(ids, WikidataClient.LANGUAGES);
        List<SearchHit> hitsB = second.search("Arman Fixturyan", "en", 7);
        assertEquals(0, second.requestsSent());
        assertEquals(sent, stub.requests().size(), "no request on the second run");
        assertEquals(a.keySet(), b.keySet());
        for (String q : ids) {
            assertEquals(a.get(q).labels(), b.get(q).labels());
            assertEquals(a.get(q).p31(), b.get(q).p31());
            assertEquals(a.get(q).id(), b.get(q).id());
            assertEquals(a.get(q).missing(), b.get(q).missing());
        }
        assertEquals(hitsA, hitsB);

        // a batch that partly overlaps asks only for what is new
        stub.answerMissing(List.of("Q900009999"));
        second.getEntities(List.of("Q227", "Q900009999"), WikidataClient.LANGUAGES);
        assertEquals(List.of("Q900009999"), stub.requests().get(stub.requests().size() - 1).ids());
    }

    @Test void waitsAsToldByRetryAfterOn429() throws IOException {
        stub.enqueue(new WikidataStub.Canned(429, "1", "{\"error\":{\"code\":\"too-many-requests\",\"info\":\"slow down\"}}"));
        long t0 = System.nanoTime();
        Map<String, WikidataItem> items = client().build().getEntities(List.of("Q227"), List.of("en"));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals("Azerbaijan", items.get("Q227").labels().get("en"));
        assertEquals(2, stub.requests().size());
        assertTrue(ms >= 950, "waited " + ms + " ms, Retry-After said 1 s");
    }

    @Test void retriesServerErrorsAndMaxlagThenSucceeds() throws IOException {
        stub.enqueue(new WikidataStub.Canned(503, null, "<html>Service Unavailable</html>"));
        stub.enqueue(new WikidataStub.Canned(200, "0", "{\"error\":{\"code\":\"maxlag\",\"info\":\"Waiting for 10.64.48.35: 6.2 seconds lagged.\","
                + "\"host\":\"10.64.48.35\",\"lag\":6.2,\"type\":\"db\",\"*\":\"See https://www.wikidata.org/w/api.php for API usage.\"},"
                + "\"servedby\":\"mw-api-ext.eqiad.main-5f9c9c9d9b-abcde\"}"));
        List<SearchHit> hits = client().build().search("Arman Fixturyan", "en", 7);
        assertEquals(3, stub.requests().size());
        assertEquals("Q900000101", hits.get(0).id());
    }

    @Test void givesUpAfterTheLastAttemptAndCachesNothing() {
        for (int i = 0; i < 3; i++) stub.enqueue(new WikidataStub.Canned(500, null, "{}"));
        HttpWikidataClient c = client().maxAttempts(3).build();
        IOException e = assertThrows(IOException.class, () -> c.getEntities(List.of("Q227"), List.of("en")));
        assertTrue(e.getMessage().contains("3 attempts"), e.getMessage());
        assertEquals(3, stub.requests().size());
        assertFalse(tmp.resolve("cache").resolve("wbgetentities").toFile().exists());
    }

    @Test void apiErrorsAreNotRetried() {
        stub.enqueue(new WikidataStub.Canned(200, null, "{\"error\":{\"code\":\"no-such-entity\",\"info\":\"Could not find an entity with the ID \\\"Q0\\\".\"}}"));
        HttpWikidataClient c = client().build();
        IOException e = assertThrows(IOException.class, () -> c.getEntities(List.of("Q227"), List.of("en")));
        assertTrue(e.getMessage().contains("no-such-entity"));
        assertEquals(1, stub.requests().size());
    }

    @Test void sendsAPoliteUserAgentAndMaxlag() throws IOException {
        client().build().search("Arman Fixturyan", "en", 7);
        WikidataStub.Request r = stub.requests().get(0);
        assertNotNull(r.userAgent());
        assertTrue(r.userAgent().startsWith("NKKG/"), r.userAgent());
        assertTrue(r.userAgent().contains("contact"), r.userAgent());
        assertEquals("5", r.params().get("maxlag"));
        assertEquals("json", r.params().get("format"));
        assertEquals("wbsearchentities", r.params().get("action"));
        assertEquals("item", r.params().get("type"));
    }

    @Test void keepsTheRateLimitBetweenRequests() throws IOException {
        HttpWikidataClient c = client().cacheDir(null).minInterval(Duration.ofMillis(400)).build();
        long t0 = System.nanoTime();
        c.search("Arman Fixturyan", "en", 7);
        c.search("Arman Fixturyan", "en", 7);
        c.search("Arman Fixturyan", "en", 7);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(3, stub.requests().size(), "no cache: three requests");
        assertTrue(ms >= 780, "three requests 400 ms apart took " + ms + " ms");
    }

    @Test void readsSearchHits() throws IOException {
        List<SearchHit> hits = client().build().search("Fixture Range", "en", 7);
        assertEquals(2, hits.size());
        SearchHit h = hits.get(0);
        assertEquals("Q900000131", h.id());
        assertEquals("Fixture Mountains", h.label());
        assertEquals("alias", h.matchType());
        assertEquals("Fixture Range", h.matchText());
        assertEquals("en", h.matchLanguage());
        assertEquals(List.of("Fixture Range"), h.aliases());
        assertEquals(List.of(), client().build().search("Nobody Known", "en", 7));
    }

    @Test void theStubRefusesWhatItHasNoRecordingFor() {
        HttpWikidataClient c = client().maxAttempts(1).build();
        assertThrows(IOException.class, () -> c.search("Not Recorded", "en", 7));
        assertEquals(1, stub.failures().size());
        stub.clearFailures(); // expected here
    }
}
