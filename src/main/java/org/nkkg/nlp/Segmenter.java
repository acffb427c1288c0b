package org.nkkg.nlp;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * HanLP's dictionary segmenter with the domain's names inserted, so that names come out whole. Works on the
 * character-simplified text (same length as the original), which the dictionary was built for.
 *
 * <p>HanLP's dictionaries are global: the names are inserted once per JVM; later calls add new names only.
 */
public final class Segmenter {
    private final Segment segment;

    public Segmenter(Collection<String> domainNames) {
        synchronized (Segmenter.class) {
            for (String name : domainNames) {
                String s = ChineseScript.simplifyChars(name);
                if (s.length() >= 2 && !CustomDictionary.contains(s)) CustomDictionary.insert(s, "nz 1024");
            }
        }
        this.segment = HanLP.newSegment().enableCustomDictionary(true).enableOffset(true)
                .enableNameRecognize(true).enablePlaceRecognize(true).enableOrganizationRecognize(true)
                .enableTranslatedNameRecognize(true).enableJapaneseNameRecognize(false);
    }

    /** Segments {@code simplified} (already character-simplified), offsets relative to {@code base}. */
    public List<Token> segment(String simplified, int base) {
        List<Term> terms = segment.seg(simplified);
        List<Token> out = new ArrayList<>(terms.size());
        int pos = 0;
        for (Term t : terms) {
            int b = t.offset >= 0 ? t.offset : pos;
            int e = b + t.word.length();
            out.add(new Token(base + b, base + e, t.word, t.nature == null ? "" : t.nature.toString()));
            pos = e;
        }
        return out;
    }
}
