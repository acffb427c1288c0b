package org.nkkg.model;

/** The four kinds of named entity. Events are not entities: they have their own layer. */
public enum EntityType {
    PERSON("Person"), STATE("State"), ORGANIZATION("Organization"), PLACE("Place");

    private final String label;

    EntityType(String label) { this.label = label; }

    /** The ontology's local name (nkkg:Person ...), also the gazetteer's and gold's spelling. */
    public String label() { return label; }

    public static EntityType parse(String s) {
        for (EntityType t : values()) if (t.label.equalsIgnoreCase(s.trim())) return t;
        throw new IllegalArgumentException("unknown entity type '" + s + "'");
    }

    /** Agents can act and speak (State, Organization, Person); places cannot. */
    public boolean isAgent() { return this != PLACE; }
}
