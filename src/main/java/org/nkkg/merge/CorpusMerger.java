package org.nkkg.merge;

import com.hankcs.hanlp.HanLP;
import org.nkkg.kb.Gazetteer;
import org.nkkg.kb.GazetteerEntry;
import org.nkkg.model.*;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.*;
import java.util.regex.Pattern;

/**
 * The corpus-level stage: receives processed documents one at a time ({@link #process}), keeps only what the graph
 * needs from each (mention references in original code points, keys, layers), and on {@link #close} merges
 * mentions into entities, event mentions into events, and resolves statements and roles to entity ids.
 *
 * <p>Entities merge by key: gazetteer entries by id, whatever the language or script; other names by their normal
 * form (Simplified, PRC usage; case-folded English); a Chinese name with a Latin form beside it joins the English
 * name. Two different gazetteer entries never merge. Events merge when type matches and dates overlap, and — across
 * documents — they share a participant (a ministry counting as its state) or one of them names none; never by
 * their words.
 */
public final class CorpusMerger {
    private final Gazetteer gazetteer;
    private final Map<String, String> orgKeyToGazetteer = new HashMap<>();
    /** Lower-cased English names of gazetteer people → their key: a Latin name beside a Chinese one joins them. */
    private final Map<String, String> personByEnglishName = new HashMap<>();
    private final List<DocumentInfo> documents = new ArrayList<>();
    private final List<KeyedMention> mentions = new ArrayList<>();
    private final List<KeyedEvent> events = new ArrayList<>();
    private final List<KeyedStatement> statements = new ArrayList<>();
    private final List<KeyedRole> roles = new ArrayList<>();
    private final Map<String, String> parent = new HashMap<>();
    private final Map<String, String> gazetteerKeyOfRoot = new HashMap<>();

    private record KeyedMention(String key, EntityType type, String latin, MentionRef ref, double confidence) {}

    private record KeyedEvent(EventMention e, MentionRef ref) {}

    private record KeyedStatement(StatementMention s, MentionRef ref, Lang lang) {}

    private record KeyedRole(RoleMention r, MentionRef ref) {}

    /** Mentions under this confidence are candidates only and do not make entities. */
    public static final double MIN_CONFIDENCE = 0.5;

    /** Known people by the first and last parts of their Chinese names ("" when two people share them). */
    private final Map<String, String> personByGivenAndSurname = new HashMap<>();

    public CorpusMerger(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        for (GazetteerEntry e : gazetteer.entries()) {
            if (e.type() != EntityType.PERSON) continue;
            for (String n : e.chineseNames()) {
                String[] parts = org.nkkg.nlp.ChineseScript.prcForm(n).split("·");
                if (parts.length < 2) continue;
                personByGivenAndSurname.merge(parts[0] + "·" + parts[parts.length - 1], "gaz:" + e.id(), (a, b) -> a.equals(b) ? a : "");
            }
        }
        for (GazetteerEntry e : gazetteer.entries()) {
            if (e.type() == EntityType.PERSON) for (String n : e.englishNames()) personByEnglishName.putIfAbsent(n.toLowerCase(Locale.ROOT), "gaz:" + e.id());
        }
        for (GazetteerEntry e : gazetteer.entries()) {
            if (e.type() != EntityType.ORGANIZATION || e.of() == null) continue;
            GazetteerEntry state = gazetteer.get(e.of());
            if (state == null) continue;
            for (org.nkkg.extract.OrgHeads.Head head : org.nkkg.extract.OrgHeads.chinese()) {
                String key = "org:" + state.id() + ":" + head.code();
                // any name of the state will do: "Government of Artsakh" is the body of the Republic of Artsakh
                boolean sameEnglish = false, sameChinese = false;
                for (String sn : state.englishNames()) {
                    for (String on : e.englishNames()) sameEnglish |= spelling(String.format(head.englishPattern(), sn)).equals(spelling(on));
                }
                for (String sn : state.chineseNames()) {
                    for (String on : e.chineseNames()) sameChinese |= on.equals(sn + head.chinese());
                }
                if (sameEnglish || sameChinese) orgKeyToGazetteer.putIfAbsent(key, e.id());
            }
        }
    }

    /** Case and British/American spelling do not make two bodies. */
    private static String spelling(String s) { return s.toLowerCase(Locale.ROOT).replace("defense", "defence"); }

    public void process(Document d) {
        OffsetMap map = d.clean().offsets();
        Refs refs = new Refs(d);
        documents.add(new DocumentInfo(d.source(), d.source().text().codePointCount(0, d.source().text().length()),
                d.sentences().size(), d.mentions().size()));
        for (Mention m : d.mentions()) {
            if (m.confidence() < MIN_CONFIDENCE) continue;
            String key = canonical(m.key());
            mentions.add(new KeyedMention(key, m.type(), m.latinName(), refs.ref(m.begin(), m.end()), m.confidence()));
            find(key);
            if (m.latinName() != null && m.type() == EntityType.PERSON) {
                String latin = m.latinName().toLowerCase(Locale.ROOT);
                union(key, personByEnglishName.getOrDefault(latin, "Person:" + latin));
            }
        }
        for (EventMention e : d.events()) events.add(new KeyedEvent(e, refs.ref(e.begin(), e.end())));
        for (StatementMention s : d.statements()) statements.add(new KeyedStatement(s, refs.ref(s.begin(), s.end()), d.lang()));
        for (RoleMention r : d.roles()) roles.add(new KeyedRole(r, refs.ref(r.begin(), r.end())));
    }

    /** A state body that the gazetteer lists (by state and head) takes the gazetteer's key. */
    private String canonical(String key) {
        String g = orgKeyToGazetteer.get(key);
        return g != null ? "gaz:" + g : key;
    }

    /**
     * Makes references in original code points for one document, with the surface and the sentence as they stand in
     * the original file (citation marks included), so that every published span and its text agree exactly. A
     * sentence's text is made once and shared by all the references in it: the merger keeps them until the end.
     */
    private static final class Refs {
        private final Document d;
        private final OffsetMap map;
        private final String original;
        private final int[] charAt;
        private final Map<Long, String> sentences = new HashMap<>();
        private final Map<String, String> surfaces = new HashMap<>();

        Refs(Document d) {
            this.d = d;
            this.map = d.clean().offsets();
            this.original = d.source().text();
            this.charAt = charIndexByCodePoint(original);
        }

        MentionRef ref(int b, int e) {
            Sentence s = d.sentenceAt(b);
            int sb = s != null ? s.begin() : b, se = s != null ? Math.max(s.end(), e) : e;
            int ob = map.begin(b), oe = map.end(e), osb = map.begin(sb), ose = map.end(se);
            String surface = surfaces.computeIfAbsent(original.substring(charAt[ob], charAt[oe]), x -> x);
            String sentence = sentences.computeIfAbsent(((long) osb << 32) | ose, k -> original.substring(charAt[osb], charAt[ose]));
            return new MentionRef(d.id(), d.lang(), ob, oe, surface, osb, ose, sentence);
        }
    }

    /** Java index of every code point of {@code s}, plus one entry for the end. */
    private static int[] charIndexByCodePoint(String s) {
        int[] out = new int[s.codePointCount(0, s.length()) + 1];
        int cp = 0;
        for (int i = 0; i < s.length(); i = s.offsetByCodePoints(i, 1)) out[cp++] = i;
        out[cp] = s.length();
        return out;
    }

    // ---- union-find over keys -------------------------------------------------------------------------------

    private String find(String k) {
        if (parent.putIfAbsent(k, k) == null && k.startsWith("gaz:")) gazetteerKeyOfRoot.put(k, k);
        String p = parent.get(k);
        if (p.equals(k)) return k;
        String r = find(p);
        parent.put(k, r);
        return r;
    }

    private void union(String a, String b) {
        String ra = find(a), rb = find(b);
        if (ra.equals(rb)) return;
        String ga = gazetteerKeyOf(ra), gb = gazetteerKeyOf(rb);
        if (ga != null && gb != null && !ga.equals(gb)) return; // two gazetteer entries are two entities
        // the gazetteer key (or else the smaller key) becomes the root, so ids do not depend on reading order
        String newRoot;
        if (gb != null && ga == null) newRoot = rb;
        else if (ga != null && gb == null) newRoot = ra;
        else newRoot = ra.compareTo(rb) < 0 ? ra : rb;
        String other = newRoot.equals(ra) ? rb : ra;
        parent.put(other, newRoot);
        String g = ga != null ? ga : gb;
        if (g != null) gazetteerKeyOfRoot.put(newRoot, g);
    }

    private String gazetteerKeyOf(String root) { return gazetteerKeyOfRoot.get(root); }

    /**
     * A person named only by a Chinese transliteration joins the person named in Latin letters elsewhere in the
     * corpus whose name it transliterates, when that pairing is unambiguous both ways (see {@link TransliterationMatch}).
     */
    private void joinTransliterations() {
        Map<String, TreeSet<String>> keysByRoot = new TreeMap<>();
        for (KeyedMention m : mentions) {
            if (m.type() == EntityType.PERSON) keysByRoot.computeIfAbsent(find(m.key()), k -> new TreeSet<>()).add(m.key());
        }
        Map<String, String> chinese = new TreeMap<>(), latin = new TreeMap<>();
        for (var e : keysByRoot.entrySet()) {
            String g = gazetteerKeyOf(e.getKey());
            GazetteerEntry entry = g != null ? gazetteer.get(g.substring(4)) : null;
            String latinName = entry != null ? entry.en() : null, chineseName = null;
            for (String k : e.getValue()) {
                if (!k.startsWith("Person:")) continue;
                String n = k.substring(7);
                boolean han = n.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
                if (han && n.contains("·") && (chineseName == null || n.length() > chineseName.length())) chineseName = n;
                if (!han && n.contains(" ") && (latinName == null || n.length() > latinName.length())) latinName = n;
            }
            if (latinName != null) latin.put(e.getKey(), latinName);
            else if (chineseName != null && entry == null) chinese.put(e.getKey(), chineseName);
        }
        for (var pair : TransliterationMatch.pairs(chinese, latin).entrySet()) union(pair.getKey(), pair.getValue());
        // "德米特里·谢尔盖耶维奇·佩斯科夫": a full name with a patronymic is the known person of given name and surname
        for (var e : chinese.entrySet()) {
            String[] parts = e.getValue().split("·");
            if (parts.length < 3) continue;
            String key = personByGivenAndSurname.get(parts[0] + "·" + parts[parts.length - 1]);
            if (key != null && !key.isEmpty()) union(e.getKey(), key);
        }
    }

    // ---- merge ------------------------------------------------------------------------------------------------

    public KnowledgeGraph close() {
        joinTransliterations();
        Map<String, List<KeyedMention>> byRoot = new TreeMap<>();
        for (KeyedMention m : mentions) byRoot.computeIfAbsent(find(m.key()), k -> new ArrayList<>()).add(m);
        Map<String, String> idByRoot = new HashMap<>();
        Map<String, Entity> entities = new TreeMap<>();
        Set<String> usedIds = new HashSet<>();
        for (Map.Entry<String, List<KeyedMention>> e : byRoot.entrySet()) {
            Entity ent = entity(e.getKey(), e.getValue(), usedIds);
            idByRoot.put(e.getKey(), ent.id());
            entities.put(ent.id(), ent);
        }
        java.util.function.Function<String, String> resolve = key -> key == null ? null : idByRoot.get(find(canonical(key)));
        for (Entity e : entities.values()) if (e.partOf() != null) partOfById.put(e.id(), e.partOf());
        List<Role> roleList = roles(resolve);
        Map<String, String> roleIdByPersonDoc = new HashMap<>();
        for (Role r : roleList) for (MentionRef m : r.mentions()) roleIdByPersonDoc.put(r.person() + "|" + m.docId(), r.id());
        List<Statement> st = new ArrayList<>();
        Set<String> statementIds = new HashSet<>();
        for (KeyedStatement k : statements) {
            String speaker = resolve.apply(k.s().speaker());
            if (speaker == null) continue;
            List<String> about = k.s().about().stream().map(resolve).filter(Objects::nonNull).filter(a -> !a.equals(speaker)).distinct().toList();
            // two speakers of one cue ("A and B accused each other") are two statements: the second gets a suffix
            String id = k.ref().docId() + "/" + k.ref().begin();
            for (int i = 2; !statementIds.add(id); i++) id = k.ref().docId() + "/" + k.ref().begin() + "-" + i;
            // one speaks for a state or a body; a region (卡拉巴赫 of 卡拉巴赫国会) is where the body sits, not whom it speaks for
            String onBehalf = resolve.apply(k.s().onBehalfOf());
            Entity behalf = onBehalf == null ? null : entities.get(onBehalf);
            if (behalf != null && behalf.type() != EntityType.STATE && behalf.type() != EntityType.ORGANIZATION) onBehalf = null;
            // a state speaks for itself, a body of a state (its ministry, army, parliament) for that state: "what did
            // Azerbaijan say" is one query whoever spoke for it
            if (onBehalf == null) onBehalf = stateSpokenFor(entities, speaker);
            // what a state or its ministry says of that state is its own position, not what the statement is about (a
            // person speaking of their country may well be speaking about it: "德米雷尔反对进行此类干预")
            String self = onBehalf;
            Entity who = entities.get(speaker);
            if (self != null && who != null && who.type() != EntityType.PERSON) about = about.stream().filter(a -> !a.equals(self)).toList();
            st.add(new Statement(id, k.ref().docId(), speaker,
                    onBehalf, roleIdByPersonDoc.get(speaker + "|" + k.ref().docId()),
                    k.s().stance(), about, k.s().quote(), k.lang(), k.s().date(), k.ref()));
        }
        st.sort(Comparator.comparing(Statement::docId).thenComparingInt(s -> s.cue().begin()));
        return new KnowledgeGraph(List.copyOf(documents), List.copyOf(entities.values()), Map.of(), roleList,
                events(resolve), st);
    }

    private String stateSpokenFor(Map<String, Entity> entities, String speaker) {
        Entity e = entities.get(speaker);
        if (e == null || (e.type() != EntityType.STATE && e.type() != EntityType.ORGANIZATION)) return null;
        for (int hops = 0; e != null && hops < 6; hops++) {
            if (e.type() == EntityType.STATE) return e.id();
            // a newspaper, party, church, charity or firm of a country is no organ of its state
            GazetteerEntry g = e.gazetteerId() == null ? null : gazetteer.get(e.gazetteerId());
            if (g != null && NOT_ORGANS_OF_STATE.contains(g.subtype())) return null;
            e = e.partOf() == null ? null : entities.get(e.partOf());
        }
        return null;
    }

    private static final Set<String> NOT_ORGANS_OF_STATE = Set.of("media", "party", "ngo", "company", "other");

    private Entity entity(String root, List<KeyedMention> ms, Set<String> usedIds) {
        String gazKey = gazetteerKeyOf(root);
        GazetteerEntry g = gazKey != null ? gazetteer.get(gazKey.substring(4)) : null;
        EntityType type = g != null ? g.type() : majorityType(ms);
        SortedMap<String, String> labels = new TreeMap<>();
        SortedSet<String> alts = new TreeSet<>();
        if (g != null) {
            put(labels, "en", g.en());
            put(labels, "zh-Hans", g.zhHans());
            put(labels, "zh-Hant", g.zhHant());
            put(labels, "ru", g.ru());
        }
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        for (KeyedMention m : ms) {
            counts.computeIfAbsent(tagOf(m.ref().surface(), m.ref().lang()), k -> new TreeMap<>()).merge(m.ref().surface(), 1, Integer::sum);
            if (m.latin() != null) counts.computeIfAbsent("en", k -> new TreeMap<>()).merge(m.latin(), 1, Integer::sum);
        }
        for (var byLang : counts.entrySet()) {
            String best = byLang.getValue().entrySet().stream()
                    .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(x -> -x.getKey().length())
                            .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).get().getKey();
            labels.putIfAbsent(byLang.getKey(), best);
            for (String s : byLang.getValue().keySet()) if (!s.equals(labels.get(byLang.getKey()))) alts.add(byLang.getKey() + "\t" + s);
        }
        String id;
        if (g != null) id = g.id();
        else if (root.startsWith("org:")) id = orgSlug(root);
        else id = slug(labels.getOrDefault("en", labels.values().iterator().next())) + "-" + hash(root);
        String base = id;
        for (int i = 2; !usedIds.add(id); i++) id = base + "-" + i;
        if (root.startsWith("org:") && g == null) {
            String[] p = root.split(":");
            GazetteerEntry state = gazetteer.get(p[1]);
            if (state != null && state.en() != null) {
                labels.putIfAbsent("en", String.format(org.nkkg.extract.OrgHeads.byCode(p[2]).englishPattern(), state.en()));
            }
        }
        String partOf = g != null ? g.of() : root.startsWith("org:") ? root.split(":")[1] : null;
        List<MentionRef> refs = ms.stream().map(KeyedMention::ref)
                .sorted(Comparator.comparing(MentionRef::docId).thenComparingInt(MentionRef::begin)).toList();
        return new Entity(id, type, g != null ? g.id() : null, labels, alts, partOf, refs);
    }

    private List<Role> roles(java.util.function.Function<String, String> resolve) {
        Map<String, List<MentionRef>> refs = new TreeMap<>();
        Map<String, Role> byId = new HashMap<>();
        // where the corpus says whose spokesperson someone is, the mentions that do not say it are the same role
        Map<String, String> knownIn = new TreeMap<>();
        for (KeyedRole k : roles) {
            String person = resolve.apply(k.r().person()), in = resolve.apply(k.r().in());
            if (person != null && in != null) knownIn.putIfAbsent(person + "/" + k.r().role().slug(), in);
        }
        for (KeyedRole k : roles) {
            String person = resolve.apply(k.r().person());
            if (person == null) continue;
            String in = resolve.apply(k.r().in());
            if (in == null) in = knownIn.get(person + "/" + k.r().role().slug());
            String id = person + "/" + k.r().role().slug() + (in != null ? "-" + in : "");
            refs.computeIfAbsent(id, x -> new ArrayList<>()).add(k.ref());
            byId.putIfAbsent(id, new Role(id, person, k.r().role(), in, List.of()));
        }
        List<Role> out = new ArrayList<>();
        for (var e : refs.entrySet()) {
            Role r = byId.get(e.getKey());
            out.add(new Role(r.id(), r.person(), r.type(), r.in(), e.getValue()));
        }
        return out;
    }

    private List<Event> events(java.util.function.Function<String, String> resolve) {
        List<List<KeyedEvent>> clusters = new ArrayList<>();
        List<KeyedEvent> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparing((KeyedEvent k) -> k.ref().docId()).thenComparingInt(k -> k.ref().begin()));
        // a named event is one node wherever it is named, whatever the language
        Map<String, List<KeyedEvent>> named = new TreeMap<>();
        // candidate clusters by type and year (dated) or by type and sentence (undated), so that each mention is
        // compared with the few clusters it could join, not with all of them: merging stays linear in the corpus
        Map<String, List<Integer>> index = new HashMap<>();
        for (KeyedEvent k : sorted) {
            if (k.e().named() != null) { named.computeIfAbsent(k.e().named(), x -> new ArrayList<>()).add(k); continue; }
            TreeSet<Integer> candidates = new TreeSet<>();
            for (String bucket : buckets(k)) candidates.addAll(index.getOrDefault(bucket, List.of()));
            List<KeyedEvent> home = null;
            // compared with the cluster's first mention only: chains of overlapping intervals must not snowball;
            // the earliest cluster that fits wins, as in reading order
            for (int i : candidates) {
                List<KeyedEvent> c = clusters.get(i);
                // within its own document a protest may also continue any mention of the protest told there
                if ((sameEvent(c.get(0), k, resolve) || (k.e().type() == EventType.PROTEST && c.stream().anyMatch(x -> x != c.get(0)
                        && x.ref().docId().equals(k.ref().docId()) && sameEvent(x, k, resolve)))) && placesFit(c, k, resolve)) { home = c; break; }
            }
            if (home == null) {
                clusters.add(home = new ArrayList<>());
                for (String bucket : buckets(k)) index.computeIfAbsent(bucket, x -> new ArrayList<>()).add(clusters.size() - 1);
            }
            home.add(k);
        }
        clusters = anchor(clusters, named, resolve);
        clusters = attachUndated(clusters, resolve);
        clusters = battles(clusters, resolve);
        List<Event> out = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (List<KeyedEvent> c : clusters) {
            EventMention first = c.get(0).e();
            GazetteerEntry known = knownEvent(c);
            EventType type = known != null ? known.eventType() : first.type();
            List<String> agents = new ArrayList<>(), affected = new ArrayList<>(), places = new ArrayList<>();
            List<Quantity> qs = new ArrayList<>();
            for (KeyedEvent k : c) {
                addResolved(places, k.e().places(), resolve);
                for (Quantity q : k.e().quantities()) if (!qs.contains(q)) qs.add(q); // sources may disagree: keep each figure
            }
            Map<String, Integer> asAgent = roleVotes(c, EventMention::agents, resolve), asAffected = roleVotes(c, EventMention::affected, resolve);
            agents.addAll(supported(asAgent, c, EventMention::agents));
            affected.addAll(supported(asAffected, c, EventMention::affected));
            // one role each: the one more mentions give it (a tie makes it an actor)
            agents.removeIf(a -> asAffected.getOrDefault(a, 0) > asAgent.get(a));
            affected.removeAll(agents);
            // the time most of its mentions give (ties: the finest, then the earliest); an interval if that is one
            Map<String, Integer> votes = new HashMap<>();
            Map<String, EventMention> byTime = new HashMap<>();
            for (KeyedEvent k : c) {
                if (k.e().from() == null) continue;
                String key = k.e().from().lexical() + "/" + (k.e().endDate() != null ? k.e().endDate().lexical() : "");
                votes.merge(key, 1, Integer::sum);
                byTime.putIfAbsent(key, k.e());
            }
            EventMention chosen = votes.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                    .thenComparing(e -> byTime.get(e.getKey()).from().precision(), Comparator.reverseOrder())
                    .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                    .map(e -> byTime.get(e.getKey())).orElse(null);
            if (known != null && (DURATIVE.contains(type) || !Objects.equals(known.from(), known.to()))) {
                // a long-lasting known event: its mentions date episodes of it; the earliest is when it began
                chosen = c.stream().map(KeyedEvent::e).filter(x -> x.from() != null)
                        .min(Comparator.comparing((EventMention x) -> x.from().first()).thenComparing(x -> x.from().precision(), Comparator.reverseOrder()))
                        .orElse(null);
                // "2020" and "2020-09-27 – 2020-11-10": a year that holds a finer beginning says no more than it
                if (chosen != null && chosen.from().precision() != TimeValue.Precision.DAY) {
                    TimeValue coarse = chosen.from();
                    chosen = c.stream().map(KeyedEvent::e).filter(x -> x.from() != null
                                    && x.from().precision().compareTo(coarse.precision()) < 0
                                    && !x.from().first().isBefore(coarse.first()) && !x.from().first().isAfter(coarse.last()))
                            .min(Comparator.comparing((EventMention x) -> x.from().first()).thenComparing(x -> x.from().precision()))
                            .orElse(chosen);
                }
            }
            chosen = finestWithin(chosen, c);
            TimeValue date = chosen == null ? null : chosen.date();
            TimeValue start = chosen == null ? null : chosen.start();
            TimeValue end = chosen == null ? null : chosen.endDate();
            // a battle: from the assault's day to the day the town fell
            TimeValue assault = c.stream().filter(k -> k.e().type() == EventType.ATTACK).map(k -> k.e().date())
                    .filter(Objects::nonNull).min(Comparator.comparing(TimeValue::first)).orElse(null);
            TimeValue fell = c.stream().filter(k -> k.e().type() == EventType.CAPTURE).map(k -> k.e().date())
                    .filter(t -> t != null && t.precision() == TimeValue.Precision.DAY).max(Comparator.comparing(TimeValue::first)).orElse(null);
            if (type == EventType.CAPTURE && assault != null && fell != null && assault.first().isBefore(fell.first())) {
                start = assault;
                end = fell;
                date = null;
            }
            if (type == EventType.PROTEST && known == null) {
                // a protest told on several days lasted from the first of them to the last
                List<TimeValue> days = c.stream().map(k -> k.e().date())
                        .filter(t -> t != null && t.precision() == TimeValue.Precision.DAY).sorted(Comparator.comparing(TimeValue::first)).toList();
                if (days.size() > 1 && days.get(0).first().isBefore(days.get(days.size() - 1).first())) {
                    date = null;
                    start = days.get(0);
                    end = days.get(days.size() - 1);
                }
            }
            String when = date != null ? date.lexical() : start != null ? start.lexical() : "undated";
            String who = !agents.isEmpty() ? agents.get(0) : !places.isEmpty() ? places.get(0) : hash(c.get(0).ref().docId() + c.get(0).ref().begin());
            // a known event keeps its gazetteer id whatever documents are added; others are named by what they hold
            String namedKey = c.stream().map(k -> k.e().named()).filter(Objects::nonNull).findFirst().orElse(null);
            String id = namedKey != null ? namedKey : type.slug() + "-" + when + "-" + who;
            String base = id;
            for (int i = 2; !used.add(id); i++) id = base + "-" + i;
            qs.sort(Comparator.comparing((Quantity q) -> q.measure()).thenComparingLong(Quantity::value));
            Map<String, String> labels = new TreeMap<>();
            if (known != null) {
                put(labels, "en", known.en());
                put(labels, Lang.ZH_HANS.tag(), known.zhHans());
                put(labels, Lang.ZH_HANT.tag(), known.zhHant());
                put(labels, "ru", known.ru());
            }
            out.add(new Event(id, type, date, start, end, agents, affected, places, qs,
                    c.stream().map(KeyedEvent::ref).toList(), labels));
        }
        out.sort(Comparator.comparing(Event::id));
        return out;
    }

    /** "war", and a conflict told as full-scale (大规模武装冲突, "full-scale fighting"): a war, not a round of clashes. */
    private static final java.util.regex.Pattern WAR_WORD = java.util.regex.Pattern.compile(
            "战争|戰爭|(?:全面|大规模|大規模)[^冲衝]{0,4}(?:冲突|衝突)|(?i:\\bwar\\b|\\bfull-scale\\b)");

    /** Whether a cluster told by the word "war" meets a known event the gazetteer calls a war (not a conflict). */
    private static boolean kindFits(GazetteerEntry g, List<KeyedEvent> c) {
        boolean warWord = c.stream().anyMatch(k -> WAR_WORD.matcher(k.e().trigger()).find());
        return !warWord || "war".equals(g.subtype());
    }

    /** The gazetteer event a cluster stands for, when one of its mentions names it. */
    private GazetteerEntry knownEvent(List<KeyedEvent> c) {
        for (KeyedEvent k : c) if (k.e().named() != null) return gazetteer.get(k.e().named());
        return null;
    }

    /**
     * Where mentions disagree only in precision ("2020" and "2020-11-10"), the finest time that lies within the
     * majority's is the event's: the text fixes it more closely, and it contradicts nothing.
     */
    private static EventMention finestWithin(EventMention chosen, List<KeyedEvent> c) {
        if (chosen == null || chosen.date() == null) return chosen; // a span, or a beginning alone
        EventMention best = chosen;
        Map<String, Integer> votes = new TreeMap<>();
        for (KeyedEvent k : c) {
            TimeValue t = k.e().date();
            if (t == null || t.precision().compareTo(chosen.date().precision()) >= 0) continue;
            if (t.first().isBefore(chosen.date().first()) || t.last().isAfter(chosen.date().last())) continue;
            votes.merge(t.precision() + "|" + t.lexical(), 1, Integer::sum);
        }
        if (votes.isEmpty()) return best;
        String pick = votes.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).get().getKey();
        for (KeyedEvent k : c) {
            TimeValue t = k.e().date();
            if (t != null && (t.precision() + "|" + t.lexical()).equals(pick)) return k.e();
        }
        return best;
    }

    /** A ceasefire told as such and the agreement that set it up are one event when the gazetteer knows it. */
    private static boolean compatible(EventType mention, EventType known) {
        if (mention == known) return true;
        return (mention == EventType.CEASEFIRE && known == EventType.AGREEMENT) || (mention == EventType.AGREEMENT && known == EventType.CEASEFIRE);
    }

    /**
     * Dated clusters found by triggers join the known event they must be: the gazetteer event of a compatible type
     * whose years (at most ten) hold all of the cluster's times, the narrowest such event when it is the only one
     * that narrow, and — when both sides name participants — one that shares a participant with what the gazetteer
     * or the texts naming the event give it. Named mentions make one cluster per known event.
     */
    private List<List<KeyedEvent>> anchor(List<List<KeyedEvent>> clusters, Map<String, List<KeyedEvent>> named,
                                          java.util.function.Function<String, String> resolve) {
        Map<String, List<KeyedEvent>> known = new TreeMap<>();
        for (var e : named.entrySet()) known.put(e.getKey(), new ArrayList<>(e.getValue()));
        List<GazetteerEntry> candidates = new ArrayList<>();
        for (GazetteerEntry g : gazetteer.entries()) {
            if (g.eventType() != null && g.from() != null && g.to() != null && g.to() - g.from() <= 10) candidates.add(g);
        }
        List<List<KeyedEvent>> rest = new ArrayList<>();
        Map<String, List<List<KeyedEvent>>> anchoredTo = new TreeMap<>();
        for (List<KeyedEvent> c : clusters) {
            LocalDate from = null, to = null;
            for (KeyedEvent k : c) {
                if (k.e().from() == null) continue;
                TimeValue t = k.e().to() != null ? k.e().to() : k.e().from();
                if (from == null || k.e().from().first().isBefore(from)) from = k.e().from().first();
                if (to == null || t.last().isAfter(to)) to = t.last();
            }
            GazetteerEntry home = null;
            int narrowest = Integer.MAX_VALUE, ties = 0;
            if (from != null && ANCHORED.contains(c.get(0).e().type()) && !c.stream().allMatch(k -> evacuation(k.e()))) {
                Set<String> pc = new HashSet<>();
                for (KeyedEvent k : c) addAll(pc, k.e(), resolve);
                for (GazetteerEntry g : candidates) {
                    if (!compatible(c.get(0).e().type(), g.eventType())) continue;
                    if (from.getYear() < g.from() || to.getYear() > g.to()) continue;
                    // a known event of one day takes only clusters of that day (±1) or, told by month, of its month:
                    // the October 2020 humanitarian truces are not the November ceasefire agreement
                    if (g.day() != null && !onTheDay(c, g.day())) continue;
                    Set<String> pg = profile(g, named.getOrDefault(g.id(), List.of()), resolve);
                    if (!pc.isEmpty() && !pg.isEmpty() && Collections.disjoint(pc, pg)) continue;
                    // a year alone ties nothing: a cluster that names no one joins only a known event named in
                    // the corpus (a 1999 operation of no one named is not the NATO bombing of Yugoslavia)
                    if (pc.isEmpty() && !named.containsKey(g.id())) continue;
                    // among equally narrow events, one that a document of the cluster names outranks the others
                    // (and then a war told as a war is the one the gazetteer calls a war, not a round of clashes)
                    int width = 4 * (g.to() - g.from()) + (namedIn(named.get(g.id()), c) ? 0 : 2) + (kindFits(g, c) ? 0 : 1);
                    if (width < narrowest) { narrowest = width; home = g; ties = 1; }
                    else if (width == narrowest) ties++;
                }
            }
            if (home != null && ties == 1) anchoredTo.computeIfAbsent(home.id(), x -> new ArrayList<>()).add(c);
            else rest.add(c);
        }
        for (var e : anchoredTo.entrySet()) {
            List<List<KeyedEvent>> cs = e.getValue();
            EventType type = gazetteer.get(e.getKey()).eventType();
            LocalDate day = POINT.contains(type) ? dayOf(cs.stream().max(Comparator.comparingInt(List::size)).orElseThrow()) : null;
            for (List<KeyedEvent> c : cs) {
                // a ceasefire, agreement, referendum or massacre happens on a day: clusters told on other days of
                // its year (a later prisoner-exchange deal) are events of their own
                LocalDate d = dayOf(c);
                if (day != null && d != null && Math.abs(java.time.temporal.ChronoUnit.DAYS.between(day, d)) > 1) rest.add(c);
                else known.computeIfAbsent(e.getKey(), x -> new ArrayList<>()).addAll(c);
            }
        }
        List<List<KeyedEvent>> out = new ArrayList<>();
        for (var e : known.entrySet()) {
            List<KeyedEvent> c = e.getValue();
            // the named mentions first: the cluster is known by them
            c.sort(Comparator.comparing((KeyedEvent k) -> k.e().named() == null).thenComparing(k -> k.ref().docId())
                    .thenComparingInt(k -> k.ref().begin()));
            if (c.get(0).e().named() == null) {
                // no text names it: a trigger mention stands in, with the gazetteer id given through the first one
                KeyedEvent f = c.get(0);
                EventMention m = f.e();
                c.set(0, new KeyedEvent(new EventMention(m.type(), m.begin(), m.end(), m.trigger(), m.sentence(), m.date(),
                        m.start(), m.endDate(), m.agents(), m.affected(), m.places(), m.quantities(), e.getKey()), f.ref()));
            }
            out.add(c);
        }
        out.addAll(rest);
        return out;
    }

    /**
     * Kinds of event that a known event of the same years can absorb: wars, operations, blockades, ceasefires and the
     * like happen once in their years; attacks, captures, meetings or evacuations happen many times, and a year
     * is no ground for making two of them one.
     */
    private static final Set<EventType> ANCHORED = EnumSet.of(EventType.WAR, EventType.MILITARY_OPERATION, EventType.BLOCKADE,
            EventType.CEASEFIRE, EventType.AGREEMENT, EventType.REFERENDUM, EventType.MASSACRE,
            // a known exodus absorbs the flights of its year: told day by day, it is one movement; evacuations are
            // operations someone carries out, many in a year, and stay events of their own
            EventType.DISPLACEMENT);

    private static final Pattern EVACUATION = Pattern.compile("撤离|撤離|疏散|转移|轉移|(?i:evacuat)");

    /** A displacement told as an evacuation (疏散, "evacuated"), not as a flight (逃离, "fled", "exodus"). */
    private static boolean evacuation(EventMention e) {
        return e.type() == EventType.DISPLACEMENT && EVACUATION.matcher(e.trigger()).find();
    }

    /** Kinds of known event that take place on one day (or a few), not over months. */
    private static final Set<EventType> POINT = EnumSet.of(EventType.CEASEFIRE, EventType.AGREEMENT, EventType.REFERENDUM,
            EventType.MASSACRE);

    private static boolean onTheDay(List<KeyedEvent> c, LocalDate day) {
        for (KeyedEvent k : c) {
            TimeValue t = k.e().from();
            if (t == null || t.precision() == TimeValue.Precision.YEAR) continue;
            if (t.precision() == TimeValue.Precision.MONTH ? !YearMonth.from(t.first()).equals(YearMonth.from(day))
                    : Math.abs(java.time.temporal.ChronoUnit.DAYS.between(day, t.first())) > 1) return false;
        }
        return true;
    }

    /** The day a cluster's mentions most often give, or null when none gives a day. */
    private static LocalDate dayOf(List<KeyedEvent> c) {
        Map<LocalDate, Integer> votes = new TreeMap<>();
        for (KeyedEvent k : c) {
            TimeValue t = k.e().from();
            if (t != null && t.precision() == TimeValue.Precision.DAY) votes.merge(t.first(), 1, Integer::sum);
        }
        return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private static boolean namedIn(List<KeyedEvent> named, List<KeyedEvent> c) {
        if (named == null) return false;
        for (KeyedEvent n : named) for (KeyedEvent k : c) if (n.ref().docId().equals(k.ref().docId())) return true;
        return false;
    }

    /** Who a known event involves: its owner in the gazetteer and the participants where texts name it. */
    private Set<String> profile(GazetteerEntry g, List<KeyedEvent> namedMentions, java.util.function.Function<String, String> resolve) {
        Set<String> out = new HashSet<>();
        if (g.of() != null) {
            String r = resolve.apply("gaz:" + g.of());
            out.add(r != null ? topOf(r) : "gaz:" + g.of());
        }
        for (KeyedEvent k : namedMentions) addAll(out, k.e(), resolve);
        return out;
    }

    /** Index keys of an event mention: its type with each year it covers, or its sentence when undated. */
    private static List<String> buckets(KeyedEvent k) {
        String type = k.e().type().name();
        if (k.e().from() == null) return List.of(type + "|" + k.ref().docId() + "|" + k.ref().sentenceBegin());
        TimeValue to = k.e().to() != null ? k.e().to() : k.e().from();
        List<String> out = new ArrayList<>();
        for (int y = k.e().from().first().getYear(); y <= to.last().getYear() && out.size() < 50; y++) out.add(type + "|" + y);
        return out;
    }

    /** Long-lasting events that a document keeps referring to without a date ("the blockade", "the war"). */
    private static final Set<EventType> DURATIVE = EnumSet.of(EventType.BLOCKADE, EventType.WAR, EventType.MILITARY_OPERATION);

    /**
     * An undated mention of a long-lasting event joins the dated event of the same type that the same document
     * dates to the day or month and that shares a participant there — when there is exactly one such event.
     * Undated mentions that join nothing are dropped: without a date or an event to belong to, "the offensive" is a
     * passing reference, not an event the graph can place.
     */
    private List<List<KeyedEvent>> attachUndated(List<List<KeyedEvent>> clusters, java.util.function.Function<String, String> resolve) {
        List<List<KeyedEvent>> out = new ArrayList<>();
        List<List<KeyedEvent>> undated = new ArrayList<>();
        List<List<KeyedEvent>> ownIfAlone = new ArrayList<>();
        List<List<KeyedEvent>> meetings = new ArrayList<>();
        for (List<KeyedEvent> c : clusters) {
            boolean dated = c.get(0).e().named() != null || c.stream().anyMatch(k -> k.e().from() != null);
            // an undated protest somewhere named first tries to be a dated protest of its document, else stands alone
            // an undated decree, agreement, arrest or negotiation between named parties (or a protest somewhere
            // named) first tries to be a dated event of its document that shares a participant, else stands alone;
            // meetings are many and short, and stand alone
            boolean parties = !dated && between(c, resolve);
            if (parties && c.get(0).e().type() != EventType.MEETING) { undated.add(c); ownIfAlone.add(c); }
            else if (parties) meetings.add(c);
            else if (dated) out.add(c);
            else if (DURATIVE.contains(c.get(0).e().type())) undated.add(c);
        }
        List<List<KeyedEvent>> dated = List.copyOf(out); // homes are judged before any attachment, in any order
        // meetings are many and short: an undated one ("阿利耶夫会见俄维和部队指挥官" in a headline) is the dated one
        // of its document with the same host and the same guest, else a meeting of its own
        for (List<KeyedEvent> u : meetings) {
            List<List<KeyedEvent>> same = dated.stream().filter(c -> c.get(0).e().type() == EventType.MEETING
                    && c.stream().anyMatch(x -> x.ref().docId().equals(u.get(0).ref().docId()) && x.e().from() != null
                    && sameParties(x, u.get(0), resolve))).toList();
            if (same.size() == 1) same.get(0).addAll(u);
            else out.add(u);
        }
        for (List<KeyedEvent> u : undated) {
            KeyedEvent k = u.get(0);
            Set<String> pu = new HashSet<>();
            for (KeyedEvent x : u) addAll(pu, x.e(), resolve);
            if (k.e().type() == EventType.PROTEST) for (KeyedEvent x : u) pu.addAll(cities(x, resolve));
            List<KeyedEvent> home = null;
            int homes = 0;
            for (List<KeyedEvent> c : dated) {
                GazetteerEntry known = knownEvent(c);
                EventType type = known != null ? known.eventType() : c.get(0).e().type();
                if (!compatible(k.e().type(), type) || (known == null && type != k.e().type())) continue;
                // a known long-lasting event told in the same document is what "the war" there refers to (an
                // agreement or a decree told without a date may be another one of its kind)
                if (known != null && DURATIVE.contains(type)
                        && c.stream().anyMatch(x -> x.ref().docId().equals(k.ref().docId()))) { home = c; homes++; continue; }
                // told elsewhere in the corpus, it is the one whose mentions name the same road or town ("the blockade
                // of the Lachin corridor"); a region alone (Nagorno-Karabakh) ties nothing
                if (known != null && DURATIVE.contains(type) && sharesSpecificPlace(c, u, resolve)) { home = c; homes++; continue; }
                // else the same document must date it to the day or month
                boolean datedHere = c.stream().anyMatch(x -> x.ref().docId().equals(k.ref().docId()) && x.e().from() != null
                        && x.e().from().precision() != TimeValue.Precision.YEAR);
                if (!datedHere) continue;
                Set<String> pc = new HashSet<>();
                for (KeyedEvent x : c) if (x.ref().docId().equals(k.ref().docId()) && x.e().from() != null) addAll(pc, x.e(), resolve);
                // a protest's place is its city: the square and the government building are in Yerevan
                if (k.e().type() == EventType.PROTEST) {
                    for (KeyedEvent x : c) if (x.ref().docId().equals(k.ref().docId()) && x.e().from() != null) pc.addAll(cities(x, resolve));
                }
                pc.retainAll(pu);
                // a protest is tied by its town: the region every report of this conflict names ties a protest of
                // 1921 to nothing of 1988
                if (k.e().type() == EventType.PROTEST) pc.removeIf(this::isRegion);
                if (!pc.isEmpty()) { home = c; homes++; }
            }
            // a protest told without a day right after a dated one (within two sentences) continues it, wherever the
            // crowd moved (the square, an embassy)
            // (in the same country: "protesters in Beirut…; Armenians also protested in Buenos Aires" are two)
            if (homes == 0 && ownIfAlone.contains(u) && k.e().type() == EventType.PROTEST) {
                Set<String> countries = countriesOfPlaces(u, resolve);
                List<List<KeyedEvent>> near = dated.stream().filter(c -> c.get(0).e().type() == EventType.PROTEST
                        && c.stream().anyMatch(x -> x.ref().docId().equals(k.ref().docId()) && x.e().from() != null
                        && Math.abs(x.e().sentence() - k.e().sentence()) <= 2)
                        && (countries.isEmpty() || !java.util.Collections.disjoint(countries, countriesOfPlaces(c, resolve)))).toList();
                if (near.size() == 1) { home = near.get(0); homes = 1; }
            }
            // exactly one event it can be; otherwise a passing reference, and no event node
            if (homes == 1) home.addAll(u);
            else if (ownIfAlone.contains(u)) out.add(u);
        }
        return out;
    }

    /** The cities (or other places) a mention names, a square or building counting as its city. */
    private Set<String> cities(KeyedEvent k, java.util.function.Function<String, String> resolve) {
        Set<String> out = new HashSet<>();
        for (String p : k.e().places()) {
            String r = resolve.apply(p);
            if (r == null) continue;
            GazetteerEntry g = gazetteer.get(r);
            GazetteerEntry in = g == null || g.of() == null ? null : gazetteer.get(g.of());
            out.add(in != null && in.type() == org.nkkg.model.EntityType.PLACE && "city".equals(in.subtype()) ? in.id() : r);
        }
        return out;
    }

    /** The states the gazetteer places of a cluster's mentions lie in (embassies and other bodies aside). */
    private Set<String> countriesOfPlaces(List<KeyedEvent> c, java.util.function.Function<String, String> resolve) {
        Set<String> out = new HashSet<>();
        for (KeyedEvent k : c) {
            for (String p : k.e().places()) {
                String r = resolve.apply(p);
                GazetteerEntry g = r == null ? null : gazetteer.get(r);
                if (g != null && g.type() == org.nkkg.model.EntityType.PLACE) out.add(topOf(r));
            }
        }
        return out;
    }

    private static final java.util.regex.Pattern INVASION = java.util.regex.Pattern.compile("入侵|invaded|invasion");

    /** Events between named parties ("X met Y", "X与Y通话"): specific enough to keep without a date. */
    private static final Set<EventType> BETWEEN_PARTIES = EnumSet.of(EventType.MEETING, EventType.NEGOTIATION,
            EventType.AGREEMENT, EventType.ARREST, EventType.DECREE);

    private boolean between(List<KeyedEvent> c, java.util.function.Function<String, String> resolve) {
        EventMention e = c.get(0).e();
        if (e.type() == EventType.PROTEST) return e.places().stream().map(resolve).anyMatch(Objects::nonNull);
        // a meeting someone named held or called ("召集了紧急会议", "met with Turkish diplomats") took place
        if (e.type() == EventType.MEETING && !e.agents().isEmpty() && resolve.apply(e.agents().get(0)) != null) return true;
        // a state declaring (its independence, a union) or holding a referendum does so once, and a decree is
        // signed by someone: told without a date, each is still that act
        if ((e.type() == EventType.DECLARATION || e.type() == EventType.DECREE || e.type() == EventType.REFERENDUM) && !e.agents().isEmpty()) {
            String a = resolve.apply(e.agents().get(0));
            GazetteerEntry g = a == null ? null : gazetteer.get(a);
            if (a != null && (topOf(a).equals(a) || (e.type() == EventType.DECREE && g != null
                    && g.type() == org.nkkg.model.EntityType.PERSON))) return true;
        }
        // the arrest of a person or body named is that arrest
        if (e.type() == EventType.ARREST && !e.affected().isEmpty()) {
            String b = resolve.apply(e.affected().get(0));
            GazetteerEntry g = b == null ? null : gazetteer.get(b);
            if (g != null && (g.type() == org.nkkg.model.EntityType.PERSON || g.type() == org.nkkg.model.EntityType.ORGANIZATION)) return true;
        }
        // an invasion names who invaded where ("苏军第11集团军入侵高加索"): that one invasion
        if (e.type() == EventType.MILITARY_OPERATION && INVASION.matcher(e.trigger()).find() && !e.agents().isEmpty()
                && resolve.apply(e.agents().get(0)) != null && (!e.places().isEmpty() || !e.affected().isEmpty())) return true;
        if (!BETWEEN_PARTIES.contains(e.type()) || e.agents().isEmpty() || e.affected().isEmpty()) return false;
        String a = resolve.apply(e.agents().get(0)), b = resolve.apply(e.affected().get(0));
        return a != null && b != null && !topOf(a).equals(topOf(b));
    }

    private boolean sameEvent(KeyedEvent a, KeyedEvent b, java.util.function.Function<String, String> resolve) {
        if (a.e().type() != b.e().type() || evacuation(a.e()) != evacuation(b.e())) return false;
        // "met X…, and spoke with Y": one sentence's meetings with different partners are different meetings
        boolean meeting = a.e().type() == EventType.MEETING || a.e().type() == EventType.NEGOTIATION;
        if (meeting && a.ref().docId().equals(b.ref().docId()) && a.ref().sentenceBegin() == b.ref().sentenceBegin()
                && !a.e().affected().isEmpty() && !b.e().affected().isEmpty()
                && !Objects.equals(resolve.apply(a.e().affected().get(0)), resolve.apply(b.e().affected().get(0)))) return false;
        TimeValue af = a.e().from(), bf = b.e().from();
        if (af == null || bf == null) {
            // undated: only the same sentence-level mention twice in one document
            return af == null && bf == null && a.ref().docId().equals(b.ref().docId())
                    && a.ref().sentenceBegin() == b.ref().sentenceBegin();
        }
        TimeValue at = a.e().to() != null ? a.e().to() : af, bt = b.e().to() != null ? b.e().to() : bf;
        // protests go on for days: within one document, days next to each other at a shared place are one protest
        int slack = a.e().type() == EventType.PROTEST && a.ref().docId().equals(b.ref().docId()) && shareAny(a, b, resolve) ? 2 : 0;
        if (slack == 0 && a.e().type() == EventType.PROTEST && a.ref().docId().equals(b.ref().docId())
                && (a.e().places().isEmpty() || b.e().places().isEmpty())) slack = 2; // one of them says nothing of where
        // "5月18日…拉钦陷落…;第二天就控制了全城": a capture told again the next day, naming no other place, goes on
        if (slack == 0 && a.e().type() == EventType.CAPTURE && a.ref().docId().equals(b.ref().docId())
                && (a.e().places().isEmpty() || b.e().places().isEmpty())
                && a.e().from().precision() == TimeValue.Precision.DAY && b.e().from().precision() == TimeValue.Precision.DAY) slack = 1;
        // across documents, protests on the next day in the same city go on: one reports the first evening, another
        // the crowd on the square the day after
        if (slack == 0 && a.e().type() == EventType.PROTEST && !Collections.disjoint(cities(a, resolve), cities(b, resolve))) slack = 1;
        boolean overlap = !af.first().isAfter(bt.last().plusDays(slack)) && !bf.first().isAfter(at.last().plusDays(slack));
        if (!overlap) return false;
        // attacks, captures, explosions… happen many times a day: at different places they are different events
        if (AT_A_PLACE.contains(a.e().type()) && !samePlaces(a, b, resolve)) return false;
        // a sniper killing a mayor and shelling killing peacekeepers that day are two attacks: each names whom it hit
        if (a.e().type() == EventType.ATTACK && !sameUndergoers(a, b, resolve)) return false;
        // protests on one day in two countries are two protests
        if (a.e().type() == EventType.PROTEST) {
            Set<String> ca = countriesOfPlaces(List.of(a), resolve), cb = countriesOfPlaces(List.of(b), resolve);
            if (!ca.isEmpty() && !cb.isEmpty() && java.util.Collections.disjoint(ca, cb)) return false;
        }
        // within one document, the same kind of event at overlapping times is told again, not a new event — unless
        // one of them is placed only in a year: "1993年春…奪取" and "4月3日…占領" are two captures of that year
        if (a.ref().docId().equals(b.ref().docId())) {
            // many meetings are held and many people detained on one day: the same one shares someone or somewhere
            if (a.e().type() == EventType.ARREST && !shareAny(a, b, resolve)) return false;
            // (a meeting shares someone taking part, or a town or building: not just the state or region behind them,
            // which every meeting about this conflict shares)
            if (meeting && !sharesParticipant(a, b, resolve)) return false;
            return (af.precision() == TimeValue.Precision.YEAR) == (bf.precision() == TimeValue.Precision.YEAR);
        }
        if (af.precision() != TimeValue.Precision.DAY || bf.precision() != TimeValue.Precision.DAY) {
            if (af.precision() != bf.precision()) return false;
        }
        if (a.e().type() == EventType.PROTEST && !Collections.disjoint(cities(a, resolve), cities(b, resolve))) return true;
        Set<String> pa = new HashSet<>(), pb = new HashSet<>();
        addAll(pa, a.e(), resolve);
        addAll(pb, b.e(), resolve);
        // the one arrested is the arrest: two reports of Vardanyan detained that day are one event
        if (a.e().type() == EventType.ARREST) {
            for (String k : a.e().affected()) { String r = resolve.apply(k); if (r != null) pa.add(r); }
            for (String k : b.e().affected()) { String r = resolve.apply(k); if (r != null) pb.add(r); }
        }
        // (many people are detained on a day: reports that name no one who arrested or was arrested join nothing)
        if (pa.isEmpty() || pb.isEmpty()) return a.e().type() != EventType.ARREST;
        pa.retainAll(pb);
        return !pa.isEmpty();
    }

    private static final Set<EventType> AT_A_PLACE = EnumSet.of(EventType.ATTACK, EventType.CAPTURE, EventType.EXPLOSION);

    /**
     * An attack, capture or explosion joins a cluster only at a place the cluster's mentions name, when both name
     * one: a first mention that names none ("the attacks") must not gather the shelling of two towns. Regions
     * (Nagorno-Karabakh) are left out when a town is named.
     */
    private boolean placesFit(List<KeyedEvent> c, KeyedEvent k, java.util.function.Function<String, String> resolve) {
        if (!AT_A_PLACE.contains(k.e().type())) return true;
        Set<String> pk = specific(resolvedPlaces(k, resolve));
        if (pk.isEmpty()) return true;
        Set<String> pc = new HashSet<>();
        for (KeyedEvent x : c) pc.addAll(resolvedPlaces(x, resolve));
        pc = specific(pc);
        // (nor does a capture told by what it took, "60 military posts", take in the villages captured that day)
        if (pc.isEmpty()) return k.e().type() != EventType.CAPTURE;
        return !Collections.disjoint(pc, pk);
    }

    private boolean sharesSpecificPlace(List<KeyedEvent> c, List<KeyedEvent> u, java.util.function.Function<String, String> resolve) {
        Set<String> pc = new HashSet<>(), pu = new HashSet<>();
        for (KeyedEvent x : c) pc.addAll(resolvedPlaces(x, resolve));
        for (KeyedEvent x : u) pu.addAll(resolvedPlaces(x, resolve));
        pc.removeIf(this::isRegion);
        pu.removeIf(this::isRegion);
        return !Collections.disjoint(pc, pu);
    }

    private boolean isRegion(String place) {
        GazetteerEntry g = gazetteer.get(place);
        return g != null && "region".equals(g.subtype());
    }

    private Set<String> specific(Set<String> places) {
        Set<String> towns = new HashSet<>(places);
        towns.removeIf(this::isRegion);
        return towns.isEmpty() ? places : towns;
    }

    private static Set<String> resolvedPlaces(KeyedEvent k, java.util.function.Function<String, String> resolve) {
        Set<String> out = new HashSet<>();
        for (String p : k.e().places()) { String r = resolve.apply(p); if (r != null) out.add(r); }
        return out;
    }

    /** Whom two mentions say it hit, when both name someone (a person or body, not a state): someone shared. */
    private boolean sameUndergoers(KeyedEvent a, KeyedEvent b, java.util.function.Function<String, String> resolve) {
        Set<String> ua = undergoers(a, resolve), ub = undergoers(b, resolve);
        if (ua.isEmpty() || ub.isEmpty()) return true;
        ua.retainAll(ub);
        return !ua.isEmpty();
    }

    private Set<String> undergoers(KeyedEvent k, java.util.function.Function<String, String> resolve) {
        Set<String> out = new HashSet<>();
        for (String x : k.e().affected()) {
            String r = resolve.apply(x);
            GazetteerEntry g = r == null ? null : gazetteer.get(r);
            if (r == null || (g != null && g.type() == org.nkkg.model.EntityType.STATE)) continue; // a state is hit by most attacks of a war
            out.add(r);
        }
        return out;
    }

    /** One of them names no place, or they share one. */
    private static boolean samePlaces(KeyedEvent a, KeyedEvent b, java.util.function.Function<String, String> resolve) {
        Set<String> pa = resolvedPlaces(a, resolve), pb = resolvedPlaces(b, resolve);
        if (pa.isEmpty() || pb.isEmpty()) return true;
        pa.retainAll(pb);
        return !pa.isEmpty();
    }

    /** The same first actor and the same first party acted on. */
    private static boolean sameParties(KeyedEvent a, KeyedEvent b, java.util.function.Function<String, String> resolve) {
        if (a.e().agents().isEmpty() || b.e().agents().isEmpty() || a.e().affected().isEmpty() || b.e().affected().isEmpty()) return false;
        String aa = resolve.apply(a.e().agents().get(0)), ba = resolve.apply(b.e().agents().get(0));
        String af = resolve.apply(a.e().affected().get(0)), bf = resolve.apply(b.e().affected().get(0));
        return aa != null && aa.equals(ba) && af != null && af.equals(bf);
    }

    private boolean sharesParticipant(KeyedEvent a, KeyedEvent b, java.util.function.Function<String, String> resolve) {
        Set<String> pa = new HashSet<>(), pb = new HashSet<>();
        for (KeyedEvent k : List.of(a, b)) {
            Set<String> into = k == a ? pa : pb;
            for (String x : k.e().agents()) { String r = resolve.apply(x); if (r != null) into.add(r); }
            for (String x : k.e().affected()) { String r = resolve.apply(x); if (r != null) into.add(r); }
            for (String r : resolvedPlaces(k, resolve)) if (!isRegion(r)) into.add(r);
        }
        pa.retainAll(pb);
        return !pa.isEmpty();
    }

    /** A shared participant, a square and its city counting as one place (each taken up to its state). */
    private boolean shareAny(KeyedEvent a, KeyedEvent b, java.util.function.Function<String, String> resolve) {
        Set<String> pa = new HashSet<>(), pb = new HashSet<>();
        addAll(pa, a.e(), resolve);
        addAll(pb, b.e(), resolve);
        for (String r : resolvedPlaces(a, resolve)) pa.add(topOf(r));
        for (String r : resolvedPlaces(b, resolve)) pb.add(topOf(r));
        pa.retainAll(pb);
        return !pa.isEmpty();
    }

    /** Participants, each as the state it ultimately belongs to (a ministry acts for its state). */
    private void addAll(Set<String> s, EventMention e, java.util.function.Function<String, String> resolve) {
        for (String k : e.agents()) { String r = resolve.apply(k); if (r != null) s.add(topOf(r)); }
        for (String k : e.places()) { String r = resolve.apply(k); if (r != null) s.add(r); }
    }

    private final Map<String, String> partOfById = new HashMap<>();

    private String topOf(String id) {
        String cur = id;
        for (int i = 0; i < 5 && partOfById.get(cur) != null; i++) cur = partOfById.get(cur);
        return cur;
    }

    /**
     * A battle told as an assault on a town and then the town taken ("4月2日…向克尔巴贾尔进发,攻击…。到4月3日,…已经占领了
     * 克尔巴贾尔") is one capture: an attack at a town on a day, in the document telling that town's capture by the same
     * side up to three days later, is the capture's first day. Only when exactly one capture fits.
     */
    private List<List<KeyedEvent>> battles(List<List<KeyedEvent>> clusters, java.util.function.Function<String, String> resolve) {
        List<List<KeyedEvent>> out = new ArrayList<>(clusters);
        for (List<KeyedEvent> a : clusters) {
            if (a.size() != 1 || a.get(0).e().type() != EventType.ATTACK) continue;
            KeyedEvent k = a.get(0);
            TimeValue d1 = k.e().date();
            if (d1 == null || d1.precision() != TimeValue.Precision.DAY) continue;
            Set<String> at = resolvedPlaces(k, resolve);
            at.removeIf(this::isRegion); // a town: every report names the region
            if (at.isEmpty()) continue;
            List<List<KeyedEvent>> fits = new ArrayList<>();
            for (List<KeyedEvent> c : out) {
                if (c == a || c.get(0).e().type() != EventType.CAPTURE) continue;
                boolean fit = c.stream().anyMatch(x -> x.ref().docId().equals(k.ref().docId()) && x.e().date() != null
                        && x.e().date().precision() == TimeValue.Precision.DAY
                        && !x.e().date().first().isBefore(d1.first()) && !x.e().date().first().isAfter(d1.first().plusDays(3))
                        && !Collections.disjoint(resolvedPlaces(x, resolve), at) && sameSide(x, k, resolve));
                if (fit || namedCaptureOf(c, k, at, resolve)) fits.add(c);
            }
            if (fits.size() == 1) { fits.get(0).addAll(a); out.remove(a); }
        }
        return out;
    }

    /**
     * "攻占舒沙…。5月8日,…部队向舒沙城发起攻击": a known capture of the town, named in the attack's document by the same
     * side but never dated there, in a year the gazetteer gives it: the assault is its first day.
     */
    private boolean namedCaptureOf(List<KeyedEvent> c, KeyedEvent k, Set<String> at, java.util.function.Function<String, String> resolve) {
        GazetteerEntry known = knownEvent(c);
        int year = k.e().date().first().getYear();
        if (known == null || known.eventType() != EventType.CAPTURE || !known.holdsYears(year, year)) return false;
        List<KeyedEvent> here = c.stream().filter(x -> x.ref().docId().equals(k.ref().docId())).toList();
        return !here.isEmpty() && here.stream().allMatch(x -> x.e().date() == null && x.e().from() == null)
                && here.stream().anyMatch(x -> !Collections.disjoint(resolvedPlaces(x, resolve), at))
                && here.stream().anyMatch(x -> sameSide(x, k, resolve));
    }

    /** Both name the same actor, up to the state it belongs to ("亚美尼亚部队" and Armenia). */
    private boolean sameSide(KeyedEvent a, KeyedEvent b, java.util.function.Function<String, String> resolve) {
        Set<String> sa = new HashSet<>(), sb = new HashSet<>();
        for (String x : a.e().agents()) { String r = resolve.apply(x); if (r != null) sa.add(topOf(r)); }
        for (String x : b.e().agents()) { String r = resolve.apply(x); if (r != null) sb.add(topOf(r)); }
        return !sa.isEmpty() && !Collections.disjoint(sa, sb);
    }

    /** For each entity, how many mentions of a cluster give it the role (in the order first given). */
    private static Map<String, Integer> roleVotes(List<KeyedEvent> c, java.util.function.Function<EventMention, List<String>> role,
                                                  java.util.function.Function<String, String> resolve) {
        Map<String, Integer> votes = new LinkedHashMap<>();
        for (KeyedEvent k : c) {
            List<String> once = new ArrayList<>();
            addResolved(once, role.apply(k.e()), resolve);
            for (String r : once) votes.merge(r, 1, Integer::sum);
        }
        return votes;
    }

    /**
     * The entities enough mentions give a role: an event told many times (the offensive, in dozens of sentences)
     * keeps as actors only those at least a fifth of the mentions naming an actor name, so that one sentence read
     * wrong does not make Iran a party to it; an event told in a few sentences keeps every one.
     */
    private static List<String> supported(Map<String, Integer> votes, List<KeyedEvent> c, java.util.function.Function<EventMention, List<String>> role) {
        long naming = c.stream().filter(k -> !role.apply(k.e()).isEmpty()).count();
        long need = Math.max(1, (naming + 4) / 5);
        List<String> out = new ArrayList<>();
        for (var e : votes.entrySet()) if (e.getValue() >= need) out.add(e.getKey());
        return out;
    }

    private static void addResolved(List<String> out, List<String> keys, java.util.function.Function<String, String> resolve) {
        for (String k : keys) {
            String r = resolve.apply(k);
            if (r != null && !out.contains(r)) out.add(r);
        }
    }

    /** A name's language tag: its document's for Chinese script, "ru" for Cyrillic, else "en" (Latin script). */
    private static String tagOf(String surface, Lang docLang) {
        boolean han = false, cyrillic = false;
        for (int i = 0; i < surface.length(); i++) {
            Character.UnicodeScript sc = Character.UnicodeScript.of(surface.charAt(i));
            if (sc == Character.UnicodeScript.HAN) han = true;
            else if (sc == Character.UnicodeScript.CYRILLIC) cyrillic = true;
        }
        if (han) return docLang.isChinese() ? docLang.tag() : Lang.ZH_HANS.tag();
        return cyrillic ? "ru" : "en";
    }

    private static EntityType majorityType(List<KeyedMention> ms) {
        Map<EntityType, Double> score = new EnumMap<>(EntityType.class);
        for (KeyedMention m : ms) score.merge(m.type(), m.confidence(), Double::sum);
        return score.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
    }

    private static void put(Map<String, String> m, String k, String v) { if (v != null && !v.isBlank()) m.put(k, v); }

    private String orgSlug(String root) {
        String[] p = root.split(":");
        GazetteerEntry state = gazetteer.get(p[1]);
        String en = String.format(org.nkkg.extract.OrgHeads.byCode(p[2]).englishPattern(), state != null && state.en() != null ? state.en() : p[1]);
        return slug(en);
    }

    /** A readable ASCII slug: English as is, Chinese as pinyin. */
    static String slug(String name) {
        String s = name;
        if (s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            s = HanLP.convertToPinyinString(s.replace('·', ' '), " ", false);
        }
        s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (s.length() > 60) s = s.substring(0, 60).replaceAll("-+$", "");
        return s.isEmpty() ? "entity" : s;
    }

    static String hash(String key) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return String.format("%02x%02x%02x", d[0], d[1], d[2]);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
