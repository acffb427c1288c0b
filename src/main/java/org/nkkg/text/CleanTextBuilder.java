package org.nkkg.text;

import org.nkkg.model.CleanText;
import org.nkkg.model.OffsetMap;
import org.nkkg.model.TextUnit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Appends kept pieces of an original text while remembering where each kept character came from.
 * The original is addressed by Java indices here; {@link #build} turns them into code-point offsets.
 */
final class CleanTextBuilder {
    private final String original;
    private final int[] codePointAt; // Java index in original -> code-point offset
    private final StringBuilder text = new StringBuilder();
    private int[] origin = new int[1024];
    private final List<TextUnit> units = new ArrayList<>();

    CleanTextBuilder(String original) {
        this.original = original;
        this.codePointAt = new int[original.length() + 1];
        int cp = 0;
        for (int i = 0; i < original.length(); i++) {
            codePointAt[i] = cp;
            if (!(Character.isHighSurrogate(original.charAt(i)) && i + 1 < original.length()
                    && Character.isLowSurrogate(original.charAt(i + 1)))) cp++;
        }
        codePointAt[original.length()] = cp;
    }

    int length() { return text.length(); }

    /** Keeps original[begin, end) as it is. */
    void keep(int begin, int end) {
        for (int i = begin; i < end; i++) push(original.charAt(i), i);
    }

    /** Writes {@code c} in place of the original character at {@code at} (e.g. a space for a table bar). */
    void replace(char c, int at) { push(c, at); }

    /** Ends a line: a newline that maps to the original position {@code at}. */
    void newline(int at) {
        if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') push('\n', Math.min(at, original.length() - 1));
    }

    void unit(int begin, TextUnit.Kind kind, java.time.LocalDate date, String heading) {
        if (text.length() > begin) units.add(new TextUnit(begin, text.length(), kind, date, heading));
    }

    char lastChar() { return text.length() == 0 ? '\n' : text.charAt(text.length() - 1); }

    private void push(char c, int originalIndex) {
        if (text.length() + 2 > origin.length) origin = Arrays.copyOf(origin, origin.length * 2);
        origin[text.length()] = codePointAt[Math.max(0, originalIndex)];
        text.append(c);
    }

    CleanText build() {
        int[] map = Arrays.copyOf(origin, text.length() + 1);
        map[text.length()] = codePointAt[original.length()];
        return new CleanText(text.toString(), new OffsetMap(map), units);
    }
}
