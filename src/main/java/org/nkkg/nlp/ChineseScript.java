package org.nkkg.nlp;

import com.hankcs.hanlp.HanLP;

/**
 * Script normalisation for matching. Two different operations, for two different needs:
 * <ul>
 *   <li>{@link #simplifyChars}: character by character, Traditional → Simplified, <b>length-preserving</b>, so a
 *       match found in the converted text has the same offsets in the original (亞塞拜然 → 亚塞拜然);</li>
 *   <li>{@link #prcForm}: HanLP's {@code tw2s}, which also maps Taiwan usage to PRC usage (亞塞拜然 → 阿塞拜疆);
 *       it can change lengths, so it only builds merge keys, never offsets.</li>
 * </ul>
 */
public final class ChineseScript {
    private static final char[] TABLE = new char[0x10000];

    static {
        // One conversion per BMP Han character, once: HanLP's converter maps words too, so single characters are
        // converted alone to stay length-preserving.
        for (char c = 0; c < 0xFFFF; c++) TABLE[c] = c;
        for (int c = 0x3400; c <= 0x9FFF; c++) {
            String s = HanLP.convertToSimplifiedChinese(String.valueOf((char) c));
            if (s.length() == 1) TABLE[c] = s.charAt(0);
        }
        // Variant characters Taiwan and Hong Kong texts write where the PRC writes another (砲擊 for 炮击), which the
        // converter leaves as they are.
        for (String pair : new String[]{"砲炮", "鎗枪", "槍枪", "裡里", "裏里", "衞卫", "眾众"}) {
            if (TABLE[pair.charAt(0)] == pair.charAt(0)) TABLE[pair.charAt(0)] = pair.charAt(1);
        }
        // The interpunct and its look-alikes are one character for names.
        for (char c : new char[]{'•', '・', '‧', '∙', '⋅', '･'}) TABLE[c] = '·';
    }

    private ChineseScript() {}

    public static String simplifyChars(String s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) out[i] = TABLE[s.charAt(i)];
        return new String(out);
    }

    public static char simplify(char c) { return TABLE[c]; }

    /** PRC-usage Simplified form, for merge keys. */
    public static String prcForm(String s) { return HanLP.tw2s(simplifyChars(s)); }

    public static boolean isHan(char c) { return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN; }
}
