package org.nkkg.dump;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.*;

class ExternalSortTest {
    @Test void spilledRunsMergeToTheSameDistinctOrderAsMemory() {
        Random r = new Random(42);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) lines.add("<s" + r.nextInt(1500) + "> <p> \"中文 " + r.nextInt(3) + "\" .");
        List<String> spilled = new ArrayList<>(), inMemory = new ArrayList<>();
        long n;
        try (ExternalSort small = new ExternalSort(333); ExternalSort big = new ExternalSort(1_000_000)) {
            lines.forEach(small::add);
            lines.forEach(big::add);
            n = small.forEachDistinct(spilled::add);
            big.forEachDistinct(inMemory::add);
        }
        assertEquals(new ArrayList<>(new TreeSet<>(lines)), spilled);
        assertEquals(inMemory, spilled);
        assertEquals(spilled.size(), n);
    }
}
