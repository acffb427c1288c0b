package org.nkkg.merge;

import org.junit.jupiter.api.Test;
import org.nkkg.TestData;
import org.nkkg.extract.Pipeline;
import org.nkkg.extract.Resources;
import org.nkkg.extract.Stages;
import org.nkkg.link.OfflineLinker;
import org.nkkg.model.Entity;
import org.nkkg.model.KnowledgeGraph;
import org.nkkg.model.Lang;

import static org.junit.jupiter.api.Assertions.*;

class CorpusMergerTest {
    @Test void oneNodePerEntityAcrossLanguagesAndScripts() {
        Resources res = new Resources(TestData.gazetteer());
        Pipeline p = new Pipeline(Stages.standard(res));
        CorpusMerger m = new CorpusMerger(res.gazetteer());
        m.process(p.process(TestData.doc("a", Lang.ZH_HANS, "阿塞拜疆军队进入汉肯德。扎哈罗娃(Maria Zakharova)发言人表示。\n")));
        m.process(p.process(TestData.doc("b", Lang.ZH_HANT, "亞塞拜然軍隊進入斯捷潘納克特。\n")));
        m.process(p.process(TestData.doc("c", Lang.EN, "Azerbaijan entered Stepanakert. Spokeswoman Maria Zakharova said so.\n")));
        KnowledgeGraph kg = new OfflineLinker(res.gazetteer()).link(m.close());
        Entity az = kg.entities().stream().filter(e -> e.id().equals("azerbaijan")).findFirst().orElseThrow();
        assertEquals(3, az.mentions().stream().map(r -> r.docId()).distinct().count());
        assertEquals("阿塞拜疆", az.labels().get("zh-Hans"));
        assertEquals("亞塞拜然", az.labels().get("zh-Hant"));
        assertEquals("Azerbaijan", az.labels().get("en"));
        Entity st = kg.entities().stream().filter(e -> e.id().equals("stepanakert")).findFirst().orElseThrow();
        assertEquals(3, st.mentions().size(), "汉肯德 and Stepanakert are one city");
        assertEquals("Q227", kg.links().get("azerbaijan").qid());
        assertTrue(kg.links().get("azerbaijan").certain());
    }

    @Test void aQidOfTheWrongTypeIsNeverLinked() {
        Resources res = new Resources(TestData.gazetteer());
        CorpusMerger m = new CorpusMerger(res.gazetteer());
        m.process(new Pipeline(Stages.standard(res)).process(TestData.doc("a", Lang.EN, "President Trap Person said so.\n")));
        KnowledgeGraph kg = new OfflineLinker(res.gazetteer()).link(m.close());
        assertNull(kg.links().get("cuisine-trap").qid(), "P31 is a cuisine, not a human");
    }
}
