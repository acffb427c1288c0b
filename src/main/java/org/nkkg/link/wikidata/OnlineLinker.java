package org.nkkg.link.wikidata;

import org.nkkg.link.Linker;
import org.nkkg.link.OfflineLinker;
import org.nkkg.link.TypeCompatibility;
import org.nkkg.model.Entity;
import org.nkkg.model.EntityType;
import org.nkkg.model.KnowledgeGraph;
import org.nkkg.model.MentionRef;
import org.nkkg.model.WikidataLink;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Online candidates for the names the offline index lacks ({@code build --wikidata online}); runs after
 * {@link OfflineLinker}.
 *
 * <p>Only entities without a gazetteer entry that the offline linker left NIL for want of a candidate are looked up:
 * wbsearchentities with each of their names (English, Chinese, Russian), then wbgetentities for the candidates' labels,
 * aliases and P31, and for the superclasses (P279) of those classes. A candidate is kept only when its classes
 * positively show the entity's type ({@link TypeCompatibility#confirms}) and one of the entity's names is its label
 * or alias. Score: label match 0.6 (alias 0.45), +0.1 when names in a second language agree, +0.3 for the type, +0.1
 * when the candidate's description names another linked entity of the same documents. A link is made only when the
 * best candidate reaches {@link #threshold} and leads the runner-up by {@link #margin}; otherwise NIL, with the best
 * candidate recorded as runner-up for review. QIDs of the offline index (rows and comments, which list known wrong
 * pairs) and QIDs already linked to another entity are never given out.
 */
public final class OnlineLinker implements Linker {
    public static final String METHOD = "online:wbsearchentities";
    private static final Pattern QID = Pattern.compile("\\bQ[1-9][0-9]*\\b");
    private static final int SEARCH_LIMIT = 7;
    private static final int CLASS_DEPTH = 4;
    private static final int MAX_CLASSES = 3000;

    private final WikidataClient client;
    private final Set<String> reserved;
    private final double threshold;
    private final double margin;
    private final Consumer<String> log;

    /**
     * @param reserved QIDs never to be given to an entity found online (see {@link #reservedQids})
     */
    public OnlineLinker(WikidataClient client, Set<String> reserved, Consumer<String> log) {
        this(client, reserved, 0.9, 0.2, log);
    }

    public OnlineLinker(WikidataClient client, Set<String> reserved, double threshold, double margin, Consumer<String> log) {
        this.client = client;
        this.reserved = Set.copyOf(reserved);
        this.threshold = threshold;
        this.margin = margin;
        this.log = log;
    }

    /** Every QID written anywhere in the gazetteer file: its rows' items and the wrong pairs its comments list. */
    public static Set<String> reservedQids(Path gazetteerFile) throws IOException {
        Set<String> out = new TreeSet<>();
        for (String line : Files.readAllLines(gazetteerFile, StandardCharsets.UTF_8)) {
            Matcher m = QID.matcher(line);
            while (m.find()) out.add(m.group());
        }
        return out;
    }

    public double threshold() { return threshold; }

    public double margin() { return margin; }

    /** A name to search with, and the language group it belongs to ("en", "zh", "ru"). */
    private record Name(String group, String searchLanguage, String text) {}

    /** A scored candidate; {@code blocked} names why it may not be given out (the NIL method), or is null. */
    record Scored(String qid, double score, String why, String blocked) {}

    @Override
    public KnowledgeGraph link(KnowledgeGraph kg) {
        Map<String, WikidataLink> links = new TreeMap<>(kg.links());
        List<Entity> todo = new ArrayList<>();
        for (Entity e : kg.entities()) {
            WikidataLink l = links.get(e.id());
            boolean offlineFoundNothing = l == null || (l.qid() == null && "offline-index:no-candidate".equals(l.method()));
            if (e.gazetteerId() == null && offlineFoundNothing && !names(e).isEmpty()) todo.add(e);
        }
        if (todo.isEmpty()) return kg;
        try {
            Map<String, List<Scored>> ranked = rank(kg, todo, links);
            Map<String, WikidataLink> decided = new LinkedHashMap<>();
            Map<String, Integer> chosen = new HashMap<>();
            for (Entity e : todo) {
                WikidataLink d = decide(e.id(), ranked.get(e.id()));
                decided.put(e.id(), d);
                if (d.qid() != null) chosen.merge(d.qid(), 1, Integer::sum);
            }
            for (Map.Entry<String, WikidataLink> d : decided.entrySet()) {
                WikidataLink l = d.getValue();
                if (l.qid() != null && chosen.get(l.qid()) > 1) {
                    l = WikidataLink.nil(l.entityId(), "online:same-item-for-several-entities", l.qid(), l.score());
                }
                links.put(d.getKey(), l);
            }
        } catch (IOException e) {
            log.accept("Wikidata online linking stopped, offline links kept: " + e.getMessage());
            return kg;
        }
        return kg.withLinks(links);
    }

    WikidataLink decide(String entityId, List<Scored> ranked) {
        if (ranked == null || ranked.isEmpty()) return WikidataLink.nil(entityId, "online:no-candidate", null, 0);
        Scored best = ranked.get(0);
        Scored second = ranked.size() > 1 ? ranked.get(1) : null;
        if (best.blocked() != null) return WikidataLink.nil(entityId, best.blocked(), best.qid(), best.score());
        if (best.score() < threshold) return WikidataLink.nil(entityId, "online:below-threshold", best.qid(), best.score());
        if (second != null && best.score() - second.score() < margin) {
            return WikidataLink.nil(entityId, "online:ambiguous", best.qid() + "|" + second.qid(), best.score());
        }
        return new WikidataLink(entityId, best.qid(), best.score(), METHOD, second == null ? null : second.qid(),
                second == null ? 0 : second.score(), best.score() >= OfflineLinker.SAME_AS_THRESHOLD);
    }

    /** Candidates of every entity to link, best first; only type-compatible ones with a name match. */
    Map<String, List<Scored>> rank(KnowledgeGraph kg, List<Entity> todo, Map<String, WikidataLink> links) throws IOException {
        Set<String> taken = new HashSet<>();
        for (WikidataLink l : links.values()) if (l.qid() != null) taken.add(l.qid());
        Map<String, Set<String>> hitsOf = new LinkedHashMap<>();
        Map<String, List<Name>> namesOf = new HashMap<>();
        Set<String> allHits = new LinkedHashSet<>();
        for (Entity e : todo) {
            List<Name> names = names(e);
            namesOf.put(e.id(), names);
            Set<String> hits = new LinkedHashSet<>();
            for (Name n : names) for (SearchHit h : client.search(n.text(), n.searchLanguage(), SEARCH_LIMIT)) hits.add(h.id());
            hitsOf.put(e.id(), hits);
            allHits.addAll(hits);
        }
        Map<String, WikidataItem> items = client.getEntities(new ArrayList<>(allHits), WikidataClient.LANGUAGES);
        Map<String, Set<String>> parents = superclasses(items.values());
        Map<String, Set<String>> context = context(kg, links);

        Map<String, List<Scored>> out = new HashMap<>();
        for (Entity e : todo) {
            List<Scored> scored = new ArrayList<>();
            for (String q : hitsOf.get(e.id())) {
                WikidataItem it = items.get(q);
                if (it == null || it.missing()) continue;
                if (!TypeCompatibility.confirms(e.type(), it.p31(), closure(it.p31(), parents))) continue;
                Scored s = score(it, namesOf.get(e.id()), contextOf(e, context, links));
                if (s == null) continue;
                String blocked = reserved.contains(it.id()) || reserved.contains(q) ? "online:item-of-the-index"
                        : taken.contains(it.id()) ? "online:item-linked-elsewhere" : null;
                scored.add(new Scored(s.qid(), s.score(), s.why(), blocked));
            }
            scored.sort((a, b) -> a.score() != b.score() ? Double.compare(b.score(), a.score()) : a.qid().compareTo(b.qid()));
            out.put(e.id(), scored);
        }
        return out;
    }

    private static List<Name> names(Entity e) {
        Map<String, Name> out = new LinkedHashMap<>();
        List<String[]> all = new ArrayList<>();
        for (Map.Entry<String, String> l : e.labels().entrySet()) all.add(new String[]{l.getKey(), l.getValue()});
        for (String a : e.altLabels()) {
            int tab = a.indexOf('\t');
            if (tab > 0) all.add(new String[]{a.substring(0, tab), a.substring(tab + 1)});
        }
        for (String[] tn : all) {
            String tag = tn[0].toLowerCase(Locale.ROOT);
            String text = tn[1].strip();
            if (text.isEmpty()) continue;
            String group = tag.startsWith("zh") ? "zh" : tag.equals("ru") ? "ru" : tag.equals("en") ? "en" : null;
            if (group == null) continue;
            // a person is looked up by full names only: a bare surname would find its namesakes
            if (e.type() == EntityType.PERSON && !(text.contains(" ") || Names.hasInterpunct(text))) continue;
            out.putIfAbsent(group + "\t" + Names.normal(text), new Name(group, tag, text));
        }
        return new ArrayList<>(out.values());
    }

    /** Name evidence, type and context: null when no name of the entity is a label or alias of the item. */
    private static Scored score(WikidataItem it, List<Name> names, Set<String> context) {
        Map<String, Double> byGroup = new HashMap<>();
        for (Name n : names) {
            String key = Names.normal(n.text());
            double s = 0;
            for (String lang : it.labels().keySet()) {
                if (!group(lang).equals(n.group())) continue;
                if (key.equals(Names.normal(it.labels().get(lang)))) s = Math.max(s, 0.6);
            }
            if (s == 0) {
                for (Map.Entry<String, List<String>> a : it.aliases().entrySet()) {
                    if (!group(a.getKey()).equals(n.group())) continue;
                    for (String alias : a.getValue()) if (key.equals(Names.normal(alias))) s = Math.max(s, 0.45);
                }
            }
            if (s > 0) byGroup.merge(n.group(), s, Math::max);
        }
        if (byGroup.isEmpty()) return null;
        double best = byGroup.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        StringBuilder why = new StringBuilder(best >= 0.6 ? "label" : "alias");
        double score = best + 0.3;
        if (byGroup.size() > 1) {
            score += 0.1;
            why.append(", names agree in ").append(byGroup.size()).append(" languages");
        }
        if (mentionsContext(it, context)) {
            score += 0.1;
            why.append(", description names a co-occurring entity");
        }
        return new Scored(it.id(), Math.min(1.0, Math.round(score * 1000) / 1000.0), why.append(", type fits").toString(), null);
    }

    private static String group(String lang) {
        return lang.startsWith("zh") ? "zh" : lang.equals("ru") ? "ru" : lang.equals("en") ? "en" : "other";
    }

    private static boolean mentionsContext(WikidataItem it, Set<String> context) {
        for (String d : it.descriptions().values()) {
            String dl = d.toLowerCase(Locale.ROOT);
            for (String c : context) {
                String cl = c.toLowerCase(Locale.ROOT);
                if (Names.hasHan(cl) ? Names.hasHan(dl) && dl.contains(cl)
                        : Pattern.compile("(?<![\\p{L}])" + Pattern.quote(cl) + "(?![\\p{L}])").matcher(dl).find()) return true;
            }
        }
        return false;
    }

    /** Per document, the labels of the entities it mentions that have a certain link. */
    private static Map<String, Set<String>> context(KnowledgeGraph kg, Map<String, WikidataLink> links) {
        Map<String, Set<String>> out = new HashMap<>();
        for (Entity e : kg.entities()) {
            WikidataLink l = links.get(e.id());
            if (l == null || !l.certain()) continue;
            for (MentionRef m : e.mentions()) {
                Set<String> s = out.computeIfAbsent(m.docId(), k -> new HashSet<>());
                for (String label : e.labels().values()) if (label.codePointCount(0, label.length()) >= (Names.hasHan(label) ? 2 : 4)) s.add(label);
            }
        }
        return out;
    }

    private static Set<String> contextOf(Entity e, Map<String, Set<String>> context, Map<String, WikidataLink> links) {
        Set<String> out = new HashSet<>();
        for (MentionRef m : e.mentions()) out.addAll(context.getOrDefault(m.docId(), Set.of()));
        out.removeAll(e.labels().values());
        return out;
    }

    /** P279 parents of the candidates' classes and of their parents, up to {@link #CLASS_DEPTH} levels. */
    private Map<String, Set<String>> superclasses(Collection<WikidataItem> items) throws IOException {
        Map<String, Set<String>> parents = new HashMap<>();
        Set<String> level = new LinkedHashSet<>();
        for (WikidataItem it : items) if (it != null && !it.missing()) level.addAll(it.p31());
        for (int depth = 0; depth < CLASS_DEPTH && !level.isEmpty() && parents.size() < MAX_CLASSES; depth++) {
            level.removeAll(parents.keySet());
            if (level.isEmpty()) break;
            Map<String, WikidataItem> classes = client.getEntities(new ArrayList<>(level), List.of("en"));
            Set<String> next = new LinkedHashSet<>();
            for (String c : level) {
                WikidataItem ci = classes.get(c);
                Set<String> ps = ci == null || ci.missing() ? Set.of() : new LinkedHashSet<>(ci.p279());
                parents.put(c, ps);
                next.addAll(ps);
            }
            level = next;
        }
        return parents;
    }

    private static Set<String> closure(List<String> p31, Map<String, Set<String>> parents) {
        Set<String> out = new LinkedHashSet<>(p31);
        List<String> queue = new ArrayList<>(p31);
        while (!queue.isEmpty()) {
            String c = queue.remove(queue.size() - 1);
            for (String p : parents.getOrDefault(c, Set.of())) if (out.add(p)) queue.add(p);
        }
        return out;
    }
}
