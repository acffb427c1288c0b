package org.nkkg.kb;

import org.junit.jupiter.api.Test;
import org.nkkg.model.EntityType;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class GazetteerTest {
    @Test void projectGazetteerLoadsAndIsConsistent() {
        Gazetteer g = Gazetteer.load(Path.of("data/gazetteer.tsv"));
        assertTrue(g.size() > 300);
        Set<String> qids = new HashSet<>();
        for (GazetteerEntry e : g.entries()) {
            if (e.qid() != null) assertTrue(qids.add(e.qid()), "QID used twice: " + e.qid());
            if (e.type() == EntityType.PERSON && e.qid() != null) assertTrue(e.p31().contains("Q5"), e.id());
        }
        // the pairs known to be wrong in public files never appear
        for (String wrong : new String[]{"Q192820", "Q80415", "Q10860191"}) assertFalse(qids.contains(wrong), wrong);
        assertNotEquals("Q230104", g.get("nakhchivan-autonomous-republic") == null ? null : g.get("nakhchivan-autonomous-republic").qid());
    }

    @Test void anEventOfOneDayMayGiveItsDayAndABadYearIsAClearError() {
        Gazetteer g = Gazetteer.load(Path.of("data/gazetteer.tsv"));
        GazetteerEntry ceasefire = g.get("2020-nagorno-karabakh-ceasefire-agreement");
        assertEquals(java.time.LocalDate.of(2020, 11, 10), ceasefire.day());
        assertEquals(2020, ceasefire.from());
        assertNull(g.get("first-nagorno-karabakh-war").day());
        String header = String.join("\t", Gazetteer.COLUMNS);
        String row = String.join("\t", "x-event", "Event", "agreement", "", "", "", "", "X", "", "", "", "", "", "", "",
                "20-11", "", "");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Gazetteer.parse(new java.io.StringReader(header + "\n" + row + "\n"), "test"));
        assertTrue(e.getMessage().contains("x-event") && e.getMessage().contains("from"), e.getMessage());
    }

    @Test void statesGetTheirCldrNames() {
        Gazetteer g = Gazetteer.load(Path.of("data/gazetteer.tsv"));
        GazetteerEntry az = g.get("azerbaijan");
        assertTrue(az.chineseNames().contains("阿塞拜疆"));
        assertTrue(az.chineseNames().contains("亞塞拜然"));
    }
}
