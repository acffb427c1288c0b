package org.nkkg.extract;

import org.nkkg.kb.Gazetteer;
import org.nkkg.kb.GazetteerEntry;
import org.nkkg.model.EntityType;
import org.nkkg.nlp.Segmenter;
import org.nkkg.nlp.TransliterationTable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the extractors share, built once per run: the gazetteer and its name index, the segmenter with the
 * gazetteer's names inserted, the transliteration table, and the English adjectives of the gazetteer's states.
 */
public final class Resources {
    private final Gazetteer gazetteer;
    private final NameIndex names;
    private final Segmenter segmenter;
    private final TransliterationTable transliteration;
    private final Map<String, GazetteerEntry> stateByAdjective = new HashMap<>();

    public Resources(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.names = new NameIndex(gazetteer);
        List<String> chinese = new ArrayList<>(names.chineseNames());
        this.segmenter = new Segmenter(chinese);
        List<String> dotted = new ArrayList<>();
        for (GazetteerEntry e : gazetteer.entries()) {
            // only dot-joined names are transliterations: 习近平 or 上川阳子 would make 上, 子, 近 "name characters"
            if (e.type() == EntityType.PERSON) for (String n : e.chineseNames()) if (n.matches(".*[·‧・•].*")) dotted.add(n);
        }
        this.transliteration = new TransliterationTable(dotted);
        for (GazetteerEntry e : gazetteer.entries()) {
            if (e.type() != EntityType.STATE || e.en() == null) continue;
            for (String adj : Demonyms.adjectives(e.en())) stateByAdjective.putIfAbsent(adj, e);
        }
    }

    public Gazetteer gazetteer() { return gazetteer; }

    public NameIndex names() { return names; }

    public Segmenter segmenter() { return segmenter; }

    public TransliterationTable transliteration() { return transliteration; }

    /** "Azerbaijani" → Azerbaijan, "Russian" → Russia; null when unknown. */
    public GazetteerEntry stateByAdjective(String adjective) { return stateByAdjective.get(adjective); }

    static String lower(String s) { return s.toLowerCase(Locale.ROOT); }
}
