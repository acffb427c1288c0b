package org.nkkg.link;

import org.junit.jupiter.api.Test;
import org.nkkg.model.EntityType;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class TypeCompatibilityTest {
    @Test void lenientFitForCuratedItems() {
        assertTrue(TypeCompatibility.fits(EntityType.PERSON, List.of("Q5")));
        assertFalse(TypeCompatibility.fits(EntityType.PERSON, List.of()), "a person must be known as human");
        assertFalse(TypeCompatibility.fits(EntityType.PERSON, List.of("Q79007")));
        assertTrue(TypeCompatibility.fits(EntityType.STATE, List.of("Q6256", "Q3624078")));
        assertTrue(TypeCompatibility.fits(EntityType.STATE, List.of("Q15634554")), "state with limited recognition");
        assertTrue(TypeCompatibility.fits(EntityType.STATE, List.of("Q3024240", "Q43229")), "historical country, also an organization");
        assertFalse(TypeCompatibility.fits(EntityType.STATE, List.of("Q515")), "a city is not a state");
        assertTrue(TypeCompatibility.fits(EntityType.PLACE, List.of("Q515")));
        assertFalse(TypeCompatibility.fits(EntityType.PLACE, List.of("Q5")));
        assertFalse(TypeCompatibility.fits(EntityType.ORGANIZATION, List.of("Q4167410")), "a disambiguation page is nothing");
        assertTrue(TypeCompatibility.fits(EntityType.ORGANIZATION, List.of()), "no P31: taken on its type");
    }

    @Test void strictConfirmationForSearchCandidates() {
        assertTrue(TypeCompatibility.confirms(EntityType.PERSON, List.of("Q5"), Set.of("Q5", "Q215627")));
        assertFalse(TypeCompatibility.confirms(EntityType.PERSON, List.of("Q79007"), Set.of("Q79007", "Q83620")));
        assertTrue(TypeCompatibility.confirms(EntityType.PLACE, List.of("Q532"), Set.of("Q532", "Q486972")));
        assertFalse(TypeCompatibility.confirms(EntityType.PLACE, List.of("Q11424"), Set.of("Q11424")), "a film is no place");
        assertFalse(TypeCompatibility.confirms(EntityType.ORGANIZATION, List.of(), Set.of()), "no P31: no evidence");
        assertTrue(TypeCompatibility.confirms(EntityType.ORGANIZATION, List.of("Q27686"), Set.of("Q27686", "Q43229")));
        assertTrue(TypeCompatibility.confirms(EntityType.STATE, List.of("Q15634554"), Set.of()));
        assertFalse(TypeCompatibility.confirms(EntityType.STATE, List.of("Q515"), Set.of("Q515", "Q486972")));
        assertFalse(TypeCompatibility.confirms(EntityType.PLACE, List.of("Q4167410", "Q532"), Set.of("Q486972")));
    }
}
