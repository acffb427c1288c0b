package org.nkkg.extract;

import org.nkkg.kb.GazetteerEntry;
import org.nkkg.model.Document;
import org.nkkg.model.EntityType;
import org.nkkg.model.Mention;
import org.nkkg.nlp.ChineseScript;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Within one document, a surname alone refers to the person named in full elsewhere in the document
 * (阿利耶夫 → 伊利哈姆·阿利耶夫, Aliyev → Ilham Aliyev). When the document names no one in full with that surname,
 * the gazetteer's people with that surname who were active in the document's period are the candidates.
 * A surname that fits two candidates stays unresolved (no mention rather than a guess), unless a position right
 * before it ("阿塞拜疆总统阿利耶夫", "President Aliyev") was held by only one of them: then the document's uses of
 * that surname are that one.
 */
public final class Coreference {
    private static final Pattern YEAR = Pattern.compile("(?<![0-9])(19[0-9]{2}|20[0-9]{2})(?![0-9])");

    private final Resources res;
    private final Map<String, List<GazetteerEntry>> gazetteerSurnames = new HashMap<>();

    public Coreference(Resources res) {
        this.res = res;
        for (GazetteerEntry e : res.gazetteer().entries()) {
            if (e.type() != EntityType.PERSON) continue;
            Set<String> seen = new HashSet<>();
            for (String n : e.allNames()) {
                // documents are searched in simplified characters: a Taiwan form's surname must be too (帕希尼揚 → 帕希尼扬)
                String sur = surname(ChineseScript.simplifyChars(n));
                if (sur != null && seen.add(sur)) gazetteerSurnames.computeIfAbsent(sur, k -> new ArrayList<>()).add(e);
            }
        }
    }

    public List<Mention> resolve(Document doc, List<Mention> mentions) {
        String text = doc.lang().isChinese() ? ChineseScript.simplifyChars(doc.text()) : doc.text();
        Map<String, Set<String>> keysBySurname = new HashMap<>();
        for (Mention m : mentions) {
            if (m.type() != EntityType.PERSON) continue;
            String sur = surname(doc.lang().isChinese() ? ChineseScript.simplifyChars(m.surface()) : m.surface());
            // a surname told with the person's Latin name (艾尔段(Recep Tayyip Erdogan)) is that surname here
            if (sur == null && "zh-name(Latin)".equals(m.method()) && m.key().startsWith("gaz:")) sur = ChineseScript.simplifyChars(m.surface());
            if (sur != null) keysBySurname.computeIfAbsent(sur, k -> new HashSet<>()).add(m.key());
        }
        int[] period = period(doc);
        Map<String, String> resolved = new HashMap<>();
        for (var e : keysBySurname.entrySet()) {
            if (e.getValue().size() == 1) resolved.put(e.getKey(), e.getValue().iterator().next());
        }
        // surnames resolved only by a position right before them: shared by two people of the period, or short
        Map<String, List<GazetteerEntry>> byPosition = new HashMap<>();
        for (var e : gazetteerSurnames.entrySet()) {
            if (keysBySurname.containsKey(e.getKey()) || period == null) continue;
            List<GazetteerEntry> active = e.getValue().stream().filter(g -> g.activeIn(period[0], period[1])).toList();
            // a short surname (普京, Putin) is too easily part of other words: only right after a position it is a name
            boolean shortName = e.getKey().length() < (doc.lang().isChinese() ? 3 : 5);
            if (active.size() == 1 && !shortName) resolved.put(e.getKey(), "gaz:" + active.get(0).id());
            else if (!active.isEmpty() && e.getKey().length() >= 2) byPosition.put(e.getKey(), active);
        }
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) {
            // a role holder named by surname alone ("总理帕希尼扬"): the person that surname stands for here, or the
            // one of two who held that position
            String sur = "zh-role+name".equals(m.method()) ? resolved.get(ChineseScript.simplifyChars(m.surface())) : null;
            if (sur == null && "zh-role+name".equals(m.method()) && byPosition.containsKey(ChineseScript.simplifyChars(m.surface()))) {
                List<GazetteerEntry> cands = byPosition.get(ChineseScript.simplifyChars(m.surface()));
                GazetteerEntry held = cands.size() == 1 ? cands.get(0) : heldBy(cands, RoleCues.endingAt(RoleCues.chinese(), text, m.begin()));
                if (held != null) sur = "gaz:" + held.id();
            }
            out.add(sur == null ? m : new Mention(m.begin(), m.end(), m.surface(), m.type(), sur, m.latinName(), 0.8, "coref-surname"));
        }
        for (var e : resolved.entrySet()) {
            String sur = e.getKey();
            for (int at = text.indexOf(sur); at >= 0; at = text.indexOf(sur, at + 1)) {
                int end = at + sur.length();
                if (!boundaryOk(doc, text, at, end) || Spans.overlaps(out, at, end)) continue;
                boolean fromGazetteer = !keysBySurname.containsKey(sur);
                out.add(new Mention(at, end, doc.text().substring(at, end), EntityType.PERSON, e.getValue(), null,
                        fromGazetteer ? 0.7 : 0.8, fromGazetteer ? "coref-surname-period" : "coref-surname"));
            }
        }
        // a surname two people of the period share, right after a position only one of them held then
        // ("阿塞拜疆总统阿利耶夫", "President Aliyev"): that one
        for (var e : byPosition.entrySet()) {
            String sur = e.getKey();
            Set<String> chosen = new HashSet<>();
            boolean undecided = false; // a position that fits none or several of them
            List<int[]> bare = new ArrayList<>();
            for (int at = text.indexOf(sur); at >= 0; at = text.indexOf(sur, at + 1)) {
                int end = at + sur.length();
                RoleCues.Cue cue = doc.lang().isChinese() ? RoleCues.endingAt(RoleCues.chinese(), text, at)
                        : at > 0 && text.charAt(at - 1) == ' ' ? RoleCues.endingAt(RoleCues.english(), text, at - 1) : null;
                if (!boundaryOk(doc, text, at, end)) continue;
                if (Spans.overlaps(out, at, end)) {
                    // a role holder the mention layer found ("总统阿利耶夫") and resolved above counts as chosen
                    for (Mention o : out) {
                        if (o.begin() <= at && o.end() >= end && e.getValue().stream().anyMatch(g -> o.key().equals("gaz:" + g.id()))) {
                            chosen.add(o.key().substring(4));
                        }
                    }
                    continue;
                }
                if (cue == null || (e.getValue().size() > 1 && POSITION_IN_DESCRIPTION.get(cue.role()) == null)) {
                    if (e.getValue().size() > 1) bare.add(new int[]{at, end});
                    continue;
                }
                GazetteerEntry fit = e.getValue().size() == 1 ? e.getValue().get(0) : heldBy(e.getValue(), cue);
                if (fit == null) { undecided = true; continue; }
                chosen.add(fit.id());
                out.add(new Mention(at, end, doc.text().substring(at, end), EntityType.PERSON, "gaz:" + fit.id(), null,
                        0.7, "coref-surname-role"));
            }
            // the document's other uses of that surname are the same person, when its positions named only them
            if (chosen.size() == 1 && !undecided) {
                String id = chosen.iterator().next();
                for (int[] b : bare) {
                    out.add(new Mention(b[0], b[1], doc.text().substring(b[0], b[1]), EntityType.PERSON, "gaz:" + id, null,
                            0.7, "coref-surname-role"));
                }
            }
        }
        out.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
        return out;
    }

    /** Words that may open with a character transliterations use too ("阿利耶夫通电话"): a name ends before them. */
    private static final Pattern VERB_START = Pattern.compile("通电话|通话|通过|会见|会晤|会谈|表示|宣布|指出|称|说|在|于|与|和|对|向|是|将|也|还|已|曾|并|就");

    /** The one candidate whose description says they held the position the cue names (not a deputy's), or null. */
    private static GazetteerEntry heldBy(List<GazetteerEntry> candidates, RoleCues.Cue cue) {
        if (cue == null || cue.text().startsWith("副") || cue.text().matches("(?i)(?:vice|deputy).*")) return null;
        Pattern held = POSITION_IN_DESCRIPTION.get(cue.role());
        if (held == null) return null;
        List<GazetteerEntry> fit = candidates.stream().filter(g -> g.description() != null && held.matcher(g.description()).lookingAt()).toList();
        return fit.size() == 1 ? fit.get(0) : null;
    }

    /** How the gazetteer's descriptions open for the holders of a position ("President of Azerbaijan since 2003"). */
    private static final Map<org.nkkg.model.RoleType, Pattern> POSITION_IN_DESCRIPTION = Map.of(
            org.nkkg.model.RoleType.PRESIDENT, Pattern.compile("President\\b"),
            org.nkkg.model.RoleType.PRIME_MINISTER, Pattern.compile("Prime Minister\\b"),
            org.nkkg.model.RoleType.FOREIGN_MINISTER, Pattern.compile("(?:Foreign Minister|Minister of Foreign Affairs|Secretary of State)\\b"),
            org.nkkg.model.RoleType.DEFENCE_MINISTER, Pattern.compile("(?:Defen[cs]e Minister|Minister of Defen[cs]e)\\b"),
            org.nkkg.model.RoleType.PROSECUTOR, Pattern.compile("Prosecutor\\b"),
            org.nkkg.model.RoleType.MAYOR, Pattern.compile("Mayor\\b"),
            org.nkkg.model.RoleType.SECRETARY_GENERAL, Pattern.compile("Secretary-General\\b"));

    /** "Kamran Aliyev", "Arthur Mkrtchyan": a Latin surname after another capitalised name is someone's full name. */
    // (a capitalised word ending a sentence is no given name: "…to Armenia. Manasyan stated"; an initial is: "J. Smith")
    private static final java.util.regex.Pattern LATIN_GIVEN_NAME_BEFORE = java.util.regex.Pattern.compile("\\p{Lu}(?:[\\p{L}'’.-]*[\\p{L}'’-]|\\.)?\\s$");

    private boolean boundaryOk(Document doc, String text, int b, int e) {
        if (Character.isLetter(text.charAt(b)) && Character.UnicodeScript.of(text.charAt(b)) == Character.UnicodeScript.LATIN) {
            if (b > 0 && Character.isLetter(text.charAt(b - 1))) return false;
            if (LATIN_GIVEN_NAME_BEFORE.matcher(text.substring(Math.max(0, b - 25), b)).find()) return false;
            if (!doc.lang().isChinese()) return e >= text.length() || !Character.isLetter(text.charAt(e));
        }
        if (doc.lang().isChinese()) {
            boolean leftOk = b == 0 || !res.transliteration().contains(text.charAt(b - 1))
                    || RoleCues.endingAt(RoleCues.chinese(), text, b) != null;
            boolean rightOk = e >= text.length() || !res.transliteration().contains(text.charAt(e)) || text.charAt(e) == '·'
                    || VERB_START.matcher(text).region(e, text.length()).lookingAt();
            return leftOk && rightOk && (b == 0 || text.charAt(b - 1) != '·');
        }
        boolean leftOk = b == 0 || !Character.isLetter(text.charAt(b - 1));
        boolean rightOk = e >= text.length() || !Character.isLetter(text.charAt(e));
        return leftOk && rightOk;
    }

    /** The last part of a multi-part personal name, or null for a single-part name. */
    static String surname(String name) {
        int dot = name.lastIndexOf('·');
        if (dot >= 0) return dot + 1 < name.length() && name.length() - dot - 1 >= 2 ? name.substring(dot + 1) : null;
        if (name.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) return null;
        int sp = name.lastIndexOf(' ');
        if (sp < 0 || sp + 1 >= name.length()) return null;
        String s = name.substring(sp + 1);
        return s.length() >= 3 && Character.isUpperCase(s.charAt(0)) ? s : null;
    }

    /** Years the document is about: its publication year, else the span of its most cited years. */
    static int[] period(Document doc) {
        if (doc.source().anchorDate() != null) {
            int y = doc.source().anchorDate().getYear();
            return new int[]{y, y};
        }
        Map<Integer, Integer> counts = new HashMap<>();
        Matcher m = YEAR.matcher(doc.text());
        while (m.find()) counts.merge(Integer.parseInt(m.group(1)), 1, Integer::sum);
        if (counts.isEmpty()) return null;
        int best = counts.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).get().getKey();
        return new int[]{best, best};
    }

}
