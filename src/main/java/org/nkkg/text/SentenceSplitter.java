package org.nkkg.text;

import org.nkkg.model.Lang;
import org.nkkg.model.Sentence;
import org.nkkg.model.TextUnit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Stage 2: cleaned text → sentences, within units (a sentence never crosses a line or unit boundary).
 * Chinese ends a sentence at 。！？；… and their ASCII forms, with closing quotes kept inside. English ends at
 * . ! ? followed by a space and an upper-case letter, digit or quote, unless the word before is a known
 * abbreviation or a single initial.
 */
public final class SentenceSplitter {
    private static final Set<String> ABBREVIATIONS = Set.of(
            "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Gen", "Col", "Lt", "Maj", "Capt", "Sgt", "Adm", "Rep", "Sen",
            "Gov", "Pres", "No", "vs", "etc", "e.g", "i.e", "U.S", "U.N", "U.K", "E.U", "Jan", "Feb", "Mar", "Apr",
            "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Jr", "Sr", "Inc", "Ltd", "Co", "Corp", "approx");
    private static final String CLOSERS = "”’\"'」』）)]";

    public List<Sentence> split(String text, List<TextUnit> units, Lang lang) {
        List<Sentence> out = new ArrayList<>();
        for (int u = 0; u < units.size(); u++) {
            TextUnit unit = units.get(u);
            int start = skipSpace(text, unit.begin(), unit.end());
            for (int i = start; i < unit.end(); i++) {
                char c = text.charAt(i);
                int end = -1;
                if (c == '\n') end = i;
                else if (lang.isChinese() ? isChineseEnd(c) : isEnglishEnd(text, i, unit.end())) end = afterClosers(text, i + 1, unit.end());
                if (end >= 0) {
                    add(out, text, start, end, u);
                    start = skipSpace(text, end, unit.end());
                    i = start - 1;
                }
            }
            add(out, text, start, unit.end(), u);
        }
        return out;
    }

    private static void add(List<Sentence> out, String text, int b, int e, int unit) {
        while (e > b && Character.isWhitespace(text.charAt(e - 1))) e--;
        if (e > b) out.add(new Sentence(out.size(), b, e, unit));
    }

    private static boolean isChineseEnd(char c) {
        return c == '。' || c == '！' || c == '？' || c == '；' || c == '!' || c == '?' || c == '…';
    }

    private static boolean isEnglishEnd(String t, int i, int limit) {
        char c = t.charAt(i);
        if (c != '.' && c != '!' && c != '?') return false;
        int j = afterClosers(t, i + 1, limit);
        if (j >= limit) return true;
        if (t.charAt(j) != ' ') return false;
        while (j < limit && t.charAt(j) == ' ') j++;
        if (j >= limit) return true;
        char next = t.charAt(j);
        if (!(Character.isUpperCase(next) || Character.isDigit(next) || next == '"' || next == '“')) return false;
        if (c == '.') {
            int w = i;
            while (w > 0 && !Character.isWhitespace(t.charAt(w - 1)) && t.charAt(w - 1) != '(') w--;
            String word = t.substring(w, i);
            if (ABBREVIATIONS.contains(word)) return false;
            if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) return false; // an initial: "J. Smith"
        }
        return true;
    }

    private static int afterClosers(String t, int i, int limit) {
        while (i < limit && CLOSERS.indexOf(t.charAt(i)) >= 0) i++;
        return i;
    }

    private static int skipSpace(String t, int i, int limit) {
        while (i < limit && Character.isWhitespace(t.charAt(i))) i++;
        return i;
    }
}
