package org.nkkg.link.wikidata;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nkkg.model.Entity;
import org.nkkg.model.EntityType;
import org.nkkg.model.KnowledgeGraph;
import org.nkkg.model.Lang;
import org.nkkg.model.MentionRef;
import org.nkkg.model.WikidataLink;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.*;

class OnlineLinkerTest {
    WikidataStub stub;
    @TempDir Path tmp;
    final List<String> log = new ArrayList<>();

    @BeforeEach void start() throws IOException { stub = new WikidataStub(); }

    @AfterEach void stop() {
        stub.close();
        assertEquals(List.of(), stub.failures(), "requests without a recording");
    }

    private OnlineLinker linker(Set<String> reserved) {
        HttpWikidataClient c = HttpWikidataClient.builder().endpoint(stub.endpoint()).minInterval(Duration.ZERO)
                .backoff(Duration.ofMillis(5)).maxAttempts(2).cacheDir(tmp.resolve("cache")).build();
        return new OnlineLinker(c, reserved, log::add);
    }

    private static Entity entity(String id, EntityType type, String gazetteerId, String... tagAndLabel) {
        TreeMap<String, String> labels = new TreeMap<>();
        for (int i = 0; i < tagAndLabel.length; i += 2) labels.put(tagAndLabel[i], tagAndLabel[i + 1]);
        String surface = labels.getOrDefault("en", labels.values().iterator().next());
        MentionRef m = new MentionRef("doc1", Lang.EN, 0, surface.length(), surface, 0, surface.length(), surface);
        return new Entity(id, type, gazetteerId, labels, new TreeSet<>(), null, List.of(m));
    }

    private static WikidataLink noCandidate(String id) { return WikidataLink.nil(id, "offline-index:no-candidate", null, 0); }

    private KnowledgeGraph graph() {
        List<Entity> es = List.of(
                entity("azerbaijan", EntityType.STATE, "azerbaijan", "en", "Azerbaijan", "zh-Hans", "阿塞拜疆"),
                entity("arman-fixturyan-1a2b", EntityType.PERSON, null, "en", "Arman Fixturyan", "zh-Hans", "阿尔曼·菲克斯图良"),
                entity("fixture-springs-3c4d", EntityType.PLACE, null, "en", "Fixture Springs"),
                entity("fixture-union-5e6f", EntityType.ORGANIZATION, null, "en", "Fixture Union"),
                entity("fixture-range-7a8b", EntityType.PLACE, null, "en", "Fixture Range"),
                entity("republic-of-azerbaijan-9c0d", EntityType.STATE, null, "en", "Republic of Azerbaijan"),
                entity("nobody-known-1e2f", EntityType.PERSON, null, "en", "Nobody Known"),
                entity("fixturyan-3a4b", EntityType.PERSON, null, "en", "Fixturyan"),
                entity("ambiguous-offline-5c6d", EntityType.PLACE, null, "en", "Two Offline Candidates"));
        Map<String, WikidataLink> links = new TreeMap<>();
        links.put("azerbaijan", new WikidataLink("azerbaijan", "Q227", 0.99, "offline-index:gazetteer-entry", null, 0, true));
        for (Entity e : es) if (e.gazetteerId() == null) links.put(e.id(), noCandidate(e.id()));
        links.put("ambiguous-offline-5c6d", WikidataLink.nil("ambiguous-offline-5c6d", "offline-index:ambiguous", "Q1|Q2", 0.5));
        return new KnowledgeGraph(List.of(), es, links, List.of(), List.of(), List.of());
    }

    @Test void linksOnlyAUniqueTypeCompatibleCandidate() {
        KnowledgeGraph kg = linker(Set.of("Q227", "Q399")).link(graph());
        Map<String, WikidataLink> l = kg.links();

        WikidataLink person = l.get("arman-fixturyan-1a2b");
        assertEquals("Q900000101", person.qid(), person.toString());
        assertEquals(OnlineLinker.METHOD, person.method());
        assertTrue(person.certain());
        assertEquals(1.0, person.score(), 1e-9, "label in two languages and type");
        assertNull(person.runnerUp(), "the street of the same name is no candidate for a person");

        WikidataLink tie = l.get("fixture-springs-3c4d");
        assertNull(tie.qid(), "two villages of the same name: no guess");
        assertEquals("online:ambiguous", tie.method());
        // the document also names Azerbaijan, which the second village's description names: ahead, not clearly ahead
        assertEquals("Q900000112|Q900000111", tie.runnerUp());
        assertEquals(1.0, tie.runnerUpScore(), 1e-9);

        WikidataLink film = l.get("fixture-union-5e6f");
        assertNull(film.qid(), "a film is not an organization");
        assertEquals("online:no-candidate", film.method());

        WikidataLink alias = l.get("fixture-range-7a8b");
        assertNull(alias.qid(), "an alias match alone stays under the threshold");
        assertEquals("online:below-threshold", alias.method());
        assertEquals("Q900000131", alias.runnerUp());
        assertTrue(alias.runnerUpScore() < 0.9);

        WikidataLink known = l.get("republic-of-azerbaijan-9c0d");
        assertNull(known.qid(), "an item of the offline index is not handed to another entity");
        assertEquals("online:item-of-the-index", known.method());
        assertEquals("Q227", known.runnerUp());

        assertEquals("online:no-candidate", l.get("nobody-known-1e2f").method());
        // a bare surname is not searched; offline decisions that are not 'no candidate' are left alone
        assertEquals("offline-index:no-candidate", l.get("fixturyan-3a4b").method());
        assertEquals("offline-index:ambiguous", l.get("ambiguous-offline-5c6d").method());
        assertEquals("Q227", l.get("azerbaijan").qid());

        List<String> searched = stub.requests().stream().filter(r -> r.params().get("action").equals("wbsearchentities"))
                .map(r -> r.params().get("language") + ":" + r.params().get("search")).toList();
        assertEquals(List.of("en:Arman Fixturyan", "zh-hans:阿尔曼·菲克斯图良", "en:Fixture Springs", "en:Fixture Union",
                "en:Fixture Range", "en:Republic of Azerbaijan", "en:Nobody Known"), searched);
    }

    @Test void aCandidateLinkedElsewhereIsNotReused() {
        KnowledgeGraph kg = linker(Set.of()).link(graph());
        WikidataLink known = kg.links().get("republic-of-azerbaijan-9c0d");
        assertNull(known.qid());
        assertEquals("online:item-linked-elsewhere", known.method());
    }

    @Test void aSecondBuildAsksNothing() {
        linker(Set.of("Q227")).link(graph());
        int n = stub.requests().size();
        assertTrue(n > 0);
        KnowledgeGraph again = linker(Set.of("Q227")).link(graph());
        assertEquals(n, stub.requests().size());
        assertEquals("Q900000101", again.links().get("arman-fixturyan-1a2b").qid());
    }

    @Test void anUnreachableWikidataKeepsTheOfflineLinks() {
        stub.close();
        HttpWikidataClient c = HttpWikidataClient.builder().endpoint(stub.endpoint()).minInterval(Duration.ZERO)
                .backoff(Duration.ofMillis(5)).maxAttempts(2).timeout(Duration.ofSeconds(2)).build();
        KnowledgeGraph kg = graph();
        KnowledgeGraph out = new OnlineLinker(c, Set.of(), log::add).link(kg);
        assertEquals(kg.links(), out.links());
        assertEquals(1, log.size(), log.toString());
    }

    @Test void reservedQidsAreEveryQidOfTheIndexFileCommentsIncluded() throws IOException {
        Path g = WikidataStub.fixtureGazetteer(tmp, "g.tsv");
        Set<String> r = OnlineLinker.reservedQids(g);
        assertTrue(r.contains("Q192820"), "a known wrong pair from a comment");
        assertTrue(r.contains("Q227"));
        assertTrue(r.contains("Q900000004"));
    }
}
