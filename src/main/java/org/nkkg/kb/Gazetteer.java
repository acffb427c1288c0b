package org.nkkg.kb;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.nkkg.model.EntityType;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The domain gazetteer (also the offline Wikidata index), loaded from {@code data/gazetteer.tsv}.
 * Sovereign states also receive their CLDR names (zh-Hans, zh-Hant Taiwan, en) from the JDK, matched by English name,
 * so that every UN member's usual Chinese names are known without typing them.
 */
public final class Gazetteer {
    public static final List<String> COLUMNS = List.of("id", "type", "subtype", "qid", "qid_status", "qid_evidence",
            "p31", "en", "en_alt", "zh_hans", "zh_hans_alt", "zh_hant", "zh_hant_alt", "ru", "of", "from", "to",
            "description");
    private static final Set<String> KINDS = Set.of("Person", "State", "Organization", "Place", "Event");

    private final Map<String, GazetteerEntry> byId;

    private Gazetteer(Map<String, GazetteerEntry> byId) { this.byId = byId; }

    public static Gazetteer load(Path file) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(r, file.toString());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read gazetteer " + file + ": " + e.getMessage(), e);
        }
    }

    public static Gazetteer parse(Reader reader, String name) throws IOException {
        CSVFormat format = CSVFormat.TDF.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setQuote(null).setTrim(true).get();
        Map<String, GazetteerEntry> byId = new LinkedHashMap<>();
        Map<String, String> cldr = CldrCountryNames.byEnglishName();
        try (CSVParser p = CSVParser.parse(reader, format)) {
            if (!p.getHeaderNames().equals(COLUMNS)) {
                throw new IllegalStateException(name + ": columns must be " + COLUMNS + ", found " + p.getHeaderNames());
            }
            for (CSVRecord rec : p) {
                GazetteerEntry e = entry(rec, name, cldr);
                if (byId.put(e.id(), e) != null) throw new IllegalStateException(name + ": duplicate id " + e.id());
            }
        }
        for (GazetteerEntry e : byId.values()) {
            if (e.of() != null && !byId.containsKey(e.of())) {
                throw new IllegalStateException(name + ": " + e.id() + " belongs to unknown id '" + e.of() + "'");
            }
        }
        return new Gazetteer(Collections.unmodifiableMap(byId));
    }

    private static GazetteerEntry entry(CSVRecord r, String name, Map<String, String> cldr) {
        String id = r.get("id");
        String kind = r.get("type");
        if (!id.matches("[a-z0-9][a-z0-9-]*")) throw new IllegalStateException(name + ": bad id '" + id + "' at line " + r.getRecordNumber());
        if (!KINDS.contains(kind)) throw new IllegalStateException(name + ": " + id + " has unknown type '" + kind + "'");
        EntityType type = kind.equals("Event") ? null : EntityType.parse(kind);
        String qid = blankToNull(r.get("qid"));
        if (qid != null && !qid.matches("Q[1-9][0-9]*")) throw new IllegalStateException(name + ": " + id + " has a malformed QID " + qid);
        for (String col : List.of("from", "to")) {
            String v = r.get(col).strip();
            if (!v.isEmpty() && !v.matches("\\d{4}(?:-\\d{2}-\\d{2})?") || (col.equals("to") && v.length() > 4)) {
                throw new IllegalStateException(name + ": " + id + " has a malformed '" + col + "' " + v
                        + " (a year" + (col.equals("from") ? ", or YYYY-MM-DD for an event of one day)" : ")"));
            }
        }
        String en = blankToNull(r.get("en"));
        List<String> zhHansAlt = new ArrayList<>(list(r.get("zh_hans_alt")));
        List<String> zhHantAlt = new ArrayList<>(list(r.get("zh_hant_alt")));
        String zhHans = blankToNull(r.get("zh_hans"));
        String zhHant = blankToNull(r.get("zh_hant"));
        if (type == EntityType.STATE && en != null && cldr.containsKey(en.toLowerCase(Locale.ROOT))) {
            String iso = cldr.get(en.toLowerCase(Locale.ROOT));
            addIfNew(CldrCountryNames.simplified(iso), zhHans, zhHansAlt);
            addIfNew(CldrCountryNames.traditionalTaiwan(iso), zhHant, zhHantAlt);
        }
        return new GazetteerEntry(id, type, kind, blankToNull(r.get("subtype")), qid,
                qid == null ? "" : r.get("qid_status"), blankToNull(r.get("qid_evidence")), list(r.get("p31")), en,
                list(r.get("en_alt")), zhHans, zhHansAlt, zhHant, zhHantAlt, blankToNull(r.get("ru")),
                blankToNull(r.get("of")), year(r.get("from")), year(r.get("to")), blankToNull(r.get("description")),
                day(r.get("from")));
    }

    private static void addIfNew(String name, String preferred, List<String> alts) {
        if (name != null && !name.equals(preferred) && !alts.contains(name)) alts.add(name);
    }

    private static List<String> list(String cell) {
        if (cell == null || cell.isBlank()) return List.of();
        return Arrays.stream(cell.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String blankToNull(String s) { return s == null || s.isBlank() ? null : s.strip(); }

    /** A year, or the year of a full date ("2020-11-10": an event of one day). */
    private static Integer year(String s) { return s == null || s.isBlank() ? null : Integer.valueOf(s.strip().substring(0, 4)); }

    private static java.time.LocalDate day(String s) {
        try {
            return s == null || s.strip().length() != 10 ? null : java.time.LocalDate.parse(s.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalStateException("gazetteer: no such day " + s.strip());
        }
    }

    public GazetteerEntry get(String id) { return byId.get(id); }

    public java.util.Collection<GazetteerEntry> entries() { return byId.values(); }

    public int size() { return byId.size(); }
}
