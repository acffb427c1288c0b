package org.nkkg.merge;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class TransliterationMatchTest {
    @Test void aTransliterationPairsWithTheNameItWrites() {
        Map<String, String> p = TransliterationMatch.pairs(
                Map.of("zh1", "伊万·彼得罗夫", "zh2", "马尔科·泰利尼"),
                Map.of("en1", "Ivan Petrov", "en2", "Marko Telini", "en3", "Sofia Almeida"));
        assertEquals(Map.of("zh1", "en1", "zh2", "en2"), p);
    }

    @Test void anRBeforeAConsonantMayBeUnwritten() {
        assertEquals(Map.of("zh", "en"), TransliterationMatch.pairs(Map.of("zh", "安娜·克伯克"), Map.of("en", "Anna Kerbock")));
    }

    @Test void twoPossiblePartnersMeanNone() {
        assertEquals(Map.of(), TransliterationMatch.pairs(Map.of("zh", "伊万·彼得罗夫"), Map.of("a", "Ivan Petrov", "b", "Ivan Petrova")));
        assertEquals(Map.of(), TransliterationMatch.pairs(Map.of("a", "伊万·彼得罗夫", "b", "伊凡·彼得罗夫"), Map.of("en", "Ivan Petrov")));
    }

    @Test void differentNamesOrPartCountsDoNotPair() {
        assertEquals(Map.of(), TransliterationMatch.pairs(Map.of("zh", "伊万·彼得罗夫"), Map.of("en", "Ivan Sokolov")));
        assertEquals(Map.of(), TransliterationMatch.pairs(Map.of("zh", "彼得罗夫"), Map.of("en", "Petrov")), "one part is too little to go on");
        assertEquals(Map.of(), TransliterationMatch.pairs(Map.of("zh", "伊万·彼得罗夫"), Map.of("en", "Ivan Ivanovich Petrov")));
    }
}
