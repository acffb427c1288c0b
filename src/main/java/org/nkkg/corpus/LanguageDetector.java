package org.nkkg.corpus;

import com.hankcs.hanlp.HanLP;
import org.nkkg.model.Lang;

import java.util.HashMap;
import java.util.Map;

/**
 * Decides a text's language variant from its characters: English when Latin letters outnumber Han characters,
 * else Traditional when characters that exist only in Traditional script outnumber those that exist only in
 * Simplified script. Each character is classified by converting it alone with HanLP's tables.
 */
public final class LanguageDetector {

    /** The decision with the counts behind it, so the CLI can say why. */
    public record Decision(Lang lang, int han, int latin, int traditionalOnly, int simplifiedOnly) {
        public String explain() {
            return String.format("%s (Han %d, Latin letters %d, Traditional-only %d, Simplified-only %d)",
                    lang.tag(), han, latin, traditionalOnly, simplifiedOnly);
        }
    }

    private final Map<Character, Integer> cache = new HashMap<>();

    public Decision detect(String text) {
        int han = 0, latin = 0, trad = 0, simp = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                han++;
                int cls = classify(c);
                if (cls > 0) trad++;
                else if (cls < 0) simp++;
            } else if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
                latin++;
            }
        }
        Lang lang;
        if (latin > han) lang = Lang.EN;
        else lang = trad > simp ? Lang.ZH_HANT : Lang.ZH_HANS;
        return new Decision(lang, han, latin, trad, simp);
    }

    /** +1 only Traditional, -1 only Simplified, 0 shared or unknown. */
    private int classify(char c) {
        return cache.computeIfAbsent(c, ch -> {
            String s = String.valueOf(ch);
            if (!HanLP.convertToSimplifiedChinese(s).equals(s)) return 1;
            if (!HanLP.convertToTraditionalChinese(s).equals(s)) return -1;
            return 0;
        });
    }
}
