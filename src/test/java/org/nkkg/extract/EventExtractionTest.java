package org.nkkg.extract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nkkg.TestData;
import org.nkkg.model.Document;
import org.nkkg.model.SourceDoc;
import org.nkkg.model.EventMention;
import org.nkkg.model.EventType;
import org.nkkg.model.Lang;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Events and their times, on invented sentences: each test is one rule of {@link EventExtractor}. */
class EventExtractionTest {
    static Pipeline pipeline;

    @BeforeAll static void setUp() { pipeline = new Pipeline(Stages.standard(new Resources(TestData.gazetteer()))); }

    private static List<EventMention> events(Lang lang, String text) {
        Document d = pipeline.process(TestData.doc("t", lang, text + "\n"));
        return d.events();
    }

    private static EventMention of(List<EventMention> es, EventType type) {
        return es.stream().filter(e -> e.type() == type).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " in " + es));
    }

    private static String when(EventMention e) {
        return e.date() != null ? e.date().lexical() : e.start() != null ? e.start().lexical() + "/" + e.endDate().lexical() : null;
    }

    @Test void aYearBeforeAReferencedAgreementDatesOnlyThatAgreement() {
        List<EventMention> es = events(Lang.EN, "On 12 May 2021, in violation of the 2020 ceasefire, Azerbaijan shelled villages near the border.");
        assertEquals("2020", when(of(es, EventType.CEASEFIRE)));
        assertEquals("2021-05-12", when(of(es, EventType.ATTACK)), "the date opening the sentence dates the attack");
    }

    @Test void aReferenceVerbKeepsTheSentenceDateAwayFromWhatItRefersTo() {
        List<EventMention> es = events(Lang.ZH_HANS, "2021年5月12日,阿塞拜疆违反停火协议,炮击了边境村庄。");
        assertTrue(es.stream().noneMatch(e -> e.type() == EventType.CEASEFIRE), "the ceasefire violated is not a new ceasefire: " + es);
        assertEquals("2021-05-12", when(of(es, EventType.ATTACK)));
    }

    @Test void whatIsSuggestedScheduledOrForthcomingHasNotHappened() {
        assertTrue(events(Lang.EN, "In 1919, the British commander suggested that diplomats meet at the forthcoming conference in Paris.")
                .stream().noneMatch(e -> e.type() == EventType.MEETING));
        assertTrue(events(Lang.EN, "On 20 September 2023, further negotiations were scheduled to take place in Yevlakh.")
                .stream().noneMatch(e -> e.type() == EventType.NEGOTIATION));
        assertTrue(events(Lang.ZH_HANS, "2023年9月20日,双方定于次日在叶夫拉赫举行会谈。").stream().noneMatch(e -> e.type() == EventType.NEGOTIATION
                || e.type() == EventType.MEETING));
    }

    @Test void whatIsCalledForHasNotHappened() {
        assertTrue(events(Lang.EN, "On 3 March 2021, Germany called for an immediate ceasefire.").stream()
                .noneMatch(e -> e.type() == EventType.CEASEFIRE));
        assertTrue(events(Lang.ZH_HANS, "2021年3月3日,德国呼吁立即停火。").stream()
                .noneMatch(e -> e.type() == EventType.CEASEFIRE));
    }

    @Test void aDeadlineIsNotTheDateOfTheDecree() {
        List<EventMention> es = events(Lang.EN, "On 3 March 2021, Armenia signed a decree dissolving the council by 1 June 2021.");
        assertEquals("2021-03-03", when(of(es, EventType.DECREE)));
    }

    @Test void theDateAWarEndedIsNotTheDateOfTheWar() {
        List<EventMention> es = events(Lang.ZH_HANS, "亚美尼亚和阿塞拜疆的对峙持续到1994年战争结束。");
        assertTrue(es.stream().noneMatch(e -> e.type() == EventType.WAR && e.from() != null), es.toString());
    }

    @Test void warCrimesAreNoWar() {
        assertTrue(events(Lang.EN, "In 2021, Azerbaijan accused Armenia of war crimes.").stream()
                .noneMatch(e -> e.type() == EventType.WAR));
    }

    @Test void namedEventsAreKnownEventsWithTheTimeTheirNameGives() {
        EventMention war = of(events(Lang.EN, "The First Nagorno-Karabakh War (1988–1994) displaced Armenia's neighbours."), EventType.WAR);
        assertEquals("first-nagorno-karabakh-war", war.named());
        assertEquals("1988/1994", when(war));
        EventMention zh = of(events(Lang.ZH_HANT, "第一次納戈爾諾-卡拉巴赫戰爭造成大量傷亡。"), EventType.WAR);
        assertEquals("first-nagorno-karabakh-war", zh.named());
        assertNull(zh.from(), "no date in the text, none invented");
        EventMention second = of(events(Lang.EN, "Veterans of the 2020 Nagorno-Karabakh war protested."), EventType.WAR);
        assertEquals("2020-nagorno-karabakh-war", second.named());
        assertEquals("2020", when(second), "an English name opening with its year is dated by it");
    }

    @Test void aYearOrPlaceInsideAnEventsNameBelongsToThatEventOnly() {
        List<EventMention> es = events(Lang.EN, "Veterans of the 2020 Nagorno-Karabakh war protested in Stepanakert.");
        EventMention protest = of(es, EventType.PROTEST);
        assertNull(when(protest), "the war's year is not the protest's");
        assertEquals(List.of("gaz:stepanakert"), protest.places());
    }

    @Test void aShortNameAfterAnOrdinalIsAnotherEvent() {
        List<EventMention> es = events(Lang.ZH_HANS, "第三次纳卡战争的说法没有依据。");
        assertTrue(es.stream().noneMatch(e -> "first-nagorno-karabakh-war".equals(e.named())), es.toString());
    }

    @Test void numberedUnResolutionsAreOneEventEach() {
        List<EventMention> es = events(Lang.ZH_HANS, "1993年,联合国安理会通过了第853号决议和第874号决议。");
        assertEquals(List.of("unsc-resolution-853", "unsc-resolution-874"),
                es.stream().filter(e -> e.named() != null).map(EventMention::named).sorted().toList());
        assertTrue(es.stream().allMatch(e -> e.type() == EventType.DECREE && "1993".equals(when(e))), es.toString());
        assertTrue(events(Lang.EN, "The parliament adopted Resolution 2391 in 2021.").stream().allMatch(e -> e.named() == null),
                "without a UN body, a number names nothing");
    }

    @Test void theActorIsTheOneNearestTheTriggerAndThePartnerIsTheOneMet() {
        List<EventMention> es = events(Lang.ZH_HANS, "2021年5月12日,亚美尼亚与阿塞拜疆举行会晤。");
        EventMention m = of(es, EventType.MEETING);
        assertEquals(List.of("gaz:armenia"), m.agents());
        assertEquals(List.of("gaz:azerbaijan"), m.affected());
    }

    @Test void theOtherSideOfAMutualAccusationIsNoNamedActor() {
        EventMention op = of(events(Lang.ZH_HANS, "2020年9月27日,亚美尼亚和阿塞拜疆互相指责对方发动军事行动。"), EventType.MILITARY_OPERATION);
        assertEquals(List.of(), op.agents(), op.toString());
    }

    @Test void inAnEnglishPassiveTheOneAfterByActs() {
        EventMention arrest = of(events(Lang.EN, "On 27 September 2023, Ilham Aliyev was arrested by Russia."), EventType.ARREST);
        assertEquals(List.of("gaz:russia"), arrest.agents(), arrest.toString());
        assertEquals(List.of("gaz:ilham-aliyev"), arrest.affected());
    }

    @Test void inAChinesePassiveTheOneBefore被UndergoesIt() {
        EventMention attack = of(events(Lang.ZH_HANS, "2021年5月4日,斯捷潘纳克特的亚美尼亚人被阿塞拜疆军队炮击。"), EventType.ATTACK);
        assertEquals(List.of("gaz:azerbaijan"), attack.agents(), attack.toString());
        EventMention arrest = of(events(Lang.ZH_HANS, "2021年5月4日,伊利哈姆·阿利耶夫被俄罗斯逮捕。"), EventType.ARREST);
        assertEquals(List.of("gaz:russia"), arrest.agents());
        assertEquals(List.of("gaz:ilham-aliyev"), arrest.affected());
        EventMention forced = of(events(Lang.ZH_HANS, "2021年5月4日,亚美尼亚被迫与阿塞拜疆举行会晤。"), EventType.MEETING);
        assertEquals(List.of("gaz:armenia"), forced.agents(), "被迫: forced, still the one who acts");
    }

    @Test void talksAreNegotiationsWhenBothSidesOfTheConflictTakePartElseAMeeting() {
        assertEquals(EventType.NEGOTIATION, of(events(Lang.ZH_HANS,
                "2023年9月21日,阿塞拜疆与阿尔察赫共和国代表在叶夫拉赫举行会谈。"), EventType.NEGOTIATION).type());
        assertEquals(EventType.NEGOTIATION, of(events(Lang.EN,
                "On 21 September 2023, a meeting between representatives of the Republic of Artsakh and Azerbaijan was held in Yevlakh."),
                EventType.NEGOTIATION).type());
        List<EventMention> es = events(Lang.ZH_HANS, "2023年9月22日,安东尼·布林肯与土耳其外交官举行了会谈。");
        assertTrue(es.stream().anyMatch(e -> e.type() == EventType.MEETING), es.toString());
        assertTrue(es.stream().noneMatch(e -> e.type() == EventType.NEGOTIATION), es.toString());
        assertEquals(EventType.NEGOTIATION, of(events(Lang.EN,
                "A fourth round of talks was held in Stepanakert on 2 October 2023."), EventType.NEGOTIATION).type());
    }

    @Test void meetingsWithDifferentPartnersInOneSentenceAreTwo() {
        List<EventMention> es = events(Lang.ZH_HANS, "2023年9月26日,安东尼·布林肯与土耳其外交官举行了会谈,并与阿塞拜疆总统阿利耶夫通话。");
        assertEquals(2, es.stream().filter(e -> e.type() == EventType.MEETING).count(), es.toString());
    }

    @Test void aLaterClauseWithItsOwnSubjectAndPerfectiveIsAssertedDespiteAnEarlierCall() {
        List<EventMention> es = events(Lang.ZH_HANS, "2023年9月19日,亚美尼亚呼吁联合国安全理事会采取行动,帕希尼扬召集了国家安全委员会的紧急会议。");
        assertTrue(es.stream().anyMatch(e -> e.type() == EventType.MEETING), es.toString());
        assertTrue(events(Lang.ZH_HANS, "2023年9月19日,亚美尼亚呼吁联合国安全理事会召开紧急会议。").stream()
                .noneMatch(e -> e.type() == EventType.MEETING), "what is called for has not happened");
    }

    @Test void aFigureBelongsToTheEventToldNearestIt() {
        List<EventMention> es = events(Lang.ZH_HANS, "2021年5月12日,阿塞拜疆发动进攻前,边境的2起爆炸导致6人死亡。");
        assertEquals(List.of(), of(es, EventType.MILITARY_OPERATION).quantities());
        assertEquals(6, of(es, EventType.EXPLOSION).quantities().get(0).value());
        List<EventMention> en = events(Lang.EN, "At least 40 people were killed after an explosion at a depot near the border on 3 May 2021.");
        assertTrue(en.stream().noneMatch(e -> e.type() == EventType.ATTACK), "the dead are the explosion's toll: " + en);
        assertEquals("2021-05-03", when(of(en, EventType.EXPLOSION)), "an English date may follow past a comma-free tail");
        assertEquals(40, of(en, EventType.EXPLOSION).quantities().get(0).value());
    }

    @Test void whatDidNotHappenIsNoEvent() {
        assertTrue(events(Lang.ZH_HANS, "2021年5月12日,阿塞拜疆声称没有袭击平民目标。").stream().noneMatch(e -> e.type() == EventType.ATTACK));
        assertTrue(events(Lang.EN, "On 12 May 2021, Azerbaijan said that no villages were shelled.").stream().noneMatch(e -> e.type() == EventType.ATTACK));
    }

    @Test void aSentenceWithoutATimeContinuesThePreviousSentencesDay() {
        Document d = pipeline.process(TestData.doc("t", Lang.EN, "On 4 May 2021, Armenia shelled Stepanakert. Azerbaijan captured two villages.\n"));
        EventMention capture = of(d.events(), EventType.CAPTURE);
        assertEquals("2021-05-04", when(capture));
        Document back = pipeline.process(TestData.doc("t", Lang.EN, "On 4 May 2021, Armenia shelled Stepanakert. Earlier, Azerbaijan captured two villages.\n"));
        assertTrue(back.events().stream().noneMatch(e -> e.type() == EventType.CAPTURE), "looking back: no day, and a capture needs one");
    }

    @Test void relativeClausesContinuationsAndWhatMayHappenAreNotNewEvents() {
        assertTrue(events(Lang.ZH_HANS, "2021年5月12日,地图显示了阿塞拜疆占领的地区。").stream().noneMatch(e -> e.type() == EventType.CAPTURE));
        assertTrue(events(Lang.ZH_HANS, "2021年5月12日,专家警告称,进攻可能导致更多伤亡。").stream().noneMatch(e -> e.type() == EventType.MILITARY_OPERATION));
        assertTrue(events(Lang.EN, "On 12 May 2021, the shelling continued into the night.").stream().noneMatch(e -> e.type() == EventType.ATTACK));
        // people counted by what they once did: "2000名逃离亚美尼亚的阿塞拜疆人" tells no flight of its own
        assertTrue(events(Lang.ZH_HANS, "1988年2月27日,该市居住着2000名逃离亚美尼亚的阿塞拜疆人。").stream().noneMatch(e -> e.type() == EventType.DISPLACEMENT));
        assertTrue(events(Lang.ZH_HANS, "2023年9月25日,2000名居民逃离了该市。").stream().anyMatch(e -> e.type() == EventType.DISPLACEMENT));
        // an estimated toll is no attack; what an offensive took is that offensive
        assertTrue(events(Lang.ZH_HANS, "该部队于1992年杀害了167-763名平民。").stream().noneMatch(e -> e.type() == EventType.ATTACK));
        assertTrue(events(Lang.ZH_HANS, "该部队于1992年5月3日杀害了16名平民。").stream().anyMatch(e -> e.type() == EventType.ATTACK));
        assertTrue(events(Lang.ZH_HANS, "1994年1月10日,进攻成功地将部分地区夺回,但很快就失败了。").stream().noneMatch(e -> e.type() == EventType.CAPTURE));
    }

    @Test void referenceWordsAreWholeWords() {
        List<EventMention> es = events(Lang.EN, "On 24 May 2021, the ministry said two soldiers died after their truck hit a landmine.");
        assertEquals("2021-05-24", when(of(es, EventType.EXPLOSION)), "'after their' is not 'after the'");
    }

    @Test void aHistoryWithoutTopicYearCarriesTheLastDatedYearIntoTheNextSection() {
        List<EventMention> es = events(Lang.ZH_HANS, "1990年,该地区人口有所减少。\n\n1993年3月,部队抵达边境。\n\n阿格达姆\n\n7月4日,亚美尼亚部队炮击了阿格达姆。");
        assertEquals("1993-07-04", when(of(es, EventType.ATTACK)));
    }

    @Test void aContrastEndsTheReachOfAProposal() {
        List<EventMention> es = events(Lang.ZH_HANS, "1992年5月,局势紧张。曾经有人提出派观察员的想法,但7月亚美尼亚与阿塞拜疆之间的谈判完全破裂。");
        assertEquals("1992-07", when(of(es, EventType.NEGOTIATION)));
        assertTrue(events(Lang.EN, "On 3 March 2021, Germany called for talks and a ceasefire.").stream()
                .noneMatch(e -> e.type() == EventType.CEASEFIRE), "no contrast: the proposal still governs");
    }

    @Test void aLimitOpeningTheClauseIsNotTheEventsDate() {
        List<EventMention> es = events(Lang.ZH_HANS, "1993年3月,部队抵达边境。至4月,炮击已经迫使居民逃入地下室。");
        assertTrue(es.stream().noneMatch(e -> e.type() == EventType.ATTACK && "1993-04".equals(when(e))), es.toString());
    }

    @Test void aMonthBeforeDeIsTheMonthOfAnotherEvent() {
        EventMention c = of(events(Lang.ZH_HANS, "1992年,在6月的进攻之后,欧安组织协调下的停火生效。"), EventType.CEASEFIRE);
        assertEquals("1992", when(c));
    }

    @Test void respectiveDatesArePairedWithRespectiveResolutions() {
        List<EventMention> es = events(Lang.ZH_HANS, "1993年,联合国安理会通过了两项决议,分别是10月和11月的874和884号决议。");
        EventMention a = es.stream().filter(e -> "unsc-resolution-874".equals(e.named())).findFirst().orElseThrow(() -> new AssertionError(es.toString()));
        EventMention b = es.stream().filter(e -> "unsc-resolution-884".equals(e.named())).findFirst().orElseThrow(() -> new AssertionError(es.toString()));
        assertEquals("1993-10", when(a));
        assertEquals("1993-11", when(b));
    }

    @Test void beingKilledIsAnAttack() {
        assertEquals("1993-06-12", when(of(events(Lang.ZH_HANT, "1993年6月12日,指揮官在馬爾圖尼附近被殺。"), EventType.ATTACK)));
    }

    @Test void theInfoboxDateOfAnArticleAboutAKnownEventDatesThatEvent() {
        org.nkkg.model.SourceDoc src = new org.nkkg.model.SourceDoc("w", "w.txt", Lang.ZH_HANT, "第一次納戈爾諾-卡拉巴赫戰爭",
                org.nkkg.model.SourceDoc.KIND_ENCYCLOPEDIA, null, null, null, null, null, null,
                "第一次納戈爾諾-卡拉巴赫戰爭\n\n日期1988年2月20日至1994年5月12日\n\n雙方死傷慘重。\n");
        EventMention war = pipeline.process(src).events().stream().filter(e -> "first-nagorno-karabakh-war".equals(e.named()))
                .filter(e -> e.from() != null).findFirst().orElseThrow();
        assertEquals("1988-02-20/1994-05-12", when(war));
        org.nkkg.model.SourceDoc other = new org.nkkg.model.SourceDoc("v", "v.txt", Lang.ZH_HANT, "亞美尼亞歷史",
                org.nkkg.model.SourceDoc.KIND_ENCYCLOPEDIA, null, null, null, null, null, null,
                "亞美尼亞歷史\n\n日期1988年2月20日至1994年5月12日\n");
        assertTrue(pipeline.process(other).events().isEmpty(), "an article about no known event: the infobox date dates nothing");
    }

    @Test void aYearAfterAPrepositionOfTimeSaysWhen() {
        assertEquals("1919", when(of(events(Lang.ZH_HANT, "戰敗之後,英軍於1919年占領南高加索。"), EventType.CAPTURE)));
        assertEquals("1991", when(of(events(Lang.ZH_HANS, "但是在1991年载有观察员的直升机在边境地区被击落。"), EventType.ATTACK)));
        assertTrue(events(Lang.ZH_HANS, "2020年战争造成的破坏仍未修复,边境村庄遭到炮击。").stream()
                .noneMatch(e -> e.type() == EventType.ATTACK && "2020".equals(when(e))), "a year before a noun still qualifies it");
    }

    @Test void aPurposeClauseDoesNotMakeTheMainClauseUnreal() {
        List<EventMention> es = events(Lang.ZH_HANS, "1994年1月,为了增强军队的实力,亚美尼亚政府发布了一项法令。");
        assertEquals("1994-01", when(of(es, EventType.DECREE)));
        assertTrue(events(Lang.ZH_HANS, "1994年1月,阿塞拜疆发动攻势,企图夺回北部地区。").stream()
                .noneMatch(e -> e.type() == EventType.CAPTURE), "the attempt's own clause stays unreal");
    }

    @Test void aClashIsAnAttack() {
        assertEquals("1988-02-22", when(of(events(Lang.ZH_HANT, "1988年2月22日,兩族居民在阿斯凱蘭附近直接交鋒。"), EventType.ATTACK)));
    }

    @Test void attackingOrLaunchingAnAssaultIsAnAttackButNotWhenToldWithTheCaptureItMade() {
        assertEquals("2021-07-04", when(of(events(Lang.ZH_HANT, "2021年7月4日,亞塞拜然部隊攻擊了邊境哨所。"), EventType.ATTACK)));
        assertEquals("2021-07-04", when(of(events(Lang.ZH_HANS, "2021年7月4日,阿塞拜疆部队向边境小镇发起攻击。"), EventType.ATTACK)));
        List<EventMention> took = events(Lang.ZH_HANS, "2021年7月4日,阿塞拜疆部队发动攻击占领了边境小镇。");
        assertTrue(took.stream().noneMatch(e -> e.type() == EventType.ATTACK), took.toString());
        assertEquals("2021-07-04", when(of(took, EventType.CAPTURE)));
    }

    @Test void aDeploymentOfTroopsIsAnOperationOnlyWithADate() {
        assertEquals("2021-03", when(of(events(Lang.ZH_HANS, "2021年3月,俄罗斯向边境部署了两个营的部队。"), EventType.MILITARY_OPERATION)));
        assertEquals("2021-03", when(of(events(Lang.ZH_HANT, "2021年3月,數千名俄羅斯軍隊被派往邊界。"), EventType.MILITARY_OPERATION)));
        assertTrue(events(Lang.ZH_HANS, "俄罗斯在边境部署了部队。").stream()
                .noneMatch(e -> e.type() == EventType.MILITARY_OPERATION));
    }

    @Test void aClashIsAnAttackOnlyBetweenTwoNamedParties() {
        assertEquals("2021-05-12", when(of(events(Lang.ZH_HANS, "2021年5月12日,亚美尼亚与阿塞拜疆在边境发生冲突。"), EventType.ATTACK)));
        assertTrue(events(Lang.ZH_HANS, "2021年5月12日,广场上的人群与警察发生冲突。").stream()
                .noneMatch(e -> e.type() == EventType.ATTACK));
    }

    @Test void signingACommuniqueIsAnAgreement() {
        assertEquals("2021-06", when(of(events(Lang.ZH_HANT, "2021年6月,亞美尼亞和亞塞拜然簽署了一份聯合公報。"), EventType.AGREEMENT)));
        assertEquals("2021-06", when(of(events(Lang.ZH_HANS, "2021年6月,该公报由亚美尼亚和俄罗斯签署。"), EventType.AGREEMENT)));
    }

    @Test void aSettlementToldAfterAYearIsOfThatYearButNotOfTheMonthAWarBegan() {
        List<EventMention> es = events(Lang.ZH_HANS, "2020年,双方爆发了冲突。冲突由俄罗斯调解,双方达成了和平协议。");
        assertEquals("2020", when(of(es, EventType.AGREEMENT)));
        List<EventMention> month = events(Lang.ZH_HANS, "上一轮全面冲突发生在2020年9月。在俄罗斯斡旋下,双方停火。");
        assertTrue(month.stream().noneMatch(e -> e.type() == EventType.CEASEFIRE && "2020-09".equals(when(e))), month.toString());
        assertTrue(events(Lang.ZH_HANS, "1992年,伊朗所作的停火调解的努力被打断。").stream().noneMatch(e -> e.type() == EventType.CEASEFIRE),
                "mediation for a ceasefire is not the ceasefire");
    }

    @Test void theStatementOfTalksToldJustBeforeIsOfTheirMonth() {
        List<EventMention> es = events(Lang.ZH_HANT, "伊朗邀請兩國總統於1992年7月在德黑蘭進行雙邊會談。會談聲明由馬馬多夫和特爾-彼得羅相簽署。");
        assertEquals("1992-07", when(of(es, EventType.AGREEMENT)));
    }

    @Test void actsOfStateInAHistory() {
        // a council's vote to join another state declares it; the state naming where the council sits does not act
        EventMention vote = of(events(Lang.ZH_HANT, "1988年2月20日,亞塞拜然自治州納戈爾諾-卡拉巴赫議會投票決定本地區與亞美尼亞統一。"), EventType.DECLARATION);
        assertEquals("1988-02-20", when(vote));
        assertFalse(vote.agents().contains("gaz:azerbaijan"), vote.toString());
        assertTrue(events(Lang.ZH_HANS, "1991年12月10日,多数人口在全民公决中投票赞成独立。").stream().noneMatch(e -> e.type() == EventType.DECLARATION),
                "the votes of a referendum are the referendum");
        assertEquals("1921", when(of(events(Lang.ZH_HANS, "这些因素使委员会于1921年收回决议。"), EventType.DECREE)));
        assertEquals("1923", when(of(events(Lang.ZH_HANS, "苏联于1923年成立了纳戈尔诺-卡拉巴赫自治州。"), EventType.DECREE)));
        assertEquals("1989-01", when(of(events(Lang.ZH_HANS, "莫斯科的中央政府于1989年1月暂时接管这一地区。"), EventType.DECREE)));
    }

    @Test void actsOfStateInAnEnglishHistory() {
        assertEquals("1988-02-20", when(of(events(Lang.EN, "On 20 February 1988, the regional Soviet voted to unify the oblast with Armenia."), EventType.DECLARATION)));
        assertTrue(events(Lang.EN, "In 1991, the population voted for independence in a referendum.").stream().noneMatch(e -> e.type() == EventType.DECLARATION));
        assertEquals("1921", when(of(events(Lang.EN, "In 1921 the bureau reversed its decision."), EventType.DECREE)));
        assertEquals("1923", when(of(events(Lang.EN, "In 1923 the Soviets established the Nagorno-Karabakh Autonomous Oblast."), EventType.DECREE)));
        assertEquals("1989-01", when(of(events(Lang.EN, "In January 1989, Moscow imposed direct rule on the region."), EventType.DECREE)));
    }

    @Test void aStateNamingWhereItsCapitalIsDoesNotAct() {
        EventMention p = of(events(Lang.ZH_HANS, "2020年11月10日,亚美尼亚首都埃里温爆发抗议活动。"), EventType.PROTEST);
        assertFalse(p.agents().contains("gaz:armenia"), p.toString());
    }

    @Test void withASubjectOfAnIngVerbIsThatSubject() {
        EventMention b = of(events(Lang.EN, "In 2022, tensions grew, with Azerbaijan blockading the Lachin corridor."), EventType.BLOCKADE);
        assertEquals(List.of("gaz:azerbaijan"), b.agents());
    }

    @Test void whatIsFearedOrSupposedDidNotHappen() {
        assertTrue(events(Lang.ZH_HANS, "1992年,亚美尼亚担心被土耳其入侵。").stream().noneMatch(e -> e.type() == EventType.MILITARY_OPERATION));
        assertTrue(events(Lang.ZH_HANS, "1992年,战略是在土耳其从西面入侵情况下亚美尼亚将成为前线。").stream().noneMatch(e -> e.type() == EventType.MILITARY_OPERATION));
        assertEquals("1920", when(of(events(Lang.ZH_HANS, "1920年,苏军第11集团军入侵高加索。"), EventType.MILITARY_OPERATION)));
    }

    @Test void theCourtThatOrderedActsNotANameBeforeIt() {
        EventMention e = of(events(Lang.EN, "On 28 September 2023 Russia was taken to Baku, where a court ordered him held."), EventType.DECREE);
        assertEquals(List.of(), e.agents(), e.toString());
    }

    @Test void aLargeScaleArmedConflictIsAWar() {
        assertEquals("2020-09", when(of(events(Lang.ZH_HANS, "2020年9月,阿塞拜疆和亚美尼亚在纳卡地区爆发大规模武装冲突。"), EventType.WAR)));
    }

    @Test void theDateOfSayingIsNotTheDateOfWhatWasSaid() {
        List<EventMention> es = events(Lang.EN, "Aliyev said on 20 September 2023 his country had restored its sovereignty after a military operation.");
        assertTrue(es.stream().noneMatch(e -> e.type() == EventType.MILITARY_OPERATION && e.date() != null), es.toString());
        assertEquals("2023-09-29", when(of(events(Lang.EN, "Azerbaijani media reported on 29 September 2023 that talks between Azerbaijan and Armenia took place."),
                EventType.MEETING)));
    }

    @Test void aSentenceDefiningANamedEventGivesItsSpan() {
        EventMention zh = events(Lang.ZH_HANS, "第二次纳戈尔诺-卡拉巴赫战争是阿塞拜疆与亚美尼亚之间于2020年9月27日至11月10日爆发的武装冲突。").get(0);
        assertEquals("2020-09-27", zh.start().lexical(), zh.toString());
        assertEquals("2020-11-10", zh.endDate().lexical());
        EventMention en = events(Lang.EN, "The Second Nagorno-Karabakh War was an armed conflict fought from 27 September to 10 November 2020.").get(0);
        assertEquals("2020-09-27", en.start().lexical(), en.toString());
        assertEquals("2020-11-10", en.endDate().lexical());
        EventMention zhTwo = events(Lang.ZH_HANT, "第二次納戈爾諾-卡拉巴赫戰爭是一場武裝衝突,於2020年9月27日爆發,至2020年11月10日結束。").get(0);
        assertEquals("2020-09-27", zhTwo.start().lexical(), zhTwo.toString());
        assertEquals("2020-11-10", zhTwo.endDate().lexical());
        // the day the war ended is not the day of the sentence
        List<EventMention> ended = events(Lang.ZH_HANS, "2020年11月9日,双方签署停火协议,战争于11月10日结束。");
        assertTrue(ended.stream().noneMatch(e -> e.type() == EventType.WAR && "2020-11-09".equals(when(e))), ended.toString());
    }

    @Test void aNameTellingTheActNamesTheKnownEventOnlyInItsYears() throws Exception {
        Pipeline real = new Pipeline(Stages.standard(TestData.seedResources()));
        Document d = real.process(TestData.doc("t", Lang.ZH_HANS, "2020年11月8日,阿塞拜疆总统宣布阿军攻占舒沙。\n"));
        EventMention c = of(d.events(), EventType.CAPTURE);
        assertNull(c.named(), "not the capture of Shusha of 1992: " + c);
        assertEquals("2020-11-08", when(c));
    }

    @Test void agreeingToCeaseFireIsTheCeasefire() {
        assertEquals("2023-09-20", when(of(events(Lang.ZH_HANT, "當地亞美尼亞裔分離勢力2023年9月20日同意停火並解除武裝。"), EventType.CEASEFIRE)));
        assertEquals("2023-09-20", when(of(events(Lang.EN, "On 20 September 2023, the separatists agreed to accept a ceasefire."), EventType.CEASEFIRE)));
        assertTrue(events(Lang.ZH_HANS, "2023年9月20日,俄罗斯呼吁双方停火。").stream().noneMatch(e -> e.type() == EventType.CEASEFIRE),
                "a call for one is not a ceasefire");
    }

    @Test void englishHistories() {
        EventMention capture = of(events(Lang.EN, "On 26 February 1992, Armenian forces captured the town of Khojaly."), EventType.CAPTURE);
        assertEquals(List.of(), capture.quantities(), "a year is no count of people");
        List<EventMention> days = events(Lang.EN, "On 20 February 1988, the council met. Within days, a pogrom broke out in Baku.");
        assertTrue(days.stream().noneMatch(e -> e.type() == EventType.MASSACRE && "1988-02-20".equals(when(e))), days.toString());
        EventMention war = events(Lang.EN, "The Second Nagorno-Karabakh War was a conflict that took place from September 2020 to November 2020.").get(0);
        assertEquals("2020-09", war.start().lexical(), war.toString());
    }

    @Test void aKnownEventToldByNameTakesItsClausesDateOnlyInItsYears() throws Exception {
        Pipeline real = new Pipeline(Stages.standard(TestData.seedResources()));
        EventMention op = real.process(TestData.doc("t", Lang.EN, "On 12 June 1992, Azerbaijan launched Operation Goranboy.\n")).events().get(0);
        assertEquals("operation-goranboy", op.named());
        assertEquals("1992-06-12", when(op));
        EventMention bj = of(real.process(TestData.doc("t", Lang.EN,
                "In January 1990, more than 130 people were killed in what became known as Black January.\n")).events(), EventType.MASSACRE);
        assertEquals("1990-01", when(bj));
        EventMention later = of(real.process(TestData.doc("t", Lang.EN, "In January 2023, Azerbaijanis remembered Black January.\n")).events(),
                EventType.MASSACRE);
        assertNull(when(later), "a later year names it in passing");
    }

    @Test void aShortNameIsTheEventOnlyWhereTheTextSetsItOff() throws Exception {
        Pipeline real = new Pipeline(Stages.standard(TestData.seedResources()));
        EventMention ww1 = of(real.process(TestData.doc("t", Lang.ZH_HANT, "然而爭端凸現始於一戰之後。\n")).events(), EventType.WAR);
        assertEquals("world-war-i", ww1.named());
        assertTrue(real.process(TestData.doc("t", Lang.ZH_HANS, "他在那场战役中一战成名。\n")).events().stream()
                .noneMatch(e -> "world-war-i".equals(e.named())), "一战 inside an idiom is no war");
        // a name whose core is set in quotation marks is still the name, and naming what the paragraph told
        // ("该事件被称为…") it takes the paragraph's time when that lies in the event's years
        EventMention bj = of(real.process(TestData.doc("t", Lang.ZH_HANT,
                "1990年1月,在巴庫發生了衝突。數十人喪生。該事件被稱為「黑一月」事件。\n")).events(), EventType.MASSACRE);
        assertEquals("black-january", bj.named());
        assertEquals("1990-01", when(bj));
        EventMention later = of(real.process(TestData.doc("t", Lang.ZH_HANS,
                "2023年1月,巴库举行了集会。该事件被称为「黑一月」事件。\n")).events(), EventType.MASSACRE);
        assertNull(when(later), "a time outside the event's years does not date it");
    }

    @Test void theDayOfACircumstanceClauseIsNotTheMainClausesDay() throws Exception {
        Pipeline real = new Pipeline(Stages.standard(TestData.seedResources()));
        EventMention d = of(real.process(TestData.doc("t", Lang.ZH_HANT, "隨著戈巴契夫於1991年12月26日辭職,烏克蘭也宣布獨立。\n")).events(),
                EventType.DECLARATION);
        assertNull(when(d), "the day Gorbachev resigned is not the day Ukraine declared independence");
        assertEquals("1991-12-26", when(of(real.process(TestData.doc("t", Lang.ZH_HANT, "戈巴契夫於1991年12月26日辭職,烏克蘭宣布獨立。\n"))
                        .events(), EventType.DECLARATION)),
                "a day of an earlier clause of the same narrative still dates it");
    }

    @Test void anOperationNamedInAHistoryTakesTheYearItsNarrativeHasReached() throws Exception {
        Pipeline real = new Pipeline(Stages.standard(TestData.seedResources()));
        EventMention ring = real.process(TestData.doc("t", Lang.ZH_HANT,
                "1991年春,戈巴契夫舉行了全民公決。\n\n穆塔利博夫發動了一場軍事行動。該行動名為圓環行動。\n")).events().stream()
                .filter(e -> "operation-ring".equals(e.named())).findFirst().orElseThrow();
        assertEquals("1991", when(ring));
        EventMention other = real.process(TestData.doc("t", Lang.ZH_HANT,
                "1993年春,雙方再度交火。\n\n該行動名為圓環行動。\n")).events().stream()
                .filter(e -> "operation-ring".equals(e.named())).findFirst().orElseThrow();
        assertNull(when(other), "a year outside the operation's years does not date it");
    }

    @Test void whatAnOffensiveTookIsToldAsThatOffensive() {
        List<EventMention> es = events(Lang.ZH_HANS, "1993年1月,亚美尼亚军队开始了新一轮攻势,攻占了北部村庄。");
        assertEquals("1993-01", when(of(es, EventType.MILITARY_OPERATION)));
        assertTrue(es.stream().noneMatch(e -> e.type() == EventType.CAPTURE), "no capture of its own: " + es);
        assertEquals(EventType.CAPTURE, of(events(Lang.ZH_HANS, "1993年1月,亚美尼亚军队发动攻势,阿塞拜疆军队随后攻占了北部村庄。"),
                EventType.CAPTURE).type(), "a capture with a subject of its own is its own event");
    }

    @Test void whereSomeoneComesFromIsNotWhereTheEventWas() throws Exception {
        Pipeline real = new Pipeline(Stages.standard(TestData.seedResources()));
        EventMention p = of(real.process(TestData.doc("t", Lang.ZH_HANS, "1988年2月27日,来自亚美尼亚城市卡潘的难民在集会上发表讲话。\n")).events(),
                EventType.PROTEST);
        assertEquals(List.of(), p.places());
        assertEquals(List.of(), p.agents(), "nor is the state they come from taking part");
    }

    @Test void whatAnOperationIsLaunchedAtUndergoesIt() throws Exception {
        Pipeline real = new Pipeline(Stages.standard(TestData.seedResources()));
        for (String text : List.of("2023年9月19日,阿塞拜疆违反停火协议,对分离政权阿尔察赫发起军事进攻。", "2023年9月19日,阿塞拜疆对阿尔察赫发起军事行动。")) {
            EventMention op = of(real.process(TestData.doc("t", Lang.ZH_HANS, text + "\n")).events(), EventType.MILITARY_OPERATION);
            assertEquals(List.of("gaz:azerbaijan"), op.agents(), text);
            assertEquals(List.of("gaz:republic-of-artsakh"), op.affected(), text);
        }
    }

    @Test void whatAnEventIsDoneToIsNamedInItsOwnClause() throws Exception {
        Pipeline real = new Pipeline(Stages.standard(TestData.seedResources()));
        EventMention shelling = of(real.process(TestData.doc("t", Lang.ZH_HANS,
                "2023年9月19日,斯捷潘纳克特遭受了严重炮击,并指责阿塞拜疆企图进行种族清洗。\n")).events(), EventType.ATTACK);
        assertEquals(List.of(), shelling.affected(), "the state accused in the next clause is not what was shelled");
        EventMention sniper = of(real.process(TestData.doc("t", Lang.EN,
                "On 20 September 2023, Aznavur Saghyan, the mayor of Martuni, was killed by an Azerbaijani sniper.\n")).events(), EventType.ATTACK);
        assertTrue(sniper.agents().isEmpty(), "the one killed by a sniper is not its actor: " + sniper);
        assertEquals(1, sniper.affected().size(), sniper.toString());
    }

    @Test void whoReportsOrStatesItTakesNoPartInIt() throws Exception {
        Pipeline real = new Pipeline(Stages.standard(TestData.seedResources()));
        EventMention sniper = of(real.process(TestData.doc("t", Lang.ZH_HANS,
                "2023年9月20日,亚美尼亚媒体称霍贾文德市长被阿塞拜疆狙击手击毙。\n")).events(), EventType.ATTACK);
        assertFalse(sniper.affected().contains("gaz:armenia"), "the media's state is not who was shot: " + sniper);
        EventMention zh = of(real.process(TestData.doc("t", Lang.ZH_HANS,
                "2023年9月20日,根据俄罗斯联邦国防部的声明,几名维和部队成员在泰尔泰尔区遭受袭击。\n")).events(), EventType.ATTACK);
        assertTrue(zh.agents().isEmpty(), "the ministry whose statement tells it did not attack: " + zh);
        EventMention en = of(real.process(TestData.doc("t", Lang.EN,
                "On 20 September 2023, according to a statement from the Russian Ministry of Defense, peacekeepers were attacked near Chankatagh.\n"))
                .events(), EventType.ATTACK);
        assertTrue(en.agents().isEmpty() && en.affected().isEmpty(), en.toString());
        EventMention shelled = of(real.process(TestData.doc("t", Lang.EN,
                "On 19 September 2023, Stepanakert was shelled, and the authorities accused Azerbaijan of ethnic cleansing.\n")).events(),
                EventType.ATTACK);
        assertFalse(shelled.affected().contains("gaz:azerbaijan"), "the state accused is not what was shelled: " + shelled);
    }

    @Test void aStatesForcesNamedByItsAdjectiveActForIt() throws Exception {
        Pipeline real = new Pipeline(Stages.standard(TestData.seedResources()));
        EventMention c = of(real.process(TestData.doc("t", Lang.EN, "On 8 May 1992, Armenian forces captured Shusha.\n")).events(), EventType.CAPTURE);
        assertEquals(List.of("gaz:armenia"), c.agents());
        EventMention a = of(real.process(TestData.doc("t", Lang.EN, "On 8 May 1992, Shusha was attacked by Armenian forces.\n")).events(), EventType.ATTACK);
        assertFalse(a.agents().contains("gaz:armenia") && a.affected().contains("gaz:armenia"), a.toString());
        EventMention zh = of(real.process(TestData.doc("t", Lang.ZH_HANS, "2023年9月20日,卡申矿山已经落入阿塞拜疆控制。\n")).events(), EventType.CAPTURE);
        assertEquals(List.of("gaz:azerbaijan"), zh.agents(), "who took it is named inside 落入…控制");
    }

    @Test void aNameTellingTheActHasItsActorAroundIt() throws Exception {
        Pipeline real = new Pipeline(Stages.standard(TestData.seedResources()));
        EventMention shusha = real.process(TestData.doc("t", Lang.ZH_HANT, "和平努力次日即因亞美尼亞軍隊攻占舒沙而告中斷。\n")).events().stream()
                .filter(e -> "capture-of-shusha-1992".equals(e.named())).findFirst().orElseThrow();
        assertEquals(List.of("gaz:armed-forces-of-armenia"), shusha.agents());
        assertEquals(List.of("gaz:shusha"), shusha.places());
        EventMention told = real.process(TestData.doc("t", Lang.ZH_HANT, "攻占舒沙在鄰近的土耳其引起強烈反應。\n")).events().stream()
                .filter(e -> "capture-of-shusha-1992".equals(e.named())).findFirst().orElseThrow();
        assertEquals(List.of(), told.affected(), "what a capture led to is not what it was done to");
    }

    @Test void thoseWhoSignedItAreNamedAfterYou() throws Exception {
        Pipeline real = new Pipeline(Stages.standard(TestData.seedResources()));
        EventMention a = of(real.process(TestData.doc("t", Lang.ZH_HANT,
                "1992年7月,會談聲明由列翁·特爾-彼得羅相和伊利哈姆·阿利耶夫簽署。\n")).events(), EventType.AGREEMENT);
        assertEquals(2, a.agents().size(), a.toString());
        assertTrue(a.agents().contains("gaz:levon-ter-petrosyan"), a.toString());
    }

    @Test void whatSomeoneTriesToStopIsGoingOnAndNotTheirAct() throws Exception {
        Pipeline real = new Pipeline(Stages.standard(TestData.seedResources()));
        EventMention a = of(real.process(TestData.doc("t", Lang.ZH_HANT, "1988年12月,在占賈蘇軍部隊試圖制止對亞美尼亞人的襲擊。\n")).events(), EventType.ATTACK);
        assertEquals("1988-12", when(a));
        assertEquals(List.of(), a.agents(), "the troops stopping the attacks did not make them");
        assertTrue(real.process(TestData.doc("t", Lang.ZH_HANT, "1988年12月,蘇軍部隊試圖襲擊占賈。\n")).events().stream()
                .noneMatch(e -> e.type() == EventType.ATTACK), "what one only tries to do has not happened");
    }

    @Test void talksAThirdPartyBringsAboutAreNegotiations() {
        assertEquals(EventType.NEGOTIATION, of(events(Lang.ZH_HANT,
                "經過幾個月的穿梭外交之後,伊朗邀請兩國總統於1992年7月在德黑蘭進行雙邊會談。"), EventType.NEGOTIATION).type());
        assertTrue(events(Lang.ZH_HANT, "1992年7月,兩國總統在德黑蘭進行雙邊會談。").stream()
                .noneMatch(e -> e.type() == EventType.NEGOTIATION), "talks of two states alone are a meeting");
    }

    @Test void taiwanVariantCharactersAreTheirTriggers() {
        EventMention a = of(events(Lang.ZH_HANT, "2023年9月19日,亞塞拜然砲擊了斯捷潘納克特。"), EventType.ATTACK);
        assertEquals("砲擊", a.trigger());
        assertEquals("2023-09-19", when(a));
    }

    @Test void theDayOfAChineseDatelineIsWhenTheItemWasFiled() {
        Document d = pipeline.process(TestData.news("n", "（中央社台北20日综合外电报导）阿塞拜疆国防部19日宣布在纳卡地区展开反恐行动,炮击了斯捷潘纳克特。\n",
                java.time.LocalDate.of(2023, 9, 20)));
        assertEquals("2023-09-19", when(of(d.events(), EventType.ATTACK)), "the attack of the operation's clause, not of the filing");
    }

    @Test void anEnglishEventToldAfterAnotherKeepsItsOwnVagueTime() throws Exception {
        Pipeline real = new Pipeline(Stages.standard(TestData.seedResources()));
        List<EventMention> es = real.process(new SourceDoc("n", "n.txt", Lang.EN, "n", SourceDoc.KIND_NEWS, null, null, null,
                java.time.LocalDate.of(2023, 9, 28), null, null, "Thousands of Armenians fled Nagorno-Karabakh on Monday after Azerbaijan "
                + "reclaimed the region in a lightning offensive last week.\n")).events();
        assertEquals("2023-09-25", when(of(es, EventType.DISPLACEMENT)));
        assertTrue(es.stream().filter(e -> e.type() == EventType.MILITARY_OPERATION).allMatch(e -> when(e) == null), es.toString());
        EventMention arrest = of(real.process(TestData.doc("t", Lang.EN,
                "On 27 September 2023, Azerbaijani authorities arrested Ruben Vardanyan.\n")).events(), EventType.ARREST);
        assertEquals(List.of("gaz:azerbaijan"), arrest.agents());
        EventMention protest = of(real.process(TestData.doc("t", Lang.EN,
                "On 22 September 2023, Armenian police detained dozens of protesters in Yerevan.\n")).events(), EventType.PROTEST);
        assertEquals(List.of(), protest.agents(), "the police act on the protesters: " + protest);
    }

    @Test void theAccuserIsNoActor() throws Exception {
        Pipeline real = new Pipeline(Stages.standard(TestData.seedResources()));
        EventMention a = of(real.process(TestData.doc("t", Lang.EN,
                "On 2 October 2023, Armenia accused Azerbaijani forces of opening fire on a vehicle near Kut.\n")).events(), EventType.ATTACK);
        assertEquals(List.of("gaz:azerbaijan"), a.agents());
    }

    @Test void theArrestOfSomeoneNamedIsKeptWithoutADate() throws Exception {
        Pipeline real = new Pipeline(Stages.standard(TestData.seedResources()));
        EventMention a = of(real.process(TestData.doc("t", Lang.ZH_HANT, "卡拉巴赫委員會被莫斯科當局在混亂中逮捕。\n")).events(), EventType.ARREST);
        assertEquals(List.of("gaz:karabakh-committee"), a.affected());
        assertNull(when(a));
        assertTrue(events(Lang.ZH_HANS, "许多人被逮捕。").stream().noneMatch(e -> e.type() == EventType.ARREST));
    }

    @Test void theTownOfADatelineIsNoEventsPlaceAndAStatesPeopleAreNotTheState() throws Exception {
        Pipeline real = new Pipeline(Stages.standard(TestData.seedResources()));
        EventMention decree = of(real.process(TestData.news("t", "新华社埃里温9月28日电 纳卡地区领导人萨姆韦尔·沙赫拉马尼扬28日签署法令,解散所有国家机构。\n",
                java.time.LocalDate.of(2023, 9, 28))).events(), EventType.DECREE);
        assertFalse(decree.places().contains("gaz:yerevan"), decree.toString());
        EventMention protest = of(events(Lang.ZH_HANS, "2020年11月10日,数千名亚美尼亚民众在埃里温集会抗议。"), EventType.PROTEST);
        assertTrue(protest.agents().isEmpty(), protest.toString());
    }

    @Test void aNamedEventTakesTheDayItBeganAndWhoSaysSomethingOfItIsNoActor() throws Exception {
        Pipeline real = new Pipeline(Stages.standard(TestData.seedResources()));
        EventMention en = of(real.process(TestData.doc("t", Lang.EN, "The blockade of Nagorno-Karabakh began on 12 December 2022.\n")).events(),
                EventType.BLOCKADE);
        assertEquals("2022-12-12", en.start().lexical(), en.toString());
        assertNull(en.endDate());
        EventMention zh = of(real.process(TestData.doc("t", Lang.ZH_HANS, "纳卡冲突始于1988年2月。\n")).events(), EventType.WAR);
        assertEquals("1988-02", zh.start().lexical(), zh.toString());
        EventMention ended = of(real.process(TestData.doc("t", Lang.ZH_HANS, "第一次纳卡战争于1994年结束。\n")).events(), EventType.WAR);
        assertNull(ended.from(), "the year it ended is not when it began");
        EventMention told = of(real.process(TestData.doc("t", Lang.EN, "On 7 August 2023, Luis Moreno Ocampo published a report "
                + "warning that the blockade of Nagorno-Karabakh amounted to genocide.\n")).events(), EventType.BLOCKADE);
        assertTrue(told.agents().isEmpty(), told.toString());
    }

    @Test void aRallyIsAProtestAndAStateIsNotArrested() {
        EventMention rally = of(events(Lang.EN, "Thousands of people rallied in Stepanakert on 18 August 2023."), EventType.PROTEST);
        assertEquals("2023-08-18", when(rally));
        EventMention arrest = of(events(Lang.EN, "On 29 July 2023, border guards detained Vagif Khachatryan, a resident travelling to Armenia."),
                EventType.ARREST);
        assertFalse(arrest.affected().contains("gaz:armenia"), arrest.toString());
    }

    @Test void aRepublicProclaimedAnOrderSignedAndAWarThatBrokeOut() throws Exception {
        Pipeline real = new Pipeline(Stages.standard(TestData.seedResources()));
        EventMention decl = of(real.process(TestData.doc("t", Lang.ZH_HANT, "1991年9月2日,當地亞美尼亞人宣布成立納戈爾諾-卡拉巴赫共和國。\n")).events(),
                EventType.DECLARATION);
        assertEquals("1991-09-02", when(decl));
        assertTrue(real.process(TestData.doc("t", Lang.ZH_HANS, "2023年9月2日,政府宣布成立调查委员会。\n")).events().stream()
                .noneMatch(e -> e.type() == EventType.DECLARATION), "a commission set up is no declaration");
        EventMention order = of(real.process(TestData.doc("t", Lang.ZH_HANT, "2023年9月28日,納卡區的亞美尼亞族政權簽署命令,解散所有機構。\n")).events(),
                EventType.DECREE);
        assertEquals(List.of("gaz:republic-of-artsakh"), order.agents(), order.toString());
        EventMention war = of(real.process(TestData.doc("t", Lang.ZH_HANT, "2020年9月27日,雙方爆發第二次納戈爾諾-卡拉巴赫戰爭。\n")).events(), EventType.WAR);
        assertEquals("2020-09-27", war.start().lexical(), war.toString());
        assertNull(war.date(), "the day it broke out is when it began, not the war's date");
    }

    @Test void whatWasDoneInTheWarIsNotOfTheDayJustNamedAndEnglishFiguresFollowAnIngVerb() {
        List<EventMention> es = events(Lang.ZH_HANS, "2020年9月27日,双方爆发冲突。阿塞拜疆在战争中收复了舒沙。");
        assertTrue(es.stream().noneMatch(e -> e.type() == EventType.CAPTURE), "an undated capture somewhere in the war: " + es);
        EventMention ex = of(events(Lang.EN, "On 25 September 2023, a fuel depot exploded near Stepanakert, killing at least 68 people and injuring nearly 300."),
                EventType.EXPLOSION);
        assertEquals(2, ex.quantities().size(), ex.toString());
    }

    @Test void peopleGatheringAreARallyAndProtestersAreNotWhoActsOnThem() throws Exception {
        Pipeline real = new Pipeline(Stages.standard(TestData.seedResources()));
        EventMention rally = of(real.process(TestData.news("t", "当天,数千名民众聚集在亚美尼亚首都埃里温政府大楼前,要求总理帕希尼扬辞职。\n",
                java.time.LocalDate.of(2023, 9, 20))).events(), EventType.PROTEST);
        assertEquals(List.of("gaz:yerevan"), rally.places(), rally.toString());
        EventMention told = of(events(Lang.EN, "On 22 September 2023, Armenian police detained dozens of protesters."), EventType.PROTEST);
        assertTrue(told.agents().isEmpty(), told.toString());
        assertTrue(events(Lang.ZH_HANS, "2023年9月20日,部队聚集在边境。").stream().noneMatch(e -> e.type() == EventType.PROTEST));
    }

    @Test void aDatelineWithItsCountryIsWhereTheItemWasFiledAndAFlightIsNotTheStatesItReaches() throws Exception {
        Pipeline real = new Pipeline(Stages.standard(TestData.seedResources()));
        Document d = real.process(new SourceDoc("t", "t.txt", Lang.EN, "t", SourceDoc.KIND_NEWS, null, null, null,
                java.time.LocalDate.of(2023, 9, 26), null, null,
                "GORIS, Armenia, Sept 26 (Reuters) - More than 28,000 ethnic Armenians have fled Nagorno-Karabakh for Armenia.\n"));
        EventMention flight = of(d.events(), EventType.DISPLACEMENT);
        assertTrue(flight.agents().isEmpty() && flight.affected().isEmpty(), flight.toString());
    }

    @Test void whoRefersToAnEventIsNotItsActorButABodyLaunchingWhatItAnnouncesIs() throws Exception {
        Pipeline real = new Pipeline(Stages.standard(TestData.seedResources()));
        List<EventMention> es = real.process(TestData.doc("t", Lang.EN,
                "On 5 October 2023, the European Parliament adopted a resolution condemning the offensive.\n")).events();
        assertTrue(es.stream().noneMatch(e -> e.type() == EventType.MILITARY_OPERATION && e.agents().contains("gaz:european-parliament")), es.toString());
        EventMention since = of(events(Lang.EN, "According to Efraim Inbar, president of the Jerusalem Institute for Strategy and Security, "
                + "ties have grown stronger since the 2020 war."), EventType.WAR);
        assertTrue(since.agents().isEmpty(), since.toString());
        EventMention launched = of(real.process(TestData.news("t", "阿塞拜疆国防部19日发表声明说,当天在纳卡地区展开“反恐行动”。\n",
                java.time.LocalDate.of(2023, 9, 20))).events(), EventType.MILITARY_OPERATION);
        assertEquals("2023-09-19", when(launched));
        assertEquals(List.of("gaz:ministry-of-defence-azerbaijan"), launched.agents(), launched.toString());
        // a deadline is no day the story has reached: "the next day" counts from the day before it
        Document d = real.process(TestData.doc("t", Lang.EN, "On 28 September 2023, Samvel Shahramanyan signed a decree dissolving the "
                + "republic by 1 January 2024. The next day, Arayik Harutyunyan was detained.\n"));
        assertEquals("2023-09-29", when(of(d.events(), EventType.ARREST)));
    }

    @Test void theOneMetIsStillThePartnerWhenThePhraseAfterWithDescribesIt() {
        EventMention talks = of(events(Lang.ZH_HANT, "2023年9月21日,亞塞拜然與爭議地區的亞美尼亞分離主義分子舉行首次直接和平會談。"), EventType.NEGOTIATION);
        assertEquals(List.of("gaz:azerbaijan"), talks.agents(), talks.toString());
    }

    @Test void whoSaysWhatAnEventDidIsNotItsActorButNamingIsNoSaying() throws Exception {
        Pipeline real = new Pipeline(Stages.standard(TestData.seedResources()));
        EventMention ex = of(real.process(TestData.news("t", "25日晚,斯捷潘纳克特附近发生爆炸。亚美尼亚当局表示这起爆炸已造成20人死亡。\n",
                java.time.LocalDate.of(2023, 9, 26))).events(), EventType.EXPLOSION);
        assertTrue(ex.agents().isEmpty(), ex.toString());
        EventMention op = of(real.process(TestData.news("t", "当地时间9月19日,阿塞拜疆国防部宣布在纳戈尔诺-卡拉巴赫地区(简称纳卡地区)启动“反恐行动”。\n",
                java.time.LocalDate.of(2023, 9, 20))).events(), EventType.MILITARY_OPERATION);
        assertEquals(List.of("gaz:ministry-of-defence-azerbaijan"), op.agents(), op.toString());
    }

    @Test void whoConfirmsAnArrestIsNotWhoWasArrested() throws Exception {
        Pipeline real = new Pipeline(Stages.standard(TestData.seedResources()));
        List<EventMention> es = real.process(TestData.doc("t", Lang.EN, "Azerbaijani presidential adviser Hikmet Hajiyev later confirmed "
                + "that up to six people had been arrested.\n")).events();
        assertTrue(es.stream().noneMatch(e -> e.affected().contains("gaz:hikmet-hajiyev") || e.agents().contains("gaz:hikmet-hajiyev")), es.toString());
    }

    @Test void aCouncilResolvingATransferDeclaresItAndATotalIsNotOfTheDayBefore() {
        EventMention decl = of(events(Lang.ZH_HANT, "1988年2月,自治州蘇維埃通過決議,要求將自治州劃歸亞美尼亞。"), EventType.DECLARATION);
        assertEquals("1988-02", when(decl));
        assertTrue(events(Lang.ZH_HANS, "1993年4月30日,联合国安理会通过决议,要求撤出占领军。").stream().noneMatch(e -> e.type() == EventType.DECLARATION));
        List<EventMention> es = events(Lang.ZH_HANT, "1994年5月12日,雙方實現停火。戰爭共造成約3萬人死亡,逾百萬人流離失所。");
        assertTrue(es.stream().noneMatch(e -> e.type() == EventType.DISPLACEMENT && "1994-05-12".equals(when(e))), es.toString());
    }

    @Test void whoSurrendersIsTakenIntoCustody() throws Exception {
        Pipeline real = new Pipeline(Stages.standard(TestData.seedResources()));
        EventMention a = of(real.process(TestData.doc("t", Lang.EN, "Former foreign minister David Babayan surrendered to Azerbaijani authorities in Shusha.\n")).events(),
                EventType.ARREST);
        assertTrue(a.agents().isEmpty(), a.toString());
        assertEquals(1, a.affected().size(), a.toString());
    }

    @Test void aParliamentsResolutionIsADecreeOfItsDayAndWhatItCondemnsIsNotOfThatDay() throws Exception {
        Pipeline real = new Pipeline(Stages.standard(TestData.seedResources()));
        List<EventMention> es = real.process(TestData.doc("t", Lang.ZH_HANS, "2023年10月5日,欧洲议会通过决议,谴责阿塞拜疆的军事行动。\n")).events();
        EventMention d = of(es, EventType.DECREE);
        assertEquals("2023-10-05", when(d));
        assertEquals(List.of("gaz:european-parliament"), d.agents());
        assertTrue(es.stream().noneMatch(e -> e.type() == EventType.MILITARY_OPERATION && "2023-10-05".equals(when(e))), es.toString());
    }

    @Test void theYearQualifyingAResolutionsNameIsItsYear() throws Exception {
        Pipeline real = new Pipeline(Stages.standard(TestData.seedResources()));
        EventMention r = real.process(TestData.doc("t", Lang.EN, "In 1993, the United Nations Security Council adopted four resolutions, "
                + "which was reaffirmed by the 2008 United Nations General Assembly Resolution 62/243.\n")).events().stream()
                .filter(e -> "unga-resolution-62-243".equals(e.named())).findFirst().orElseThrow();
        assertEquals("2008", when(r));
    }

    @Test void lastMonthsOffensiveIsReferredToNotOfTheDayTheItemTells() {
        List<EventMention> es = events(Lang.EN, "On 3 October 2023, the State Security Service detained three former presidents, "
                + "as Baku tightened its grip after last month's offensive.");
        assertTrue(es.stream().noneMatch(e -> e.type() == EventType.MILITARY_OPERATION && "2023-10-03".equals(when(e))), es.toString());
    }

    @Test void eachOfAListOfActorsActs() throws Exception {
        Pipeline real = new Pipeline(Stages.standard(TestData.seedResources()));
        EventMention zh = of(real.process(TestData.doc("t", Lang.ZH_HANS,
                "2020年11月9日,亚美尼亚总理帕希尼扬、阿塞拜疆总统阿利耶夫和俄罗斯总统普京签署停火协议。\n")).events(), EventType.AGREEMENT);
        assertEquals(List.of("gaz:nikol-pashinyan", "gaz:ilham-aliyev", "gaz:vladimir-putin"), zh.agents(), zh.toString());
        EventMention en = of(events(Lang.EN, "On 9 November 2020, Armenia, Azerbaijan and Russia signed a ceasefire agreement."), EventType.CEASEFIRE);
        assertEquals(List.of("gaz:armenia", "gaz:azerbaijan", "gaz:russia"), en.agents(), en.toString());
        // the one talked with is no co-actor
        EventMention talk = of(events(Lang.ZH_HANS, "2023年9月24日,俄罗斯与阿塞拜疆通电话。"), EventType.MEETING);
        assertEquals(List.of("gaz:russia"), talk.agents(), talk.toString());
    }

    @Test void aDateAfterSinceIsOfWhatItHasGoneOnSince() {
        List<EventMention> es = events(Lang.EN, "More than 100,000 people have fled the enclave since Azerbaijan's offensive on 19 September 2023.");
        assertTrue(es.stream().noneMatch(e -> e.type() == EventType.DISPLACEMENT && e.date() != null), es.toString());
    }

    @Test void englishFiguresAfterTheirVerb() {
        EventMention e = of(events(Lang.EN, "On 25 September 2023, an explosion at a fuel depot killed at least 68 people and injured nearly 300."),
                EventType.EXPLOSION);
        assertEquals(List.of("KILLED 68", "WOUNDED 300"), e.quantities().stream().map(q -> q.measure() + " " + q.value()).toList());
    }

    @Test void todayInAnItemWithADatelineIsTheDatelinesDay() {
        Document d = pipeline.process(TestData.news("n", "（中央社叶夫拉赫21日综合外电报导）阿塞拜疆今天与亚美尼亚举行会谈。\n",
                java.time.LocalDate.of(2023, 9, 22)));
        assertEquals("2023-09-21", when(d.events().get(0)), d.events().toString());
        Document plain = pipeline.process(TestData.news("n", "阿塞拜疆今天与亚美尼亚举行会谈。\n", java.time.LocalDate.of(2023, 9, 22)));
        assertEquals("2023-09-22", when(plain.events().get(0)), plain.events().toString());
    }

    @Test void aParagraphOpeningWithTheSameDayGoesOnFromTheDayBefore() {
        List<EventMention> es = events(Lang.ZH_HANS, "2023年9月21日,阿塞拜疆总统会见了俄罗斯代表。\n\n"
                + "同日,阿塞拜疆政府代表与纳卡代表在叶夫拉赫举行会谈。会谈是在建设性的气氛中进行的。");
        List<EventMention> talks = es.stream().filter(e -> e.type() == EventType.NEGOTIATION || e.type() == EventType.MEETING).toList();
        assertEquals(2, talks.size(), "the meeting and the talks; 'the talks were constructive' is no third: " + es);
        assertEquals("2023-09-21", when(talks.get(1)));
    }

    @Test void theCaptureOfThisPlaceWithNoTimeOfItsOwnIsTheOneJustTold() {
        List<EventMention> es = events(Lang.ZH_HANS, "1992年5月18日,亚美尼亚部队攻占拉钦。攻占此地使陆上运输线成为可能。");
        assertEquals(1, es.stream().filter(e -> e.type() == EventType.CAPTURE).count(), es.toString());
    }

    @Test void succeedingInControllingPlacesIsACapture() {
        assertEquals("1992-07-12", when(of(events(Lang.ZH_HANT, "1992年7月12日,經過激烈的戰鬥亞塞拜然成功控制了多個居民點。"), EventType.CAPTURE)));
    }

    @Test void speakingAtAMeetingTellsTheMeeting() {
        EventMention m = of(events(Lang.ZH_HANS, "2023年9月22日,德国代表在联合国安理会讨论纳卡局势的会议上表示关切。"), EventType.MEETING);
        assertEquals("2023-09-22", when(m));
    }

    @Test void convokingAMeetingIsAMeeting() {
        assertEquals("2021-02-03", when(of(events(Lang.ZH_HANS, "2021年2月3日,尼科尔·帕希尼扬召开了政府内阁会议。"), EventType.MEETING)));
    }

    @Test void expellingCiviliansIsADisplacement() {
        assertEquals("1991-05", when(of(events(Lang.ZH_HANT, "1991年5月,亞塞拜然部隊驅逐了村內的亞美尼亞居民。"), EventType.DISPLACEMENT)));
    }

    @Test void theFallOfATownIsACapture() {
        assertEquals("1992-05-18", when(of(events(Lang.ZH_HANT, "1992年5月18日,斯捷潘納克特陷落。"), EventType.CAPTURE)));
    }

    @Test void aCallByTelephoneIsAMeetingAndThenDoesNotTakeTheParagraphsDay() {
        List<EventMention> es = events(Lang.ZH_HANS, "2021年4月2日,德国谴责了炮击。伊利哈姆·阿利耶夫随后通过电话向俄罗斯道歉。");
        assertNull(when(of(es, EventType.MEETING)), "what followed need not be of the same day");
        List<EventMention> en = events(Lang.EN, "On 2 April 2021, Germany condemned the shelling. Ilham Aliyev subsequently apologized over the phone to Russia.");
        assertNull(when(of(en, EventType.MEETING)), "subsequently: a later day, perhaps");
        Document vague = pipeline.process(TestData.doc("t", Lang.ZH_HANS, "2023年9月30日,德国发表声明。阿塞拜疆本月稍早袭击了斯捷潘纳克特。\n"));
        assertTrue(vague.events().stream().noneMatch(e -> e.type() == EventType.ATTACK && "2023-09-30".equals(when(e))),
                "本月稍早: earlier this month, not the day of the sentence before");
        Document later = pipeline.process(TestData.doc("t", Lang.EN, "On 4 May 2021, Armenia shelled Stepanakert. Azerbaijan later captured two villages.\n"));
        assertTrue(later.events().stream().noneMatch(e -> e.type() == EventType.CAPTURE), "later: no day, and a capture needs one");
        Document sameDay = pipeline.process(TestData.doc("t", Lang.EN, "On 4 May 2021, Armenia shelled Stepanakert. Later that day, Azerbaijan captured two villages.\n"));
        assertEquals("2021-05-04", when(of(sameDay.events(), EventType.CAPTURE)));
    }

    @Test void aFullScaleOrDaysLongConflictIsAWarWhenDatedAndWhatIsToBeAvoidedIsNoEvent() {
        EventMention war = of(events(Lang.ZH_HANS, "上一轮全面冲突发生在2020年9月,持续6周。"), EventType.WAR);
        assertEquals("2020-09", when(war));
        assertTrue(events(Lang.ZH_HANS, "双方曾经爆发全面冲突。").stream().noneMatch(e -> e.type() == EventType.WAR), "undated: background");
        assertTrue(events(Lang.ZH_HANS, "2023年9月20日,德国呼吁双方避免爆发全面冲突。").stream().noneMatch(e -> e.type() == EventType.WAR));
        assertTrue(events(Lang.EN, "On 20 September 2023, Germany acted to prevent an explosion at the depot.").stream()
                .noneMatch(e -> e.type() == EventType.EXPLOSION));
    }

    @Test void aDefiniteSubjectBeforeAnEnglishVerbIsWhoActedNotAReference() {
        Document d = pipeline.process(TestData.doc("t", Lang.EN, "On 4 May 2021, Armenia shelled Stepanakert. The army captured two villages.\n"));
        assertEquals("2021-05-04", when(of(d.events(), EventType.CAPTURE)), "the army captured: a new capture that day");
        Document ref = pipeline.process(TestData.doc("t", Lang.EN, "On 4 May 2021, Armenia shelled Stepanakert. Germany condemned the shelling.\n"));
        assertEquals(1, ref.events().stream().filter(e -> e.type() == EventType.ATTACK).count(), "the shelling: the one already told");
    }

    @Test void reachingAnAgreementToStopFightingIsACeasefireAndTopicsOfTalksAreNoEvents() {
        EventMention c = of(events(Lang.ZH_HANS, "2020年10月10日,阿塞拜疆和亚美尼亚达成在纳卡地区停火的协议。"), EventType.CEASEFIRE);
        assertEquals("2020-10-10", when(c));
        assertEquals(EventType.AGREEMENT, of(events(Lang.ZH_HANS, "2020年10月10日,阿塞拜疆和亚美尼亚达成交换战俘的协议。"),
                EventType.AGREEMENT).type());
        assertTrue(events(Lang.ZH_HANS, "2020年10月9日,俄罗斯表示应恢复执行2020年达成的三方协议。").stream()
                .noneMatch(e -> e.type() == EventType.AGREEMENT), "the agreement reached (达成的): one told before");
        assertTrue(events(Lang.ZH_HANS, "2020年10月9日,亚美尼亚称磋商议题将只限于停火。").stream()
                .noneMatch(e -> e.type() == EventType.CEASEFIRE));
    }

    @Test void anAppositiveNameIsTheActorAndADatelinesAgencyIsNot() {
        Document d = pipeline.process(new SourceDoc("t", "t.txt", Lang.EN, "t", "news-item", null, null, null,
                java.time.LocalDate.of(2023, 9, 28), null, null,
                "MOSCOW, Sept 28 (Reuters) - The president of Armenia, Nikol Pashinyan, has signed a decree.\n"));
        EventMention decree = of(d.events(), EventType.DECREE);
        assertEquals(List.of("gaz:nikol-pashinyan"), decree.agents());
        assertEquals("2023-09-28", when(decree));
    }

    @Test void aCourtsRulingIsADecreeAndComingUnderControlACapture() {
        EventMention ruling = of(events(Lang.EN, "On 17 November 2023, the court ruled that Azerbaijan must allow the return of residents."), EventType.DECREE);
        assertEquals("2023-11-17", when(ruling));
        EventMention capture = of(events(Lang.EN, "On 24 September 2023, Stepanakert was reported to have come under Azerbaijani control."), EventType.CAPTURE);
        assertEquals("2023-09-24", when(capture));
    }

    @Test void troopsMovingIntoOrAdvancingOnAPlaceAreAnOperationAndForcesDrivenOutOfATownLostIt() {
        assertEquals("1992-01", when(of(events(Lang.ZH_HANT, "1992年1月,獨立國協部隊進入卡拉巴赫並在斯捷潘納科特建立了一個司令部。"),
                EventType.MILITARY_OPERATION)));
        assertTrue(events(Lang.ZH_HANS, "2023年9月19日,亚美尼亚部队进入战备状态。").stream()
                .noneMatch(e -> e.type() == EventType.MILITARY_OPERATION), "a state troops enter is no deployment");
        EventMention lost = of(events(Lang.ZH_HANT, "1993年6月下旬,他們被驅逐出馬爾達凱特,失去了他們在飛地的最後據點。"), EventType.CAPTURE);
        assertEquals("1993-06", when(lost));
        EventMention march = of(events(Lang.ZH_HANT, "1993年6月初,他的旅團從甘傑基地向巴庫前進。"), EventType.MILITARY_OPERATION);
        assertEquals("1993-06", when(march));
        assertEquals("前進", march.trigger(), "the advance is the verb: the time before it dates it");
        List<EventMention> expelled = events(Lang.ZH_HANS, "1988年2月,亚美尼亚族居民被驱逐出村庄。");
        assertTrue(expelled.stream().noneMatch(e -> e.type() == EventType.CAPTURE), "people driven out are displaced: " + expelled);
    }

    @Test void whatHappenedMeanwhileIsOfTheYearOfTheTimeLastNamed() {
        List<EventMention> es = events(Lang.ZH_HANT, "1992年8月下旬,政府陷入混亂狀態,其成員於8月17日辭職。隨後由委員會掌權。同時,亞塞拜然還通過固定翼飛機發起攻擊。");
        assertEquals("1992", when(of(es, EventType.ATTACK)), es.toString());
        List<EventMention> en = events(Lang.EN, "On 17 August 1992 the government resigned. Meanwhile, Azerbaijani aircraft bombed Stepanakert.");
        assertEquals("1992", when(of(en, EventType.ATTACK)), en.toString());
        // a news item's "meanwhile" is of the day it tells
        List<EventMention> news = pipeline.process(new SourceDoc("n", "n.txt", Lang.EN, "n", SourceDoc.KIND_NEWS, null, null, null,
                java.time.LocalDate.of(2023, 9, 20), null, null,
                "On 19 September, Azerbaijan launched an offensive. Meanwhile, protesters gathered in Yerevan.\n")).events();
        assertEquals("2023-09-19", when(of(news, EventType.PROTEST)), news.toString());
    }

    @Test void whatIsOpposedOrNeverHappenedIsNoEvent() {
        List<EventMention> es = events(Lang.ZH_HANT, "1992年7月,俄羅斯特別反對允許一支多國維持和平部隊進入高加索地區。");
        assertTrue(es.stream().noneMatch(e -> e.type() == EventType.MILITARY_OPERATION), es.toString());
        List<EventMention> never = events(Lang.ZH_HANT, "1992年7月,歐洲維和部隊的進駐從未實現。");
        assertTrue(never.stream().noneMatch(e -> e.type() == EventType.MILITARY_OPERATION), never.toString());
    }

    @Test void taiwanUsageForReferendumAndDeclarationAndACourtRulingOnAnEventIsNoActorOfIt() {
        List<EventMention> es = events(Lang.ZH_HANT, "1991年,當地經公民投票後以接近100%的壓倒性贊成而宣告獨立。");
        assertEquals("1991", when(of(es, EventType.REFERENDUM)), es.toString());
        assertEquals("1991", when(of(es, EventType.DECLARATION)), es.toString());
        List<EventMention> ruled = new Pipeline(Stages.standard(TestData.seedResources()))
                .process(TestData.doc("t", Lang.ZH_HANT, "2023年2月,國際法院下令亞塞拜然確保通行自由,並裁定封鎖行動構成風險。\n")).events();
        assertTrue(ruled.stream().filter(e -> e.type() == EventType.BLOCKADE).allMatch(e -> e.agents().isEmpty()), ruled.toString());
    }

    @Test void moreWaysToTellAFlightOrATruce() {
        assertEquals("2023-09-28", when(of(events(Lang.ZH_HANT, "2023年9月28日,上萬難民湧入亞美尼亞。"), EventType.DISPLACEMENT)));
        assertEquals("1992", when(of(events(Lang.ZH_HANS, "1992年,数万名居民从村庄逃难。"), EventType.DISPLACEMENT)));
        assertEquals("1994-05", when(of(events(Lang.ZH_HANT, "1994年5月,亞美尼亞和亞塞拜然宣布停戰。"), EventType.CEASEFIRE)));
    }

    @Test void agreeingToACeasefireIsNoOtherAgreementAndAnOpeningCircumstanceNamesNoActor() {
        List<EventMention> es = events(Lang.EN, "On 20 September 2023, following advances by the Azerbaijani military into the region, "
                + "authorities in the capital agreed to accept a ceasefire mediated by Russia.");
        assertTrue(es.stream().noneMatch(e -> e.type() == EventType.AGREEMENT), es.toString());
        assertTrue(es.stream().noneMatch(e -> e.agents().contains("gaz:azerbaijani-armed-forces") || e.agents().contains("gaz:azerbaijan")), es.toString());
        List<EventMention> zh = events(Lang.ZH_HANS, "随着阿塞拜疆军队推进,当地政府于2023年9月20日签署了协议。");
        assertTrue(of(zh, EventType.AGREEMENT).agents().isEmpty(), zh.toString());
    }

    @Test void anEnglishTriggerOpeningTheSentenceIsCapitalised() {
        assertEquals("2023-09-19", when(of(events(Lang.EN, "Protesters gathered outside the government building in Yerevan on 19 September 2023."),
                EventType.PROTEST)));
        // (a continuation is still no new event, nor is what was reported until a time)
        assertTrue(events(Lang.EN, "On 20 September 2023, a ceasefire was agreed. Shelling of Stepanakert continued until the evening.").stream()
                .noneMatch(e -> e.type() == EventType.ATTACK));
        assertTrue(events(Lang.EN, "In September 2023, a ceasefire was agreed. Ceasefire violations by Azerbaijan were reported until early October 2023.").stream()
                .noneMatch(e -> e.type() == EventType.ATTACK && e.date() != null && e.date().lexical().startsWith("2023-10")));
    }

    @Test void aCouncilVotingToUniteDeclaresItAndAStateNamedAsWhereItSitsDoesNotAct() {
        List<EventMention> es = new Pipeline(Stages.standard(TestData.seedResources())).process(TestData.doc("t", Lang.EN,
                "On 20 February 1988, the Soviet of the Nagorno-Karabakh Autonomous Oblast in Azerbaijan voted to unify the region with Armenia.\n")).events();
        EventMention vote = of(es, EventType.DECLARATION);
        assertEquals("1988-02-20", when(vote));
        assertFalse(vote.agents().contains("gaz:azerbaijan"), es.toString());
    }

    @Test void aLimitIsNoDayTheNextSentenceContinuesButItsMonth() {
        List<EventMention> es = events(Lang.ZH_HANT, "1993年4月2日,亞美尼亞部隊向克爾巴賈爾進發。到4月3日,亞美尼亞部隊已經占領了克爾巴賈爾。亞塞拜然總統實施了為期兩個月的緊急狀態。");
        assertEquals("1993-04", when(of(es, EventType.DECREE)), es.toString());
    }

    @Test void theTalksNamingTheStatementSignedAreNoEventOfTheirOwn() {
        List<EventMention> es = events(Lang.ZH_HANT, "1992年5月,雙方在德黑蘭舉行會談。會談聲明由馬馬多夫和特爾-彼得羅相簽署。");
        assertEquals(1, es.stream().filter(e -> e.type() == EventType.NEGOTIATION || e.type() == EventType.MEETING).count(), es.toString());
        assertEquals("1992-05", when(of(es, EventType.AGREEMENT)));
    }

    @Test void aProtestSomewhereNamedInAHistoryIsOfTheYearItsNarrativeHasReached() {
        // (a document with no year in its title or date tells a history; the project's gazetteer knows 葉里溫)
        Pipeline seeds = new Pipeline(Stages.standard(TestData.seedResources()));
        EventMention protest = of(seeds.process(TestData.doc("h", Lang.ZH_HANT,
                "1988年2月20日,地方蘇維埃投票決議將自治區併入亞美尼亞。\n\n該運動的領導者包括知識分子。亞美尼亞人在葉里溫進行示威。\n")).events(), EventType.PROTEST);
        assertEquals("1988", when(protest));
        // not one the text places before the time told
        EventMention before = of(seeds.process(TestData.doc("h", Lang.ZH_HANT,
                "1988年2月20日,地方蘇維埃投票決議將自治區併入亞美尼亞。\n\n在此之前,亞美尼亞人已在葉里溫進行示威。\n")).events(), EventType.PROTEST);
        assertNull(when(before));
    }

    @Test void anAgreementTheTalksOfSomeDaysEndedInIsOfTheirMonth() {
        List<EventMention> es = events(Lang.ZH_HANT, "1991年9月20-23日在巴庫和葉里溫舉行和平會談之後,雙方簽署了和平協議。");
        assertEquals("1991-09", when(of(es, EventType.AGREEMENT)), es.toString());
        assertEquals("1991-09-20", of(es, EventType.NEGOTIATION).start().lexical(), "the talks keep their days");
    }

    @Test void aProtestDispersedIsOneTheTextHasToldNotANewOne() {
        List<EventMention> es = events(Lang.ZH_HANS, "暴乱持续了三天,直到苏联军队1988年3月1日进城驱散示威之后局势才得以改善。");
        assertTrue(es.stream().noneMatch(e -> e.type() == EventType.PROTEST && e.date() != null), es.toString());
    }

    @Test void aDateOfWhatADecreeOrdersIsNotTheDecreesDate() {
        List<EventMention> es = events(Lang.EN, "Ilham Aliyev signed a decree ordering all citizens to report for service between 1 and 31 October 2023.");
        assertNull(when(of(es, EventType.DECREE)), es.toString());
    }

    @Test void aClauseOpeningWithAVerbOfSayingAndItsOwnSubjectIsAsserted() {
        List<EventMention> es = events(Lang.ZH_HANS, "报告表示阿塞拜疆可能计划发动进攻,指出伊利哈姆·阿利耶夫最近签署了一项新法令。");
        assertTrue(es.stream().anyMatch(e -> e.type() == EventType.DECREE), es.toString());
        assertTrue(es.stream().noneMatch(e -> e.type() == EventType.MILITARY_OPERATION), "what may be planned has not happened");
    }

    @Test void aClauseAfterWhileWithItsOwnSubjectIsAssertedDespiteAnEarlierCall() {
        List<EventMention> es = events(Lang.EN, "On 19 September 2023, Armenia called on Russia to act, while Nikol Pashinyan called an emergency meeting.");
        assertTrue(es.stream().anyMatch(e -> e.type() == EventType.MEETING), es.toString());
        assertTrue(events(Lang.EN, "On 19 September 2023, Armenia called on Russia to hold an emergency meeting.").stream()
                .noneMatch(e -> e.type() == EventType.MEETING));
    }
}
