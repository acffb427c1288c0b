package org.nkkg.nlp;

import com.hankcs.hanlp.dictionary.nr.TranslatedPersonDictionary;

import java.util.BitSet;
import java.util.Collection;

/**
 * The characters Chinese uses to transliterate foreign names (Simplified forms). The base table is every character
 * that HanLP's dictionary of transliterated person names counts as common in such names (about 300 characters);
 * characters of the gazetteer's own transliterated names are added, so the table covers the domain's names too.
 * Traditional text is looked up after {@link ChineseScript#simplifyChars}.
 */
public final class TransliterationTable {
    private final BitSet chars = new BitSet(0x10000);

    public TransliterationTable(Collection<String> knownTransliteratedNames) {
        for (char c = 0x3400; c <= 0x9FFF; c++) {
            if (TranslatedPersonDictionary.containsKey(String.valueOf(c))) chars.set(c);
        }
        for (String name : knownTransliteratedNames) {
            String s = ChineseScript.simplifyChars(name);
            for (int i = 0; i < s.length(); i++) if (ChineseScript.isHan(s.charAt(i))) chars.set(s.charAt(i));
        }
    }

    /** Whether a (Simplified) character is used in transliterated names. */
    public boolean contains(char c) { return chars.get(c); }

    public int size() { return chars.cardinality(); }
}
