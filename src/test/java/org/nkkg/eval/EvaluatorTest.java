package org.nkkg.eval;

import org.junit.jupiter.api.Test;
import org.nkkg.TestData;
import org.nkkg.extract.Pipeline;
import org.nkkg.extract.Resources;
import org.nkkg.extract.Stages;
import org.nkkg.link.OfflineLinker;
import org.nkkg.merge.CorpusMerger;
import org.nkkg.model.CleanText;
import org.nkkg.model.KnowledgeGraph;
import org.nkkg.model.Lang;
import org.nkkg.model.SourceDoc;
import org.nkkg.text.DocumentCleaner;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class EvaluatorTest {
    private static final String TEXT = "2023年9月19日,阿塞拜疆对阿尔察赫发起军事行动。9月21日,阿塞拜疆与阿尔察赫代表在叶夫拉赫举行会谈。"
            + "同日,阿塞拜疆外交部谴责亚美尼亚。\n";

    private static Evaluator.Report evaluate(GoldSet gold) throws Exception {
        Resources res = TestData.seedResources();
        SourceDoc d = TestData.news("d1", TEXT, java.time.LocalDate.of(2023, 9, 22));
        CorpusMerger m = new CorpusMerger(res.gazetteer());
        m.process(new Pipeline(Stages.standard(res)).process(d));
        KnowledgeGraph kg = new OfflineLinker(res.gazetteer()).link(m.close());
        CleanText c = new DocumentCleaner().clean(d);
        return new Evaluator().evaluate(gold, kg, Map.of("d1", new Evaluator.DocText("d1", d.lang(), c.text(), c.offsets())));
    }

    private static final List<GoldSet.GoldEntity> ENTITIES = List.of(
            new GoldSet.GoldEntity("azerbaijan", "State", "Q227", List.of("阿塞拜疆")),
            new GoldSet.GoldEntity("armenia", "State", "Q399", List.of("亚美尼亚")),
            new GoldSet.GoldEntity("republic-of-artsakh", "State", null, List.of("阿尔察赫")),
            new GoldSet.GoldEntity("yevlakh", "Place", null, List.of("叶夫拉赫")),
            new GoldSet.GoldEntity("ministry-of-foreign-affairs-of-azerbaijan", "Organization", null, List.of("阿塞拜疆外交部")));

    @Test void eventsAreScoredByTypeDateAndParticipantsAndStatementsBySpeakerStanceAndTargets() throws Exception {
        GoldSet gold = new GoldSet(List.of(new GoldSet.GoldDoc("d1", ENTITIES, List.of(
                new GoldSet.GoldEvent("offensive", "MilitaryOperation", "2023-09-19", null, List.of("azerbaijan"),
                        List.of("republic-of-artsakh"), List.of(), List.of("阿塞拜疆对阿尔察赫发起军事行动")),
                // the parties of talks are compared whatever role the graph gives each
                new GoldSet.GoldEvent("talks", "Negotiation", "2023-09-21", null, List.of("azerbaijan", "republic-of-artsakh"),
                        List.of(), List.of("yevlakh"), List.of("在叶夫拉赫举行会谈")),
                new GoldSet.GoldEvent("unseen", "Protest", "2023-09-20", null, List.of(), List.of(), List.of(), List.of("no such text"))),
                List.of(new GoldSet.GoldStatement("ministry-of-foreign-affairs-of-azerbaijan", "azerbaijan", null, "condemn",
                        List.of("armenia"), "2023-09-21", "阿塞拜疆外交部谴责亚美尼亚")))));
        Evaluator.Report r = evaluate(gold);
        assertEquals(new Evaluator.Counts(2, 0, 1), r.events.get("zh-Hans|type+date"), r.errors.toString());
        assertEquals(new Evaluator.Counts(4, 0, 0), r.events.get("zh-Hans|participants"), r.errors.toString());
        assertEquals(new Evaluator.Counts(1, 0, 0), r.events.get("zh-Hans|places"), r.errors.toString());
        assertEquals(new Evaluator.Counts(1, 0, 0), r.statements.get("zh-Hans|speaker+stance"), r.errors.toString());
        assertEquals(new Evaluator.Counts(1, 0, 0), r.statements.get("zh-Hans|about"), r.errors.toString());
        assertTrue(r.errors.stream().anyMatch(e -> e.startsWith("event FN  d1  Protest unseen")), r.errors.toString());
    }

    @Test void aWrongActorIsAnErrorOfTheEventsParticipants() throws Exception {
        GoldSet gold = new GoldSet(List.of(new GoldSet.GoldDoc("d1", ENTITIES, List.of(
                new GoldSet.GoldEvent("offensive", "MilitaryOperation", "2023-09-19", null, List.of("republic-of-artsakh"),
                        List.of("azerbaijan"), List.of(), List.of("阿塞拜疆对阿尔察赫发起军事行动"))), List.of())));
        Evaluator.Report r = evaluate(gold);
        assertEquals(new Evaluator.Counts(0, 2, 2), r.events.get("zh-Hans|participants"), r.errors.toString());
        assertTrue(r.errors.contains("event role FP  d1  offensive agent azerbaijan"), r.errors.toString());
    }
}
