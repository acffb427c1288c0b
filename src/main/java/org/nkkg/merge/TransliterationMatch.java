package org.nkkg.merge;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Pairs a Chinese transliterated personal name with the Latin name it transliterates (伊格利·哈萨尼 ~ Igli Hasani),
 * for people the gazetteer does not know, so that the same person told in Chinese and in English is one node.
 *
 * <p>Both names are reduced, part by part, to a skeleton of consonant classes — the sounds a transliteration keeps:
 * labials (b/p), dentals (d/t), velars (g/k/q), fricatives (f/v/w), sibilants (s/z/c/j/x/sh/ch/zh), liquids
 * (l/r, and 尔), nasals (m, n, a syllable's final -n/-ng) and h. Vowels are dropped and repeated classes collapse.
 * Two names pair when they have the same number of parts and every part's skeleton is equal, or differs in one
 * class for a part of four or more (a consonant the other script cannot write). A pair is made only when each
 * side has exactly one partner in the corpus: no partner is better than a wrong one.
 */
final class TransliterationMatch {
    private TransliterationMatch() {}

    /** Chinese root → Latin root, for the unambiguous pairs; inputs map each root to one full name. */
    static Map<String, String> pairs(Map<String, String> chineseByRoot, Map<String, String> latinByRoot) {
        Map<String, List<String>> latinSkeletons = new TreeMap<>();
        for (var e : latinByRoot.entrySet()) {
            List<String> s = latinSkeleton(e.getValue());
            if (s != null) latinSkeletons.put(e.getKey(), s);
        }
        Map<String, List<String>> candidates = new TreeMap<>();
        Map<String, Integer> timesChosen = new HashMap<>();
        for (var e : chineseByRoot.entrySet()) {
            List<String> c = chineseSkeleton(e.getValue());
            if (c == null) continue;
            List<String> fits = new ArrayList<>();
            for (var l : latinSkeletons.entrySet()) if (fits(c, l.getValue())) fits.add(l.getKey());
            candidates.put(e.getKey(), fits);
            for (String f : fits) timesChosen.merge(f, 1, Integer::sum);
        }
        Map<String, String> out = new TreeMap<>();
        for (var e : candidates.entrySet()) {
            if (e.getValue().size() == 1 && timesChosen.get(e.getValue().get(0)) == 1) out.put(e.getKey(), e.getValue().get(0));
        }
        return out;
    }

    /**
     * Part by part; a Latin part may also be read without an r before a consonant, which Chinese often leaves
     * unwritten (Baerbock 贝伯克): the Latin skeleton of such a part holds both readings, separated by '|'.
     */
    static boolean fits(List<String> chinese, List<String> latin) {
        if (chinese.size() != latin.size()) return false;
        for (int i = 0; i < chinese.size(); i++) {
            boolean any = false;
            for (String y : latin.get(i).split("\\|")) any |= partFits(chinese.get(i), y);
            if (!any) return false;
        }
        return true;
    }

    private static boolean partFits(String x, String y) {
        if (x.equals(y)) return true;
        return Math.max(x.length(), y.length()) >= 4 && distance(x, y) <= 1;
    }

    /** Skeletons of the parts of a dot-joined Chinese name, or null when it is not one (or a part has no consonant). */
    static List<String> chineseSkeleton(String name) {
        String[] parts = name.split("[·‧・•]");
        if (parts.length < 2) return null;
        List<String> out = new ArrayList<>();
        for (String part : parts) {
            StringBuilder sb = new StringBuilder();
            for (Pinyin p : HanLP.convertToPinyinList(part)) {
                String py = p.getPinyinWithoutTone();
                if (py == null || py.equals("none")) return null;
                syllable(py, sb);
            }
            String s = collapse(sb);
            if (s.isEmpty()) return null;
            out.add(s);
        }
        return out;
    }

    private static void syllable(String py, StringBuilder sb) {
        if (py.equals("er")) { sb.append('L'); return; }
        String initial = py.startsWith("zh") || py.startsWith("ch") || py.startsWith("sh") ? py.substring(0, 2)
                : py.isEmpty() || "aeiouv".indexOf(py.charAt(0)) >= 0 ? "" : py.substring(0, 1);
        sb.append(switch (initial) {
            case "b", "p" -> "B";
            case "d", "t" -> "D";
            case "g", "k" -> "G";
            case "q", "j", "x", "z", "c", "s", "zh", "ch", "sh" -> "S";
            case "f", "w" -> "V";
            case "l", "r" -> "L";
            case "m" -> "M";
            case "n" -> "N";
            case "h" -> "H";
            default -> ""; // y and vowels
        });
        if (py.endsWith("n") || py.endsWith("ng")) sb.append('N');
    }

    /** Skeletons of the parts of a Latin name of two or more words, or null. */
    static List<String> latinSkeleton(String name) {
        String n = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        String[] parts = n.split("[\\s\\-]+");
        if (parts.length < 2) return null;
        List<String> out = new ArrayList<>();
        for (String part : parts) {
            if (!part.matches("[a-z']+")) return null;
            String w = part.replace("'", "");
            String s = collapse(latin(w));
            if (s.isEmpty()) return null;
            String withoutR = collapse(latin(w.replaceAll("(?<=[aeiouy])r(?=[^aeiouy])", "")));
            out.add(withoutR.equals(s) || withoutR.isEmpty() ? s : s + "|" + withoutR);
        }
        return out;
    }

    private static StringBuilder latin(String w) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            char next = i + 1 < w.length() ? w.charAt(i + 1) : ' ';
            if (next == 'h' && "sczk".indexOf(c) >= 0) { sb.append(c == 'k' ? 'H' : 'S'); i++; continue; }
            if (next == 'h' && c == 't') { sb.append('D'); i++; continue; }
            if (next == 'h' && c == 'p') { sb.append('V'); i++; continue; }
            switch (c) {
                case 'b', 'p' -> sb.append('B');
                case 'd', 't' -> sb.append('D');
                case 'g', 'k', 'q' -> sb.append('G');
                case 'c' -> sb.append("eiy".indexOf(next) >= 0 ? 'S' : 'G');
                case 'x' -> sb.append("GS");
                case 's', 'z', 'j' -> sb.append('S');
                case 'f', 'v', 'w' -> sb.append('V');
                case 'l', 'r' -> sb.append('L');
                case 'm' -> sb.append('M');
                case 'n' -> sb.append('N');
                case 'h' -> sb.append('H');
                default -> { } // vowels and y
            }
        }
        return sb;
    }

    private static String collapse(CharSequence s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) if (out.length() == 0 || out.charAt(out.length() - 1) != s.charAt(i)) out.append(s.charAt(i));
        return out.toString();
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            int[] t = prev; prev = cur; cur = t;
        }
        return prev[b.length()];
    }
}
