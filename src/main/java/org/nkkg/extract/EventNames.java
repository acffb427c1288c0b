package org.nkkg.extract;

import org.nkkg.kb.Gazetteer;
import org.nkkg.kb.GazetteerEntry;
import org.nkkg.model.EventType;
import org.nkkg.nlp.ChineseScript;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The names of the gazetteer's events (wars, operations, agreements, massacres…) in every script, for finding
 * named events in a sentence. Chinese names are matched on the character-simplified text, so Traditional text
 * matches with unchanged offsets; English names case-insensitively on word boundaries ("the First Nagorno-Karabakh
 * war"). Events whose subtype has no ontology class are left out.
 */
final class EventNames {
    /** A named event found in a sentence; offsets are the sentence's. */
    record Hit(int begin, int end, GazetteerEntry entry, EventType type) {}

    private final List<Map.Entry<String, GazetteerEntry>> chinese = new ArrayList<>();
    private final List<Map.Entry<String, GazetteerEntry>> english = new ArrayList<>();

    EventNames(Gazetteer gazetteer) {
        Map<String, GazetteerEntry> zh = new TreeMap<>(), en = new TreeMap<>();
        for (GazetteerEntry e : gazetteer.entries()) {
            if (e.eventType() == null) continue;
            for (String n : e.chineseNames()) {
                String k = ChineseScript.simplifyChars(n);
                if (k.length() >= 4) zh.putIfAbsent(k, e); // short forms (纳卡战争?) are too easily part of other words
            }
            for (String n : e.englishNames()) if (n.length() >= 6) en.putIfAbsent(n.toLowerCase(Locale.ROOT), e);
        }
        Comparator<Map.Entry<String, GazetteerEntry>> longestFirst = Comparator
                .comparingInt((Map.Entry<String, GazetteerEntry> x) -> -x.getKey().length()).thenComparing(Map.Entry::getKey);
        chinese.addAll(zh.entrySet());
        chinese.sort(longestFirst);
        english.addAll(en.entrySet());
        english.sort(longestFirst);
    }

    /** Non-overlapping named events, longest name first, in text order. {@code text} is simplified when Chinese. */
    List<Hit> find(String text, boolean zh) {
        String hay = zh ? text : text.toLowerCase(Locale.ROOT);
        boolean[] used = new boolean[text.length()];
        List<Hit> out = new ArrayList<>();
        for (Map.Entry<String, GazetteerEntry> n : zh ? chinese : english) {
            String k = n.getKey();
            for (int at = hay.indexOf(k); at >= 0; at = hay.indexOf(k, at + 1)) {
                int e = at + k.length();
                if (!zh && ((at > 0 && Character.isLetterOrDigit(hay.charAt(at - 1)))
                        || (e < hay.length() && Character.isLetterOrDigit(hay.charAt(e))))) continue;
                if (qualified(hay, at, zh)) continue;
                boolean free = true;
                for (int i = at; i < e && free; i++) free = !used[i];
                if (!free) continue;
                for (int i = at; i < e; i++) used[i] = true;
                out.add(new Hit(at, e, n.getValue(), n.getValue().eventType()));
            }
        }
        out.sort(Comparator.comparingInt(Hit::begin));
        return out;
    }

    /**
     * A short name preceded by an ordinal or a year that the name itself lacks names another event: "纳卡战争" in
     * "第二次纳卡战争", "Nagorno-Karabakh War" in "the Second Nagorno-Karabakh War" or "the 2020 Nagorno-Karabakh war".
     */
    private static boolean qualified(String hay, int at, boolean zh) {
        if (at == 0) return false;
        if (zh) {
            char c = hay.charAt(at - 1);
            return c == '次' || c == '年' || Character.isDigit(c);
        }
        String before = hay.substring(Math.max(0, at - 12), at);
        return before.matches("(?s).*\\b(first|second|third|fourth|\\d{4}) $");
    }
}
