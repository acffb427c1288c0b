package org.nkkg.model;

import java.util.Locale;

/** Event classes of the ontology (nkkg:War ...) and their SKOS concepts (nkkgt:war ...). */
public enum EventType {
    WAR, MILITARY_OPERATION, ATTACK, CEASEFIRE, NEGOTIATION, MEETING, AGREEMENT, PROTEST, EXPLOSION, CAPTURE,
    DISPLACEMENT, ARREST, DECREE, MASSACRE, BLOCKADE, REFERENDUM, DECLARATION;

    /** Ontology class local name, e.g. MilitaryOperation. */
    public String className() {
        StringBuilder sb = new StringBuilder();
        for (String part : name().split("_")) sb.append(part.charAt(0)).append(part.substring(1).toLowerCase(Locale.ROOT));
        return sb.toString();
    }

    /** SKOS concept local name, e.g. military-operation. */
    public String slug() { return name().toLowerCase(Locale.ROOT).replace('_', '-'); }

    public static EventType parse(String s) {
        for (EventType t : values()) if (t.className().equalsIgnoreCase(s) || t.slug().equalsIgnoreCase(s)) return t;
        throw new IllegalArgumentException("unknown event type '" + s + "'");
    }
}
