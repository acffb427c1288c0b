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

    @Test void whoIsQuotedSpeaksNotWhoQuotesThem() {
        Pipeline real = new Pipeline(Stages.standard(TestData.seedResources()));
        List<StatementMention> zh = real.process(TestData.doc("t", Lang.ZH_HANS,
                "路透社20日引述俄罗斯维和人员说,他们已疏散了5000人。\n")).statements();
        assertEquals("gaz:russian-peacekeeping-forces-in-nagorno-karabakh", zh.get(0).speaker(), zh.toString());
        List<StatementMention> en = real.process(TestData.doc("t", Lang.EN,
                "Interfax quoted the Russian Defence Ministry as saying that peacekeepers had evacuated 5,000 people.\n")).statements();
        assertEquals("gaz:ministry-of-defence-russia", en.get(0).speaker(), en.toString());
    }

    @Test void aVerbWithAStanceOfItsOwnKeepsItOverTheWordsItQuotes() {
        List<StatementMention> st = run(Lang.EN, "Armenia denied this and said that it had \"proposed amendments for a joint statement.\"");
        assertEquals(Stance.DENY, st.get(0).stance(), st.toString());
        // a plain verb of saying takes the stance of the words quoted
        List<StatementMention> said = run(Lang.EN, "Armenia said: \"We condemn the attack.\"");
        assertEquals(Stance.CONDEMN, said.get(0).stance(), said.toString());
    }

    @Test void aLabelAndAColonIsAVerbOfSayingAndAnUnnamedRoleHolderIsTheOneTheDocumentNames() {
        assertEquals(List.of("阿塞拜疆 announce", "俄罗斯 claim"), said(Lang.ZH_HANS, "阿塞拜疆宣布在纳卡地区启动反恐行动,俄罗斯:已与阿方进行接触"));
        assertTrue(run(Lang.ZH_HANS, "时间:2023年9月19日").isEmpty(), "a label with no one named says nothing");
        List<StatementMention> st = new Pipeline(Stages.standard(TestData.seedResources())).process(TestData.news("t",
                "阿塞拜疆外长:“反恐行动的所有目标皆已达成”\n\n阿塞拜疆外长巴伊拉莫夫22日表示,行动已经结束。\n", java.time.LocalDate.of(2023, 9, 22))).statements();
        assertEquals(2, st.size(), st.toString());
        assertEquals(st.get(1).speaker(), st.get(0).speaker(), "the foreign minister the document names: " + st);
        // with no holder named, the state speaks
        assertEquals(List.of("亚美尼亚 warn"), said(Lang.ZH_HANS, "亚美尼亚总理警告或爆发全面战争"));
    }

    @Test void taiwanUsageVerbsOfSayingHaveTheirStance() {
        assertEquals(List.of("亞美尼亞 deny"), said(Lang.ZH_HANT, "亞美尼亞駁斥了這一說法。"));
        assertEquals(List.of("俄羅斯 call"), said(Lang.ZH_HANT, "俄羅斯籲請雙方保持克制。"));
        assertEquals(List.of("亞塞拜然 concern"), said(Lang.ZH_HANT, "亞塞拜然對局勢憂心。"));
        assertEquals(List.of("亞美尼亞 claim"), said(Lang.ZH_HANT, "亞美尼亞透露,已有10萬名難民入境。"));
        assertEquals(List.of("俄羅斯 warn"), said(Lang.ZH_HANT, "俄羅斯示警,衝突可能擴大。"));
        assertEquals(List.of("俄罗斯 claim"), said(Lang.ZH_HANS, "俄罗斯抱怨其大使馆的安全不足。"));
        assertEquals(List.of("Russia claim"), said(Lang.EN, "Russia complained that its embassy was poorly protected."));
    }

    @Test void aLineLabelledByAStateOrBodySpeaksForItEvenWithoutItsBullet() throws Exception {
        Pipeline real = new Pipeline(Stages.standard(TestData.seedResources()));
        List<StatementMention> zh = real.process(TestData.doc("t", Lang.ZH_HANT, "國家\n\n 法國:總統艾曼紐·馬克宏譴責亞塞拜然的軍事行動。\n\n"
                + " 聯合國:秘書長安東尼奧·古特瑞斯呼籲立即停止戰鬥。\n\n亞美尼亞總理發言人表示:局勢緊張。\n")).statements();
        assertEquals("gaz:france", zh.get(0).onBehalfOf(), zh.toString());
        assertEquals("gaz:antonio-guterres", zh.get(1).speaker());
        assertEquals("gaz:united-nations", zh.get(1).onBehalfOf());
        List<StatementMention> en = real.process(TestData.doc("t", Lang.EN, "Georgia: Prime Minister Irakli Garibashvili urged both sides to resume dialogue.\n\n"
                + "Turkey: The Ministry of Foreign Affairs expressed support for Azerbaijan.\n")).statements();
        assertEquals(List.of("gaz:georgia", "gaz:turkey"), List.of(en.get(0).onBehalfOf(), en.get(1).speaker()), en.toString());
        // the role held is of the label's state too
        var roles = real.process(TestData.doc("t", Lang.EN, "Georgia: Prime Minister Irakli Garibashvili urged both sides to resume dialogue.\n")).roles();
        assertEquals("gaz:georgia", roles.get(0).in(), roles.toString());
    }

    @Test void aPositionIsHeldInAStateOrBodyNeverInAPerson() throws Exception {
        Pipeline real = new Pipeline(Stages.standard(TestData.seedResources()));
        var roles = real.process(TestData.doc("t", Lang.EN, "Nikol Pashinyan's spokesperson Nazeli Baghdasaryan said the talks went well.\n")).roles();
        assertTrue(roles.stream().noneMatch(r -> "gaz:nikol-pashinyan".equals(r.in())), roles.toString());
    }

    @Test void aKnownOfficialNamedWithARoleButNoStateSpeaksForTheirState() throws Exception {
        Pipeline real = new Pipeline(Stages.standard(TestData.seedResources()));
        List<StatementMention> st = real.process(TestData.news("t", "外交部发言人毛宁28日主持例行记者会时表示,中方呼吁有关各方保持克制。\n",
                java.time.LocalDate.of(2023, 9, 28))).statements();
        assertEquals("gaz:china", st.get(0).onBehalfOf(), st.toString());
    }

    @Test void newsOrANoticeOfABodyIsItsClaim() throws Exception {
        Pipeline real = new Pipeline(Stages.standard(TestData.seedResources()));
        List<StatementMention> st = real.process(TestData.doc("t", Lang.ZH_HANS, "据阿塞拜疆国防部消息,阿军已控制多个据点。据俄罗斯国防部通报,双方已停火。\n")).statements();
        assertEquals(List.of("gaz:ministry-of-defence-azerbaijan", "gaz:ministry-of-defence-russia"),
                st.stream().map(StatementMention::speaker).toList(), st.toString());
    }

    @Test void aLeadersOfficeOrSpokeswomanSpeaksForTheLeadersState() throws Exception {
        Pipeline real = new Pipeline(Stages.standard(TestData.seedResources()));
        List<StatementMention> st = real.process(TestData.doc("t", Lang.EN, "More than 100,000 people have crossed into Armenia, "
                + "Armenian Prime Minister Nikol Pashinyan's spokeswoman said. The Azerbaijani presidency said the operation was over.\n")).statements();
        assertEquals(List.of("gaz:armenia", "gaz:azerbaijan"), st.stream().map(StatementMention::speaker).toList(), st.toString());
    }

    @Test void allegingThatIsAnAccusation() {
        List<StatementMention> st = run(Lang.EN, "Armenia alleged that the exodus amounted to ethnic cleansing. The alleged attack was not confirmed.");
        assertEquals(1, st.size(), st.toString());
        assertEquals(Stance.ACCUSE, st.get(0).stance());
    }

    @Test void theKarabakhSideIsItsDeFactoGovernment() throws Exception {
        Pipeline real = new Pipeline(Stages.standard(TestData.seedResources()));
        List<StatementMention> st = real.process(TestData.news("t", "纳卡方面否认了这一说法。纳卡亚美尼亚族方面发表声明说,双方讨论了人道主义问题。\n",
                java.time.LocalDate.of(2023, 9, 21))).statements();
        assertEquals(List.of("gaz:republic-of-artsakh", "gaz:republic-of-artsakh"), st.stream().map(StatementMention::speaker).toList(), st.toString());
        assertEquals(Stance.DENY, st.get(0).stance());
    }

    @Test void aNameInQuotationMarksIsNoQuotation() throws Exception {
        Pipeline real = new Pipeline(Stages.standard(TestData.seedResources()));
        List<StatementMention> st = real.process(TestData.news("t", "纳卡地区领导人萨姆韦尔·沙赫拉马尼扬28日签署法令,宣布“阿尔察赫共和国”将不复存在。\n",
                java.time.LocalDate.of(2023, 9, 28))).statements();
        assertEquals(1, st.size(), st.toString());
        assertNull(st.get(0).quote(), st.toString());
        List<StatementMention> words = run(Lang.ZH_HANS, "阿塞拜疆外交部表示,“这是一次反恐行动”。");
        assertEquals("这是一次反恐行动", words.get(0).quote());
    }

    @Test void anEnglishStatementIsDatedByTheTimeOfSayingNotByWhatWasSaid() {
        org.nkkg.model.Document d = pipeline.process(new org.nkkg.model.SourceDoc("t", "t.txt", Lang.EN, "t", "news-item", null, null,
                null, java.time.LocalDate.of(2023, 9, 28), null, null,
                "The republic will cease to exist from January 1, 2024, Karabakh Armenian authorities said on Thursday.\n"));
        assertEquals(1, d.statements().size(), d.statements().toString());
        assertEquals("gaz:republic-of-artsakh", d.statements().get(0).speaker());
        assertEquals("2023-09-28", d.statements().get(0).date().lexical());
    }

    @Test void aReplyIsAStatementOfItsOwnNotPartOfWhatWasSaid() {
        assertEquals(List.of("亚美尼亚 claim", "阿塞拜疆 deny"),
                said(Lang.ZH_HANS, "亚美尼亚表示,一枚导弹击中了斯捷潘纳克特,对此,阿塞拜疆予以否认。"));
        assertEquals(List.of("亚美尼亚 claim", "阿塞拜疆 deny"),
                said(Lang.ZH_HANS, "亚美尼亚表示,一枚导弹击中了斯捷潘纳克特,阿塞拜疆对此予以否认。"));
        assertEquals(List.of("亚美尼亚 claim"), said(Lang.ZH_HANS, "亚美尼亚表示,阿塞拜疆否认了停火协议。"),
                "without a reply marker, what follows the saying is its content");
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

    @Test void aPersonNamedBetweenCommasAfterTheirRoleSpeaks() {
        assertEquals(List.of("Alice Wairimu Nderitu concern"), said(Lang.EN,
                "The Special Adviser on the Prevention of Genocide, Alice Wairimu Nderitu, expressed alarm at the escalation."));
    }

    @Test void anUnnamedHolderOrBodyOfAStateSpeaksForIt() {
        assertEquals(List.of("Russia call"), said(Lang.EN, "Russia's Minister of Foreign Affairs urged all parties to stop."));
        // the holder named after the role is the speaker
        assertEquals(List.of("Maria Zakharova claim"), said(Lang.EN, "Russia's spokesperson Maria Zakharova said so."));
    }

    @Test void nagornoKarabakhsLeadershipIsTheRepublicOfArtsakh() throws Exception {
        Pipeline real = new Pipeline(Stages.standard(TestData.seedResources()));
        var d = real.process(TestData.doc("t", Lang.EN, "Nagorno-Karabakh's leadership called on Azerbaijan to cease the hostilities.\n"));
        assertEquals(1, d.statements().size(), d.statements().toString());
        assertEquals("gaz:republic-of-artsakh", d.statements().get(0).speaker());
    }

    @Test void afterTwoSidesSpokeTogetherEachSidesWordsAreItsOwn() {
        assertEquals(List.of("亚美尼亚 accuse", "阿塞拜疆 accuse", "亚美尼亚 claim", "阿塞拜疆 claim"), said(Lang.ZH_HANS,
                "亚美尼亚与阿塞拜疆两国相互指责对方部队攻击边境哨所,亚方称有4名士兵阵亡,阿方称有3名士兵受伤。"));
    }

    @Test void aBodysNameAfterItsKindSpeaksAndWhatItsDocumentSaysIsNotItsStance() {
        Pipeline real = new Pipeline(Stages.standard(TestData.seedResources()));
        var d = real.process(TestData.doc("t", Lang.ZH_HANS, "俄罗斯独立媒体Meduza表示,他们获得了一份文件,其中建议将冲突的责任归咎于亚美尼亚。\n"));
        assertEquals(1, d.statements().size(), d.statements().toString());
        assertEquals("gaz:meduza", d.statements().get(0).speaker());
        assertEquals(Stance.CLAIM, d.statements().get(0).stance());
    }

    @Test void aTimeBetweenSpeakerAndVerbIsNoObstacle() {
        assertEquals(List.of("Armenia accuse"), said(Lang.EN, "Armenia on Thursday accused Azerbaijan of ethnic cleansing."));
        assertEquals(List.of("Russia claim"), said(Lang.EN, "Russia on Sept. 28 said the fighting had stopped."));
        assertEquals(List.of("Russia claim"), said(Lang.EN, "Russia in a statement said the fighting had stopped."));
    }

    @Test void aNewsDatelineIsWhoFiledItNotTheSpeaker() {
        assertEquals(List.of("亞美尼亞 claim"), said(Lang.ZH_HANT, "（中央社葉里溫28日綜合外電報導）亞美尼亞今天表示，難民已進入亞美尼亞。"));
        assertEquals(List.of("阿塞拜疆 claim"), said(Lang.ZH_HANS, "新华社巴库9月22日电 阿塞拜疆22日表示，局势稳定。"));
    }

    @Test void aStatesPossessivePositionIsHeldForIt() {
        var d = pipeline.process(TestData.doc("t", Lang.EN, "Russia's President Vladimir Putin said he supported the talks.\n"));
        assertEquals(1, d.statements().size(), d.statements().toString());
        assertEquals("gaz:russia", d.statements().get(0).onBehalfOf(), d.statements().toString());
    }

    @Test void aClauseGoingOnFromUnnamedPeopleHasNoSpeaker() {
        assertEquals(List.of(), said(Lang.ZH_HANS, "亚美尼亚首都随后爆发抗议活动,抗议者冲进议会大楼,要求总理辞职。"));
        assertEquals(List.of("亚美尼亚 call"), said(Lang.ZH_HANS, "亚美尼亚冲进会场,要求总理辞职。"));
    }

    @Test void questioningAndAttributingAreClaims() {
        assertEquals(List.of("Sergey Radchenko claim"), said(Lang.EN, "Sergey Radchenko, a historian, questioned the lack of international intervention."));
    }

    @Test void taiwanSupportIsSupportButSupportTroopsAreNot() {
        assertEquals(List.of("土耳其 support"), said(Lang.ZH_HANT, "土耳其方面表示支援亞塞拜然的行動。"));
        assertEquals(List.of("俄羅斯 claim"), said(Lang.ZH_HANT, "俄羅斯表示將派出支援部隊。"));
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

    @Test void aRoleFollowedByATransliteratedNameIsThatPersonsStatement() {
        assertEquals(List.of("奥拉夫森 welcome"), said(Lang.ZH_HANS, "- 德国:外交部长奥拉夫森表示欢迎停火。"));
        assertEquals(List.of(), said(Lang.ZH_HANS, "- 德国:外交部长王大明表示欢迎停火。"), "a name the mention layer missed gives nothing");
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

    @Test void anOpinionSpeaksOnlyForANameOfItsOwnClause() {
        assertEquals(List.of("阿塞拜疆 claim", "亚美尼亚 claim"),
                said(Lang.ZH_HANS, "阿塞拜疆认为,谈判应当先解决边界问题;亚美尼亚则坚持,先讨论人道问题。"));
        // no name of its own: nothing; a view told inside someone's words is part of them
        assertEquals(List.of(), said(Lang.ZH_HANS, "许多观察人士认为,局势将继续恶化。"));
        assertEquals(List.of("德国 claim"), said(Lang.ZH_HANS, "德国表示,亚美尼亚认为边界应当重新划定。"));
        // 坚持 + an action is persistence, not a statement
        assertEquals(List.of(), said(Lang.ZH_HANS, "伊利哈姆·阿利耶夫坚持反对任何外国调解。"));
    }

    @Test void aDemandTheSpeakerIsUnderIsNotTheSpeakersCall() {
        assertEquals(List.of("伊利哈姆·阿利耶夫 claim"),
                said(Lang.ZH_HANS, "伊利哈姆·阿利耶夫说他受到国内舆论压力要求政府采取行动。"));
    }

    @Test void theOneMadeToSpeakIsTheSpeaker() {
        assertEquals(List.of("亚美尼亚 warn"), said(Lang.ZH_HANS, "边境冲突迫使亚美尼亚公开威胁将要出兵。"));
    }

    @Test void anAddressWhoseSpeakerFollows() {
        assertEquals(List.of("尼科尔·帕希尼扬 claim"),
                said(Lang.ZH_HANS, "在电视上发表讲话时,尼科尔·帕希尼扬提到了边境局势。"));
    }

    @Test void twoFullNamesSideBySideBothSpeak() {
        assertEquals(List.of("伊利哈姆·阿利耶夫 call", "尼科尔·帕希尼扬 call"),
                said(Lang.ZH_HANS, "伊利哈姆·阿利耶夫尼科尔·帕希尼扬呼吁恢复谈判。"));
    }

    @Test void aPronounIsTheSubjectWhoOpenedTheLastSentence() {
        List<String> st = said(Lang.ZH_HANS,
                "伊利哈姆·阿利耶夫表示,谈判将继续。尼科尔·帕希尼扬随后抵达边境。他说局势已经稳定。");
        assertEquals(List.of("伊利哈姆·阿利耶夫 claim", "尼科尔·帕希尼扬 claim"), st);
    }

    @Test void aPronounAfterAnUnnamedSpeakerGivesNothing() {
        assertEquals(List.of("Armenia claim"),
                said(Lang.EN, "Armenia said the border was calm. Journalists who visited the city said it was empty. They also added that the roads were closed."));
    }

    @Test void englishDatesAfterTheVerbAndCommentingOn() {
        assertEquals(List.of("Azerbaijan announce"), said(Lang.EN, "Azerbaijan announced on 29 September that the road would reopen."));
        assertEquals(List.of("Nikol Pashinyan claim"), said(Lang.EN, "Later, Nikol Pashinyan commented on the talks that nothing had been agreed."));
    }

    @Test void englishNominalSpeechActs() {
        assertEquals(List.of("Armenia condemn"),
                said(Lang.EN, "On 3 May, Armenia released a statement which condemned the shelling of border villages."));
        assertEquals(List.of("Germany warn"),
                said(Lang.EN, "Germany issued a new travel warning on Azerbaijan, saying that the border was unsafe."));
        assertEquals(List.of("Russia claim"),
                said(Lang.EN, "The talks ended without agreement, however a statement from Russia said they were constructive."));
    }

    @Test void englishParticipleWithItsOwnSubject() {
        assertEquals(List.of("Russia claim"),
                said(Lang.EN, "Armenian units handed over their weapons, with Russia confirming the turnover of six vehicles."));
    }

    @Test void englishTopicAfterATitle() {
        assertEquals(List.of("Ilham Aliyev claim"),
                said(Lang.EN, "On 1 October, Azerbaijani President Ilham Aliyev visited the region, adding that it would be rebuilt."));
        // the object of the first clause is not the subject of the second
        assertEquals(List.of("Nikol Pashinyan support"),
                said(Lang.EN, "• Prime minister Nikol Pashinyan met with Azerbaijani President Ilham Aliyev and congratulated Aliyev on the deal."));
    }
}
