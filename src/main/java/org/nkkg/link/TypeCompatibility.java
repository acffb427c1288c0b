package org.nkkg.link;

import org.nkkg.model.EntityType;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Entity types and the Wikidata classes (P31, "instance of") that fit them.
 *
 * <p>Two strengths. {@link #fits} is the lenient check used for curated items (the offline index and the refresh of
 * its QIDs): an item fits unless its classes contradict the type (a Person must be human, Q5; a State must not be a
 * person, a city, a settlement, an organization or a war unless it is also a kind of state; nothing may be a
 * disambiguation page, a list or a name). {@link #confirms} is the strict check used for candidates found by search:
 * the item's classes, with their superclasses (P279), must positively contain a class of the type.
 */
public final class TypeCompatibility {
    /** human */
    public static final String HUMAN = "Q5";
    /** country, sovereign state, state with limited recognition, historical country */
    public static final Set<String> STATE_CLASSES = Set.of("Q6256", "Q3624078", "Q15634554", "Q3024240");
    /** geographic location, geographical feature, location, administrative territorial entity, human settlement,
     *  geographic region, political territorial entity */
    public static final Set<String> PLACE_CLASSES = Set.of("Q2221906", "Q618123", "Q17334923", "Q56061", "Q486972",
            "Q82794", "Q1048835");
    /** organization, government agency, government organization, international organization, political party,
     *  political organization, business */
    public static final Set<String> ORGANIZATION_CLASSES = Set.of("Q43229", "Q327333", "Q2659904", "Q484652", "Q7278",
            "Q7210356", "Q4830453");
    /** Wikimedia disambiguation page, Wikimedia list article, Wikimedia category, family name, given name: never an entity. */
    public static final Set<String> NOT_AN_ENTITY = Set.of("Q4167410", "Q13406463", "Q4167836", "Q101352", "Q202444");
    /** human, city, human settlement, organization, war: not a state unless also one of {@link #STATE_CLASSES}. */
    private static final Set<String> NOT_STATE = Set.of("Q5", "Q515", "Q486972", "Q43229", "Q198");

    private TypeCompatibility() {}

    /** Lenient: no contradiction between the type and the classes; an item without P31 is taken on its type. */
    public static boolean fits(EntityType type, List<String> p31) {
        if (p31.isEmpty()) return type != EntityType.PERSON; // a person must be known as human (Q5)
        if (p31.stream().anyMatch(NOT_AN_ENTITY::contains)) return false;
        return switch (type) {
            case PERSON -> p31.contains(HUMAN);
            case STATE -> p31.stream().noneMatch(NOT_STATE::contains) || p31.stream().anyMatch(STATE_CLASSES::contains);
            case ORGANIZATION, PLACE -> !p31.contains(HUMAN);
        };
    }

    /**
     * Strict: the classes positively show the type.
     *
     * @param p31         the item's own classes
     * @param withParents those classes and their superclasses (P279, transitively as far as known)
     */
    public static boolean confirms(EntityType type, List<String> p31, Collection<String> withParents) {
        if (p31.isEmpty() || p31.stream().anyMatch(NOT_AN_ENTITY::contains)) return false;
        if (type == EntityType.PERSON) return p31.contains(HUMAN);
        if (p31.contains(HUMAN)) return false;
        Set<String> classes = switch (type) {
            case STATE -> STATE_CLASSES;
            case PLACE -> PLACE_CLASSES;
            case ORGANIZATION -> ORGANIZATION_CLASSES;
            case PERSON -> Set.of(HUMAN);
        };
        return p31.stream().anyMatch(classes::contains) || withParents.stream().anyMatch(classes::contains);
    }
}
