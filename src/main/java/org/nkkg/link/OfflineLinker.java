package org.nkkg.link;

import org.nkkg.kb.Gazetteer;
import org.nkkg.kb.GazetteerEntry;
import org.nkkg.model.Entity;
import org.nkkg.model.KnowledgeGraph;
import org.nkkg.model.WikidataLink;
import org.nkkg.nlp.ChineseScript;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Links entities to Wikidata from the offline index (the gazetteer), never from the network.
 *
 * <p>An entity the extractor tied to a gazetteer entry gets that entry's QID when the QID is verified and its
 * P31 classes fit the entity's type: score 0.99, certain (owl:sameAs). A single-source QID is kept as a candidate:
 * score 0.6, recorded but not certain. Any other entity is looked up by its labels in every script (Traditional and
 * Taiwan forms normalised to PRC Simplified); a unique type-compatible verified candidate links with score 0.9,
 * several or none give NIL. The review report lists every decision with its runner-up.
 */
public final class OfflineLinker {
    /** Links at or above this score are certain enough for owl:sameAs. */
    public static final double SAME_AS_THRESHOLD = 0.9;

    private final Gazetteer gazetteer;
    private final Map<String, List<GazetteerEntry>> byName = new HashMap<>();

    public OfflineLinker(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        for (GazetteerEntry e : gazetteer.entries()) {
            if (e.qid() == null || e.type() == null) continue;
            for (String n : e.allNames()) byName.computeIfAbsent(normal(n), k -> new ArrayList<>()).add(e);
        }
    }

    public KnowledgeGraph link(KnowledgeGraph kg) {
        Map<String, WikidataLink> links = new TreeMap<>();
        for (Entity e : kg.entities()) links.put(e.id(), link(e));
        return kg.withLinks(links);
    }

    WikidataLink link(Entity e) {
        if (e.gazetteerId() != null) {
            GazetteerEntry g = gazetteer.get(e.gazetteerId());
            if (g.qid() == null) return WikidataLink.nil(e.id(), "offline-index:no-item", null, 0);
            if (!TypeCompatibility.fits(e.type(), g.p31())) {
                return WikidataLink.nil(e.id(), "offline-index:type-mismatch", g.qid(), 0.3);
            }
            if (g.hasConfirmedQid()) return new WikidataLink(e.id(), g.qid(), 0.99, "offline-index:gazetteer-entry", null, 0, true);
            return new WikidataLink(e.id(), g.qid(), 0.6, "offline-index:single-source-candidate", null, 0, false);
        }
        Map<String, GazetteerEntry> candidates = new TreeMap<>();
        for (String label : e.labels().values()) {
            for (GazetteerEntry g : byName.getOrDefault(normal(label), List.of())) {
                if (g.type() == e.type() && TypeCompatibility.fits(e.type(), g.p31())) candidates.put(g.qid(), g);
            }
        }
        if (candidates.size() == 1) {
            GazetteerEntry g = candidates.values().iterator().next();
            boolean confirmed = g.hasConfirmedQid();
            return new WikidataLink(e.id(), g.qid(), confirmed ? 0.9 : 0.55, "offline-index:label", null, 0, confirmed);
        }
        if (candidates.size() > 1) {
            List<String> q = new ArrayList<>(candidates.keySet());
            return WikidataLink.nil(e.id(), "offline-index:ambiguous", q.get(0) + "|" + q.get(1), 0.5);
        }
        return WikidataLink.nil(e.id(), "offline-index:no-candidate", null, 0);
    }

    static String normal(String name) {
        boolean han = name.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        return han ? ChineseScript.prcForm(name) : name.toLowerCase(Locale.ROOT).strip();
    }
}
