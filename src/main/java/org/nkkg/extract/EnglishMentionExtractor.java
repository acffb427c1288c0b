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
    private static final String PARTICLE = "(?:de|von|van|der|den|ter|bin|ibn|al|Al|da|dos|del|della|di|du|la|le)";
    /** A name word, also with a lowercase Arabic article joined by a hyphen ("al-Assad"). */
    private static final String NAME_PART = "(?:(?:al|el|ad|as|ash|ul)-)?" + NAME_WORD;
    private static final Pattern NAME = Pattern.compile("(?<![\\p{L}\\-])" +
            NAME_WORD + "(?: (?:" + PARTICLE + " ){0,2}" + NAME_PART + "){1,7}");
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
    private static final String ORG_HEAD = "(?:Organization|Organisation|Institute|Council|Committee|Agency|Party|Court|"
            + "Commission|Watch|Centre|Center|University|Foundation|Fund|Federation|Movement|Front|Solidarity|"
            + "International|Alliance|Association|Network|Coalition|Tribunal|Union|Academy|League|Society|Bureau|"
            + "Confederation|Congress|Assembly|Office|Initiative)";
    /**
     * A capitalised span ending in an organizational head, with what the head is "of/for/on" when that part ends
     * the capitalised run ("Jerusalem Institute for Strategy and Security", "University of Bremen", "Senate
     * Committee on Foreign Relations"). A head alone needs that part.
     */
    private static final Pattern ORG_SPAN = Pattern.compile(
            "(?<![\\p{L}\\-])(?:" + NAME_WORD + " (?:(?:of|for|on|in)(?: the)? |and )?){0,6}" + ORG_HEAD + "\\b"
                    + "(?: (?:of|for|on) (?:the )?" + NAME_WORD + "(?: (?:and |of (?:the )?|for (?:the )?)?" + NAME_WORD + "){0,4}"
                    + "(?![ \\-]?\\p{Lu})(?!['’]s))?");
    private static final List<Map.Entry<String, String>> HEADS = heads();

    /**
     * The shared heads, and English-only spellings of the same bodies ("Russian defence ministry", "Armenia's
     * National Assembly", "Russian peacekeepers"), keyed by the shared codes so that they merge with the other
     * languages' names.
     */
    private static List<Map.Entry<String, String>> heads() {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, String> e : OrgHeads.english()) m.put(e.getKey(), e.getValue());
        m.putIfAbsent("defence ministry", "defence");
        m.putIfAbsent("defense ministry", "defence");
        m.putIfAbsent("Ministry of Justice", "justice");
        m.putIfAbsent("Justice Ministry", "justice");
        m.putIfAbsent("Interior Ministry", "interior");
        m.putIfAbsent("interior ministry", "interior");
        m.putIfAbsent("Ministry of Interior", "interior");
        m.putIfAbsent("Emergency Situations Ministry", "emergencies");
        m.putIfAbsent("National Assembly", "parliament");
        m.putIfAbsent("parliament", "parliament");
        m.putIfAbsent("Prosecutor General's Office", "prosecutor-general");
        m.putIfAbsent("Prosecutor-General's Office", "prosecutor-general");
        m.putIfAbsent("General Prosecutor's Office", "prosecutor-general");
        m.putIfAbsent("peacekeepers", "peacekeepers");
        m.putIfAbsent("peacekeeping forces", "peacekeepers");
        m.putIfAbsent("peacekeeping force", "peacekeepers");
        m.putIfAbsent("peacekeeping contingent", "peacekeepers");
        m.putIfAbsent("Peacekeeping Forces", "peacekeepers");
        m.putIfAbsent("Peacekeeping Contingent", "peacekeepers");
        // bodies without a shared code: keyed by the gazetteer's name for them, else by "<head> of <state>"
        for (String h : List.of("State Border Service", "Border Service", "Border Guard",
                "State Security Service", "Foreign Intelligence Service", "Ministry of Health", "Health Ministry",
                "Ministry of Economy", "Ministry of Education", "Ministry of Culture", "Ministry of Finance",
                "Central Election Commission", "Constitutional Court", "Supreme Court", "General Staff",
                "State Committee for Refugees and IDPs", "Investigative Committee", "Ministry of Territorial Administration and Infrastructure",
                "Ministry of Labour and Social Affairs", "Ministry of Labor and Social Affairs")) {
            m.putIfAbsent(h, "");
        }
        return m.entrySet().stream().sorted(java.util.Comparator.comparingInt(e -> -e.getKey().length())).toList();
    }
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
            regionSides(sent, found, s.begin());
            bodies(sent, found, s.begin());
            rolePersons(sent, found, s.begin());
            organizations(sent, found, s.begin());
            placesAndPress(sent, found, s.begin());
            listedPersons(sent, found, s.begin());
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
            if (s.charAt(end - 1) == '.') end--; // sentence-final period is not part of a name…
            words.add(new int[]{m.start(), end, m.end()});
        }
        int max = res.names().maxEnglishTokens();
        for (int i = 0; i < words.size(); ) {
            int matchedTo = -1;
            boolean withDot = false;
            List<GazetteerEntry> entries = List.of();
            for (int j = Math.min(words.size() - 1, i + max); j >= i; j--) {
                String cand = s.substring(words.get(i)[0], words.get(j)[1]);
                List<GazetteerEntry> es = res.names().english(cand);
                if (es.isEmpty() && cand.endsWith(".")) es = res.names().english(cand.substring(0, cand.length() - 1));
                // …unless it ends an abbreviation ("U.S. Secretary of State")
                boolean dotted = false;
                if (es.isEmpty() && words.get(j)[2] > words.get(j)[1]) {
                    es = res.names().english(s.substring(words.get(i)[0], words.get(j)[2]));
                    dotted = !es.isEmpty();
                }
                if (!es.isEmpty()) { matchedTo = j; entries = es; withDot = dotted; break; }
            }
            if (matchedTo < 0) { i++; continue; }
            int b = words.get(i)[0], e = withDot ? words.get(matchedTo)[2] : words.get(matchedTo)[1];
            if (s.charAt(e - 1) == '.' && res.names().english(s.substring(b, e)).isEmpty()) e--;
            GazetteerEntry g = ChineseMentionExtractor.pick(entries);
            if (g != null) {
                found.add(new Mention(base + b, base + e, s.substring(b, e), g.type(), "gaz:" + g.id(), null, 0.95, "en-gazetteer"));
            }
            i = matchedTo + 1;
        }
    }

    /**
     * "Nagorno-Karabakh's leadership", "Karabakh Armenian authorities", "the separatist government of Nagorno-Karabakh":
     * a region's side is its de facto state, a mention of that state over the whole phrase.
     */
    private static void regionSides(String s, List<Mention> found, int base) {
        for (int i = 0; i < found.size(); i++) {
            Mention m = found.get(i);
            if (m.type() != EntityType.PLACE) continue;
            int b = m.begin() - base, e = m.end() - base;
            int after = RegionSides.enSideEnd(m.key(), s, e), before = after < 0 ? RegionSides.enSideBegin(m.key(), s, b) : -1;
            if (after < 0 && before < 0) continue;
            int nb = before >= 0 ? before : b, ne = after >= 0 ? after : e;
            if (s.startsWith("the ", nb) || s.startsWith("The ", nb)) nb += 4;
            found.set(i, new Mention(base + nb, base + ne, s.substring(nb, ne), EntityType.STATE,
                    RegionSides.GOVERNMENT.get(m.key()), null, m.confidence(), "en-region-side"));
        }
    }

    /** State bodies; replaces the state mention inside them. */
    private void bodies(String s, List<Mention> found, int base) {
        for (Map.Entry<String, String> head : HEADS) {
            for (int at = s.indexOf(head.getKey()); at >= 0; at = s.indexOf(head.getKey(), at + 1)) {
                int hEnd = at + head.getKey().length();
                if (hEnd < s.length() && Character.isLetter(s.charAt(hEnd))) continue;
                // a head already read as a name of its own ("Security Council") is still a body of the state before it
                Mention covering = null;
                for (Mention c : found) if (c.begin() <= base + at && base + at < c.end()) covering = c;
                if (covering != null && !(covering.begin() == base + at && covering.end() == base + hEnd
                        && covering.type() == EntityType.ORGANIZATION)) continue;
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
                // "the Azerbaijani embassy" is a common noun; "the Russian Embassy" is a building, a place (gold guideline)
                boolean embassy = head.getValue().equals("embassy");
                if (embassy && !Character.isUpperCase(head.getKey().charAt(0))) continue;
                final int b = begin, e = end;
                found.removeIf(m -> m.begin() >= base + b && m.end() <= base + e);
                if (Spans.overlaps(found, base + b, base + e)) continue;
                found.add(new Mention(base + b, base + e, s.substring(b, e), embassy ? EntityType.PLACE : EntityType.ORGANIZATION,
                        bodyKey(state, head), null, 0.9, "en-state+head"));
            }
        }
    }

    private String bodyKey(GazetteerEntry state, Map.Entry<String, String> head) {
        if (!head.getValue().isEmpty()) return "org:" + state.id() + ":" + head.getValue();
        String name = head.getKey() + " of " + (state.en() != null ? state.en() : state.id());
        GazetteerEntry g = ChineseMentionExtractor.pick(res.names().english(name));
        if (g != null && g.type() == EntityType.ORGANIZATION) return "gaz:" + g.id();
        return "Organization:" + name.toLowerCase(Locale.ROOT);
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

    /** Words that never belong to a personal name: heads of bodies, places, media and events. */
    private static final Set<String> NOT_IN_PERSON = Set.of("Ministry", "Council", "Committee", "Commission", "Court",
            "Forces", "Army", "Airport", "Monastery", "Corridor", "Republic", "Region", "Oblast", "District", "Province",
            "Street", "Avenue", "Road", "Highway", "Square", "Mountains", "Mount", "Agency", "Party", "Service", "Office",
            "Center", "Centre", "Institute", "University", "Foundation", "Fund", "Federation", "Movement", "Front",
            "Alliance", "Association", "Associations", "Network", "Coalition", "Tribunal", "Watch", "International",
            "Headquarters", "Staff", "Assembly", "Parliament", "Government", "Union", "Nations", "Bank", "Church",
            "Cathedral", "Bridge", "Reservoir", "Press", "Presse", "News", "Times", "Post", "Radio", "Television", "TV",
            "Group", "Company", "Corporation", "Airlines", "Media", "Online", "Daily", "Kingdom", "State", "States",
            "River", "Lake", "Sea", "Valley", "Village", "City", "Town", "Hospital", "School", "Academy", "Society",
            "Organization", "Organisation", "Initiative", "Operation", "War", "Conference", "Summit", "Agreement",
            "Declaration", "Treaty", "Statement", "Security", "Rights", "Mission", "Police", "Guard", "Guards", "Brigade",
            "Division", "Regiment", "Battalion", "Corps", "Fleet", "Museum", "Embassy", "Consulate", "Directorate",
            "Bureau", "Department", "Administration", "Cabinet", "Senate", "Congress", "Duma", "Kremlin", "Chamber",
            "Genocide", "Defence", "Defense", "Affairs", "Relations", "Strategy", "Research", "Peace", "Foreign",
            "Minister", "President", "Secretary", "General", "Protocol", "Law", "Act", "Code", "Day");

    /** Occupations and positions, matched without regard to case, that make the name beside them a person's. */
    private static final String OCCUPATION = "(?:lawyer|attorney|journalist|reporter|correspondent|editor|editor-in-chief|"
            + "historian|analyst|researcher|scholar|professor|expert|economist|political scientist|activist|"
            + "human rights activist|official|diplomat|envoy|member of parliament|MP|senator|congressman|congresswoman|"
            + "representative|commissioner|rapporteur|director|director-general|director general|chairman|chairwoman|"
            + "chairperson|chair|coordinator|laureate|deputy|lieutenant|sergeant|major general|lieutenant general|"
            + "brigadier general|colonel|lieutenant colonel|general|commander|commander-in-chief|officer|fellow|"
            + "senior fellow|blogger|writer|author|photographer|archbishop|bishop|catholicos|patriarch|ombudsman|"
            + "ombudsperson|spokesperson|spokesman|spokeswoman|press secretary|adviser|advisor|aide|mayor|governor|"
            + "head|chief|chief of staff|secretary|secretary-general|secretary general|vice-speaker|vice speaker|"
            + "deputy speaker|speaker|ambassador|minister|president|vice-president|vice president|prime minister|"
            + "leader|founder|co-founder|prosecutor|prosecutor general|judge|politician|pope|chancellor|"
            + "high representative|special representative|special adviser|permanent representative)";

    /** An occupation or position word right before the name: "lawyer Anoush …", "former colonel Karen …". */
    private static final Pattern OCCUPATION_BEFORE = Pattern.compile("(?<![\\p{L}-])(?i:" + OCCUPATION + ")(?:'s|’s)? $");

    /**
     * A position "of/to/at …" a body or place, then the name: "ambassador to Azerbaijan Alim …", "President of
     * Republika Srpska Milorad …", "head of the Joint Monitoring Center Oleg …".
     */
    private static final Pattern ROLE_CHAIN_BEFORE = Pattern.compile("(?<![\\p{L}-])(?i:" + OCCUPATION + ")(?:'s|’s)? "
            + "(?:of|to|at|for|in|on) (?:the )?(?:(?:[\\p{Lu}\\d][\\p{L}\\p{N}'’.\\-]*|of|the|and|for|on|in|de) ){1,10}$");

    /** Words that may stand in a role phrase before ", Name,": "The UN Secretary-General's Special Adviser on …". */
    private static final Set<String> ROLE_PHRASE_WORDS = Set.of("the", "a", "an", "of", "on", "for", "to", "in", "at",
            "and", "its", "his", "her", "their", "former", "then", "acting", "newly", "appointed", "senior", "deputy",
            "first", "second", "chief", "head", "country's", "state", "foreign", "defence", "defense", "policy",
            "affairs", "human", "rights", "special", "general", "military", "executive", "political", "press");

    private static final Pattern OCCUPATION_WORD = Pattern.compile("(?<![\\p{L}-])(?i:" + OCCUPATION + ")(?![\\p{L}-])");

    /** "X, a senior fellow at …": what may open a description after a name. */
    private static final Set<String> APPOSITIVE_OPENERS = Set.of("a", "an", "the", "former", "then", "its", "his", "her",
            "their", "who", "now", "also", "currently", "one", "deputy", "senior", "acting", "chief", "head", "long-time",
            "longtime", "veteran", "prominent", "leading");

    private static final Pattern TOLD_OR_SAID_BEFORE = Pattern.compile("(?:\\bsaid|\\bsays|\\badded|\\bwrote|\\bstated) $");
    private static final Pattern DELEGATION = Pattern.compile(
            "\\bdelegation(?: \\w+){0,3}? (?:consisted of|included|includes|comprised|was composed of|was made up of|was led by|led by|headed by) $");

    private void rolePersons(String s, List<Mention> found, int base) {
        Matcher n = NAME.matcher(s);
        int from = 0;
        while (from < s.length() && n.find(from)) {
            int b = n.start(), e = n.end();
            from = e;
            List<int[]> words = words(s, b, e);
            // leading words that cannot start a personal name ("The", "Minister", a state, a name already read)
            int skip = 0;
            while (skip < words.size()) {
                String w = s.substring(words.get(skip)[0], words.get(skip)[1]);
                if (NOT_NAME_WORDS.contains(w) || isStateWord(w) || Spans.covered(found, base + words.get(skip)[0])) skip++;
                else break;
            }
            int keepTo = words.size();
            while (keepTo > skip && NOT_NAME_WORDS.contains(s.substring(words.get(keepTo - 1)[0], words.get(keepTo - 1)[1]))) keepTo--;
            if (keepTo - skip < 2) continue;
            int next = words.size() > 1 ? words.get(1)[0] : e; // on failure, look again from the run's second word
            // particles do not start or end a name
            while (keepTo - skip >= 2 && isParticle(s, words.get(skip))) skip++;
            while (keepTo - skip >= 2 && isParticle(s, words.get(keepTo - 1))) keepTo--;
            if (keepTo - skip < 2) continue;
            int nb = words.get(skip)[0], ne = words.get(keepTo - 1)[1];
            String method = personCue(s, nb, ne, found, base);
            if (method == null && keepTo - skip >= 3) {
                // "President of Republika Srpska Milorad Dodik": the last two words after a position of a body
                int tb = words.get(keepTo - 2)[0];
                if (!isParticle(s, words.get(keepTo - 2)) && ROLE_CHAIN_BEFORE.matcher(s.substring(Math.max(0, tb - 120), tb)).find()
                        && plausibleName(s, tb, ne, found, base)) {
                    nb = tb;
                    method = "en-role+name";
                }
            }
            if (method == null || !plausibleName(s, nb, ne, found, base)) { from = next; continue; }
            addPerson(found, s, base, nb, ne, method);
        }
    }

    /** Word spans of a capitalised run (split on spaces). */
    private static List<int[]> words(String s, int b, int e) {
        List<int[]> out = new ArrayList<>();
        int start = b;
        for (int i = b; i <= e; i++) {
            if (i == e || s.charAt(i) == ' ') {
                if (i > start) out.add(new int[]{start, i});
                start = i + 1;
            }
        }
        return out;
    }

    private static boolean isParticle(String s, int[] w) {
        return s.substring(w[0], w[1]).matches(PARTICLE);
    }

    /** Two to five name words, none of them a head of a body or place, not overlapping another mention. */
    private boolean plausibleName(String s, int b, int e, List<Mention> found, int base) {
        String[] parts = s.substring(b, e).split(" ");
        if (parts.length < 2 || parts.length > 5) return false;
        for (String p : parts) {
            String bare = p.replaceAll("('s|’s)$", "");
            if (NOT_IN_PERSON.contains(bare) || NOT_NAME_WORDS.contains(bare) || OCCUPATION_WORD.matcher(bare).matches()) return false;
            if (res.stateByAdjective(bare) != null) return false;
        }
        if (!Character.isUpperCase(parts[parts.length - 1].charAt(0)) && !parts[parts.length - 1].contains("-")) return false;
        return !Spans.overlaps(found, base + b, base + e);
    }

    private void addPerson(List<Mention> found, String s, int base, int b, int e, String method) {
        String surface = s.substring(b, e);
        found.add(new Mention(base + b, base + e, surface, EntityType.PERSON, "Person:" + surface.toLowerCase(Locale.ROOT),
                surface, method.equals("en-role+name") ? 0.9 : 0.85, method));
    }

    /** Why the capitalised run [b, e) is a person's name, or null. */
    private String personCue(String s, int b, int e, List<Mention> found, int base) {
        String before = s.substring(Math.max(0, b - 120), b);
        if (b > 0 && s.charAt(b - 1) == ' ' && (RoleCues.endingAt(RoleCues.english(), s, b - 1) != null
                || OCCUPATION_BEFORE.matcher(before).find() || roleOfBodyBefore(s, b, found, base)
                || ROLE_CHAIN_BEFORE.matcher(before).find() || DELEGATION.matcher(before).find())) {
            return "en-role+name";
        }
        if (appositiveRoleAfter(s, e) || roleAppositionBefore(s, b, e)) return "en-name,role";
        // "Enver Pasha": an Ottoman title after the name
        if (s.startsWith(" Pasha", e - 6) || s.startsWith(" Bey", e - 4)) return "en-name,title";
        // "… told Reuters", "…, said Jane Doe."
        if (s.startsWith(" told ", e)) return "en-name,told";
        if (TOLD_OR_SAID_BEFORE.matcher(before).find() && (e == s.length() || ",.;".indexOf(s.charAt(e)) >= 0)) return "en-said,name";
        return null;
    }

    /**
     * "President of Republika Srpska Milorad Dodik", "Secretary General of the Organization of Turkic States
     * Kubanychbek Omuraliev", "ambassador to Israel Arman …": a role word, "of" or "to", a body or state already
     * found, then the name.
     */
    private static boolean roleOfBodyBefore(String s, int b, List<Mention> found, int base) {
        Mention body = Spans.endingAt(found, base + b - 1);
        if (body == null || body.type() == EntityType.PERSON) return false;
        String before = s.substring(0, body.begin() - base);
        before = before.endsWith("the ") ? before.substring(0, before.length() - 4) : before;
        if (!before.endsWith(" of ") && !before.endsWith(" to ")) return false;
        return RoleCues.endingAt(RoleCues.english(), before, before.length() - 4) != null
                || OCCUPATION_BEFORE.matcher(before.substring(Math.max(0, before.length() - 44), before.length() - 3)).find();
    }

    /** ", the Minister of ...", ", head of ...", ", a researcher at ...", ", an expert on ..." right after a name. */
    private static boolean appositiveRoleAfter(String s, int e) {
        if (!s.startsWith(", ", e)) return false;
        String rest = s.substring(e + 2, Math.min(s.length(), e + 2 + 120));
        int stop = rest.length();
        for (String p : new String[]{",", ";", ". ", "(", "\""}) { int at = rest.indexOf(p); if (at >= 0) stop = Math.min(stop, at); }
        rest = rest.substring(0, stop);
        String[] toks = rest.split(" ");
        if (toks.length == 0 || toks[0].isEmpty()) return false;
        String first = toks[0];
        boolean opener = APPOSITIVE_OPENERS.contains(first.toLowerCase(Locale.ROOT)) && !first.equals("The") || Character.isUpperCase(first.charAt(0))
                || OCCUPATION_WORD.matcher(first).matches();
        if (!opener) return false;
        String window = String.join(" ", java.util.Arrays.copyOf(toks, Math.min(toks.length, 7)));
        if (OCCUPATION_WORD.matcher(window).find()) return true;
        for (RoleCues.Cue c : RoleCues.english()) {
            int at = window.indexOf(c.text());
            if (at >= 0 && (at == 0 || window.charAt(at - 1) == ' ')) return true;
        }
        return false;
    }

    /** "The head of the Joint Monitoring Center, Oleg …,": a role phrase, a comma, the name, a comma. */
    private static boolean roleAppositionBefore(String s, int b, int e) {
        if (b < 2 || !s.startsWith(", ", b - 2)) return false;
        if (!(e == s.length() || s.charAt(e) == ',' || s.startsWith(" said", e) || s.startsWith(" stated", e))) return false;
        int start = 0;
        for (int i = b - 3; i >= 0; i--) {
            char c = s.charAt(i);
            if (c == ',' || c == ';' || c == ':' || c == '(' || c == '"' || c == '“' || c == '”' || (c == '.' && i + 1 < s.length() && s.charAt(i + 1) == ' ')) {
                start = i + 1;
                break;
            }
        }
        String[] toks = s.substring(start, b - 2).strip().split(" ");
        // the longest tail of role-phrase words: "(a meeting between) the head of State Security Service of …"
        int first = toks.length;
        while (first > 0 && toks.length - first < 14) {
            String t = toks[first - 1];
            boolean ok = !t.isEmpty() && (Character.isUpperCase(t.charAt(0)) || Character.isDigit(t.charAt(0))
                    || ROLE_PHRASE_WORDS.contains(t.toLowerCase(Locale.ROOT)) || OCCUPATION_WORD.matcher(t).matches());
            if (!ok) break;
            first--;
        }
        if (first == toks.length) return false;
        String phrase = String.join(" ", java.util.Arrays.copyOfRange(toks, first, toks.length));
        // the phrase opens with an article, a possessive or a title, and names a position
        String open = toks[first].toLowerCase(Locale.ROOT);
        if (!(Character.isUpperCase(toks[first].charAt(0)) || Set.of("the", "a", "an", "its", "his", "her", "their",
                "former", "then", "acting").contains(open) || OCCUPATION_WORD.matcher(toks[first]).matches())) return false;
        return OCCUPATION_WORD.matcher(phrase).find();
    }

    private static final Pattern LIST_NEXT = Pattern.compile("^(?:, and |, | and )(" + NAME_PART + "(?: " + NAME_PART + "){1,2})(?=[,.;]| and |$| \\(| \\p{Ll})");
    private static final Pattern LIST_PREV = Pattern.compile("(?:^|, |: |\\p{Ll} )(" + NAME_PART + "(?: " + NAME_PART + "){1,2})(?:, and |, | and )$");

    /**
     * People named in a list with a person already found: "… consisted of Ramin …, Jane Doe and John Roe". Each
     * item is two or three name words and nothing else.
     */
    private void listedPersons(String s, List<Mention> found, int base) {
        for (boolean changed = true; changed; ) {
            changed = false;
            for (Mention p : List.copyOf(found)) {
                if (p.type() != EntityType.PERSON) continue;
                int pe = p.end() - base, pb = p.begin() - base;
                Matcher next = LIST_NEXT.matcher(s.substring(pe));
                if (next.find() && plausibleName(s, pe + next.start(1), pe + next.end(1), found, base)) {
                    addPerson(found, s, base, pe + next.start(1), pe + next.end(1), "en-name-list");
                    changed = true;
                }
                Matcher prev = LIST_PREV.matcher(s.substring(Math.max(0, pb - 60), pb));
                int off = Math.max(0, pb - 60);
                if (prev.find() && plausibleName(s, off + prev.start(1), off + prev.end(1), found, base)) {
                    addPerson(found, s, base, off + prev.start(1), off + prev.end(1), "en-name-list");
                    changed = true;
                }
            }
        }
        found.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
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
            // an owner is not part of the body's name: "(Azerbaijan's) State Commission on Prisoners of War"
            Matcher owner = POSSESSIVE_OWNER.matcher(span);
            if (owner.lookingAt()) { b += owner.end(); span = span.substring(owner.end()); }
            // a position is not part of the body: "(President of the) National Assembly"
            Matcher role = ROLE_OF_PREFIX.matcher(span);
            if (role.lookingAt()) { b += role.end(); span = span.substring(role.end()); }
            String[] parts = span.split(" ");
            if (parts.length < 2) continue;
            // generic words only ("National Assembly", "Security Council"): whose body is not said
            if (java.util.Arrays.stream(parts).allMatch(w -> NOT_NAME_WORDS.contains(w) || w.matches("of|for|on|and|the|in"))) continue;
            if (span.matches(".* (?:of|for|on|and|the)$")) continue;
            addOrganization(found, s, base, b, e, "en-org-head", 0.75);
        }
        Matcher press = PRESS_NAME.matcher(s);
        while (press.find()) addOrganization(found, s, base, press.start(), press.end(), "en-press", 0.8);
        Matcher rep = REPORTED.matcher(s);
        if (rep.find() && !NOT_NAME_WORDS.contains(rep.group(1)) && !isStateWord(rep.group(1))
                && res.names().english(rep.group(1)).isEmpty()) {
            addOrganization(found, s, base, rep.start(1), rep.end(1), "en-press", 0.8);
        }
    }

    private static final Pattern POSSESSIVE_OWNER = Pattern.compile("(?:[\\p{L}.\\-]+ ){0,3}[\\p{L}.\\-]+['’]s ");
    private static final Pattern ROLE_OF_PREFIX = Pattern.compile("(?:(?:First|Deputy|Vice|Acting|Former) )?(?i:" + OCCUPATION + ") (?:of|to|at|for) (?:the )?");

    /** News outlets by the head of their name: "Agence-France Presse", "The Moscow Times", "Azg Daily". */
    private static final Pattern PRESS_NAME = Pattern.compile("(?<![\\p{L}\\-])(?:" + NAME_WORD + " ){1,2}"
            + "(?:Press|Presse|News|Times|Post|Telegraph|Herald|Gazette|Tribune|Journal|Daily|Broadcasting)\\b(?![ \\-]\\p{Lu})");
    /** A sentence that opens with one unknown name and "reported": "Azg reported that …" is a news outlet. */
    private static final Pattern REPORTED = Pattern.compile("^(\\p{Lu}[\\p{L}]+) reported\\b");

    /** An organization over [b, e); places and states named inside it give way ("University of Bremen"). */
    private static void addOrganization(List<Mention> found, String s, int base, int b, int e, String method, double conf) {
        for (Mention x : found) {
            if (!x.overlaps(base + b, base + e)) continue;
            boolean inside = x.begin() >= base + b && x.end() <= base + e && x.end() - x.begin() < e - b;
            if (!inside || !(x.type() == EntityType.PLACE || x.type() == EntityType.STATE)) return;
        }
        found.removeIf(x -> x.begin() >= base + b && x.end() <= base + e);
        String span = s.substring(b, e);
        found.add(new Mention(base + b, base + e, span, EntityType.ORGANIZATION,
                "Organization:" + span.toLowerCase(Locale.ROOT), span, conf, method));
    }

    private static final Pattern NAMED_PLACE = Pattern.compile(
            "(?<![\\p{L}\\-])(" + NAME_WORD + "(?: " + NAME_WORD + "){0,2}) (Monastery|Airport|Reservoir|Bridge|Square|Cathedral|Mountains|"
                    + "Province|District|River|Lake|Gorge|Pass|Valley|Corridor|Highway|Street|Avenue|Memorial|Plateau)\\b(?! \\p{Lu})");
    /** "Mount Aragats". */
    private static final Pattern MOUNT = Pattern.compile("\\bMount (" + NAME_WORD + ")\\b");
    /**
     * "Ardenvil, a suburb of Tarsk", "Velo, a Slovenian village in …": a name with an appositive settlement noun; any
     * capitalised adjective (a demonym, "Kurdish-populated") may stand before the noun.
     */
    private static final Pattern SETTLEMENT_APPOSITIVE = Pattern.compile("(?<![\\p{L}\\-])(" + NAME_WORD + "(?: " + NAME_WORD + ")?), "
            + "(?:a|an|the) (?:(?:small|large|nearby|former|mountain|mountainous|border|\\p{Lu}\\p{L}+(?:-populated)?) )?"
            + "(?:village|town|city|suburb|settlement|community|neighbourhood|neighborhood|district|hamlet) (?:of|in|near|on|outside)\\b");
    /** "near Sos", "outside Martakert", "north of Goris": a capitalised name after a word of location. */
    private static final Pattern NEAR = Pattern.compile("\\b(?:near|outside|(?:north|south|east|west|northeast|northwest|southeast|southwest) of) ("
            + NAME_WORD + "(?: " + NAME_WORD + ")?)(?![\\p{L}'’\\-]| \\p{Lu}| of\\b)");
    /** "in Aşağı Ayrım, Kalbajar District": a name before the district or region it lies in. */
    private static final Pattern IN_X_COMMA = Pattern.compile("\\b(?:in|near|at|from|outside) (" + NAME_WORD + "(?: " + NAME_WORD + ")?), ");
    private static final Pattern SETTLEMENT_OF = Pattern.compile(
            "\\b(?:village|villages|town|towns|city|settlement|settlements|community|border town) of (" + NAME_WORD + "(?: " + NAME_WORD + ")?)"
                    + "(?:(?:, and |, | and )(" + NAME_WORD + "(?: " + NAME_WORD + ")?))?(?:,? and (" + NAME_WORD + "(?: " + NAME_WORD + ")?))?(?![ \\-]?\\p{Lu})");
    private static final Pattern SETTLEMENT_AFTER = Pattern.compile("(?<![\\p{L}\\-])(" + NAME_WORD + "(?: " + NAME_WORD + ")?) (?:village|town|suburb|neighbourhood|neighborhood)\\b");
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
            int b = nameStart(s, m.start(1), m.end(1));
            if (b < 0) continue;
            // a gazetteer name of the whole ("Amaras Monastery", "Kalbajar District") stays as it is
            if (Spans.overlaps(found, base + b, base + m.end()) && found.stream().anyMatch(x -> x.begin() <= base + b && x.end() >= base + m.end())) continue;
            // "Stepanakert Airport" is the airport, not the city
            found.removeIf(x -> x.type() == EntityType.PLACE && x.begin() == base + b && x.end() < base + m.end());
            addPlace(found, s, base, b, m.end(), "en-place+head");
        }
        Matcher mount = MOUNT.matcher(s);
        while (mount.find()) addPlace(found, s, base, mount.start(), mount.end(), "en-place+head");
        Matcher of = SETTLEMENT_OF.matcher(s);
        while (of.find()) for (int g = 1; g <= 3; g++) if (of.group(g) != null) addPlace(found, s, base, of.start(g), of.end(g), "en-settlement");
        Matcher after = SETTLEMENT_AFTER.matcher(s);
        while (after.find()) {
            int b = nameStart(s, after.start(1), after.end(1));
            if (b >= 0) addPlace(found, s, base, b, after.end(1), "en-settlement");
        }
        Matcher app = SETTLEMENT_APPOSITIVE.matcher(s);
        while (app.find()) {
            int b = nameStart(s, app.start(1), app.end(1));
            if (b >= 0) addPlace(found, s, base, b, app.end(1), "en-settlement");
        }
        Matcher near = NEAR.matcher(s);
        while (near.find()) {
            int b = nameStart(s, near.start(1), near.end(1));
            if (b == near.start(1)) addPlace(found, s, base, b, near.end(1), "en-place(near)");
        }
        // "in X, <district or region already found>"
        Matcher in = IN_X_COMMA.matcher(s);
        while (in.find()) {
            Mention next = null;
            for (Mention x : found) if (x.begin() == base + in.end()) next = x;
            if (next == null || next.type() != EntityType.PLACE || !next.surface().matches(".*\\b(?:District|Province|Region|region|Oblast)$")) continue;
            int b = nameStart(s, in.start(1), in.end(1));
            if (b == in.start(1)) addPlace(found, s, base, b, in.end(1), "en-place,district");
        }
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

    /**
     * Start of the name in the capitalised words [b, e) once leading function words, titles and state adjectives are
     * dropped ("The Amaras", "Azerbaijani"), or -1 when nothing is left.
     */
    private int nameStart(String s, int b, int e) {
        while (b < e) {
            int sp = s.indexOf(' ', b);
            String w = s.substring(b, sp < 0 || sp > e ? e : sp);
            if (!(NOT_NAME_WORDS.contains(w) || isStateWord(w))) return b;
            if (sp < 0 || sp >= e) return -1;
            b = sp + 1;
        }
        return -1;
    }

    private static void addPlace(List<Mention> found, String s, int base, int b, int e, String method) {
        if (Spans.overlaps(found, base + b, base + e)) return;
        String surface = s.substring(b, e);
        if (NOT_NAME_WORDS.contains(surface.split(" ")[0])) return;
        found.add(new Mention(base + b, base + e, surface, EntityType.PLACE, "Place:" + surface.toLowerCase(Locale.ROOT),
                surface, 0.8, method));
    }

}
