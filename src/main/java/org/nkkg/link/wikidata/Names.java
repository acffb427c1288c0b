package org.nkkg.link.wikidata;

import org.nkkg.nlp.ChineseScript;

import java.text.Normalizer;
import java.util.Locale;

/** Comparing and screening names between the gazetteer and Wikidata. */
final class Names {
    private Names() {}

    static boolean hasHan(String s) { return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN); }

    static boolean hasLatin(String s) { return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN); }

    static boolean hasCyrillic(String s) { return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC); }

    /**
     * The form two names are compared in. Chinese: PRC Simplified (Traditional and Taiwan usage converted), without
     * interpuncts and spaces. Other scripts: case, accents and punctuation folded, a trailing qualifier in
     * parentheses dropped ("Shusha (city)" → "shusha"), ё as е.
     */
    static String normal(String name) {
        String s = name.strip().replaceAll("\\s*[(（][^)）]*[)）]\\s*$", "");
        if (hasHan(s)) return ChineseScript.prcForm(s).replaceAll("[\\s·•・‧∙⋅･-]", "");
        s = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        s = s.toLowerCase(Locale.ROOT).replace('ё', 'е');
        s = s.replaceAll("[\\p{Punct}‐‑‒–—―’‘“”·]", " ");
        return s.replaceAll("\\s+", " ").strip();
    }

    /**
     * Whether a live label or alias may be written to the gazetteer as a name: no cell separators, no qualifiers in
     * parentheses, letters of the column's script, at least 4 characters for Latin and Cyrillic (codes such as "AZ",
     * "AZE" are not names in running text), at least 2 Han characters for Chinese.
     *
     * @param chinese whether the name goes to a Chinese column
     */
    static boolean usable(String name, boolean chinese) {
        if (name == null) return false;
        String s = name.strip();
        if (s.isEmpty() || s.chars().anyMatch(c -> c == '\t' || c == '\n' || c == '\r' || c == '"' || c == '|' || c == '#')) return false;
        if (s.contains("(") || s.contains(")") || s.contains("（") || s.contains("）")) return false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            boolean ok = Character.isLetter(c) || Character.isDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                    || c == ' ' || "-.'’·•・‧&,".indexOf(c) >= 0;
            if (!ok) return false;
        }
        if (chinese) return hasHan(s) && !hasLatin(s) && !hasCyrillic(s) && s.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count() >= 2;
        return !hasHan(s) && s.codePointCount(0, s.length()) >= 4;
    }

    /** Whether a Chinese name carries the interpunct that separates given name and surname in transliterations. */
    static boolean hasInterpunct(String s) { return s.chars().anyMatch(c -> "·•・‧∙⋅･".indexOf(c) >= 0); }
}
