package org.nkkg.extract;

import org.nkkg.model.Document;
import org.nkkg.model.EntityType;
import org.nkkg.model.Mention;
import org.nkkg.model.RoleMention;
import org.nkkg.nlp.ChineseScript;

import java.util.ArrayList;
import java.util.List;

/**
 * Positions people hold: a role word right before a person's name, and the state or organization named right
 * before the role word ("俄罗斯外交部|发言人|玛丽亚·扎哈罗娃", "German|Foreign Minister|Annalena Baerbock"),
 * or an appositive after the name ("Hakan Fidan, the Minister of Foreign Affairs").
 */
public final class RoleExtractor {
    private static final java.util.regex.Pattern WORD_BEFORE = java.util.regex.Pattern.compile("(\\p{Lu}[\\p{L}]+)(?:'s|’s)? $");
    private final Resources res;

    public RoleExtractor(Resources res) { this.res = res; }

    public List<RoleMention> extract(Document doc) {
        boolean zh = doc.lang().isChinese();
        String text = zh ? ChineseScript.simplifyChars(doc.text()) : doc.text();
        List<Mention> ms = doc.mentions();
        List<RoleMention> out = new ArrayList<>();
        for (int i = 0; i < ms.size(); i++) {
            Mention p = ms.get(i);
            if (p.type() != EntityType.PERSON) continue;
            int end = zh ? p.begin() : p.begin() - 1;
            if (!zh && (end < 0 || text.charAt(end) != ' ')) continue;
            // "The European Union's foreign policy chief, Josep Borrell, condemned": the role set off by a comma
            if (!zh && end > 0 && text.charAt(end - 1) == ',') end--;
            RoleCues.Cue cue = RoleCues.endingAt(zh ? RoleCues.chinese() : RoleCues.english(), text, end);
            if (cue == null) continue;
            int cueBegin = end - cue.text().length();
            // "亚美尼亚总理发言人X": the spokesperson of the prime minister still speaks for the state before both
            for (int k = 0; zh && k < 2; k++) {
                RoleCues.Cue outer = RoleCues.endingAt(RoleCues.chinese(), text, cueBegin);
                if (outer == null) break;
                cueBegin -= outer.text().length();
            }
            String in = null;
            Mention before = endingNear(ms, i, cueBegin, zh, text);
            // a position is held in a state or body ("Pashinyan's spokesperson" is no office of a person)
            if (before != null && (before.type() == EntityType.STATE || before.type() == EntityType.ORGANIZATION)) in = before.key();
            if (in == null && !zh) in = stateAdjectiveBefore(text, cueBegin);
            if (in == null) in = label(ms, i, cueBegin, text);
            out.add(new RoleMention(p.key(), cue.role(), in, doc.text().substring(cueBegin, end), cueBegin, end));
        }
        return out;
    }

    /** "美國:國務卿…", "United States: Secretary of State …": the state or body labelling the line of the role. */
    private static String label(List<Mention> ms, int upTo, int cueBegin, String text) {
        int colon = cueBegin - 1;
        while (colon >= 0 && text.charAt(colon) == ' ') colon--;
        if (colon < 1 || (text.charAt(colon) != ':' && text.charAt(colon) != '：')) return null;
        for (int j = upTo - 1; j >= 0; j--) {
            Mention m = ms.get(j);
            if (m.end() == colon && (m.type() == EntityType.STATE || m.type() == EntityType.ORGANIZATION)
                    && text.substring(text.lastIndexOf('\n', m.begin()) + 1, m.begin()).matches("[\\s\\-•·*]*")) return m.key();
            if (m.end() < colon) break;
        }
        return null;
    }

    /** "German Foreign Minister …": the state an adjective right before the role word names, as a key. */
    private String stateAdjectiveBefore(String text, int cueBegin) {
        java.util.regex.Matcher m = WORD_BEFORE.matcher(text.substring(Math.max(0, cueBegin - 40), cueBegin));
        if (!m.find()) return null;
        org.nkkg.kb.GazetteerEntry g = res.stateByAdjective(m.group(1));
        return g != null ? "gaz:" + g.id() : null;
    }

    /**
     * The mention ending right before the role word (directly in Chinese, after one space in English, or as the
     * owner: "Turkey's President").
     */
    private static Mention endingNear(List<Mention> ms, int upTo, int at, boolean zh, String text) {
        for (int j = upTo - 1; j >= 0; j--) {
            Mention m = ms.get(j);
            if (m.end() == at || (!zh && m.end() == at - 1)) return m;
            if (!zh && m.end() == at - 3 && (text.startsWith("'s ", m.end()) || text.startsWith("’s ", m.end()))) return m;
            if (m.end() < at - 3) break;
        }
        return null;
    }
}
