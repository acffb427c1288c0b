package org.nkkg.kb;

import org.nkkg.model.EntityType;
import org.nkkg.model.Lang;

import java.util.ArrayList;
import java.util.List;

/**
 * One row of {@code data/gazetteer.tsv}: a domain entity with its names in several languages and, when verified,
 * its Wikidata item. The same file is the offline Wikidata index (see data/gazetteer.md for the columns).
 *
 * @param type      null for named events (wars, agreements), which are not entities
 * @param qidStatus "confirmed", "single" (one source: a candidate) or "" when there is no QID
 * @param of        id of the state or organization this entry belongs to, or null
 * @param from,to   years of activity (office, existence), or null; used to prefer the right namesake for a period
 * @param day       for an event of one day (a ceasefire, an agreement signed), the day {@code from} gives as a full
 *                  date, or null: what tells it from other events of its kind in that year, never a date for the graph
 */
public record GazetteerEntry(String id, EntityType type, String kind, String subtype, String qid, String qidStatus,
                             String qidEvidence, List<String> p31, String en, List<String> enAlt, String zhHans,
                             List<String> zhHansAlt, String zhHant, List<String> zhHantAlt, String ru, String of,
                             Integer from, Integer to, String description, java.time.LocalDate day) {

    public boolean isEvent() { return "Event".equals(kind); }

    /**
     * The ontology event class of a named event, from its subtype: a conflict is typed as a war; "other" (and any
     * subtype without a class, such as a movement or a dissolution) gives null, and such an event is not extracted.
     */
    public org.nkkg.model.EventType eventType() {
        if (!isEvent() || subtype == null) return null;
        return switch (subtype) {
            case "war", "conflict" -> org.nkkg.model.EventType.WAR;
            case "operation" -> org.nkkg.model.EventType.MILITARY_OPERATION;
            case "agreement" -> org.nkkg.model.EventType.AGREEMENT;
            case "massacre" -> org.nkkg.model.EventType.MASSACRE;
            case "ceasefire" -> org.nkkg.model.EventType.CEASEFIRE;
            case "blockade" -> org.nkkg.model.EventType.BLOCKADE;
            case "displacement" -> org.nkkg.model.EventType.DISPLACEMENT;
            case "explosion" -> org.nkkg.model.EventType.EXPLOSION;
            case "attack" -> org.nkkg.model.EventType.ATTACK;
            case "capture" -> org.nkkg.model.EventType.CAPTURE;
            case "protest" -> org.nkkg.model.EventType.PROTEST;
            case "referendum" -> org.nkkg.model.EventType.REFERENDUM;
            case "declaration" -> org.nkkg.model.EventType.DECLARATION;
            case "decree" -> org.nkkg.model.EventType.DECREE;
            case "meeting" -> org.nkkg.model.EventType.MEETING;
            case "negotiation" -> org.nkkg.model.EventType.NEGOTIATION;
            case "arrest" -> org.nkkg.model.EventType.ARREST;
            default -> null;
        };
    }

    public boolean hasConfirmedQid() { return qid != null && "confirmed".equals(qidStatus); }

    /** Preferred label per language variant, null when the gazetteer has none. */
    public String label(Lang lang) {
        return switch (lang) {
            case EN -> en;
            case ZH_HANS -> zhHans;
            case ZH_HANT -> zhHant;
        };
    }

    /** Every name in every script, preferred first. */
    public List<String> allNames() {
        List<String> out = new ArrayList<>();
        for (String s : new String[]{en, zhHans, zhHant, ru}) if (s != null && !s.isBlank()) out.add(s);
        out.addAll(enAlt);
        out.addAll(zhHansAlt);
        out.addAll(zhHantAlt);
        return out;
    }

    public List<String> chineseNames() {
        List<String> out = new ArrayList<>();
        if (zhHans != null) out.add(zhHans);
        if (zhHant != null) out.add(zhHant);
        out.addAll(zhHansAlt);
        out.addAll(zhHantAlt);
        return out;
    }

    public List<String> englishNames() {
        List<String> out = new ArrayList<>();
        if (en != null) out.add(en);
        out.addAll(enAlt);
        return out;
    }

    /**
     * True when the years from {@code first} to {@code last} lie within the entry's years (an event with no end year
     * lasts its first year); false when it has no years.
     */
    public boolean holdsYears(int first, int last) {
        if (from == null) return false;
        int end = to != null ? to : from;
        return first >= from && last <= end;
    }

    /** True when the entry was active at some point of the given year range (open ends count as active). */
    public boolean activeIn(int fromYear, int toYear) {
        return (from == null || from <= toYear) && (to == null || to >= fromYear);
    }
}
