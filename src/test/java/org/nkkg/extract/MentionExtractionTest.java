package org.nkkg.extract;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nkkg.TestData;
import org.nkkg.model.Document;
import org.nkkg.model.EntityType;
import org.nkkg.model.Lang;
import org.nkkg.model.Mention;
import org.nkkg.model.RoleType;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class MentionExtractionTest {
    static Pipeline pipeline;

    @BeforeAll static void setUp() { pipeline = new Pipeline(Stages.standard(new Resources(TestData.gazetteer()))); }

    private static Document run(Lang lang, String text) { return pipeline.process(TestData.doc("t", lang, text + "\n")); }

    private static Mention at(Document d, String surface) {
        return d.mentions().stream().filter(m -> m.surface().equals(surface)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention '" + surface + "' in " + d.mentions()));
    }

    @Test void aSurnameTwoPeopleShareIsTheOneWhoHeldThePositionBeforeIt() throws Exception {
        Pipeline real = new Pipeline(Stages.standard(TestData.seedResources()));
        // Ilham and Kamran Aliyev are both active in 2023; only one was president
        Document d = real.process(TestData.news("n", "阿塞拜疆总统阿利耶夫21日在巴库会见了来宾。阿利耶夫表示,双方讨论了局势。\n",
                java.time.LocalDate.of(2023, 9, 22)));
        var aliyev = d.mentions().stream().filter(m -> m.surface().equals("阿利耶夫")).toList();
        assertEquals(2, aliyev.size(), d.mentions().toString());
        assertTrue(aliyev.stream().allMatch(m -> m.key().equals("gaz:ilham-aliyev")), aliyev.toString());
        // a verb may open with a character transliterations use; the one met is the person the state's role names
        Document call = real.process(TestData.news("n", "布林肯24日与阿塞拜疆总统阿利耶夫通电话。\n", java.time.LocalDate.of(2023, 9, 25)));
        assertEquals("gaz:ilham-aliyev", call.mentions().stream().filter(m -> m.surface().equals("阿利耶夫")).findFirst()
                .orElseThrow(() -> new AssertionError(call.mentions().toString())).key());
        assertEquals(java.util.List.of("gaz:ilham-aliyev"), call.events().get(0).affected(), call.events().toString());
        // a role holder the mention layer names by surname before a verb of saying ("总统阿利耶夫宣布")
        Document said = real.process(TestData.doc("t", Lang.ZH_HANS, "2020年11月8日,阿塞拜疆总统阿利耶夫宣布阿军攻占舒沙。阿利耶夫还表示,战争即将结束。\n"));
        assertTrue(said.mentions().stream().filter(m -> m.surface().equals("阿利耶夫")).allMatch(m -> m.key().equals("gaz:ilham-aliyev"))
                && said.mentions().stream().filter(m -> m.surface().equals("阿利耶夫")).count() == 2, said.mentions().toString());
        Document plain = real.process(TestData.news("n", "阿利耶夫表示,双方讨论了局势。\n", java.time.LocalDate.of(2023, 9, 22)));
        assertTrue(plain.mentions().stream().noneMatch(m -> m.surface().equals("阿利耶夫")), "without a position, two candidates: no guess");
    }

    @Test void aKnownPersonsLocalNameBeforeTheirLatinNameIsThemThroughoutTheDocument() throws Exception {
        Pipeline real = new Pipeline(Stages.standard(TestData.seedResources()));
        Document d = real.process(TestData.doc("t", Lang.ZH_HANT, "土耳其總統艾爾段（Recep Tayyip Erdogan）表示支持亞塞拜然。艾爾段還說，土耳其將提供協助。\n"));
        var erdogan = d.mentions().stream().filter(m -> m.surface().equals("艾爾段")).toList();
        assertEquals(2, erdogan.size(), d.mentions().toString());
        assertTrue(erdogan.stream().allMatch(m -> m.key().equals("gaz:recep-tayyip-erdogan")), erdogan.toString());
    }

    @Test void chineseBodyRoleAndTransliteratedName() {
        Document d = run(Lang.ZH_HANS, "俄罗斯外交部发言人玛丽亚·扎哈罗娃19日否认俄方提前得知此事。");
        Mention org = at(d, "俄罗斯外交部");
        assertEquals(EntityType.ORGANIZATION, org.type());
        assertEquals("org:russia:foreign-affairs", org.key());
        assertEquals(EntityType.PERSON, at(d, "玛丽亚·扎哈罗娃").type());
        assertTrue(d.mentions().stream().noneMatch(m -> m.surface().equals("俄罗斯")), "the state inside its ministry's name is not a mention");
        assertEquals(1, d.roles().size());
        assertEquals(RoleType.SPOKESPERSON, d.roles().get(0).role());
        assertEquals("org:russia:foreign-affairs", d.roles().get(0).in());
    }

    @Test void aNewspapersNameEndingIn报BeforeDaoIsTheWordForReporting() {
        Document d = run(Lang.ZH_HANS, "据俄罗斯援引总统府的消息报道,亚美尼亚宣布停火。消息报报道了此事。");
        assertEquals(1, d.mentions().stream().filter(m -> m.key().equals("gaz:izvestia")).count(), d.mentions().toString());
    }

    @Test void aTransliteratedRunBetweenARoleWordAndAVerbOfSayingIsAPerson() {
        Document d = run(Lang.ZH_HANT, "亞美尼亞總理發言人巴格達薩揚表示,難民已達10萬人。");
        Mention m = at(d, "巴格達薩揚");
        assertEquals(EntityType.PERSON, m.type());
        assertTrue(run(Lang.ZH_HANS, "外交部发言人表示,双方同意停火。").mentions().stream().noneMatch(x -> x.type() == EntityType.PERSON));
        Document known = run(Lang.ZH_HANS, "尼科尔·帕希尼扬抵达莫斯科。亚美尼亚总理帕希尼扬表示,谈判将继续。");
        assertTrue(known.mentions().stream().filter(x -> x.surface().equals("帕希尼扬")).allMatch(x -> x.key().equals("gaz:nikol-pashinyan")),
                known.mentions().toString());
    }

    @Test void aSurnameWithAKnownPersonsLatinNameInBracketsIsThatPerson() {
        Document d = run(Lang.ZH_HANT, "亞塞拜然總統阿利耶夫(Ilham Aliyev)表示,會議在和平氣氛下舉行。");
        assertEquals("gaz:ilham-aliyev", at(d, "阿利耶夫").key());
        assertEquals("gaz:azerbaijan", d.roles().get(0).in());
    }

    @Test void theSpokespersonOfAPrimeMinisterIsInTheStateBeforeBothRoleWords() {
        Document d = run(Lang.ZH_HANS, "亚美尼亚总理发言人帕尔达扬表示,难民已达10万人。");
        assertEquals(1, d.roles().size(), d.roles().toString());
        assertEquals(RoleType.SPOKESPERSON, d.roles().get(0).role());
        assertEquals("gaz:armenia", d.roles().get(0).in());
        assertEquals("总理发言人", d.roles().get(0).label());
    }

    @Test void aTraditionalSurnameAloneResolvesToTheKnownPersonOfThePeriod() {
        Document d = run(Lang.ZH_HANT, "2023年9月21日,帕希尼揚表示,停火得到遵守。");
        assertEquals("gaz:nikol-pashinyan", at(d, "帕希尼揚").key());
        Document taiwan = run(Lang.ZH_HANT, "2023年9月21日,安沃愛表示,停火得到遵守。");
        assertEquals("gaz:test-envoy", at(taiwan, "安沃愛").key(), "a surname only the Taiwan form has");
    }

    @Test void peoplesAndLanguagesAreNotTheState() {
        Document d = run(Lang.ZH_HANS, "亚美尼亚人逃离,亚美尼亚语的名称不同,但亚美尼亚政府表示关切。");
        assertTrue(d.mentions().stream().noneMatch(m -> m.surface().equals("亚美尼亚")), d.mentions().toString());
        assertEquals(EntityType.ORGANIZATION, at(d, "亚美尼亚政府").type());
    }

    @Test void traditionalTaiwanNamesReachTheSameGazetteerEntry() {
        Document d = run(Lang.ZH_HANT, "亞塞拜然軍隊進入斯捷潘納克特。");
        assertEquals("gaz:azerbaijan", at(d, "亞塞拜然").key());
        assertEquals("gaz:stepanakert", at(d, "斯捷潘納克特").key());
    }

    @Test void latinNameInBracketsIsKeptForTheChineseName() {
        Document d = run(Lang.ZH_HANS, "联合国秘书长发言人杜加里克(Stephane Dujarric)则表达了担忧。");
        Mention m = at(d, "杜加里克");
        assertEquals(EntityType.PERSON, m.type());
        assertEquals("Stephane Dujarric", m.latinName());
    }

    @Test void surnameResolvesToTheFullNameInTheDocumentOnly() {
        Document d = run(Lang.ZH_HANS, "阿塞拜疆总统伊利哈姆·阿利耶夫发表讲话。阿利耶夫表示将继续。");
        List<Mention> aliyev = d.mentions().stream().filter(m -> m.surface().equals("阿利耶夫")).toList();
        assertEquals(1, aliyev.size());
        assertEquals("gaz:ilham-aliyev", aliyev.get(0).key());
    }

    @Test void ambiguousSurnameStaysUnresolved() {
        Document d = run(Lang.EN, "Ilham Aliyev spoke. Heydar Aliyev was his father. Aliyev said nothing.");
        assertTrue(d.mentions().stream().noneMatch(m -> m.surface().equals("Aliyev")), d.mentions().toString());
    }

    @Test void englishTitleCueAndStateBodies() {
        Document d = run(Lang.EN, "German Foreign Minister Annalena Baerbock accused Azerbaijan. The Azerbaijani Defense Ministry said it had captured 90 positions.");
        Mention p = at(d, "Annalena Baerbock");
        assertEquals(EntityType.PERSON, p.type());
        assertEquals("org:azerbaijan:defence", at(d, "Azerbaijani Defense Ministry").key());
        assertTrue(d.roles().stream().anyMatch(r -> r.role() == RoleType.FOREIGN_MINISTER && "gaz:germany".equals(r.in())), d.roles().toString());
        assertTrue(d.mentions().stream().noneMatch(m -> m.surface().equals("Azerbaijani")));
    }

    @Test void unknownPlacesAndNewspapersByTheirCueWords() {
        Document zh = run(Lang.ZH_HANS, "亚美尼亚《阿拉沃特》日报报道称,阿塞拜疆已经占领了萨拉尔和格塔万村庄,阿马拉斯修道院和斯捷潘纳克特机场。");
        assertEquals(EntityType.ORGANIZATION, at(zh, "阿拉沃特").type());
        assertEquals(EntityType.PLACE, at(zh, "萨拉尔").type());
        assertEquals(EntityType.PLACE, at(zh, "格塔万").type());
        assertEquals(EntityType.PLACE, at(zh, "阿马拉斯修道院").type());
        assertEquals("Place:斯捷潘纳克特机场", at(zh, "斯捷潘纳克特机场").key(), "the airport is not the city");
        Document en = run(Lang.EN, "Forces captured the villages of Charektar and Getavan near Stepanakert Airport, the outlet Meduza said.");
        assertEquals(EntityType.PLACE, at(en, "Charektar").type());
        assertEquals(EntityType.PLACE, at(en, "Getavan").type());
        assertEquals(EntityType.PLACE, at(en, "Stepanakert Airport").type());
        assertEquals(EntityType.ORGANIZATION, at(en, "Meduza").type());
        // a run that would start inside a name whose first character the table lacks is not a name
        Document cut = run(Lang.ZH_HANS, "军队占领了恰列克塔尔村庄。");
        assertTrue(cut.mentions().stream().noneMatch(m -> m.surface().equals("列克塔尔")), cut.mentions().toString());
    }

    @Test void aNameAfterAPrepositionDoesNotSpeak() {
        Document d = run(Lang.ZH_HANS, "数百名抗议者聚集在亚美尼亚首都埃里温的政府大楼外,谴责政府过于软弱。");
        assertTrue(d.statements().isEmpty(), d.statements().toString());
        Document e = run(Lang.ZH_HANS, "亚美尼亚指责阿塞拜疆在边境开火,阿塞拜疆对此予以否认。");
        assertEquals(List.of("gaz:armenia", "gaz:azerbaijan"), e.statements().stream().map(s -> s.speaker()).toList());
        assertEquals(List.of(org.nkkg.model.Stance.ACCUSE, org.nkkg.model.Stance.DENY), e.statements().stream().map(s -> s.stance()).toList());
    }

    @Test void chineseBodiesOfStatesAndPlaces() {
        Document d = run(Lang.ZH_HANS, "俄罗斯驻亚美尼亚大使馆发表声明,俄罗斯内务部队已经进入该地区,斯捷潘纳克特市议会表示欢迎。");
        assertEquals("org:russia:embassy", at(d, "俄罗斯驻亚美尼亚大使馆").key(), "the embassy abroad is the first state's");
        assertTrue(d.mentions().stream().noneMatch(m -> m.surface().equals("亚美尼亚大使馆")), d.mentions().toString());
        assertEquals("org:russia:internal-troops", at(d, "俄罗斯内务部队").key(), "内务部队 is not 内务部 and 队");
        assertEquals("org:stepanakert:city-council", at(d, "斯捷潘纳克特市议会").key());
        // after a region or a city, 政府 is the common noun: the place is named, no body is made up
        Document g = run(Lang.ZH_HANT, "斯捷潘納克特政府的官員說,亞美尼亞國防部長將到訪。");
        assertEquals(EntityType.PLACE, at(g, "斯捷潘納克特").type());
        assertEquals(EntityType.STATE, at(g, "亞美尼亞").type(), "国防部长 is the minister, not the ministry");
        assertTrue(g.mentions().stream().noneMatch(m -> m.type() == EntityType.ORGANIZATION), g.mentions().toString());
    }

    @Test void chineseShortHeadsMustEndAWord() {
        Document d = run(Lang.ZH_HANS, "亚美尼亚局势紧张,德国军方表示关切,俄罗斯空军没有参与。");
        assertTrue(d.mentions().stream().noneMatch(m -> m.surface().startsWith("亚美尼亚局")), d.mentions().toString());
        assertEquals("org:germany:armed-forces", at(d, "德国军方").key());
        assertEquals("org:russia:air-force", at(d, "俄罗斯空军").key());
    }

    @Test void chineseArmiesByOneCharacterStateNames() {
        Document d = run(Lang.ZH_HANS, "阿塞拜疆国防部说,阿军已经突破防线,俄军没有介入。");
        assertEquals("org:azerbaijan:armed-forces", at(d, "阿军").key());
        assertEquals("org:russia:armed-forces", at(d, "俄军").key());
        Document other = run(Lang.ZH_HANS, "阿军在边境集结,俄罗斯提供了军事援助。");
        assertTrue(other.mentions().stream().noneMatch(m -> m.surface().equals("阿军")), "阿 is Azerbaijan only where Azerbaijan is named");
        Document aid = run(Lang.ZH_HANS, "俄罗斯表示,俄军事援助将继续。");
        assertTrue(aid.mentions().stream().noneMatch(m -> m.type() == EntityType.ORGANIZATION), aid.mentions().toString());
    }

    @Test void chineseNumberedUnitAfterAnArmyAndBareNamedHeads() {
        Document d = run(Lang.ZH_HANT, "他組建了亞塞拜然武裝部隊709旅。俄羅斯內務部隊隨後撤離,內務部隊留下了武器。");
        assertEquals(EntityType.ORGANIZATION, at(d, "亞塞拜然武裝部隊709旅").type());
        List<Mention> troops = d.mentions().stream().filter(m -> m.surface().equals("內務部隊")).toList();
        assertEquals(1, troops.size(), d.mentions().toString());
        assertEquals("org:russia:internal-troops", troops.get(0).key(), "the bare name is the body the document named in full");
    }

    @Test void latinFormInBracketsIsAMentionOfTheSameEntity() {
        Document d = run(Lang.ZH_HANS, "炮击迫使斯捷潘纳克特(Stepanakert)的居民躲进地下室。");
        Mention latin = at(d, "Stepanakert");
        assertEquals("gaz:stepanakert", latin.key());
        assertEquals(EntityType.PLACE, latin.type());
    }

    @Test void pipelineRefusesStagesOutOfOrder() {
        List<Stage> stages = Stages.standard(new Resources(TestData.gazetteer()));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new Pipeline(List.of(stages.get(2), stages.get(0), stages.get(1))));
        assertTrue(e.getMessage().contains("SENTENCES"), e.getMessage());
    }

    private static void place(Document d, String surface) { assertEquals(EntityType.PLACE, at(d, surface).type(), surface); }

    @Test void unknownPlacesByContext() {
        // a transliterated name before 附近, and names listed with a known place
        place(run(Lang.ZH_HANS, "当地居民称,卡拉萨尔附近发生交火。"), "卡拉萨尔");
        Document d = run(Lang.ZH_HANS, "阿塞拜疆军队进入斯捷潘纳克特、马拉尼克和巴尔达索尔。");
        place(d, "马拉尼克");
        place(d, "巴尔达索尔");
    }

    @Test void chineseNameWithItsEnglishName() {
        Document d = run(Lang.ZH_HANS, "部队占领了卡尔肯特英语Khankendi、梅尔扎英语Merza等居民点。");
        assertEquals("gaz:stepanakert", at(d, "卡尔肯特").key());
        Mention m = at(d, "梅尔扎");
        assertEquals(EntityType.PLACE, m.type());
        assertEquals("Merza", m.latinName());
    }

    @Test void embassyIsAPlaceAndOperationNamesHoldNoPlace() {
        Mention m = at(run(Lang.ZH_HANS, "示威者前往俄罗斯驻阿塞拜疆大使馆门前。"), "俄罗斯驻阿塞拜疆大使馆");
        assertEquals(EntityType.PLACE, m.type());
        assertEquals("org:russia:embassy", m.key());
        assertTrue(run(Lang.ZH_HANS, "斯捷潘纳克特行动于当天开始。").mentions().stream()
                .noneMatch(x -> x.surface().equals("斯捷潘纳克特")), "a place opening an operation's name");
        place(run(Lang.ZH_HANS, "维和部队在斯捷潘纳克特行动。"), "斯捷潘纳克特");
    }

    @Test void aDotJoinedNameEndsWhereTheNameEndsNotAtTheNextWord() {
        assertEquals(EntityType.PERSON, at(run(Lang.ZH_HANS, "代表安德烈斯·蒙塔夫洛·索萨强烈谴责这次行动。"), "安德烈斯·蒙塔夫洛·索萨").type());
        assertEquals(EntityType.PERSON, at(run(Lang.ZH_HANS, "外交部长托马·菲丹向德国表示感谢。"), "托马·菲丹").type());
    }

    @Test void aRegionsSideIsItsDeFactoStateAndAKnownTownInsideALongerWordIsThatTown() throws Exception {
        Pipeline real = new Pipeline(Stages.standard(TestData.seedResources()));
        Document d = real.process(TestData.doc("t", Lang.ZH_HANT, "納卡區的亞美尼亞族政權已簽署命令。納卡方面否認了這一說法。亞塞拜然收復了舒沙市。\n"));
        Mention regime = at(d, "納卡區的亞美尼亞族政權");
        assertEquals("gaz:republic-of-artsakh", regime.key());
        assertEquals(org.nkkg.model.EntityType.STATE, regime.type());
        assertEquals("gaz:republic-of-artsakh", at(d, "納卡方面").key());
        assertEquals("gaz:shusha", at(d, "舒沙").key());
        // the region itself stays a place
        assertEquals("gaz:nagorno-karabakh", at(real.process(TestData.doc("t", Lang.ZH_HANS, "纳卡地区局势紧张。\n")), "纳卡").key());
    }

    @Test void aBodyIntroducedByItsNameIsAnOrganizationAndSpeaksAsTheBody() {
        Document d = run(Lang.ZH_HANT, "隨後由一個名為國防委員會的委員會掌權,該委員會稱將暫時統治該飛地。");
        Mention body = at(d, "國防委員會");
        assertEquals(org.nkkg.model.EntityType.ORGANIZATION, body.type());
        assertEquals(body.key(), d.statements().get(0).speaker(), d.statements().toString());
    }
}
