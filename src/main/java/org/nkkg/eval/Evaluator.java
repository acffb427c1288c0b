package org.nkkg.eval;

import org.nkkg.model.*;

import java.util.*;

/**
 * Scores a built graph against the gold set.
 *
 * <p>Gold mentions are derived, not typed by hand: every occurrence in the cleaned text of a gold entity's names,
 * longest first, on word boundaries for English, and never a state or place name followed by 人/族/裔/语 (a people
 * or a language). Offsets are compared in original code points.
 * <ul>
 *   <li>mentions: exact span and type;</li>
 *   <li>entities per document: a system entity stands for the gold entity most of its mentions overlap; it is right
 *       when the types agree and no other system entity already stood for that gold entity (a split is an error);</li>
 *   <li>merged entities: the same over the whole corpus, so a wrong merge or a missed merge across documents counts;</li>
 *   <li>links: certain links of system entities that stand for a gold entity with a verified QID;</li>
 *   <li>events, as nodes per document: told in a sentence that holds a gold event's evidence, same type (and
 *       date); a second node for the same gold event is a split;</li>
 *   <li>statements: cue in the sentence of a gold statement's evidence, same stance, and a speaker that stands
 *       for the gold speaker in that document.</li>
 * </ul>
 */
public final class Evaluator {
    private static final String NOT_THE_STATE_AFTER = "人族裔语語";

    /** The cleaned text of a document, for finding gold names and evidence. */
    public record DocText(String id, Lang lang, String text, OffsetMap offsets) {}

    public record Counts(int tp, int fp, int fn) {
        public double precision() { return tp + fp == 0 ? 1 : tp / (double) (tp + fp); }

        public double recall() { return tp + fn == 0 ? 1 : tp / (double) (tp + fn); }

        public double f1() { double p = precision(), r = recall(); return p + r == 0 ? 0 : 2 * p * r / (p + r); }

        Counts plus(Counts o) { return new Counts(tp + o.tp, fp + o.fp, fn + o.fn); }
    }

    public static final class Report {
        public final Map<String, Counts> mentions = new TreeMap<>();       // "<lang>|<type>"
        public final Map<String, Counts> entities = new TreeMap<>();       // "<lang>|<type>"
        public final Map<String, Counts> entitiesByDoc = new TreeMap<>();  // "<doc>|<type>"
        public final Map<String, Counts> merged = new TreeMap<>();         // "<type>"
        public Counts links = new Counts(0, 0, 0);
        public int linkUnjudged;
        public final Map<String, Counts> events = new TreeMap<>();         // "<lang>|type" / "<lang>|type+date"
        public final Map<String, Counts> statements = new TreeMap<>();     // "<lang>|speaker+stance"
        public final List<String> errors = new ArrayList<>();

        void add(Map<String, Counts> m, String k, Counts c) { m.merge(k, c, Counts::plus); }
    }

    private record Span(int begin, int end, String gold, String type) {}

    public Report evaluate(GoldSet gold, KnowledgeGraph kg, Map<String, DocText> texts) {
        Report r = new Report();
        Map<String, Lang> langOf = new HashMap<>();
        Map<String, List<Span>> goldMentions = new HashMap<>();
        Map<String, String> goldType = new HashMap<>(), goldQid = new HashMap<>();
        for (GoldSet.GoldDoc gd : gold.docs()) {
            DocText t = texts.get(gd.doc());
            if (t == null) continue;
            langOf.put(gd.doc(), t.lang());
            goldMentions.put(gd.doc(), goldMentions(gd, t));
            for (GoldSet.GoldEntity e : gd.entities()) {
                goldType.put(e.id(), e.type());
                if (e.qid() != null) goldQid.put(e.id(), e.qid());
            }
        }
        // system mentions per document
        Map<String, List<Span>> sys = new HashMap<>();
        for (Entity e : kg.entities()) {
            for (MentionRef m : e.mentions()) {
                sys.computeIfAbsent(m.docId(), k -> new ArrayList<>()).add(new Span(m.begin(), m.end(), e.id(), e.type().label()));
            }
        }
        Map<String, Map<String, Integer>> globalVotes = new TreeMap<>();
        Map<String, String> standsForInDoc = new HashMap<>(); // "<doc>|<system id>" → gold id
        Map<String, String> sysType = new HashMap<>();
        for (Entity e : kg.entities()) sysType.put(e.id(), e.type().label());
        for (String doc : goldMentions.keySet().stream().sorted().toList()) {
            String lang = langOf.get(doc).tag();
            List<Span> g = goldMentions.get(doc), s = sys.getOrDefault(doc, List.of());
            mentionCounts(r, doc, lang, g, s);
            // entity level in this document
            Map<String, Map<String, Integer>> votes = new TreeMap<>();
            for (Span x : s) {
                Map<String, Integer> v = votes.computeIfAbsent(x.gold(), k -> new TreeMap<>());
                Map<String, Integer> gv = globalVotes.computeIfAbsent(x.gold(), k -> new TreeMap<>());
                for (Span y : g) if (x.begin() < y.end() && y.begin() < x.end()) { v.merge(y.gold(), 1, Integer::sum); gv.merge(y.gold(), 1, Integer::sum); }
            }
            Set<String> goldHere = new TreeSet<>();
            for (Span y : g) goldHere.add(y.gold());
            Set<String> matched = new HashSet<>();
            for (var e : votes.entrySet()) {
                String type = sysType.get(e.getKey());
                String best = best(e.getValue());
                if (best != null) standsForInDoc.put(doc + "|" + e.getKey(), best);
                if (best != null && goldType.get(best).equals(type) && matched.add(best)) {
                    r.add(r.entities, lang + "|" + type, new Counts(1, 0, 0));
                    r.add(r.entitiesByDoc, doc + "|" + type, new Counts(1, 0, 0));
                } else {
                    r.add(r.entities, lang + "|" + type, new Counts(0, 1, 0));
                    r.add(r.entitiesByDoc, doc + "|" + type, new Counts(0, 1, 0));
                    r.errors.add("entity FP  " + doc + "  " + type + " " + e.getKey()
                            + (best == null ? "  (no gold mention)" : "  ~ gold " + best + " (" + goldType.get(best) + ")"));
                }
            }
            for (String gid : goldHere) {
                if (matched.contains(gid)) continue;
                r.add(r.entities, lang + "|" + goldType.get(gid), new Counts(0, 0, 1));
                r.add(r.entitiesByDoc, doc + "|" + goldType.get(gid), new Counts(0, 0, 1));
                r.errors.add("entity FN  " + doc + "  " + goldType.get(gid) + " " + gid);
            }
        }
        // merged entities across the corpus
        Set<String> goldAll = new TreeSet<>();
        for (List<Span> l : goldMentions.values()) for (Span y : l) goldAll.add(y.gold());
        Map<String, String> standsFor = new HashMap<>();
        Set<String> matched = new HashSet<>();
        for (var e : globalVotes.entrySet()) {
            String type = sysType.get(e.getKey());
            String best = best(e.getValue());
            if (best != null && goldType.get(best).equals(type) && matched.add(best)) {
                standsFor.put(e.getKey(), best);
                r.add(r.merged, type, new Counts(1, 0, 0));
            } else {
                r.add(r.merged, type, new Counts(0, 1, 0));
                r.errors.add("merged FP  " + type + " " + e.getKey()
                        + (best == null ? "  (no gold mention)" : "  ~ gold " + best + " (" + goldType.get(best) + ")"));
            }
        }
        for (String gid : goldAll) {
            if (matched.contains(gid)) continue;
            r.add(r.merged, goldType.get(gid), new Counts(0, 0, 1));
            r.errors.add("merged FN  " + goldType.get(gid) + " " + gid);
        }
        links(r, kg, standsFor, goldQid, goldAll);
        events(r, gold, kg, texts, standsFor, standsForInDoc);
        statements(r, gold, kg, texts, standsForInDoc);
        return r;
    }

    private void mentionCounts(Report r, String doc, String lang, List<Span> g, List<Span> s) {
        Map<String, String> goldKey = new HashMap<>();
        for (Span y : g) goldKey.put(y.begin() + ":" + y.end(), y.type());
        Set<String> hit = new HashSet<>();
        for (Span x : s) {
            String k = x.begin() + ":" + x.end();
            if (x.type().equals(goldKey.get(k)) && hit.add(k)) r.add(r.mentions, lang + "|" + x.type(), new Counts(1, 0, 0));
            else r.add(r.mentions, lang + "|" + x.type(), new Counts(0, 1, 0));
        }
        for (Span y : g) if (!hit.contains(y.begin() + ":" + y.end())) r.add(r.mentions, lang + "|" + y.type(), new Counts(0, 0, 1));
    }

    private void links(Report r, KnowledgeGraph kg, Map<String, String> standsFor, Map<String, String> goldQid, Set<String> goldAll) {
        int tp = 0, fp = 0;
        Set<String> covered = new HashSet<>();
        for (var l : kg.links().values()) {
            if (!l.certain()) continue;
            String g = standsFor.get(l.entityId());
            if (g == null || !goldQid.containsKey(g)) { r.linkUnjudged++; continue; }
            if (goldQid.get(g).equals(l.qid())) { tp++; covered.add(g); }
            else { fp++; r.errors.add("link wrong  " + l.entityId() + " → " + l.qid() + " (gold " + g + " " + goldQid.get(g) + ")"); }
        }
        int withQid = 0;
        for (String g : goldAll) {
            if (!goldQid.containsKey(g)) continue;
            withQid++;
            if (!covered.contains(g)) r.errors.add("link missing  " + g + " " + goldQid.get(g));
        }
        r.links = new Counts(tp, fp, withQid - covered.size());
    }

    /**
     * Events are scored as nodes, per document: a system event told in the document is right when one of its
     * mentions there lies in a sentence holding a gold event's evidence, with the same type (and date); a second
     * system event for the same gold event is a split, counted as an error. Each gold event counts for one node at
     * most; nodes with the right date are matched first.
     */
    private void events(Report r, GoldSet gold, KnowledgeGraph kg, Map<String, DocText> texts, Map<String, String> standsFor,
                        Map<String, String> standsForInDoc) {
        Map<String, String> corpusDate = corpusDates(gold);
        Map<String, GoldSet.GoldEvent> corpusRoles = corpusRoles(gold);
        for (GoldSet.GoldDoc gd : gold.docs()) {
            DocText t = texts.get(gd.doc());
            if (t == null) continue;
            String lang = t.lang().tag();
            Map<GoldSet.GoldEvent, List<int[]>> ev = new LinkedHashMap<>();
            for (GoldSet.GoldEvent e : gd.events()) ev.put(e, evidence(t, e.evidence()));
            // each node's candidates: gold events of its type told in a sentence where the node has a mention
            List<Event> nodes = new ArrayList<>();
            Map<Event, List<GoldSet.GoldEvent>> candidates = new HashMap<>();
            for (Event e : kg.events()) {
                List<MentionRef> here = e.mentions().stream().filter(m -> m.docId().equals(gd.doc())).toList();
                if (here.isEmpty()) continue;
                nodes.add(e);
                List<GoldSet.GoldEvent> cs = new ArrayList<>();
                for (MentionRef m : here) {
                    for (var g : ev.entrySet()) {
                        if (!EventType.parse(g.getKey().type()).equals(e.type()) || cs.contains(g.getKey())) continue;
                        if (g.getValue().stream().anyMatch(sp -> sp[0] < m.sentenceEnd() && m.sentenceBegin() < sp[1])) cs.add(g.getKey());
                    }
                }
                candidates.put(e, cs);
            }
            // nodes claim gold events with the right date first, then by type alone, so that the order nodes are
            // listed in does not decide which of two nodes in one sentence is counted right
            Map<Event, GoldSet.GoldEvent> claim = new HashMap<>();
            Set<GoldSet.GoldEvent> found = new HashSet<>(), foundDated = new HashSet<>();
            for (Event e : nodes) {
                for (GoldSet.GoldEvent g : candidates.get(e)) {
                    if (dateRight(sysDate(e), g, corpusDate) && found.add(g)) { claim.put(e, g); foundDated.add(g); break; }
                }
            }
            for (Event e : nodes) {
                if (claim.containsKey(e)) continue;
                for (GoldSet.GoldEvent g : candidates.get(e)) if (found.add(g)) { claim.put(e, g); break; }
            }
            for (Event e : nodes) {
                GoldSet.GoldEvent match = claim.get(e);
                boolean typeOk = match != null, dateOk = typeOk && foundDated.contains(match) && dateRight(sysDate(e), match, corpusDate);
                r.add(r.events, lang + "|type", new Counts(typeOk ? 1 : 0, typeOk ? 0 : 1, 0));
                r.add(r.events, lang + "|type+date", new Counts(dateOk ? 1 : 0, dateOk ? 0 : 1, 0));
                if (typeOk) {
                    GoldSet.GoldEvent roles = corpusRoles.get(match.id());
                    java.util.function.Function<String, String> gid = k -> standsFor.getOrDefault(k, standsForInDoc.getOrDefault(gd.doc() + "|" + k, "?" + k));
                    // who met whom, who agreed with whom: the parties of a meeting, talks, an agreement, a ceasefire or
                    // a war are compared whatever the role; elsewhere who did it and whom it was done to must be right
                    boolean symmetric = SYMMETRIC.contains(e.type());
                    List<String> sys = new ArrayList<>(), want = new ArrayList<>();
                    for (String a : e.agents()) sys.add((symmetric ? "party " : "agent ") + gid.apply(a));
                    for (String a : e.affected()) sys.add((symmetric ? "party " : "affected ") + gid.apply(a));
                    for (String a : roles.agents()) want.add((symmetric ? "party " : "agent ") + a);
                    for (String a : roles.affected()) want.add((symmetric ? "party " : "affected ") + a);
                    roles(r, lang + "|participants", sys, want, gd.doc(), match.id());
                    List<String> sysPlaces = new ArrayList<>();
                    for (String p : e.places()) sysPlaces.add("place " + gid.apply(p));
                    roles(r, lang + "|places", sysPlaces, roles.places().stream().map(p -> "place " + p).toList(), gd.doc(), match.id());
                }
                if (!dateOk) {
                    MentionRef m = e.mentions().stream().filter(x -> x.docId().equals(gd.doc())).findFirst().orElseThrow();
                    List<GoldSet.GoldEvent> cs = candidates.get(e);
                    r.errors.add("event FP  " + gd.doc() + "  " + e.type().className() + " " + sysDate(e) + " «"
                            + m.sentence().substring(0, Math.min(50, m.sentence().length())) + "»"
                            + (typeOk ? "  (gold date " + match.date() + ")" : cs.isEmpty() ? "" : "  (split of " + cs.get(0).id() + ")"));
                }
            }
            for (GoldSet.GoldEvent g : gd.events()) {
                r.add(r.events, lang + "|type", new Counts(0, 0, found.contains(g) ? 0 : 1));
                r.add(r.events, lang + "|type+date", new Counts(0, 0, foundDated.contains(g) ? 0 : 1));
                if (!found.contains(g)) r.errors.add("event FN  " + gd.doc() + "  " + g.type() + " " + g.id() + " " + g.date());
            }
        }
    }

    /** Events whose parties are compared whatever role each is given. */
    private static final Set<EventType> SYMMETRIC = java.util.EnumSet.of(EventType.MEETING, EventType.NEGOTIATION,
            EventType.AGREEMENT, EventType.CEASEFIRE, EventType.WAR);

    /** Roles of a matched event ("agent X", "place Y"): the system's against the gold ones, each once. */
    private static void roles(Report r, String key, List<String> sys, List<String> gold, String doc, String event) {
        Set<String> want = new java.util.TreeSet<>(gold), got = new java.util.TreeSet<>(sys);
        int tp = 0;
        for (String g : got) {
            if (want.contains(g)) tp++;
            else r.errors.add("event role FP  " + doc + "  " + event + " " + g);
        }
        for (String g : want) if (!got.contains(g)) r.errors.add("event role FN  " + doc + "  " + event + " " + g);
        r.add(r.events, key, new Counts(tp, got.size() - tp, want.size() - tp));
    }

    /**
     * The agents, affected and places every gold file gives an event, together: a node merged across documents is
     * judged against all of them.
     */
    static Map<String, GoldSet.GoldEvent> corpusRoles(GoldSet gold) {
        Map<String, GoldSet.GoldEvent> out = new HashMap<>();
        for (GoldSet.GoldDoc gd : gold.docs()) {
            for (GoldSet.GoldEvent e : gd.events()) {
                out.merge(e.id(), e, (a, b) -> new GoldSet.GoldEvent(a.id(), a.type(), a.date(), a.end(), union(a.agents(), b.agents()),
                        union(a.affected(), b.affected()), union(a.places(), b.places()), a.evidence()));
            }
        }
        return out;
    }

    private static List<String> union(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a == null ? List.of() : a);
        if (b != null) for (String x : b) if (!out.contains(x)) out.add(x);
        return out;
    }

    /**
     * A merged node carries the date its best-dated document gives, so a node's date is also right when it is the
     * most specific date any gold document gives the same event, provided the documents agree (each date a prefix of
     * it): the zh-Hant history dates the First Nagorno-Karabakh War 1988-02-20, the English article only 1988.
     */
    private static boolean dateRight(String sysDate, GoldSet.GoldEvent g, Map<String, String> corpusDate) {
        return Objects.equals(sysDate, g.date()) || (sysDate != null && sysDate.equals(corpusDate.get(g.id())));
    }

    private static String sysDate(Event e) {
        return e.date() != null ? e.date().lexical() : e.start() != null ? e.start().lexical() : null;
    }

    static Map<String, String> corpusDates(GoldSet gold) {
        Map<String, String> best = new HashMap<>();
        Set<String> conflicting = new HashSet<>();
        for (GoldSet.GoldDoc gd : gold.docs()) {
            for (GoldSet.GoldEvent e : gd.events()) {
                if (e.date() == null) continue;
                String b = best.get(e.id());
                if (b == null || e.date().startsWith(b)) best.put(e.id(), e.date());
                else if (!b.startsWith(e.date())) conflicting.add(e.id());
            }
        }
        best.keySet().removeAll(conflicting);
        return best;
    }

    private void statements(Report r, GoldSet gold, KnowledgeGraph kg, Map<String, DocText> texts, Map<String, String> standsFor) {
        for (GoldSet.GoldDoc gd : gold.docs()) {
            DocText t = texts.get(gd.doc());
            if (t == null) continue;
            String lang = t.lang().tag();
            List<int[]> spans = new ArrayList<>();
            for (GoldSet.GoldStatement g : gd.statements()) {
                List<int[]> e = evidence(t, List.of(g.evidence()));
                spans.add(e.isEmpty() ? new int[]{-1, -1} : e.get(0));
            }
            Set<Integer> hit = new HashSet<>();
            for (Statement s : kg.statements()) {
                if (!s.docId().equals(gd.doc())) continue;
                MentionRef c = s.cue();
                // who the speaker is, judged in the document where the statement is made
                String speaker = standsFor.getOrDefault(gd.doc() + "|" + s.speaker(), "?" + s.speaker());
                int ok = -1;
                for (int i = 0; i < spans.size(); i++) {
                    int[] sp = spans.get(i);
                    if (hit.contains(i) || !(sp[0] < c.sentenceEnd() && c.sentenceBegin() < sp[1])) continue;
                    GoldSet.GoldStatement g = gd.statements().get(i);
                    if (g.speaker().equals(speaker) && g.stance().equals(s.stance().slug())) { ok = i; break; }
                }
                if (ok >= 0) {
                    hit.add(ok);
                    r.add(r.statements, lang + "|speaker+stance", new Counts(1, 0, 0));
                    GoldSet.GoldStatement g = gd.statements().get(ok);
                    java.util.function.Function<String, String> gid = k -> standsFor.getOrDefault(gd.doc() + "|" + k, "?" + k);
                    Set<String> want = new java.util.TreeSet<>(g.about() == null ? List.of() : g.about()), got = new java.util.TreeSet<>();
                    for (String k : s.about()) got.add(gid.apply(k));
                    int tp = (int) got.stream().filter(want::contains).count();
                    r.add(r.statements, lang + "|about", new Counts(tp, got.size() - tp, want.size() - tp));
                    String at = " «" + g.evidence() + "»";
                    for (String x : got) if (!want.contains(x)) r.errors.add("statement about FP  " + gd.doc() + "  " + x + at);
                    for (String x : want) if (!got.contains(x)) r.errors.add("statement about FN  " + gd.doc() + "  " + x + at);
                    String forSys = s.onBehalfOf() == null ? null : gid.apply(s.onBehalfOf());
                    boolean forOk = java.util.Objects.equals(forSys, g.forEntity());
                    r.add(r.statements, lang + "|for", new Counts(forOk && forSys != null ? 1 : 0, !forOk && forSys != null ? 1 : 0,
                            !forOk && g.forEntity() != null ? 1 : 0));
                    if (!forOk) r.errors.add("statement for wrong  " + gd.doc() + "  " + forSys + " (gold " + g.forEntity() + ")" + at);
                }
                else {
                    r.add(r.statements, lang + "|speaker+stance", new Counts(0, 1, 0));
                    r.errors.add("statement FP  " + gd.doc() + "  " + speaker + " " + s.stance().slug() + " «"
                            + c.sentence().substring(0, Math.min(50, c.sentence().length())) + "»");
                }
            }
            for (int i = 0; i < spans.size(); i++) {
                if (hit.contains(i)) continue;
                r.add(r.statements, lang + "|speaker+stance", new Counts(0, 0, 1));
                GoldSet.GoldStatement g = gd.statements().get(i);
                r.errors.add("statement FN  " + gd.doc() + "  " + g.speaker() + " " + g.stance() + " «" + g.evidence() + "»");
            }
        }
    }

    /** Evidence strings located in the cleaned text, as original code-point spans. */
    private static List<int[]> evidence(DocText t, List<String> strings) {
        List<int[]> out = new ArrayList<>();
        for (String s : strings) {
            int at = t.text().indexOf(s);
            if (at >= 0) out.add(new int[]{t.offsets().begin(at), t.offsets().end(at + s.length())});
        }
        return out;
    }

    private static String best(Map<String, Integer> votes) {
        return votes.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey).orElse(null);
    }

    /** Longest gold name at each position of the cleaned text. */
    private static List<Span> goldMentions(GoldSet.GoldDoc gd, DocText t) {
        Map<String, GoldSet.GoldEntity> byName = new HashMap<>();
        int max = 0;
        for (GoldSet.GoldEntity e : gd.entities()) for (String n : e.names()) { byName.putIfAbsent(n, e); max = Math.max(max, n.length()); }
        String s = t.text();
        boolean en = t.lang() == Lang.EN;
        List<Span> out = new ArrayList<>();
        for (int i = 0; i < s.length(); ) {
            int len = 0;
            GoldSet.GoldEntity hit = null;
            if (!en || i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1))) {
                for (int l = Math.min(max, s.length() - i); l >= 1; l--) {
                    GoldSet.GoldEntity e = byName.get(s.substring(i, i + l));
                    if (e == null) continue;
                    if (en && i + l < s.length() && Character.isLetterOrDigit(s.charAt(i + l))) continue;
                    len = l;
                    hit = e;
                    break;
                }
            }
            if (hit == null) { i++; continue; }
            boolean territorial = hit.type().equals("State") || hit.type().equals("Place");
            if (!(territorial && !en && i + len < s.length() && NOT_THE_STATE_AFTER.indexOf(s.charAt(i + len)) >= 0)) {
                out.add(new Span(t.offsets().begin(i), t.offsets().end(i + len), hit.id(), hit.type()));
            }
            i += len;
        }
        return out;
    }
}
