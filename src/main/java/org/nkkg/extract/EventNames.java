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
    /** Two- and three-character names (一战, 黑一月): only where the text sets them off, see {@link #setOff}. */
    private final List<Map.Entry<String, GazetteerEntry>> chineseShort = new ArrayList<>();
    private final List<Map.Entry<String, GazetteerEntry>> english = new ArrayList<>();

    EventNames(Gazetteer gazetteer) {
        Map<String, GazetteerEntry> zh = new TreeMap<>(), en = new TreeMap<>(), zhShort = new TreeMap<>();
        for (GazetteerEntry e : gazetteer.entries()) {
            if (e.eventType() == null) continue;
            for (String n : e.chineseNames()) {
                String k = ChineseScript.simplifyChars(n);
                if (k.length() >= 4) zh.putIfAbsent(k, e);
                else if (k.length() >= 2) zhShort.putIfAbsent(k, e); // short forms are too easily part of other words
            }
            for (String n : e.englishNames()) if (n.length() >= 6) en.putIfAbsent(n.toLowerCase(Locale.ROOT), e);
        }
        Comparator<Map.Entry<String, GazetteerEntry>> longestFirst = Comparator
                .comparingInt((Map.Entry<String, GazetteerEntry> x) -> -x.getKey().length()).thenComparing(Map.Entry::getKey);
        chinese.addAll(zh.entrySet());
        chinese.sort(longestFirst);
        chineseShort.addAll(zhShort.entrySet());
        chineseShort.sort(longestFirst);
        english.addAll(en.entrySet());
        english.sort(longestFirst);
    }

    /**
     * Non-overlapping named events, longest name first, in text order. {@code text} is simplified when Chinese.
     * Chinese names are matched across the quotation marks a text sets a name's core in ("「黑一月」事件").
     */
    List<Hit> find(String text, boolean zh) {
        String hay = zh ? text : text.toLowerCase(Locale.ROOT);
        int[] at0 = null;
        if (zh) {
            // the text without its quotation marks, and where each of its characters stands in the text
            StringBuilder b = new StringBuilder(text.length());
            at0 = new int[text.length() + 1];
            for (int i = 0; i < text.length(); i++) {
                if (QUOTES.indexOf(text.charAt(i)) >= 0) continue;
                at0[b.length()] = i;
                b.append(text.charAt(i));
            }
            at0[b.length()] = text.length();
            hay = b.toString();
        }
        boolean[] used = new boolean[hay.length()];
        List<Hit> out = new ArrayList<>();
        for (Map.Entry<String, GazetteerEntry> n : zh ? chinese : english) add(n, hay, used, zh, at0, text, false, out);
        if (zh) for (Map.Entry<String, GazetteerEntry> n : chineseShort) add(n, hay, used, true, at0, text, true, out);
        out.sort(Comparator.comparingInt(Hit::begin));
        return out;
    }

    private static final String QUOTES = "「」『』“”\"《》";

    private static void add(Map.Entry<String, GazetteerEntry> n, String hay, boolean[] used, boolean zh, int[] at0,
                            String text, boolean shortName, List<Hit> out) {
        String k = n.getKey();
        for (int at = hay.indexOf(k); at >= 0; at = hay.indexOf(k, at + 1)) {
            int e = at + k.length();
            if (!zh && ((at > 0 && Character.isLetterOrDigit(hay.charAt(at - 1)))
                    || (e < hay.length() && Character.isLetterOrDigit(hay.charAt(e))))) continue;
            if (qualified(hay, at, zh)) continue;
            int b = zh ? at0[at] : at, end = zh ? at0[e - 1] + 1 : e;
            if (shortName && !setOff(text, b, end)) continue;
            boolean free = true;
            for (int i = at; i < e && free; i++) free = !used[i];
            if (!free) continue;
            for (int i = at; i < e; i++) used[i] = true;
            out.add(new Hit(b, end, n.getValue(), n.getValue().eventType()));
        }
    }

    /** Time words after which a short name is the event's ("一战之后", "一戰中戰敗", "二战期间"). */
    private static final java.util.regex.Pattern AFTER_SHORT = java.util.regex.Pattern.compile("之后|之後|后|後|中|期间|期間|时|時|前|爆发|爆發|结束|結束");

    /**
     * A two- or three-character name is the event's only where the text sets it off: in quotation marks
     * ("「黑一月」") or followed by a word of time ("一战之后"); elsewhere it may be part of another word.
     */
    private static boolean setOff(String text, int b, int e) {
        boolean quoted = b > 0 && e < text.length() && QUOTES.indexOf(text.charAt(b - 1)) >= 0 && QUOTES.indexOf(text.charAt(e)) >= 0;
        return quoted || AFTER_SHORT.matcher(text).region(e, text.length()).lookingAt();
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
