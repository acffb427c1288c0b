package org.nkkg.extract;

import org.nkkg.kb.Gazetteer;
import org.nkkg.kb.GazetteerEntry;
import org.nkkg.nlp.ChineseScript;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every entity name of the gazetteer, ready for longest-match lookup: Chinese names by their character-simplified
 * form (so Traditional text matches with unchanged offsets), English names as written. Named events are left out:
 * they are not entities, and a place inside an event's name is still a mention of the place.
 */
public final class NameIndex {
    private final Map<String, List<GazetteerEntry>> chinese = new HashMap<>();
    private final Map<String, List<GazetteerEntry>> english = new HashMap<>();
    private int maxChinese = 1;
    private int maxEnglishTokens = 1;

    public NameIndex(Gazetteer gazetteer) {
        for (GazetteerEntry e : gazetteer.entries()) {
            if (e.type() == null) continue;
            for (String n : e.chineseNames()) {
                String k = ChineseScript.simplifyChars(n);
                if (k.length() < 2) continue;
                add(chinese, k, e);
                maxChinese = Math.max(maxChinese, k.length());
            }
            for (String n : e.englishNames()) {
                if (n.length() < 2) continue;
                add(english, n, e);
                maxEnglishTokens = Math.max(maxEnglishTokens, n.split("[\\s\\-]+").length + 2);
            }
        }
    }

    private static void add(Map<String, List<GazetteerEntry>> m, String k, GazetteerEntry e) {
        List<GazetteerEntry> l = m.computeIfAbsent(k, x -> new ArrayList<>(1));
        if (!l.contains(e)) l.add(e);
    }

    public List<GazetteerEntry> chinese(String simplified) { return chinese.getOrDefault(simplified, List.of()); }

    public List<GazetteerEntry> english(String name) { return english.getOrDefault(name, List.of()); }

    public int maxChineseLength() { return maxChinese; }

    public int maxEnglishTokens() { return maxEnglishTokens; }

    public java.util.Set<String> chineseNames() { return chinese.keySet(); }
}
