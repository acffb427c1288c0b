package org.nkkg.link.wikidata;

import org.nkkg.kb.Gazetteer;
import org.nkkg.link.TypeCompatibility;
import org.nkkg.model.EntityType;
import org.nkkg.nlp.ChineseScript;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Checks every QID of the offline index (the gazetteer) against the live Wikidata item and writes a refreshed copy.
 *
 * <p>An entry's QID passes when the item exists, its P31 classes fit the entry's type
 * ({@link TypeCompatibility#fits}) and at least one of the entry's names is a live label or alias (Chinese compared in
 * PRC Simplified form). Then: a {@code single} QID becomes {@code confirmed} (evidence "live Wikidata check
 * <date>"), {@code p31} is taken from the item, and the item's labels and aliases are added to the {@code *_alt}
 * columns (curated preferred labels are kept; an empty preferred cell is filled). A merged item (redirect) passes on
 * its target and the QID is replaced by the target's. Anything else loses its QID: the row stays (its names still
 * serve recognition), the QID moves to a {@code #} comment above it, and the report says why.
 *
 * <p>The refresh works on the file's lines: comments, row order and untouched rows stay byte for byte.
 */
public final class WikidataRefresh {
    /** One line of the report. verdict: ok, mismatch, missing, redirect; action: kept, promoted, replaced, dropped. */
    public record Finding(String qid, String id, String verdict, String action, String liveQid, String reason) {}

    public record Result(List<String> lines, List<Finding> findings) {
        public long count(String action) { return findings.stream().filter(f -> f.action().equals(action)).count(); }

        public List<String> report() {
            List<String> out = new ArrayList<>();
            out.add("qid\tid\tverdict\taction\tlive_qid\treason");
            for (Finding f : findings) {
                out.add(String.join("\t", f.qid(), f.id(), f.verdict(), f.action(), f.liveQid() == null ? "" : f.liveQid(),
                        f.reason().replaceAll("[\\t\\r\\n]", " ")));
            }
            return out;
        }

        public String summary() {
            return findings.size() + " QIDs checked: " + count("kept") + " kept, " + count("promoted") + " promoted to confirmed, "
                    + count("replaced") + " replaced by their redirect target, " + count("dropped") + " dropped";
        }
    }

    static final String SUMMARY_PREFIX = "# live Wikidata check:";
    private static final int C_ID = 0, C_TYPE = 1, C_QID = 3, C_STATUS = 4, C_EVIDENCE = 5, C_P31 = 6, C_EN = 7,
            C_EN_ALT = 8, C_ZH_HANS = 9, C_ZH_HANS_ALT = 10, C_ZH_HANT = 11, C_ZH_HANT_ALT = 12, C_RU = 13;

    /** Words of organization and event names that say what kind of body or event it is, not which one. */
    private static final Set<String> GENERIC_WORDS = Set.of("ministry", "minister", "foreign", "affairs", "defence",
            "defense", "interior", "justice", "council", "committee", "commission", "commissioner", "national",
            "international", "organization", "organisation", "union", "assembly", "parliament", "government", "office",
            "agency", "court", "republic", "state", "states", "service", "security", "army", "forces", "armed", "military",
            "news", "press", "party", "people", "peoples", "united", "nations", "human", "rights", "general", "high",
            "federal", "central", "supreme", "president", "presidential", "administration", "department", "bureau",
            "group", "front", "movement", "alliance", "coalition", "treaty", "agreement", "declaration", "conference",
            "summit", "meeting", "talks", "war", "battle", "offensive", "operation", "conflict", "massacre", "crisis",
            "ceasefire", "first", "second", "third", "world", "european", "eastern", "western", "southern", "northern",
            "with", "from", "into", "upon");

    private final WikidataClient client;
    private final String source;
    private final LocalDate today;

    /**
     * @param source where the items come from, for the comment written into the file (e.g. the endpoint)
     * @param today  the date of the check, for comments (the evidence date is when each item was received)
     */
    public WikidataRefresh(WikidataClient client, String source, LocalDate today) {
        this.client = client;
        this.source = source;
        this.today = today;
    }

    /** Reads {@code gazetteer}, refreshes, checks the result parses, then writes {@code out} and {@code report} atomically. */
    public Result run(Path gazetteer, Path out, Path report) throws IOException {
        Result r = refresh(Files.readAllLines(gazetteer, StandardCharsets.UTF_8), report == null ? null : report.getFileName().toString());
        Gazetteer.parse(new StringReader(String.join("\n", r.lines()) + "\n"), out.toString()); // never write a file that does not load
        if (report != null) writeAtomically(report, r.report());
        writeAtomically(out, r.lines());
        return r;
    }

    public Result refresh(List<String> lines, String reportName) throws IOException {
        int header = -1;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.isBlank() || l.startsWith("#")) continue;
            header = i;
            break;
        }
        if (header < 0 || !Arrays.asList(lines.get(header).split("\t", -1)).equals(Gazetteer.COLUMNS)) {
            throw new IllegalStateException("not a gazetteer: the header must be " + String.join(" ", Gazetteer.COLUMNS));
        }
        Map<Integer, String[]> rows = new LinkedHashMap<>();
        List<String> qids = new ArrayList<>();
        Map<String, String> rowOfQid = new HashMap<>();
        for (int i = header + 1; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.isBlank() || l.startsWith("#")) continue;
            String[] c = l.split("\t", -1);
            if (c.length != Gazetteer.COLUMNS.size()) {
                throw new IllegalStateException("line " + (i + 1) + " has " + c.length + " cells, not " + Gazetteer.COLUMNS.size());
            }
            for (int k = 0; k < c.length; k++) c[k] = c[k].strip();
            rows.put(i, c);
            if (!c[C_QID].isEmpty()) {
                qids.add(c[C_QID]);
                rowOfQid.put(c[C_QID], c[C_ID]);
            }
        }
        Map<String, WikidataItem> items = client.getEntities(qids, WikidataClient.LANGUAGES);

        List<Finding> findings = new ArrayList<>();
        Map<Integer, String> comments = new HashMap<>();
        Map<Integer, String> replaced = new HashMap<>();
        Set<String> taken = new HashSet<>(qids);
        for (Map.Entry<Integer, String[]> e : rows.entrySet()) {
            String[] c = e.getValue();
            String qid = c[C_QID];
            if (qid.isEmpty()) continue;
            WikidataItem item = items.get(qid);
            Finding f = check(c, item, taken, rowOfQid);
            findings.add(f);
            String[] before = c.clone();
            switch (f.action()) {
                case "dropped" -> {
                    comments.put(e.getKey(), "# " + today + " live check dropped " + qid + " (" + c[C_STATUS]
                            + (c[C_EVIDENCE].isEmpty() ? "" : "; " + c[C_EVIDENCE].replace("#", "")) + ") from " + c[C_ID]
                            + ": " + f.verdict() + ", " + f.reason().replace("#", ""));
                    c[C_QID] = "";
                    c[C_STATUS] = "";
                    c[C_EVIDENCE] = "";
                }
                case "kept", "promoted", "replaced" -> {
                    String date = (item.fetched() == null ? today : item.fetched().atZone(ZoneOffset.UTC).toLocalDate()).toString();
                    if (f.action().equals("promoted")) {
                        c[C_STATUS] = "confirmed";
                        c[C_EVIDENCE] = join(c[C_EVIDENCE], "live Wikidata check " + date);
                    }
                    if (f.action().equals("replaced")) {
                        taken.add(item.id());
                        c[C_QID] = item.id();
                        c[C_EVIDENCE] = join(c[C_EVIDENCE], qid + " redirects to " + item.id() + " (live Wikidata check " + date + ")");
                    }
                    if (!item.p31().isEmpty()) c[C_P31] = String.join("|", item.p31());
                    addNames(c, item);
                }
                default -> throw new IllegalStateException(f.action());
            }
            if (!Arrays.equals(before, c)) replaced.put(e.getKey(), String.join("\t", c));
        }

        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.startsWith(SUMMARY_PREFIX)) continue; // the previous check's summary is replaced
            if (i == header) {
                Result tmp = new Result(List.of(), findings);
                out.add(SUMMARY_PREFIX + " " + today + " against " + source + ": " + tmp.summary()
                        + (reportName == null ? "" : " (report: " + reportName + ")"));
            }
            if (comments.containsKey(i)) out.add(comments.get(i));
            out.add(replaced.getOrDefault(i, l));
        }
        return new Result(List.copyOf(out), List.copyOf(findings));
    }

    private Finding check(String[] c, WikidataItem item, Set<String> taken, Map<String, String> rowOfQid) {
        String qid = c[C_QID];
        String id = c[C_ID];
        if (item == null || item.missing()) return new Finding(qid, id, "missing", "dropped", null, "the item does not exist (deleted or never created)");
        String problem = problem(c, item);
        if (item.redirected()) {
            if (problem != null) return new Finding(qid, id, "redirect", "dropped", item.id(), "redirects to " + item.id() + ", which does not fit: " + problem);
            if (taken.contains(item.id())) {
                return new Finding(qid, id, "redirect", "dropped", item.id(), "redirects to " + item.id()
                        + ", already the QID of " + rowOfQid.getOrDefault(item.id(), "another row"));
            }
            return new Finding(qid, id, "redirect", "replaced", item.id(), "merged into " + item.id() + ", which fits");
        }
        if (problem != null) return new Finding(qid, id, "mismatch", "dropped", item.id(), problem);
        if ("single".equals(c[C_STATUS])) return new Finding(qid, id, "ok", "promoted", item.id(), "type and names fit; single → confirmed");
        return new Finding(qid, id, "ok", "kept", item.id(), "type and names fit");
    }

    /** Why the item does not fit the row, or null when it does. */
    private static String problem(String[] c, WikidataItem item) {
        String kind = c[C_TYPE];
        List<String> p31 = item.p31();
        boolean typeOk;
        if (kind.equals("Event")) {
            typeOk = !p31.contains(TypeCompatibility.HUMAN) && p31.stream().noneMatch(TypeCompatibility.NOT_AN_ENTITY::contains);
        } else {
            typeOk = TypeCompatibility.fits(EntityType.parse(kind), p31);
        }
        if (!typeOk) return "type: live P31 " + (p31.isEmpty() ? "(none)" : String.join("|", p31)) + " does not fit " + kind;
        Set<String> live = new HashSet<>();
        for (String lang : item.labels().keySet()) for (String n : item.names(lang)) live.add(Names.normal(n));
        for (String lang : item.aliases().keySet()) for (String n : item.names(lang)) live.add(Names.normal(n));
        for (int col : new int[]{C_EN, C_EN_ALT, C_ZH_HANS, C_ZH_HANS_ALT, C_ZH_HANT, C_ZH_HANT_ALT, C_RU}) {
            for (String n : cell(c[col])) if (live.contains(Names.normal(n))) return null;
        }
        String label = item.labels().getOrDefault("en", item.labels().values().stream().findFirst().orElse("(no label)"));
        return "names: none of the entry's names is a live label or alias (live label '" + label + "')";
    }

    /** Live labels and aliases into the row: preferred cells only when empty, the rest to the *_alt columns. */
    private static void addNames(String[] c, WikidataItem item) {
        boolean person = "Person".equals(c[C_TYPE]);
        List<String> en = new ArrayList<>(item.names("en"));
        List<String> hans = new ArrayList<>();
        List<String> hant = new ArrayList<>();
        for (String lang : List.of("zh-cn", "zh-hans")) hans.addAll(item.names(lang));
        for (String lang : List.of("zh-tw", "zh-hant")) hant.addAll(item.names(lang));
        for (String n : item.names("zh")) (ChineseScript.simplifyChars(n).equals(n) ? hans : hant).add(n);
        // bodies and events have generic aliases ("Foreign Ministry", "外交部"): only specific ones are taken
        boolean generic = "Organization".equals(c[C_TYPE]) || "Event".equals(c[C_TYPE]);
        Set<String> words = new HashSet<>();
        for (String n : cell(c[C_EN] + "|" + c[C_EN_ALT])) {
            for (String w : Names.normal(n).split(" ")) if (w.length() >= 4 && !GENERIC_WORDS.contains(w)) words.add(w);
        }
        Predicate<String> specific = n -> !generic || n.strip().matches("[A-Z]{4,}")
                || Arrays.stream(Names.normal(n).split(" ")).anyMatch(words::contains);
        Predicate<String> latinOk = n -> Names.usable(n, false) && !Names.hasCyrillic(n) && (!person || n.strip().contains(" "))
                && specific.test(n);
        add(c, C_EN, C_EN_ALT, en, latinOk, true);
        Predicate<String> zhOk = n -> Names.usable(n, true) && (!generic || n.strip().length() >= 4)
                && (!person || Names.hasInterpunct(n) || !(Names.hasInterpunct(c[C_ZH_HANS]) || Names.hasInterpunct(c[C_ZH_HANT])));
        add(c, C_ZH_HANS, C_ZH_HANS_ALT, hans, zhOk, false);
        add(c, C_ZH_HANT, C_ZH_HANT_ALT, hant, zhOk, false);
        String ru = item.labels().get("ru");
        if (c[C_RU].isEmpty() && ru != null && Names.usable(ru, false) && !Names.hasLatin(ru)) c[C_RU] = ru.strip();
    }

    private static void add(String[] c, int preferred, int alt, List<String> names, Predicate<String> usable, boolean foldCase) {
        List<String> alts = new ArrayList<>(cell(c[alt]));
        Set<String> seen = new HashSet<>();
        if (!c[preferred].isEmpty()) seen.add(key(c[preferred], foldCase));
        for (String a : alts) seen.add(key(a, foldCase));
        for (String n : names) {
            if (!usable.test(n)) continue;
            String s = n.strip();
            if (!seen.add(key(s, foldCase))) continue;
            if (c[preferred].isEmpty()) c[preferred] = s;
            else alts.add(s);
        }
        c[alt] = String.join("|", alts);
    }

    private static String key(String s, boolean foldCase) { return foldCase ? s.strip().toLowerCase(Locale.ROOT) : s.strip(); }

    private static List<String> cell(String s) {
        if (s == null || s.isBlank()) return List.of();
        return Arrays.stream(s.split("\\|")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    private static String join(String evidence, String more) {
        return evidence == null || evidence.isBlank() ? more : evidence + "; " + more;
    }

    /** Writes through a temporary file beside the target and an atomic move. */
    public static void writeAtomically(Path target, List<String> lines) throws IOException {
        writeAtomically(target, (String.join("\n", lines) + (lines.isEmpty() ? "" : "\n")).getBytes(StandardCharsets.UTF_8));
    }

    /** The same for bytes: a reader of {@code target} sees the old file or the new one, never part of one. */
    static void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".part");
        try {
            Files.write(tmp, bytes);
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
