package org.nkkg.extract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nkkg.TestData;
import org.nkkg.model.Document;
import org.nkkg.model.Lang;
import org.nkkg.model.Stance;
import org.nkkg.model.StatementMention;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/** Clause-level attribution of speech acts, on invented sentences. */
class StatementExtractorTest {
    static Pipeline pipeline;

    @BeforeAll static void setUp() { pipeline = new Pipeline(Stages.standard(new Resources(TestData.gazetteer()))); }

    private static List<StatementMention> run(Lang lang, String text) {
        return pipeline.process(TestData.doc("t", lang, text + "\n")).statements();
    }

    /** "speaker stance" per statement, the speaker shown by the first name the document gives it. */
    private static List<String> said(Lang lang, String text) {
        Document d = pipeline.process(TestData.doc("t", lang, text + "\n"));
        return d.statements().stream()
                .map(s -> d.mentions().stream().filter(m -> m.key().equals(s.speaker())).map(m -> m.surface())
                        .findFirst().orElse(s.speaker()) + " " + s.stance().name().toLowerCase())
                .collect(Collectors.toList());
    }

    @Test void protestersDemandingIsNoStatementOfANamedSpeaker() {
        assertEquals(List.of(), said(Lang.ZH_HANS, "9月5日,数百人聚集在亚美尼亚议会外,示威者要求阿塞拜疆撤军。"));
    }

    @Test void aCueInARelativeClauseBeforeASpeechNounIsSomeoneElses() {
        assertEquals(List.of(), said(Lang.ZH_HANS, "阿塞拜疆拒绝了各国要求开放边境的呼吁。"));
    }

    @Test void concernExpressedAboutSomethingIsConcern() {
        assertEquals(List.of("德国 concern"), said(Lang.ZH_HANS, "德国对边境局势的恶化表示严重关切。"));
        assertEquals(List.of("德国 support"), said(Lang.ZH_HANS, "德国表示支持双方重启谈判。"));
    }

    @Test void followingCloselyIsNoConcern() {
        assertEquals(List.of("俄罗斯 claim"), said(Lang.ZH_HANS, "俄罗斯表示,俄罗斯正在密切关注边境地区的事态发展。"));
    }

    @Test void aPronounIsThePersonWhoLastSpokeInTheParagraph() {
        List<StatementMention> st = run(Lang.ZH_HANS,
                "俄罗斯外交部发言人玛丽亚·扎哈罗娃表示,双方应当克制。她还呼吁双方立即停火。");
        assertEquals(2, st.size(), st.toString());
        assertEquals(st.get(0).speaker(), st.get(1).speaker());
        assertEquals(Stance.CALL, st.get(1).stance());
    }

    @Test void aPronounWithNoEarlierSpeakerGivesNothing() {
        assertEquals(List.of(), said(Lang.ZH_HANS, "在会谈结束后,她呼吁双方保持克制。"));
    }

    @Test void theSpeakersSideInReportedWordsSetsTheStance() {
        assertEquals(List.of("玛丽亚·扎哈罗娃 concern"),
                said(Lang.ZH_HANS, "俄罗斯外交部发言人玛丽亚·扎哈罗娃表示,俄罗斯对边境冲突深表震惊。"));
        // another subject's demand in the content is not the speaker's call
        assertEquals(List.of("玛丽亚·扎哈罗娃 claim"),
                said(Lang.ZH_HANS, "俄罗斯外交部发言人玛丽亚·扎哈罗娃表示,亚美尼亚境内的反对派也在要求重新选举。"));
    }

    @Test void anUnnamedBodyBeforeTheVerbIsNotItsState() {
        assertEquals(List.of(), said(Lang.ZH_HANS, "阿塞拜疆总统府回应称,会谈将在下周举行。"));
        assertEquals(List.of(), said(Lang.ZH_HANS, "亚美尼亚媒体称,边境发生交火。"));
        assertEquals(List.of("亚美尼亚 claim"), said(Lang.ZH_HANS, "亚美尼亚当局表示,边境局势稳定。"));
    }

    @Test void aRoleFollowedByANameTheMentionLayerMissedGivesNothing() {
        assertEquals(List.of(), said(Lang.ZH_HANS, "- 德国:外交部长奥拉夫森表示欢迎停火。"));
        assertEquals(List.of("德国 concern"), said(Lang.ZH_HANS, "- 德国:外交部对局势升级表示关切。"));
    }

    @Test void aStatesUnnamedAdviserSpeaksForTheState() {
        assertEquals(List.of("亚美尼亚 claim"), said(Lang.ZH_HANS, "亚美尼亚总理尼科尔·帕希尼扬的一名顾问说,谈判仍在继续。"));
    }

    @Test void twoSpeakersInOneSentence() {
        assertEquals(List.of("亚美尼亚 accuse", "阿塞拜疆 deny"),
                said(Lang.ZH_HANS, "亚美尼亚指责阿塞拜疆炮击边境村庄,阿塞拜疆则予以否认。"));
        assertEquals(List.of("亚美尼亚 accuse", "阿塞拜疆 accuse"),
                said(Lang.ZH_HANS, "亚美尼亚与阿塞拜疆两国相互指责对方违反停火。"));
    }

    @Test void aClauseWithoutASubjectContinuesTheSentencesSubject() {
        assertEquals(List.of("埃马纽埃尔·马克龙 call"),
                said(Lang.ZH_HANS, "埃马纽埃尔·马克龙与亚美尼亚总理尼科尔·帕希尼扬通话,呼吁各方恢复谈判。"));
    }

    @Test void theObjectOfAPrepositionIsNotTheSpeaker() {
        assertEquals(List.of("伊利哈姆·阿利耶夫 claim"),
                said(Lang.ZH_HANS, "伊利哈姆·阿利耶夫随后向俄罗斯总统弗拉基米尔·普京道歉。"));
    }

    @Test void namingAndPersuadingAreNoSpeech() {
        assertEquals(List.of(), said(Lang.ZH_HANT, "亞美尼亞簡稱為亞國,亞美尼亞說服了俄國。"));
    }

    @Test void accordingToTheWordsOfABody() {
        assertEquals(List.of("俄罗斯国防部 claim"),
                said(Lang.ZH_HANS, "根据俄罗斯国防部的说法,两名维和人员在巡逻时受伤。"));
    }

    @Test void englishPronounAfterAnOpeningPhrase() {
        assertEquals(List.of("Maria Zakharova claim", "Maria Zakharova call"),
                said(Lang.EN, "Russian Foreign Ministry spokesperson Maria Zakharova said the talks would resume. After the meeting, she urged both sides to show restraint."));
    }

    @Test void englishUnrecognisedNameBeforeTheVerbGivesNothing() {
        assertEquals(List.of(), said(Lang.EN, "The Presidential Administration of Azerbaijan responded that talks would continue."));
    }

    @Test void englishCoordinatedVerbKeepsTheSubjectAndTheStrongerStance() {
        assertEquals(List.of("Armenia call"),
                said(Lang.EN, "Armenia accused Azerbaijan of shelling border villages and called on Russia to intervene."));
    }

    @Test void englishSecondSpeakerAfterWhich() {
        assertEquals(List.of("Armenia claim", "Azerbaijan deny"),
                said(Lang.EN, "Armenia claimed that a soldier was wounded near the border, which Azerbaijan denied."));
    }

    @Test void englishSelfDeclaredIsNoDeclaration() {
        assertEquals(List.of(), said(Lang.EN, "The self-declared republic held elections in Stepanakert."));
    }
}
