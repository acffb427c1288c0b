package org.nkkg.extract;

import org.nkkg.kb.GazetteerEntry;
import org.nkkg.model.Document;
import org.nkkg.model.EntityType;
import org.nkkg.model.Mention;
import org.nkkg.model.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mentions in English text, sentence by sentence. In order of trust:
 * <ol>
 *   <li>gazetteer names, longest match on word boundaries, case as written;</li>
 *   <li>state bodies: "Azerbaijani Defense Ministry", "Cyprus's Ministry of Foreign Affairs", "Ministry of Defence
 *       of Armenia": keyed by state and head, like their Chinese names;</li>
 *   <li>people after a role word ("Foreign Minister Annalena Baerbock") or before an appositive role
 *       ("Hakan Fidan, the Minister of Foreign Affairs"): two to four capitalised words;</li>
 *   <li>organizations: a capitalised span ending in an organizational head noun ("Genocide Watch",
 *       "Christian Solidarity International").</li>
 * </ol>
 */
public final class EnglishMentionExtractor {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-.][\\p{L}\\p{N}]+)*\\.?");
    private static final String NAME_WORD = "\\p{Lu}[\\p{L}'’]+(?:-\\p{Lu}?[\\p{L}'’]+)*";
    private static final String PARTICLE = "(?:de|von|van|der|den|bin|al|Al|ibn|da|dos|del|la|le)";
    private static final Pattern NAME = Pattern.compile(
            NAME_WORD + "(?: (?:" + PARTICLE + " )?" + NAME_WORD + "){1,7}");
    private static final Set<String> NOT_NAME_WORDS = Set.of("The", "A", "An", "In", "On", "At", "Of", "For", "And",
            "But", "After", "Before", "During", "This", "That", "These", "Those", "He", "She", "They", "It", "His",
            "Her", "Their", "Its", "According", "Following", "While", "When", "Since", "Between", "By", "As",
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
            "Ministry", "Minister", "President", "Foreign", "Affairs", "Defence", "Defense", "Council", "Republic",
            "Armed", "Forces", "United", "Nations", "State", "States", "Army", "Government", "Prime", "Secretary",
            "General", "Office", "Human", "Rights", "European", "Union", "National", "Assembly", "Security",
            "Representative", "Permanent", "Deputy", "Senate", "Parliament", "Committee", "Commission", "Court",
            "First", "Second", "Third", "Rank", "Captain", "Colonel", "Lieutenant", "Major", "Chief", "Vice",
            "Speaker", "Chancellor", "Ambassador", "Spokesperson", "Spokesman", "Spokeswoman", "Pope", "Mayor");
    private static final Pattern ORG_SPAN = Pattern.compile(
            "(?:" + NAME_WORD + " (?:(?:of|for|and|the|on|in) )*){1,6}"
                    + "(?:Organization|Organisation|Institute|Council|Committee|Agency|Party|Court|Commission|Watch|"
                    + "Centre|Center|University|Foundation|Fund|Federation|Movement|Front|Solidarity|International|"
                    + "Alliance|Association|Network|Coalition|Tribunal)\\b");
    private static final List<Map.Entry<String, String>> HEADS = OrgHeads.english();
    private static final List<Pattern> STATE_BEFORE_HEAD = List.of(
            Pattern.compile("(?<![\\p{L}.])(\\p{Lu}[\\p{L}.]+)(?:'s|’s)? $"),
            Pattern.compile("(?<![\\p{L}.])(\\p{Lu}[\\p{L}]+ \\p{Lu}[\\p{L}]+)(?:'s|’s)? $"));

    private final Resources res;

    public EnglishMentionExtractor(Resources res) { this.res = res; }

    public List<Mention> extract(Document doc) {
        List<Mention> out = new ArrayList<>();
        String text = doc.text();
        for (Sentence s : doc.sentences()) {
            List<Mention> found = new ArrayList<>();
            String sent = text.substring(s.begin(), s.end());
            gazetteer(sent, found, s.begin());
            bodies(sent, found, s.begin());
            rolePersons(sent, found, s.begin());
            organizations(sent, found, s.begin());
            placesAndPress(sent, found, s.begin());
            found.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
            out.addAll(found);
        }
        return out;
    }

    private void gazetteer(String s, List<Mention> found, int base) {
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            int end = m.end();
            if (s.charAt(end - 1) == '.') end--; // sentence-final period is not part of a name
            words.add(new int[]{m.start(), end});
        }
        int max = res.names().maxEnglishTokens();
        for (int i = 0; i < words.size(); ) {
            int matchedTo = -1;
            List<GazetteerEntry> entries = List.of();
            for (int j = Math.min(words.size() - 1, i + max); j >= i; j--) {
                String cand = s.substring(words.get(i)[0], words.get(j)[1]);
                List<GazetteerEntry> es = res.names().english(cand);
                if (es.isEmpty() && cand.endsWith(".")) es = res.names().english(cand.substring(0, cand.length() - 1));
                if (!es.isEmpty()) { matchedTo = j; entries = es; break; }
            }
            if (matchedTo < 0) { i++; continue; }
            int b = words.get(i)[0], e = words.get(matchedTo)[1];
            if (s.charAt(e - 1) == '.' && res.names().english(s.substring(b, e)).isEmpty()) e--;
            GazetteerEntry g = ChineseMentionExtractor.pick(entries);
            if (g != null) {
                found.add(new Mention(base + b, base + e, s.substring(b, e), g.type(), "gaz:" + g.id(), null, 0.95, "en-gazetteer"));
            }
            i = matchedTo + 1;
        }
    }

    /** State bodies; replaces the state mention inside them. */
    private void bodies(String s, List<Mention> found, int base) {
        for (Map.Entry<String, String> head : HEADS) {
            for (int at = s.indexOf(head.getKey()); at >= 0; at = s.indexOf(head.getKey(), at + 1)) {
                int hEnd = at + head.getKey().length();
                if (hEnd < s.length() && Character.isLetter(s.charAt(hEnd))) continue;
                if (Spans.covered(found, base + at)) continue;
                GazetteerEntry state = null;
                int begin = at, end = hEnd;
                // "<State|Adjective>['s] <Head>"
                String before = s.substring(0, at);
                // the one or two capitalised words before the head: "Azerbaijani", "United States", "Cyprus's"
                for (Pattern p : STATE_BEFORE_HEAD) {
                    Matcher adj = p.matcher(before);
                    if (!adj.find()) continue;
                    String w = adj.group(1);
                    state = res.stateByAdjective(w);
                    if (state == null) state = stateNamed(w);
                    if (state != null) { begin = adj.start(); break; }
                }
                // "<Head> of <State>"
                if (state == null && s.startsWith(" of ", hEnd)) {
                    Matcher of = Pattern.compile(" of (?:the )?(\\p{Lu}[\\p{L}]+(?: \\p{Lu}[\\p{L}]+)*)").matcher(s).region(hEnd, s.length());
                    if (of.lookingAt()) {
                        state = stateNamed(of.group(1));
                        if (state != null) end = of.end();
                    }
                }
                if (state == null) continue;
                final int b = begin, e = end;
                found.removeIf(m -> m.begin() >= base + b && m.end() <= base + e);
                if (Spans.overlaps(found, base + b, base + e)) continue;
                found.add(new Mention(base + b, base + e, s.substring(b, e), EntityType.ORGANIZATION,
                        "org:" + state.id() + ":" + head.getValue(), null, 0.9, "en-state+head"));
            }
        }
    }

    /** A state's name or adjective ("Azerbaijani President Ilham Aliyev" starts with one). */
    private boolean isStateWord(String w) {
        String bare = w.replaceAll("('s|’s)$", "");
        return res.stateByAdjective(bare) != null || stateNamed(bare) != null;
    }

    private GazetteerEntry stateNamed(String name) {
        GazetteerEntry g = ChineseMentionExtractor.pick(res.names().english(name));
        return g != null && g.type() == EntityType.STATE ? g : null;
    }

    private void rolePersons(String s, List<Mention> found, int base) {
        Matcher n = NAME.matcher(s);
        int from = 0;
        while (from < s.length() && n.find(from)) {
            int b = n.start(), e = n.end();
            from = e;
            String[] parts = n.group().split(" ");
            // trim leading words that cannot start a personal name ("The", "Minister", ...)
            int skip = 0;
            while (skip < parts.length && (NOT_NAME_WORDS.contains(parts[skip]) || isStateWord(parts[skip]))) {
                b += parts[skip].length() + 1;
                skip++;
            }
            int keepTo = parts.length;
            while (keepTo > skip && NOT_NAME_WORDS.contains(parts[keepTo - 1])) { e -= parts[keepTo - 1].length() + 1; keepTo--; }
            if (keepTo - skip < 2 || keepTo - skip > 5) { from = n.start() + parts[0].length(); continue; }
            if (e < s.length() && (s.charAt(e) == '\'' || s.charAt(e) == '’') && e + 1 < s.length() && s.charAt(e + 1) == 's') {
                // possessive is fine: "Pashinyan's"
            }
            if (Spans.overlaps(found, base + b, base + e)) { continue; }
            boolean cueBefore = b > 0 && s.charAt(b - 1) == ' ' && (RoleCues.endingAt(RoleCues.english(), s, b - 1) != null
                    || OCCUPATION_BEFORE.matcher(s.substring(Math.max(0, b - 40), b)).find()
                    || roleOfBodyBefore(s, b, found, base));
            boolean appositive = appositiveRoleAfter(s, e);
            if (!cueBefore && !appositive) { from = n.start() + parts[0].length() + 1; continue; }
            String surface = s.substring(b, e);
            found.add(new Mention(base + b, base + e, surface, EntityType.PERSON, "Person:" + surface.toLowerCase(Locale.ROOT),
                    surface, cueBefore ? 0.9 : 0.85, cueBefore ? "en-role+name" : "en-name,role"));
        }
    }

    /** Occupations that introduce a person's name without making a position in a state ("lawyer Anoush …"). */
    private static final Pattern OCCUPATION_BEFORE = Pattern.compile(
            "\\b(?:lawyer|journalist|historian|analyst|researcher|professor|activist|official|diplomat|envoy|"
                    + "Member of Parliament|MP|senator|Senator|congressman|Congressman|Representative|commissioner|"
                    + "Commissioner|rapporteur|director|Director|chairman|chairwoman|Chairman|Chair|coordinator|"
                    + "Coordinator|laureate|deputy|Deputy|lieutenant|sergeant|Major General|officer|fellow|blogger) $");

    /**
     * "President of Republika Srpska Milorad Dodik", "Secretary General of the Organization of Turkic States
     * Kubanychbek Omuraliev": a role word, "of", a body or state already found, then the name.
     */
    private static boolean roleOfBodyBefore(String s, int b, List<Mention> found, int base) {
        Mention body = Spans.endingAt(found, base + b - 1);
        if (body == null || body.type() == EntityType.PERSON) return false;
        String before = s.substring(0, body.begin() - base);
        before = before.endsWith("the ") ? before.substring(0, before.length() - 4) : before;
        if (!before.endsWith(" of ")) return false;
        return RoleCues.endingAt(RoleCues.english(), before, before.length() - 4) != null;
    }

    /** ", the Minister of ...", ", head of ...", ", a researcher at ..." right after a name. */
    private static boolean appositiveRoleAfter(String s, int e) {
        if (!s.startsWith(", ", e)) return false;
        String rest = s.substring(e + 2);
        for (int i = 0; i < Math.min(rest.length(), 60); i++) {
            if (i > 0 && rest.charAt(i - 1) != ' ') continue;
            for (RoleCues.Cue c : RoleCues.english()) {
                if (rest.startsWith(c.text(), i)) {
                    String pre = rest.substring(0, i).strip();
                    if (pre.split(" ").length <= 4 && !pre.contains(",")) return true;
                }
            }
            if (rest.startsWith("head of", i) || rest.startsWith("researcher", i) || rest.startsWith("professor", i)
                    || rest.startsWith("historian", i) || rest.startsWith("analyst", i)) return true;
        }
        return false;
    }

    private void organizations(String s, List<Mention> found, int base) {
        Matcher m = ORG_SPAN.matcher(s);
        while (m.find()) {
            int b = m.start(), e = m.end();
            String span = m.group();
            // drop a leading article or sentence-initial function word
            for (String lead : new String[]{"The ", "In ", "On ", "At ", "By ", "A "}) {
                if (span.startsWith(lead)) { b += lead.length(); span = span.substring(lead.length()); }
            }
            if (span.split(" ").length < 2) continue;
            if (Spans.overlaps(found, base + b, base + e)) continue;
            found.add(new Mention(base + b, base + e, span, EntityType.ORGANIZATION,
                    "Organization:" + span.toLowerCase(Locale.ROOT), span, 0.75, "en-org-head"));
        }
    }

    private static final Pattern NAMED_PLACE = Pattern.compile(
            "(" + NAME_WORD + "(?: " + NAME_WORD + ")?) (Monastery|Airport|Reservoir|Bridge|Square|Cathedral|Mountains|Province|District)\\b");
    private static final Pattern SETTLEMENT_OF = Pattern.compile(
            "\\b(?:village|villages|town|towns|city|settlement|settlements|community|border town) of (" + NAME_WORD + ")(?:,? (?:and )?(" + NAME_WORD + "))?(?:,? and (" + NAME_WORD + "))?");
    private static final Pattern SETTLEMENT_AFTER = Pattern.compile("(" + NAME_WORD + ") (?:village|town)\\b");
    /** Numbered military units: "104th Guards Airborne Division", "4th Army". */
    private static final Pattern UNIT = Pattern.compile(
            "\\b\\d{1,4}(?:st|nd|rd|th) (?:" + NAME_WORD + " ){0,3}(?:Division|Brigade|Regiment|Army|Battalion|Corps|Fleet)\\b");
    private static final Pattern PRESS = Pattern.compile(
            "\\b(?:newspaper|daily|outlet|news agency|news site|news website|magazine) (" + NAME_WORD + "(?: " + NAME_WORD + ")?)");

    /**
     * Unknown places and media by cue words: a name with a head that belongs to it ("Amaras Monastery",
     * "Stepanakert Airport"), "the village(s) of X (and Y)", "X village", and "the newspaper/outlet X".
     */
    private void placesAndPress(String s, List<Mention> found, int base) {
        Matcher m = NAMED_PLACE.matcher(s);
        while (m.find()) {
            found.removeIf(x -> x.type() == EntityType.PLACE && x.begin() == base + m.start() && x.end() <= base + m.end());
            addPlace(found, s, base, m.start(), m.end(), "en-place+head");
        }
        Matcher of = SETTLEMENT_OF.matcher(s);
        while (of.find()) for (int g = 1; g <= 3; g++) if (of.group(g) != null) addPlace(found, s, base, of.start(g), of.end(g), "en-settlement");
        Matcher after = SETTLEMENT_AFTER.matcher(s);
        while (after.find()) if (!NOT_NAME_WORDS.contains(after.group(1))) addPlace(found, s, base, after.start(1), after.end(1), "en-settlement");
        Matcher unit = UNIT.matcher(s);
        while (unit.find()) {
            if (Spans.overlaps(found, base + unit.start(), base + unit.end())) continue;
            found.add(new Mention(base + unit.start(), base + unit.end(), unit.group(), EntityType.ORGANIZATION,
                    "Organization:" + unit.group().toLowerCase(Locale.ROOT), unit.group(), 0.8, "en-military-unit"));
        }
        Matcher press = PRESS.matcher(s);
        while (press.find()) {
            int b = press.start(1), e = press.end(1);
            if (Spans.overlaps(found, base + b, base + e) || NOT_NAME_WORDS.contains(press.group(1).split(" ")[0])) continue;
            found.add(new Mention(base + b, base + e, press.group(1), EntityType.ORGANIZATION,
                    "Organization:" + press.group(1).toLowerCase(Locale.ROOT), press.group(1), 0.8, "en-press"));
        }
    }

    private static void addPlace(List<Mention> found, String s, int base, int b, int e, String method) {
        if (Spans.overlaps(found, base + b, base + e)) return;
        String surface = s.substring(b, e);
        if (NOT_NAME_WORDS.contains(surface.split(" ")[0])) return;
        found.add(new Mention(base + b, base + e, surface, EntityType.PLACE, "Place:" + surface.toLowerCase(Locale.ROOT),
                surface, 0.8, method));
    }

}
