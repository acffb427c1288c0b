package org.nkkg.extract;

import org.nkkg.model.Document;
import org.nkkg.model.EntityType;
import org.nkkg.model.EventMention;
import org.nkkg.model.EventType;
import org.nkkg.model.Mention;
import org.nkkg.model.Quantity;
import org.nkkg.model.Sentence;
import org.nkkg.model.TimeValue;
import org.nkkg.nlp.ChineseScript;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static java.util.Map.entry;

/**
 * Events from trigger words and from the names of known events, one per sentence, type and time.
 *
 * <p><b>Named events.</b> A name of a gazetteer event ("First Nagorno-Karabakh War", 第一次纳戈尔诺-卡拉巴赫战争) is a
 * mention of that event; its date is only one the name itself carries ("2020年纳卡停火协议") or a parenthesis right
 * after it ("(1988–1994)"). Triggers inside the name are not read again.
 *
 * <p><b>Arguments.</b> The first state/organization/person before the trigger is the agent, the first other one
 * after it the affected party, places are places; a reporting source ("据塔斯社报道") is neither.
 *
 * <p><b>Time</b>, bound to the clause of the trigger rather than to the sentence:
 * <ol>
 *   <li>the nearest date before the trigger in its clause — unless that date is an attribute of another noun
 *       ("2020年战争", "the 2020 ceasefire"), which only the trigger right after it may take;</li>
 *   <li>else the first date after the trigger in its clause ("launched an offensive on 19 September");</li>
 *   <li>else a date opening the sentence ("On 19 September 2023, …", "9月20日，…");</li>
 *   <li>else, for events that happen at a point in time, a day or month named in an earlier clause, then the date of
 *       the section heading. Long-lasting events (a blockade, a war) stop at step 3: "the blockade, in its ninth
 *       month" under a dated heading is not dated by that heading.</li>
 * </ol>
 * A trigger that is the object of a reference verb ("违反…停火协议", "in violation of the ceasefire") names an event
 * told elsewhere: it keeps only a date written between the verb and itself. A trigger under a verb of proposal,
 * demand or intent ("呼吁停火", "offered talks", "agreed to negotiate") is not an event that happened, and is dropped.
 * An event with neither a date nor an agent is most often a passing reference ("the ceasefire agreement"), so it is
 * not kept; attacks, captures and the like need a date, and so does a deployment of troops ("部署…部队"). Fighting told
 * without a victim ("交火", "与X发生冲突") is an attack only when the sentence names two parties.
 */
public final class EventExtractor {
    private static final Map<String, EventType> ZH = Map.ofEntries(
            entry("发起大规模军事进攻", EventType.MILITARY_OPERATION), entry("发动大规模进攻", EventType.MILITARY_OPERATION),
            entry("发起军事行动", EventType.MILITARY_OPERATION), entry("反恐行动", EventType.MILITARY_OPERATION),
            entry("军事行动", EventType.MILITARY_OPERATION), entry("攻势", EventType.MILITARY_OPERATION),
            entry("进攻", EventType.MILITARY_OPERATION),
            entry("炮击", EventType.ATTACK), entry("袭击", EventType.ATTACK), entry("轰炸", EventType.ATTACK),
            entry("开火", EventType.ATTACK),
            entry("停火", EventType.CEASEFIRE), entry("停止敌对行动", EventType.CEASEFIRE), entry("停止战斗", EventType.CEASEFIRE),
            entry("休战", EventType.CEASEFIRE), entry("停战", EventType.CEASEFIRE), entry("休兵", EventType.CEASEFIRE),
            entry("谈判", EventType.NEGOTIATION), entry("会谈", EventType.NEGOTIATION), entry("和谈", EventType.NEGOTIATION),
            entry("会晤", EventType.MEETING), entry("举行会议", EventType.MEETING), entry("举行了一次会议", EventType.MEETING),
            entry("通电话", EventType.MEETING),
            entry("签署协议", EventType.AGREEMENT), entry("达成协议", EventType.AGREEMENT),
            entry("抗议", EventType.PROTEST), entry("示威", EventType.PROTEST),
            entry("爆炸", EventType.EXPLOSION),
            entry("占领", EventType.CAPTURE), entry("夺取", EventType.CAPTURE), entry("攻占", EventType.CAPTURE),
            entry("控制了", EventType.CAPTURE), entry("成功控制", EventType.CAPTURE),
            entry("撤离", EventType.DISPLACEMENT), entry("疏散", EventType.DISPLACEMENT), entry("逃离", EventType.DISPLACEMENT),
            entry("转移", EventType.DISPLACEMENT),
            entry("逮捕", EventType.ARREST), entry("拘留", EventType.ARREST), entry("拘捕", EventType.ARREST),
            entry("签署法令", EventType.DECREE), entry("签署了一项法令", EventType.DECREE), entry("法令", EventType.DECREE),
            entry("屠杀", EventType.MASSACRE), entry("大屠杀", EventType.MASSACRE),
            entry("封锁", EventType.BLOCKADE),
            entry("公投", EventType.REFERENDUM), entry("全民公决", EventType.REFERENDUM), entry("公民投票", EventType.REFERENDUM),
            entry("宣布独立", EventType.DECLARATION),
            entry("战争", EventType.WAR),
            // more ways to tell the same kinds of event
            entry("通话", EventType.MEETING), entry("会见", EventType.MEETING), entry("紧急会议", EventType.MEETING),
            entry("召开会议", EventType.MEETING), entry("会面", EventType.MEETING), entry("峰会", EventType.MEETING),
            entry("击毙", EventType.ATTACK), entry("打死", EventType.ATTACK), entry("杀害", EventType.ATTACK),
            entry("狙击", EventType.ATTACK), entry("夷为平地", EventType.ATTACK), entry("空袭", EventType.ATTACK),
            entry("炮轰", EventType.ATTACK), entry("射杀", EventType.ATTACK), entry("击落", EventType.ATTACK),
            entry("被杀", EventType.ATTACK), entry("被杀害", EventType.ATTACK), entry("交锋", EventType.ATTACK),
            entry("违反停火", EventType.ATTACK),
            entry("收复", EventType.CAPTURE), entry("攻克", EventType.CAPTURE), entry("夺回", EventType.CAPTURE),
            entry("流离失所", EventType.DISPLACEMENT), entry("出逃", EventType.DISPLACEMENT), entry("逃难", EventType.DISPLACEMENT),
            entry("扣押", EventType.ARREST), entry("羁押", EventType.ARREST), entry("收押", EventType.ARREST),
            entry("紧急状态", EventType.DECREE),
            entry("游行", EventType.PROTEST), entry("集会", EventType.PROTEST), entry("罢工", EventType.PROTEST),
            entry("惨案", EventType.MASSACRE),
            entry("入侵", EventType.MILITARY_OPERATION), entry("进驻", EventType.MILITARY_OPERATION),
            entry("撤销", EventType.DECREE), entry("禁运", EventType.BLOCKADE), entry("内战", EventType.WAR),
            entry("攻击", EventType.ATTACK), entry("攻陷", EventType.CAPTURE), entry("陷落", EventType.CAPTURE),
            entry("失守", EventType.CAPTURE), entry("通过电话", EventType.MEETING), entry("电话会谈", EventType.MEETING));
    private static final Map<String, EventType> EN = Map.ofEntries(
            entry("launched a large-scale military offensive", EventType.MILITARY_OPERATION),
            entry("military offensive", EventType.MILITARY_OPERATION), entry("offensive", EventType.MILITARY_OPERATION),
            entry("military operation", EventType.MILITARY_OPERATION), entry("anti-terrorist", EventType.MILITARY_OPERATION),
            entry("shelling", EventType.ATTACK), entry("shelled", EventType.ATTACK), entry("attacked", EventType.ATTACK),
            entry("opened fire", EventType.ATTACK), entry("opening fire", EventType.ATTACK), entry("drone strike", EventType.ATTACK),
            entry("ceasefire", EventType.CEASEFIRE), entry("cease-fire", EventType.CEASEFIRE),
            entry("talks", EventType.NEGOTIATION), entry("negotiations", EventType.NEGOTIATION),
            entry("met with", EventType.MEETING), entry("a meeting", EventType.MEETING), entry("summit", EventType.MEETING),
            entry("signed an agreement", EventType.AGREEMENT), entry("agreed to", EventType.AGREEMENT),
            entry("protest", EventType.PROTEST), entry("protests", EventType.PROTEST), entry("protesters", EventType.PROTEST),
            entry("demonstration", EventType.PROTEST),
            entry("explosion", EventType.EXPLOSION), entry("exploded", EventType.EXPLOSION),
            entry("captured", EventType.CAPTURE), entry("took control", EventType.CAPTURE), entry("seized", EventType.CAPTURE),
            entry("evacuated", EventType.DISPLACEMENT), entry("evacuation", EventType.DISPLACEMENT), entry("fled", EventType.DISPLACEMENT),
            entry("fleeing", EventType.DISPLACEMENT), entry("displaced", EventType.DISPLACEMENT),
            entry("arrested", EventType.ARREST), entry("detained", EventType.ARREST),
            entry("signed a decree", EventType.DECREE), entry("decree", EventType.DECREE),
            entry("massacre", EventType.MASSACRE), entry("pogrom", EventType.MASSACRE),
            entry("blockade", EventType.BLOCKADE), entry("blockading", EventType.BLOCKADE),
            entry("referendum", EventType.REFERENDUM), entry("declared independence", EventType.DECLARATION),
            entry("war", EventType.WAR),
            entry("met", EventType.MEETING), entry("meeting", EventType.MEETING), entry("phone call", EventType.MEETING),
            entry("by telephone", EventType.MEETING), entry("by phone", EventType.MEETING),
            entry("over the phone", EventType.MEETING), entry("over phone", EventType.MEETING), entry("spoke with", EventType.MEETING),
            entry("was killed", EventType.ATTACK), entry("were killed", EventType.ATTACK), entry("shot at", EventType.ATTACK),
            entry("sniper", EventType.ATTACK), entry("firing at", EventType.ATTACK), entry("fired at", EventType.ATTACK),
            entry("airstrike", EventType.ATTACK), entry("air strike", EventType.ATTACK), entry("bombed", EventType.ATTACK),
            entry("ceasefire violations", EventType.ATTACK), entry("ceasefire violation", EventType.ATTACK),
            entry("violated the ceasefire", EventType.ATTACK),
            entry("fallen under", EventType.CAPTURE), entry("recaptured", EventType.CAPTURE), entry("fell to", EventType.CAPTURE),
            entry("landmine", EventType.EXPLOSION), entry("land mine", EventType.EXPLOSION), entry("blast", EventType.EXPLOSION),
            entry("arrest warrants", EventType.DECREE), entry("arrest warrant", EventType.DECREE), entry("ratified", EventType.DECREE),
            entry("ratifying", EventType.DECREE), entry("signed into law", EventType.DECREE), entry("state of emergency", EventType.DECREE),
            entry("surrendered to", EventType.ARREST),
            entry("rally", EventType.PROTEST), entry("rallies", EventType.PROTEST), entry("rallied", EventType.PROTEST), entry("protested", EventType.PROTEST),
            entry("protesting", EventType.PROTEST), entry("exodus", EventType.DISPLACEMENT),
            entry("invasion", EventType.MILITARY_OPERATION), entry("invaded", EventType.MILITARY_OPERATION),
            entry("embargo", EventType.BLOCKADE), entry("civil war", EventType.WAR));
    private static final List<String> ZH_KEYS = ZH.keySet().stream().sorted(EventExtractor::longestFirst).toList();
    private static final List<String> EN_KEYS = EN.keySet().stream().sorted(EventExtractor::longestFirst).toList();
    /** Long-lasting events: a date must be written in their own clause or open the sentence. */
    private static final Set<EventType> DURATIVE = EnumSet.of(EventType.BLOCKADE, EventType.WAR);
    /** What goes on for months or years, so that a year is all a narrative's chronology can give it. */
    private static final Set<EventType> LONG_LASTING = EnumSet.of(EventType.BLOCKADE, EventType.WAR, EventType.MILITARY_OPERATION);
    /** Attack and capture triggers are only events with a date: undated they are background. */
    private static final Set<EventType> NEED_DATE = EnumSet.of(EventType.ATTACK, EventType.CAPTURE, EventType.WAR,
            EventType.DISPLACEMENT, EventType.PROTEST, EventType.EXPLOSION);

    /** "27人死亡", "192名军人死亡", "7,000多人被疏散": a count of people, then the verb close after it. */
    private static final Pattern ZH_NUMBER = Pattern.compile(
            "(\\d[\\d,，]*)(?:多|余)?(?:名|人)(?:[^，。,\\d]{0,6}?)(死亡|丧生|遇难|受伤|被疏散|被撤离|被俘|失踪|逃离)");
    /** "打死27人", "疏散了7,000多人": the verb, then the count of people. */
    private static final Pattern ZH_VERB_NUMBER = Pattern.compile(
            "(打死|击毙|打伤|疏散|撤离|转移|俘虏)了?(?:超过|逾|至少|约|近|多达)?(\\d[\\d,，]*)(?:多|余)?(?:名|人)");
    private static final Pattern EN_NUMBER = Pattern.compile(
            "(\\d[\\d,]*) (?:(?!and |or |but )[a-zA-Z\\-]+ ){0,4}?(?:were |was |had been |have been )?(killed|wounded|injured|evacuated|captured|missing|fled|displaced)");
    /** "killed at least 68 people and injured nearly 300": the verb before its figure. */
    private static final Pattern EN_VERB_NUMBER = Pattern.compile(
            "\\b(killed|wounded|injured|evacuated|displaced|killing|wounding|injuring) (?:at least |more than |over |nearly |almost |about |around |some |up to |an estimated )?(\\d[\\d,]*)(?![\\d,]*\\s*(?:%|percent|km|kilomet|mile|meter|metre|hour|day|year|tank|vehicle))");

    /** Reference verbs: what follows is an event told elsewhere, not a new one. */
    private static final List<String> ZH_REFERENCE = List.of("违反", "违背", "遵守", "遵循", "根据", "按照", "依据", "依照",
            "破坏", "撕毁", "履行", "执行", "结束了", "纪念", "悼念", "谴责", "驱散");
    private static final List<String> EN_REFERENCE = List.of("violation of", "violating", "violated", "violate",
            "breach of", "breaching", "breached", "under the terms of", "terms of the", "comply with", "complying with",
            "adhere to", "adhering to", "respect the", "implement the", "implementation of", "ended the", "end to the",
            "commemorating", "commemorate", "in memory of", "anniversary of", "during the", "amid the", "following the",
            "after the", "before the", "since the", "throughout the", "in the course of the",
            "condemning the", "condemned the", "condemns the", "denouncing the", "denounced the",
            "last month's", "last week's", "last year's");
    /** Proposal, demand or intent: what follows has not happened. */
    private static final List<String> ZH_IRREALIS = List.of("呼吁", "要求", "敦促", "促请", "提出", "提议", "建议", "准备",
            "同意", "愿意", "希望", "计划", "打算", "拒绝", "应当", "必须", "寻求", "可能", "将与", "将于", "将在", "将会", "即将",
            "承诺", "誓言", "威胁", "以便", "为了", "以确保", "确保", "企图", "试图", "力图", "意图", "避免", "防止", "以免", "议题", "讨论", "预计", "拟于", "定于", "担心", "害怕", "以防", "反对", "允许");
    private static final List<String> EN_IRREALIS = List.of("called for", "calls for", "calling for", "called on",
            "urged", "urging", "urges", "proposed", "offered", "offering", "agreed to", "ready to", "willing to",
            "plans to", "planned to", "would ", "will ", "demanded", "refused to", "hoped", "sought", "seeking", "may ",
            "might ", "should ", "must ", "threatened to", "promised", "pledged", "vowed", "to allow", "in order to", "so that", "to ensure", "attempted to", "tried to",
            "attempting to", "trying to", "intended to", "aimed to", "avoid", "prevent", "suggested", "recommended",
            "forthcoming", "upcoming", "scheduled to", "expected to");
    /** "the 2020 ceasefire": a year used as an attribute of the noun after it. */
    private static final Pattern EN_ATTRIBUTE_YEAR = Pattern.compile("\\b(?:[Tt]he|[Aa]|[Ii]ts|[Tt]heir|[Tt]his) ((?:1[89]|20)\\d{2})(?= [A-Za-z])");
    /** "(1988–1994)", "（1988年－1994年）" right after a name. */
    private static final Pattern YEARS_IN_PARENS = Pattern.compile(
            "^\\s*[（(]\\s*((?:1[89]|20)\\d{2})年?\\s*(?:[–—\\-－~～至到]\\s*((?:1[89]|20)\\d{2})年?)?\\s*[)）]");
    /** After a year: what makes it an adverbial ("1988年，", "2022年以来", "1994年底") rather than an attribute. */
    private static final String ZH_ADVERBIAL_AFTER = "至到起以后前底初末中时间開开春夏秋冬上下内後時間";
    /** Killing words: an attack of their own only when the sentence tells no other event. */
    private static final Set<String> KILLING = Set.of("was killed", "were killed", "击毙", "打死", "杀害", "射杀", "被杀", "被杀害");

    /** Words that move a sentence away from the day its paragraph is about. */
    private static final Pattern LOOKS_BACK = Pattern.compile(
            "此前|之前|以前|早前|早在|曾经|去年|前年|当年|多年|随后|此后|其后|稍早|早些时候|日前|近日|上周|上星期|上月|上个月|本月|前几天|前些天|"
                    // "在战争中收复了…", "during the war": somewhen in the war, not on the day just named; a total
                    // ("战争共造成约3万人死亡") sums up the whole
                    + "在(?:这场|此次|该)?(?:战争|冲突|战斗)中|共造成|总共|共计|累计|总计|\\bin total\\b|(?:战争|冲突)期间|\\b(?:during|over the course of) the (?:war|conflict|fighting)\\b|"
                    + "(?:几|数)(?:天|日|周|个月)(?:后|之后|之内|内)|"
                    + "\\b(?:[Ww]ithin (?:days|weeks|months)|(?:[Dd]ays|[Ww]eeks|[Mm]onths) later)\\b|\\b(?:[Ee]arlier|[Pp]reviously|[Ll]ast (?:year|month|week)|years ago|in the past|[Ss]ince|[Bb]efore that|[Ss]ubsequently|[Aa]fterwards|[Ll]ater(?! that day| the same day| on the same day| in the day))\\b");
    private static final String ZH_CLAUSE = SentenceDates.ZH_CLAUSE;
    private static final int ZH_ATTRIBUTE_REACH = 14, EN_ATTRIBUTE_REACH = 45;

    private final DateNormalizer dates = new DateNormalizer();
    private final EventNames names;
    private final org.nkkg.kb.Gazetteer gazetteer;
    private final Resources res;

    public EventExtractor(Resources res) {
        this.names = new EventNames(res.gazetteer());
        this.gazetteer = res.gazetteer();
        this.res = res;
    }

    /**
     * Words for a meeting that are talks between the sides of the conflict when both sides take part in it, and a
     * diplomatic meeting otherwise ("held talks with Turkish diplomats"); negotiations, peace talks and phone calls
     * say what they are whoever takes part.
     */
    private static final Set<String> MEETING_OR_TALKS = Set.of("会谈", "会晤", "会面", "会见", "举行会议", "举行了一次会议",
            "talks", "met with", "a meeting", "met", "meeting");
    /**
     * The two sides of the conflict over Nagorno-Karabakh itself, by gazetteer id: Azerbaijan and the Karabakh
     * Armenians (their republic, or the region standing for its people's representatives). Armenia is a state in
     * talks with Azerbaijan as any other: its meetings are diplomacy unless called negotiations. An entity's side is
     * that of the first of these its "of" chain reaches.
     */
    private static final Map<String, Integer> SIDE = Map.of("azerbaijan", 1, "republic-of-artsakh", 2, "nagorno-karabakh", 2);

    public List<EventMention> extract(Document doc) {
        boolean zh = doc.lang().isChinese();
        SentenceDates sd = new SentenceDates(doc, dates);
        List<EventMention> out = new ArrayList<>();
        EventNames.Hit subject = subject(doc, zh);
        for (Sentence s : doc.sentences()) {
            String raw = doc.text().substring(s.begin(), s.end());
            String text = zh ? ChineseScript.simplifyChars(raw) : raw;
            boolean[] used = new boolean[text.length()];
            Set<String> seen = new java.util.HashSet<>();
            int first = out.size();
            List<Dated> ds = new ArrayList<>(dates(text, sd.in(s), zh));
            DateNormalizer.Found infobox = subject == null ? null : infoboxDate(text, sd.in(s));
            if (infobox != null) {
                // "日期2001年3月1日至2003年5月12日" in the infobox of an article about a known event: that event's time
                TimeValue date = infobox.end() == null ? infobox.value() : null;
                TimeValue start = infobox.end() == null ? null : infobox.value();
                out.add(new EventMention(subject.type(), s.begin() + infobox.begin(), s.begin() + infobox.endOffset(),
                        doc.text().substring(s.begin() + infobox.begin(), s.begin() + infobox.endOffset()), s.index(),
                        date, start, infobox.end(), List.of(), List.of(), List.of(), List.of(), subject.entry().id()));
                continue;
            }
            List<EventNames.Hit> hits0 = names.find(text, zh);
            for (EventNames.Hit h : hits0) {
                // a name that tells the act ("攻占舒沙", capturing Shusha) names the known event only in its years: on
                // a day of another year it is that act again
                if (describesAct(text, h, zh) && outsideYears(h, ds, hits0)) continue;
                for (int i = h.begin(); i < h.end(); i++) used[i] = true;
                // "the 2020 Nagorno-Karabakh war", "2020年纳卡战争": a year inside a name dates that event only
                ds.removeIf(d -> d.found().begin() >= h.begin() && d.found().endOffset() <= h.end());
                TimeValue[] t = namedTime(text, h, sd.in(s));
                // an event of a day told by its name ("what became known as Black January", "the Bishkek Protocol was
                // signed on 5 May 1994") takes the time its clause gives, as a trigger would — when it lies in the
                // years the gazetteer gives it (a later sentence naming it in passing does not date it)
                boolean launched = (h.type() == EventType.MILITARY_OPERATION || h.type() == EventType.WAR)
                        && LAUNCHED_BEFORE.matcher(text.substring(Math.max(0, h.begin() - 16), h.begin())).find();
                if (t[0] == null && t[1] == null && (ON_A_DAY.contains(h.type()) || launched) && h.entry().from() != null
                        && !ended(text, h.end(), zh) && referenceCue(text, h.begin(), h.end(), zh) < 0) {
                    DateNormalizer.Found f = when(text, h.begin(), h.end(), text.length(), h.type(), zh, ds);
                    if (f != null && f.end() == null && h.entry().holdsYears(f.value().first().getYear(), f.value().last().getYear())) {
                        // a war that broke out on a day began then; an operation launched on a day is of that day
                        t = h.type() == EventType.WAR ? new TimeValue[]{null, f.value(), null} : new TimeValue[]{f.value(), null, null};
                    }
                }
                // "…120人丧生。该事件被称为「黑一月」": naming what the paragraph has told, it takes that time (when it
                // lies in the event's years)
                if (t[0] == null && t[1] == null && ON_A_DAY.contains(h.type()) && h.entry().from() != null
                        && CALLED_BEFORE.matcher(text.substring(Math.max(0, h.begin() - 6), h.begin())).find()
                        && sd.earlierInParagraph(s) != null && sd.earlierInParagraph(s).precision() != TimeValue.Precision.YEAR) {
                    TimeValue p = sd.earlierInParagraph(s);
                    if (h.entry().holdsYears(p.first().getYear(), p.last().getYear())) t = new TimeValue[]{p, null, null};
                }
                // "该行动名为圆环行动": an operation or war named in a history's account of a year it lies in is of that
                // year (the gazetteer's years check the narrative's; the day is not told)
                Integer chronology = sd.chronologyYear(s);
                if (t[0] == null && t[1] == null && t[2] == null && LONG_LASTING.contains(h.type()) && h.entry().from() != null
                        && chronology != null && CALLED_BEFORE.matcher(text.substring(Math.max(0, h.begin() - 6), h.begin())).find()
                        && h.entry().holdsYears(chronology, chronology)) {
                    t = new TimeValue[]{TimeValue.year(chronology), null, null};
                }
                if (!seen.add(h.entry().id())) continue;
                // a name that tells the act ("亚美尼亚军队攻占舒沙") has its actor, and what it was done to, around it as a
                // trigger word does
                List<String> ag = List.of(), pl = List.of();
                int act = actWordLength(text, h, zh);
                if (act > 0) {
                    EventMention around = build(doc, s, sd, ds, h.type(), h.begin(), h.begin() + act, text, zh, text.length(), new boolean[text.length()], true);
                    // (only its actor: what follows a name is more often what it led to, "攻占舒沙在土耳其引起强烈反应")
                    if (around != null) ag = around.agents();
                    // (its place is the one the name holds: "Armenian forces captured Shusha, and … took Lachin")
                    pl = keysWithin(doc, s, h.begin(), h.end(), true);
                }
                out.add(new EventMention(h.type(), s.begin() + h.begin(), s.begin() + h.end(),
                        doc.text().substring(s.begin() + h.begin(), s.begin() + h.end()), s.index(),
                        t[0], t[1], t[2], ag, List.of(), pl, List.of(), h.entry().id()));
            }
            boolean[] named = used.clone(); // spans of named events: the places and parties in them are theirs
            for (Resolution r : resolutions(text, zh, used)) {
                EventMention em = build(doc, s, sd, ds, EventType.DECREE, r.begin(), r.end(), text, zh, r.end(), named);
                TimeValue respective = respectively(text, r, sd.in(s), zh);
                // "the 2008 United Nations General Assembly Resolution 62/243", "2008年联合国大会第62/243号决议": the year
                // that qualifies the resolution's own name is its year
                if (respective == null) respective = yearOfName(text, r.begin(), zh);
                if (em != null && respective != null) {
                    em = new EventMention(em.type(), em.begin(), em.end(), em.trigger(), em.sentence(), respective, null, null,
                            em.agents(), em.affected(), em.places(), em.quantities(), em.named());
                }
                String surface = doc.text().substring(s.begin() + r.begin(), s.begin() + r.end());
                out.add(em != null
                        ? new EventMention(em.type(), em.begin(), em.end(), surface, em.sentence(), em.date(), em.start(),
                                em.endDate(), em.agents(), em.affected(), em.places(), List.of(), r.key())
                        : new EventMention(EventType.DECREE, s.begin() + r.begin(), s.begin() + r.end(), surface, s.index(),
                                respective, null, null, List.of(), List.of(), List.of(), List.of(), r.key()));
            }
            List<int[]> dropped = new ArrayList<>();
            List<int[]> hits = triggers(text, zh, used);
            // "170 people were killed after an explosion": a death told beside another event is its toll, not an attack
            boolean other = out.size() > first || hits.stream().anyMatch(h -> !KILLING.contains(text.substring(h[0], h[1])));
            if (other) hits.removeIf(h -> KILLING.contains(text.substring(h[0], h[1])));
            for (int h = 0; h < hits.size(); h++) {
                int[] hit = hits.get(h);
                EventType type = EventType.values()[hit[2]];
                if (MEETING_OR_TALKS.contains(text.substring(hit[0], hit[1])))
                    type = peace(text, hit[0], zh) || bothSides(doc, s, text, hit[0], hit[1], zh) ? EventType.NEGOTIATION : EventType.MEETING;
                int next = h + 1 < hits.size() ? hits.get(h + 1)[0] : text.length();
                EventMention em = build(doc, s, sd, ds, type, hit[0], hit[1], text, zh, next, named);
                if (em != null && (hit[3] & DATED) != 0 && em.date() == null && em.start() == null) em = null;
                if (em != null && (hit[3] & TWO_PARTIES) != 0 && parties(doc, s) < 2) em = null;
                // one mention per kind and time; meetings also per partner ("会谈…,并与Y通话" are two)
                String partner = em != null && talks(type) ? "|" + em.affected() : "";
                if (em != null && seen.add(type + "|" + em.from() + "|" + em.endDate() + partner)) out.add(em);
                else if (em == null) dropped.add(hit);
            }
            attachFigures(out, first, dropped, s, text, zh);
        }
        return out;
    }

    /** @param next where the next trigger of the sentence begins: an English date after the trigger may reach up to it */
    private EventMention build(Document doc, Sentence s, SentenceDates sd, List<Dated> ds, EventType type, int tb, int te, String text,
                               boolean zh, int next, boolean[] named) {
        return build(doc, s, sd, ds, type, tb, te, text, zh, next, named, false);
    }

    /** @param told the event is known to have happened (a name told it): it needs no date of its own to be kept */
    private EventMention build(Document doc, Sentence s, SentenceDates sd, List<Dated> ds, EventType type, int tb, int te, String text,
                               boolean zh, int next, boolean[] named, boolean told) {
        if ((!newAssertion(doc, s, text, tb, te, zh) && irrealis(text, tb, zh, sd.in(s), type)) || negated(text, tb, zh)
                || notAnEvent(text, tb, te, type, zh)) return null;
        if ((zh ? ZH_MODAL_AFTER : EN_MODAL_AFTER).matcher(text.substring(te)).lookingAt()) return null;
        // "占领的地区", "行动的所有目标": the event qualifies a noun; it is told elsewhere, if anywhere
        if (zh && text.startsWith("的", te)) return null;
        // "2000名逃离亚美尼亚的阿塞拜疆人": people counted by what they once did, not that event told
        if (zh && countedRelative(text, tb, te)) return null;
        // "于1992年杀害了167-763名平民", "killed between 167 and 763 civilians": an estimated toll, not one attack
        if (KILLING.contains(text.substring(tb, te)) && estimatedToll(text, te, zh)) return null;
        // "进攻成功地将…夺回": what an offensive took is told as that offensive, not as a capture of its own
        if (zh && type == EventType.CAPTURE && OPERATION_SUBJECT.matcher(text.substring(clauseStart(text, tb, zh), tb)).lookingAt()) return null;
        // "开始了新一轮攻势,攻占了北部村庄": a capture with no subject of its own right after an offensive is what that
        // offensive took
        if (zh && type == EventType.CAPTURE && tookByOperation(doc, s, text, tb)) return null;
        boolean ended = ended(text, te, zh);
        DateNormalizer.Found best = ended ? null : when(text, tb, te, next, type, zh, ds);
        TimeValue date = null, start = null, end = null;
        if (best != null) {
            if (best.end() != null) { start = best.value(); end = best.end(); }
            else date = best.value();
        } else if (!ended && !DURATIVE.contains(type) && referenceCue(text, tb, te, zh) < 0 && sd.in(s).isEmpty()) {
            // a sentence that names no time continues the day its paragraph or section is about ("On 20 September,
            // X happened. Y was captured."), unless it says it looks back
            TimeValue context = sd.paragraph(s) != null ? sd.paragraph(s) : sd.heading(s);
            // "2020年秋季,双方爆发了冲突。冲突由俄罗斯调解,双方达成了和平协议。": the settlement of what the sentence
            // before told, in the year it gave (a month could be when the fighting began, weeks before the truce);
            // the statement of talks told just before ("会谈声明由…签署") is of those talks, in their month
            if (context == null && (type == EventType.AGREEMENT || type == EventType.CEASEFIRE) && sd.previous(s) != null
                    && (sd.previous(s).precision() == TimeValue.Precision.YEAR || (sd.previous(s).precision() == TimeValue.Precision.MONTH
                    && OF_THE_TALKS.matcher(text.substring(clauseStart(text, tb, zh), te)).find()))) context = sd.previous(s);
            // "同时,阿塞拜疆还…发起攻击", "Meanwhile, …": in a history, of the same stretch of the narrative as the time
            // last named in the paragraph, which fixes no more than its year (not its day: "meanwhile" fixes none); a
            // news item's "meanwhile" is of its day
            if (sd.earlierInParagraph(s) != null && sd.chronologyYear(s) != null && MEANWHILE.matcher(text).lookingAt())
                context = TimeValue.year(sd.earlierInParagraph(s).last().getYear());
            if (context != null && !LOOKS_BACK.matcher(text).find()) date = context;
        } else if (!ended && !DURATIVE.contains(type) && referenceCue(text, tb, te, zh) < 0 && sd.heading(s) != null) {
            date = sd.heading(s);
        }
        List<String> agents = new ArrayList<>(), affected = new ArrayList<>(), places = new ArrayList<>();
        String nearest = null, firstBefore = null, partner = null;
        int partnerEnd = -1, affectedEnd = -1;
        int cb = clauseStart(text, tb, zh);
        int bei = zh && tb > 0 ? text.lastIndexOf('被', tb - 1) : -1;
        // (被迫 "be forced to" keeps its subject as the actor)
        int passive = bei >= cb && bei + 1 < text.length() && "迫告动動".indexOf(text.charAt(bei + 1)) < 0 ? bei : -1;
        // "维和部队遭到阿塞拜疆军队袭击", "斯捷潘纳克特遭受了炮击": suffering it, as 被 does
        if (zh && tb > 0) {
            Matcher suffer = ZH_SUFFERS.matcher(text.substring(cb, tb));
            while (suffer.find()) passive = Math.max(passive, cb + suffer.start());
        }
        List<String> undergoer = new ArrayList<>(), targets = new ArrayList<>();
        // "对分离政权阿尔察赫发起军事进攻": what the operation is launched at undergoes it, whatever describes it
        int[] target = zh ? targetPhrase(text, cb, tb) : null;
        int dateline = SentenceDates.datelineEnd(s, text, zh);
        // "The European Parliament adopted a resolution condemning the offensive": who refers to an event is not who
        // did it; only names after the reference word may be its actors ("following Azerbaijan's offensive")
        int referred = Math.max(dateline, referredFrom(text, tb, te, zh));
        int openingCircumstance = 0;
        if ((zh ? ZH_SUBORDINATE : EN_SUBORDINATE).matcher(text).lookingAt()) {
            int circumstanceEnd = clauseEnd(text, 0, zh);
            if (circumstanceEnd < cb) openingCircumstance = circumstanceEnd;
        }
        for (Mention m : doc.mentions()) {
            if (m.begin() < s.begin() || m.end() > s.end()) continue;
            int rel = m.begin() - s.begin();
            if (rel < referred) continue; // (and "新华社埃里温9月28日电": where the item was filed)
            if (rel < named.length && named[rel]) continue; // "the 2020 Nagorno-Karabakh war": not where this event was
            // "来自亚美尼亚城市卡潘的难民", "关于卡拉巴赫危机的报道": where people come from, what a report is about — not
            // where the event was nor who took part
            if (zh && ZH_NOT_WHERE.matcher(text.substring(rel >= cb ? Math.max(cb, rel - 12) : Math.max(0, rel - 12), rel)).find()) continue;
            if (m.type() == EntityType.PLACE) { if (!places.contains(m.key())) places.add(m.key()); continue; }
            if (isSource(text, rel, m.end() - s.begin(), zh)) continue; // "据塔斯社报道": who reports, not who acts
            // "阿塞拜疆自治州纳卡议会", "亚美尼亚首都埃里温": a state naming where a unit or city lies does not act
            if (zh && UNIT_OF_STATE.matcher(text).region(m.end() - s.begin(), text.length()).lookingAt()) continue;
            // "数千名亚美尼亚民众在埃里温集会": the state qualifies the people who act, and is not one of them
            if (zh && rel < tb && m.type() == EntityType.STATE
                    && ZH_PEOPLE_OF.matcher(text).region(m.end() - s.begin(), text.length()).lookingAt()) continue;
            if (target != null && rel >= target[0] && m.end() - s.begin() <= target[1]) {
                if (!targets.contains(m.key())) targets.add(m.key());
                continue;
            }
            if (rel >= cb && rel < passive) {
                // "X被Y逮捕": X undergoes it; Y, after 被, is who acts (but "亚美尼亚媒体称X被…": who reports it does not)
                if (!undergoer.contains(m.key()) && !saidBetween(text, m.end() - s.begin(), passive, zh)) undergoer.add(m.key());
            } else if (rel < tb && !zh && m.type() == EntityType.STATE && text.startsWith("in ", Math.max(0, rel - 3))) {
                // "the parliament of the oblast in Azerbaijan voted": a state named as where someone is does not act
            } else if (rel < tb) {
                // who says or reports it ("路透社表示, 平民正逃离…") is not who does it
                // (nor the one something is done with: "投票赞成与阿塞拜疆统一,…全民公决"; but "with Azerbaijan
                // blockading the corridor" names who blockades)
                boolean absolute = !zh && ABSOLUTE_ING.matcher(text).region(m.end() - s.begin(), text.length()).lookingAt();
                // (nor one in an opening circumstance clause the trigger lies beyond: "Following advances by the
                // Azerbaijani military into …, authorities in Stepanakert agreed to …")
                if (firstBefore == null && !saidBetween(text, m.end() - s.begin(), tb, zh) && (!comitative(text, rel, zh) || absolute)
                        && rel >= openingCircumstance) {
                    firstBefore = m.key();
                }
                // the actor nearest the trigger in its clause, not a partner ("与X举行会议") or a speaker further back
                if (zh && partnerEnd >= 0 && m.type() == EntityType.PERSON && rel > partnerEnd
                        && RoleCues.whole(RoleCues.chinese(), text.substring(partnerEnd, rel))) {
                    // "与阿塞拜疆总统阿利耶夫通电话": the partner is the person the state's role word names
                    partner = m.key();
                    partnerEnd = -1;
                } else if (zh ? saidBetween(text, m.end() - s.begin(), tb, true)
                        : EN_SAID_THAT.matcher(text.substring(m.end() - s.begin(), tb)).find()) {
                    // who says it is no actor of what is said: "published a report warning that the blockade…",
                    // "亚美尼亚当局表示这起爆炸已造成20人死亡"
                } else if (rel >= cb && !comitative(text, rel, zh)) nearest = m.key();
                else if (rel >= cb && partner == null) { partner = m.key(); partnerEnd = m.end() - s.begin(); }
            } else if (rel >= te && affected.isEmpty()
                    && !((type == EventType.ARREST || type == EventType.DISPLACEMENT) && m.type() == EntityType.STATE)
                    // (what it is done to is named in its own clause: "斯捷潘纳克特遭受了炮击,并指责阿塞拜疆…" accuses a
                    // state of it; Chinese only, as English clauses run on over commas: "shelled villages, including…")
                    && !(zh && text.substring(te, rel).matches("(?s).*[，,;；:：。].*"))
                    // (nor is the one a later verb of saying names: "…were shelled, and accused Azerbaijan of…")
                    && !saidBetween(text, te, rel, zh)
                    // (an event referred to has no one it happens to past its own clause: "Following the war, peacekeepers…")
                    && !(referred > dateline && text.substring(te, rel).matches("(?s).*[,，;；].*"))) {
                // (a state is not arrested: "detained X, a resident … in Armenia" names someone the text does not know;
                // nor does it undergo a flight: "fled Nagorno-Karabakh for Armenia" names where they went)
                affected.add(m.key());
                affectedEnd = m.end() - s.begin();
            } else if (zh && affectedEnd >= 0 && m.type() == EntityType.PERSON && rel > affectedEnd) {
                // "逮捕了前纳卡政府国务部长鲁本·瓦尔达尼扬": the person the body's role word names is who undergoes it
                RoleCues.Cue r = RoleCues.endingAt(RoleCues.chinese(), text, rel);
                String gap = text.substring(affectedEnd, rel);
                if (r != null && gap.length() <= r.text().length() + 4 && !gap.matches(".*[，,。；;、和与].*")) affected.set(0, m.key());
                affectedEnd = -1;
            }
        }
        if (!undergoer.isEmpty()) { affected.clear(); affected.addAll(undergoer); if (nearest == null) firstBefore = null; }
        if (!targets.isEmpty()) { affected.removeAll(targets); affected.addAll(0, targets); }
        // "X与Y举行会谈": the one met is Y, not whoever the sentence names after the trigger
        if (partner != null && talks(type)) { affected.clear(); affected.add(partner); }
        if (!zh && nearest == null && cb > 0) {
            // "The president of …, Samvel Shahramanyan, has signed a decree": the name just before the clause's comma
            for (Mention m : doc.mentions()) {
                int re = m.end() - s.begin();
                if (m.begin() >= s.begin() && m.begin() - s.begin() >= referred && re <= cb && re >= cb - 2 && text.substring(re, cb).matches(",\\s?|")
                        && m.type() != EntityType.PLACE && !isSource(text, m.begin() - s.begin(), re, false)) nearest = m.key();
            }
        }
        // "Saghyan, the mayor of Martuni, was killed by an Azerbaijani sniper": the subject undergoes what the noun after
        // "by" names, and is no actor of it
        if (!zh && EN_DONE_BY_NOUN.matcher(text.substring(Math.max(0, tb - 60), tb)).find()) {
            String subject = nearest != null ? nearest : firstBefore;
            if (subject != null) {
                affected.clear();
                affected.add(subject);
                nearest = null;
                firstBefore = null;
            }
        }
        if (!zh && EN_PASSIVE_BEFORE.matcher(text.substring(Math.max(0, tb - 12), tb)).find()) {
            // "X was arrested by Azerbaijan": the one after "by" acts, the subject undergoes it
            String by = null;
            Matcher b = EN_BY.matcher(text.substring(te));
            if (b.lookingAt()) {
                for (Mention m : doc.mentions()) {
                    if (m.begin() - s.begin() == te + b.end() && m.type() != EntityType.PLACE) by = m.key();
                }
            }
            String subject = nearest != null ? nearest : firstBefore;
            if (by != null || subject != null) {
                affected.clear();
                if (subject != null) affected.add(subject);
                nearest = by;
                firstBefore = null;
            }
        }
        // "A和B互相指责对方发动军事行动": the actor is "the other side", which the text does not name
        if (zh && text.substring(cb, tb).contains("对方")) { nearest = null; firstBefore = null; }
        // "where a court ordered him held": the court the trigger names acts (by its name when it has one), not a
        // name earlier in the sentence
        if (!zh && COURT_TRIGGER.matcher(text.substring(tb, te)).find()) {
            nearest = null;
            firstBefore = null;
            for (Mention m : doc.mentions()) {
                int rel = m.begin() - s.begin();
                if (rel >= tb && m.end() - s.begin() <= te && m.type() == EntityType.ORGANIZATION) nearest = m.key();
            }
        }
        // "police detained dozens of protesters", "警方逮捕了数十名抗议者": told by its protesters, a protest has no
        // actor among the names before them (those act on the protesters)
        if (type == EventType.PROTEST && (zh ? text.startsWith("者", te) : text.substring(tb, te).startsWith("protester"))) {
            nearest = null;
            firstBefore = null;
        }
        // "苏军部队试图制止对亚美尼亚人的袭击": who stops it is not who does it
        if (zh && ZH_STOPPING.matcher(text.substring(cb, tb)).find()) { nearest = null; firstBefore = null; }
        // "阿塞拜疆国防部19日发表声明说,当天在纳卡地区展开'反恐行动'": a clause launching an operation with no
        // subject of its own, right after a body's saying, is that body's act
        if (zh && nearest == null && ZH_SUBJECTLESS_LAUNCH.matcher(text.substring(cb, tb)).matches()) {
            String sayer = sayerBefore(doc, s, text, cb);
            if (sayer != null) { nearest = sayer; firstBefore = null; }
        }
        // "卡申矿山已经落入阿塞拜疆控制": who took it is named inside the phrase, what fell before it
        List<String> taker = zh && text.startsWith("落入", tb) ? keysWithin(doc, s, tb + 2, te, false) : List.of();
        if (!taker.isEmpty()) {
            nearest = taker.get(0);
            firstBefore = null;
            affected.remove(nearest);
        }
        // "声明由马马多夫、特尔-彼得罗相和拉夫桑贾尼签署": those after 由 inside the construction signed it
        int by = zh ? text.substring(tb, te).indexOf('由') : -1;
        if (by >= 0) {
            List<String> signers = keysWithin(doc, s, tb + by + 1, te, false);
            if (!signers.isEmpty()) {
                nearest = signers.get(signers.size() - 1);
                firstBefore = null;
                for (String x : signers) if (!agents.contains(x) && !x.equals(nearest)) agents.add(x);
                affected.removeAll(signers);
            }
        }
        // "Azerbaijani forces reportedly took control of Martuni": a state's forces named by its adjective act for it
        // (not of a protest or a flight: "Armenian police detained dozens of protesters" act on them)
        if (!zh && nearest == null && firstBefore == null && type != EventType.PROTEST && type != EventType.DISPLACEMENT) {
            Matcher f = EN_STATE_FORCES.matcher(text.substring(Math.max(referred, cb), tb));
            String state = null;
            while (f.find()) {
                org.nkkg.kb.GazetteerEntry g = res.stateByAdjective(f.group(1));
                state = g == null ? null : "gaz:" + g.id();
            }
            if (state != null) { nearest = state; affected.remove(state); }
        }
        String agent = nearest != null ? nearest : firstBefore;
        if (agent != null) {
            // "帕希尼扬、阿利耶夫和普京签署停火协议", "Pashinyan, Aliyev and Putin signed": each of a list acts
            // (English lists run over the commas that end its clauses: "Armenia, Azerbaijan and Russia signed")
            for (String co : coordinatedBefore(doc, s, text, agent, zh ? cb : 0)) if (!agents.contains(co)) agents.add(co);
            agents.add(agent);
            // "…阿利耶夫和俄罗斯总统普京签署": after the actor, 和 joins another actor (but 与X会谈: the one met)
            if (!talks(type)) {
                for (String co : coordinatedAfter(doc, s, text, agent, tb)) if (!agents.contains(co)) agents.add(co);
            }
            affected.removeAll(agents);
        }
        boolean dated = date != null || start != null;
        // "会谈是在建设性的气氛中进行的", "the talks were constructive": talks with no one named and no time of their
        // own are the talks the text has just told
        if (talks(type) && best == null && agents.isEmpty() && affected.isEmpty()) return null;
        // "攻占此地使…成为可能": the capture of "this place", with no time of its own, is the one just told
        if (zh && type == EventType.CAPTURE && best == null && ZH_THIS_PLACE.matcher(text.substring(te)).lookingAt()) return null;
        // a protest somewhere named is an event even when the text gives no date ("protesters in London")
        boolean placedProtest = type == EventType.PROTEST && !places.isEmpty();
        // in a history, such a protest told with no time of its own is of the year the narrative has reached: crowds
        // are told in the order they gathered ("在宣布合并之前,亚美尼亚已在埃里温开始示威")
        if (placedProtest && date == null && start == null && !ended && sd.chronologyYear(s) != null
                && referenceCue(text, tb, te, zh) < 0 && !LOOKS_BACK.matcher(text).find()) date = TimeValue.year(sd.chronologyYear(s));
        // "David Babayan surrendered to Azerbaijani authorities": who surrenders is taken into custody, and those he
        // surrenders to take him
        if (type == EventType.ARREST && !zh && text.substring(tb, te).startsWith("surrendered")) {
            List<String> taken = List.copyOf(agents);
            agents.clear();
            if (!affected.isEmpty()) agents.add(affected.get(0));
            affected.clear();
            affected.addAll(taken);
        }
        // so is the arrest of someone named ("卡拉巴赫委员会被莫斯科当局逮捕"), whoever made it
        boolean namedArrest = type == EventType.ARREST && !affected.isEmpty();
        if (!told && !dated && !placedProtest && !namedArrest && (agents.isEmpty() || NEED_DATE.contains(type))) return null;
        return new EventMention(type, s.begin() + tb, s.begin() + te, doc.text().substring(s.begin() + tb, s.begin() + te),
                s.index(), date, start, end, agents, affected, places, List.of(), null);
    }

    /** The keys of the mentions within [from, to) of the sentence, each once, places or all but places. */
    private static List<String> keysWithin(Document doc, Sentence s, int from, int to, boolean places) {
        List<String> out = new ArrayList<>();
        for (Mention m : doc.mentions()) {
            int rel = m.begin() - s.begin();
            if (rel >= from && m.end() - s.begin() <= to && (m.type() == EntityType.PLACE) == places && !out.contains(m.key())) out.add(m.key());
        }
        return out;
    }

    private static final Pattern LIST_JOINER = Pattern.compile("、|和|及|以及|,\\s*|，");

    /**
     * The names listed before the actor in its clause, of its kind (persons with persons, states and bodies with
     * states and bodies), each joined by a list word and heading nothing but a role ("亚美尼亚总理帕希尼扬、阿塞拜疆
     * 总统阿利耶夫和俄罗斯总统普京").
     */
    private static final Pattern EN_LIST_JOINER = Pattern.compile("(?:,\\s*|\\s+and\\s+|,\\s+and\\s+)(?:(?:[A-Z][a-z]+|of|the)\\s+){0,4}");

    private static List<String> coordinatedBefore(Document doc, Sentence s, String text, String agentKey, int cb) {
        boolean zh = doc.lang().isChinese();
        List<Mention> in = new ArrayList<>();
        for (Mention m : doc.mentions()) if (m.begin() >= s.begin() + cb && m.end() <= s.end()) in.add(m);
        int at = -1;
        for (int i = in.size() - 1; i >= 0; i--) if (in.get(i).key().equals(agentKey)) { at = i; break; }
        List<String> out = new ArrayList<>();
        if (at < 0) return out;
        boolean person = in.get(at).type() == EntityType.PERSON;
        // the actor's own noun phrase starts at its state or body ("俄罗斯总统普京")
        int start = in.get(at).begin() - s.begin();
        for (int j = at - 1; j >= 0; j--) {
            Mention m = in.get(j);
            String between = text.substring(m.end() - s.begin(), start);
            if (zh && person && m.type() != EntityType.PERSON && m.type() != EntityType.PLACE && RoleCues.whole(RoleCues.chinese(), between)) {
                start = m.begin() - s.begin();
                continue;
            }
            // (English titles between the joiner and the next name: "Aliyev and Russian President Vladimir Putin")
            if (!(zh ? LIST_JOINER : EN_LIST_JOINER).matcher(between).matches()) break;
            if (!sameKind(person, m) || comitative(text, m.begin() - s.begin(), zh)) break;
            out.add(0, m.key());
            start = m.begin() - s.begin();
        }
        return out;
    }

    /** A co-actor of a person is a person; of a state or body, a state or body. */
    private static boolean sameKind(boolean person, Mention m) {
        return person ? m.type() == EntityType.PERSON : m.type() == EntityType.STATE || m.type() == EntityType.ORGANIZATION;
    }

    /** Names of the actor's kind listed after it, up to the trigger ("A和B签署", "A、B和俄罗斯总统C签署"). */
    private static List<String> coordinatedAfter(Document doc, Sentence s, String text, String agentKey, int tb) {
        List<Mention> in = new ArrayList<>();
        for (Mention m : doc.mentions()) if (m.begin() >= s.begin() && m.end() - s.begin() <= tb) in.add(m);
        int at = -1;
        for (int i = 0; i < in.size(); i++) if (in.get(i).key().equals(agentKey)) at = i;
        List<String> out = new ArrayList<>();
        if (at < 0) return out;
        Mention last = in.get(at);
        boolean person = last.type() == EntityType.PERSON, zh = doc.lang().isChinese();
        Pattern joiner = zh ? LIST_JOINER : EN_LIST_JOINER;
        for (int j = at + 1; j < in.size(); j++) {
            Mention m = in.get(j);
            String between = text.substring(last.end() - s.begin(), m.begin() - s.begin());
            if (!joiner.matcher(between).matches()) break;
            if (sameKind(person, m)) { out.add(m.key()); last = m; continue; }
            // a state or body heading the next name's role ("和俄罗斯总统普京"): go on to the name
            if (zh && person && m.type() != EntityType.PERSON && j + 1 < in.size() && in.get(j + 1).type() == EntityType.PERSON
                    && RoleCues.whole(RoleCues.chinese(), text.substring(m.end() - s.begin(), in.get(j + 1).begin() - s.begin()))) {
                out.add(in.get(j + 1).key());
                last = in.get(j + 1);
                j++;
                continue;
            }
            break;
        }
        // only up to the trigger: nothing but the verb may follow the last of them
        String tail = text.substring(last.end() - s.begin(), tb);
        return zh ? (tail.length() <= 4 ? out : List.of()) : (tail.length() <= 20 && !tail.contains(",") ? out : List.of());
    }

    /** Meetings and negotiations: one per partner in a sentence, the partner being the one met. */
    private static boolean talks(EventType type) { return type == EventType.MEETING || type == EventType.NEGOTIATION; }

    /** "和平会谈", "peace talks", "a fourth round of talks", "第二轮会谈": negotiations, whoever the text names. */
    private static boolean peace(String text, int tb, boolean zh) {
        // (and talks a third party brings about: "经过几个月的穿梭外交之后,伊朗…邀请…进行双边会谈", "mediated talks")
        if (zh) return text.startsWith("和平", Math.max(0, tb - 2)) || text.startsWith("轮", Math.max(0, tb - 1))
                || ZH_MEDIATED.matcher(text.substring(0, tb)).find();
        String before = text.substring(0, tb).toLowerCase(java.util.Locale.ROOT);
        return before.endsWith("peace ") || before.endsWith("round of ") || before.endsWith("rounds of ")
                || EN_MEDIATED.matcher(before).find();
    }

    private static final Pattern ZH_MEDIATED = Pattern.compile("调解|調解|调停|調停|斡旋|穿梭外交");
    private static final Pattern EN_MEDIATED = Pattern.compile("\\bmediat|\\bbrokered\\b|shuttle diplomacy");

    /** Whether the trigger's clause names participants from both sides of the conflict. */
    private boolean bothSides(Document doc, Sentence s, String text, int tb, int te, boolean zh) {
        int cb = clauseStart(text, tb, zh), ce = zh ? clauseEnd(text, te, true) : endOfEnglishClause(text, te);
        int sides = 0;
        for (Mention m : doc.mentions()) {
            int rel = m.begin() - s.begin();
            if (m.begin() < s.begin() || m.end() > s.end() || rel < cb || m.end() - s.begin() > ce) continue;
            if (isSource(text, rel, m.end() - s.begin(), zh)) continue;
            String id = m.key().startsWith("gaz:") ? m.key().substring(4)
                    : m.key().startsWith("org:") ? m.key().split(":")[1] : null;
            // a place takes part only as the region whose people it stands for, not as where the meeting is
            if (id == null || (m.type() == EntityType.PLACE && !SIDE.containsKey(id))) continue;
            sides |= side(id);
        }
        return sides == 3;
    }

    private int side(String id) {
        for (int hops = 0; id != null && hops < 6; hops++) {
            Integer side = SIDE.get(id);
            if (side != null) return side;
            org.nkkg.kb.GazetteerEntry e = gazetteer.get(id);
            id = e == null || e.of() == null || e.of().isEmpty() ? null : e.of();
        }
        return 0;
    }

    /** An English clause runs to the sentence's end or a semicolon: commas there set off dates and appositions. */
    private static int endOfEnglishClause(String text, int at) {
        int semi = text.indexOf(';', at);
        return semi < 0 ? text.length() : semi;
    }

    /** Distinct states, organizations and persons the sentence names, reporting sources aside. */
    private static int parties(Document doc, Sentence s) {
        String text = ChineseScript.simplifyChars(doc.text().substring(s.begin(), s.end()));
        Set<String> keys = new java.util.HashSet<>();
        for (Mention m : doc.mentions()) {
            if (m.begin() < s.begin() || m.end() > s.end() || m.type() == EntityType.PLACE) continue;
            if (!isSource(text, m.begin() - s.begin(), m.end() - s.begin(), true)) keys.add(m.key());
        }
        return keys.size();
    }

    private static int longestFirst(String a, String b) {
        return a.length() != b.length() ? b.length() - a.length() : a.compareTo(b);
    }

    /** A dated time expression with whether it is an attribute of the noun after it ("2020年战争"). */
    private record Dated(DateNormalizer.Found found, boolean attribute) {}

    /** The sentence's dates, each marked as an adverbial or as an attribute; English attribute years added. */
    private static List<Dated> dates(String text, List<DateNormalizer.Found> found, boolean zh) {
        List<Dated> out = new ArrayList<>();
        for (DateNormalizer.Found f : found) {
            boolean attribute = false;
            if (zh && f.value().precision() == TimeValue.Precision.YEAR && f.end() == null && f.endOffset() < text.length()) {
                char next = text.charAt(f.endOffset());
                attribute = Character.UnicodeScript.of(next) == Character.UnicodeScript.HAN && ZH_ADVERBIAL_AFTER.indexOf(next) < 0
                        // "于1921年占领", "在1995年载有…的飞机被击落": a year after a preposition of time says when
                        && !(f.begin() > 0 && "在于於".indexOf(text.charAt(f.begin() - 1)) >= 0);
            } else if (zh && f.value().precision() == TimeValue.Precision.MONTH && f.end() == null && text.startsWith("的", f.endOffset())) {
                attribute = true; // "8月的进攻": the month of another event
            }
            out.add(new Dated(f, attribute));
        }
        if (!zh) {
            Matcher m = EN_ATTRIBUTE_YEAR.matcher(text);
            while (m.find()) {
                int b = m.start(1), e = m.end(1);
                if (found.stream().noneMatch(f -> f.begin() < e && b < f.endOffset())) {
                    out.add(new Dated(new DateNormalizer.Found(b, e, TimeValue.year(Integer.parseInt(m.group(1))), null), true));
                }
            }
            out.sort((x, y) -> Integer.compare(x.found().begin(), y.found().begin()));
        }
        return out;
    }

    /** Verbs of saying and reporting: a date before one of them is when it was said, not when the event told happened. */
    private static final List<String> ZH_SAYING = List.of("表示", "声称", "称", "说", "指出", "强调", "报道", "报导", "否认", "认为", "透露",
            "裁定", "裁决", "判定");
    private static final Pattern EN_SAYING = Pattern.compile("\\b(said|says|saying|stated|stating|told|reported|reporting|claimed|claiming|denied|denying|noted|added|according to|warned|warning|alleged|alleging|accused|accusing|argued|arguing|confirmed|confirming)\\b");

    private static final Pattern EN_SAID_THAT = Pattern.compile("\\b(?:said|says|saying|stated|stating|claimed|claiming|warned|warning|alleged|alleging|argued|arguing|concluded|concluding|noted|noting|confirmed|confirming|announced|announcing|reported|reporting|acknowledged|added|told \\w+) that\\b"
            // "Armenia accused Azerbaijani forces of opening fire": the accuser is no actor
            + "|\\b(?:accused|accusing|accuses|blamed|blaming|blames) (?:\\S+ ){1,5}?(?:of|for)\\b");

    /** A clause opening with at most a time and a place, then a verb of launching: "当天在纳卡地区展开“". */
    private static final Pattern ZH_SUBJECTLESS_LAUNCH = Pattern.compile(
            "\\s*(?:当天|当日|今天|同日|\\d{1,2}日)?(?:在[^，,。；;]{1,15})?(?:展开|发动|发起|开展)了?(?:一场|一次)?[“\"「]?");

    /** Between a body and its verb of saying: at most a time and a speech noun ("19日发表声明说"). */
    private static final Pattern SAYER_GAP = Pattern.compile(
            "(?:\\d{1,2}日|当天|今天)?(?:发表声明|发表公告|发布消息|在声明中)?(?:" + String.join("|", ZH_SAYING) + ")");

    /** The body or state whose saying ends right before {@code cb} ("阿塞拜疆国防部19日发表声明说,"), or null. */
    private static String sayerBefore(Document doc, Sentence s, String text, int cb) {
        String lead = text.substring(0, cb).replaceAll("[，,：:\\s]+$", "");
        boolean says = ZH_SAYING.stream().anyMatch(lead::endsWith);
        if (!says) return null;
        String sayer = null;
        for (Mention m : doc.mentions()) {
            int rel = m.begin() - s.begin();
            if (m.begin() < s.begin() || rel >= cb || m.type() == EntityType.PLACE || m.type() == EntityType.PERSON) continue;
            // the subject of that clause: nothing but a time and a speech noun between it and the verb
            String between = text.substring(m.end() - s.begin(), lead.length());
            if (SAYER_GAP.matcher(between).matches()) sayer = m.key();
        }
        return sayer;
    }

    private static final Pattern ZH_NAMING = Pattern.compile("简称|称为|称作|被称|号称|堪称|俗称|统称|人称|昵称|称之为");

    private static boolean saidBetween(String text, int from, int to, boolean zh) {
        if (from >= to) return false;
        String between = text.substring(from, to);
        if (!zh) return EN_SAYING.matcher(between).find();
        between = between.replace("据报道", ""); // a hedge, not a saying with a date of its own
        between = ZH_NAMING.matcher(between).replaceAll(""); // "(简称纳卡地区)", "被称为": naming, not saying
        for (String v : ZH_SAYING) if (between.contains(v)) return true;
        return false;
    }

    /** The time of a trigger at [tb, te), by the steps of the class comment; null when the text does not fix one. */
    private static DateNormalizer.Found when(String text, int tb, int te, int next, EventType type, boolean zh, List<Dated> ds) {
        // English puts the time after the event, often past a comma ("an explosion at a depot, 5 km away, on 25
        // September"); Chinese before it, so there the clause ends the search
        int cb = clauseStart(text, tb, zh), ce = zh ? clauseEnd(text, te, zh) : Math.max(clauseEnd(text, te, zh), next);
        int ref = referenceCue(text, tb, te, zh);
        int reach = zh ? ZH_ATTRIBUTE_REACH : EN_ATTRIBUTE_REACH;
        // "fled on Monday after Azerbaijan reclaimed the region in a lightning offensive last week": a time of its own
        // the text leaves vague, and no other's
        if (!zh && EN_VAGUE_AFTER.matcher(text.substring(te, Math.min(text.length(), te + 60))).find()) return null;
        // 1. nearest before, in the clause (after the reference verb, when there is one)
        for (int i = ds.size() - 1; i >= 0; i--) {
            DateNormalizer.Found f = ds.get(i).found();
            if (f.endOffset() > tb || f.begin() < Math.max(cb, ref)) continue;
            // "…fled on Monday after Azerbaijan reclaimed the region": the day of the main clause
            if (!zh && EN_SUBORDINATOR.matcher(text.substring(f.endOffset(), tb)).find()) return null;
            if (ds.get(i).attribute() && tb - f.endOffset() > reach) continue; // it qualifies another noun
            // "至5月,…已经…": what was so by then, not when it happened — but a town taken by a day ("到4月3日,…已经
            // 占领了克尔巴贾尔") fell that day at the latest, and the narrative tells it there
            if (zh && SentenceDates.limit(text, f)) return takenBy(text, f, tb, type) ? f : null;
            if (saidBetween(text, f.endOffset(), tb, zh)) return null; // "X 22日表示,…行动": the date of the saying
            // "Aliyev said on Wednesday his country had restored … after a military operation": the date is the
            // saying's, and what was said lies before it ("reported on 29 September that a meeting took place" may be
            // of that day)
            if (!zh && EN_SAID_ON.matcher(text.substring(Math.max(0, f.begin() - 40), f.begin())).find()
                    && EN_BEFORE_THEN.matcher(text.substring(f.endOffset(), tb)).find()) return null;
            return f;
        }
        if (ref >= 0) return null;
        // "On 19 September, Azerbaijan launched an offensive, and the army agreed to disarm the next day": a relative
        // day after an English trigger, in its clause, is its own (before the date opening the sentence)
        if (!zh) {
            for (Dated d : ds) {
                if (d.found().begin() < te || d.found().endOffset() > ce || d.attribute()) continue;
                if (EN_RELATIVE_DAY.matcher(text.substring(d.found().begin(), d.found().endOffset())).lookingAt()) return d.found();
            }
        }
        // 2. a date opening the sentence
        if (!ds.isEmpty()) {
            Dated first = ds.get(0);
            // "On 2 October, the ministry said that a patrol was shot at": what a sentence opening with a day reports
            // is most often of that day
            // (not the day in a Chinese dateline, "（中央社台北20日综合外电报导）": when the item was filed)
            java.util.regex.Matcher line = zh ? SentenceDates.ZH_DATELINE.matcher(text) : null;
            boolean filed = line != null && line.lookingAt() && first.found().begin() < line.end();
            if (!first.attribute() && !filed && first.found().endOffset() <= tb && first.found().begin() <= (zh ? 6 : 12)
                    && !(zh && SentenceDates.limit(text, first.found()) && !takenBy(text, first.found(), tb, type))) {
                // "9月20-23日…举行和平会谈之后,双方同意…签署公报": what the talks ended in is of the month they ended,
                // not of their days
                if (type == EventType.AGREEMENT && first.found().end() != null
                        && AFTER_TALKS.matcher(text.substring(first.found().endOffset(), tb)).find()) {
                    java.time.LocalDate last = first.found().end().last();
                    return new DateNormalizer.Found(first.found().begin(), first.found().endOffset(),
                            TimeValue.month(last.getYear(), last.getMonthValue()), null);
                }
                return first.found();
            }
        }
        // 3. first adverbial after, in the clause, unless it is a deadline ("dissolved by 1 January 2024")
        for (Dated d : ds) {
            if (d.found().begin() < te || d.found().endOffset() > ce || d.attribute() || deadline(text, d.found(), zh)) continue;
            // Chinese puts an event's time before its verb; one after it only in "…会议于9月21日举行"
            if (zh && !afterNoun(text.substring(te, d.found().begin()))) continue;
            // "signed a decree ordering all citizens to report between 1 and 31 October": the time of what it orders
            if (!zh && EN_CONTENT.matcher(text.substring(te, d.found().begin())).find()) continue;
            // "have fled the enclave since Azerbaijan's offensive on Sept. 19": the time of what it has gone on since
            if (!zh && text.substring(te, d.found().begin()).matches("(?s).*\\b(?:since|after|before|following)\\b.*")) return null;
            return d.found();
        }
        if (DURATIVE.contains(type)) return null;
        // 4. a day or month of an earlier clause
        for (int i = ds.size() - 1; i >= 0; i--) {
            DateNormalizer.Found f = ds.get(i).found();
            if (f.endOffset() <= cb && !ds.get(i).attribute() && f.value().precision() != TimeValue.Precision.YEAR) {
                return saidBetween(text, f.endOffset(), tb, zh) || (zh && SentenceDates.limit(text, f)) || subordinate(text, f, zh) ? null : f;
            }
        }
        return null;
    }

    /** A clause opening "随着", "由于", "As", "After": a circumstance with a verb (and a time) of its own. */
    private static final Pattern ZH_SUBORDINATE = Pattern.compile("\\s*(?:随着|随著|隨著|由于|由於|因为|因為|为了|為了|虽然|雖然|尽管|儘管)");
    private static final Pattern EN_SUBORDINATE = Pattern.compile("\\s*(?:As|While|Although|Though|Because|After|Following)\\b");

    /**
     * "随着戈尔巴乔夫于1991年12月26日辞职,…也宣布独立": the day of a circumstance clause is when that happened, not
     * what the main clause tells.
     */
    private static boolean subordinate(String text, DateNormalizer.Found f, boolean zh) {
        return (zh ? ZH_SUBORDINATE : EN_SUBORDINATE).matcher(text).region(clauseStart(text, f.begin(), zh), f.begin()).lookingAt();
    }

    private static final Pattern EN_RELATIVE_DAY = Pattern.compile("(?i)(?:on )?(?:the (?:next|following|same) day|that (?:same )?day)");

    private static final Pattern EN_YEAR_OF_NAME = Pattern.compile("\\b(?:the\\s+)?((?:19|20)\\d{2})\\s+(?:\\p{Lu}[\\p{L}.]*\\s+){1,6}$");
    private static final Pattern ZH_YEAR_OF_NAME = Pattern.compile("((?:19|20)\\d{2})年(?:联合国)?(?:安理会|大会|安全理事会)?(?:第)?$");

    private static TimeValue yearOfName(String text, int begin, boolean zh) {
        Matcher m = (zh ? ZH_YEAR_OF_NAME : EN_YEAR_OF_NAME).matcher(text.substring(Math.max(0, begin - 60), begin));
        return m.find() ? TimeValue.year(Integer.parseInt(m.group(1))) : null;
    }

    /** Words after an English trigger that open what it orders or intends, whose own time a later date is. */
    private static final Pattern EN_CONTENT = Pattern.compile("\\b(?:ordering|requiring|instructing|obliging|calling for|to [a-z]+)\\b");


    private static boolean afterNoun(String between) {
        return between.length() <= 6 && (between.endsWith("于") || between.endsWith("在")) && !between.contains("并");
    }

    /** "by 1 January 2024", "until…", "2024年1月1日前": a limit set by the event, not its time. */
    private static boolean deadline(String text, DateNormalizer.Found f, boolean zh) {
        if (SentenceDates.deadline(text, f, zh)) return true;
        // for the event's own time also a start or a point it runs from: "至/到…", "from, since, after…"
        if (zh) {
            String before = text.substring(Math.max(0, f.begin() - 1), f.begin());
            return before.equals("至") || before.equals("到");
        }
        return text.substring(Math.max(0, f.begin() - 9), f.begin()).matches("(?s).*\\b(?:from|since|after) (?:the )?$");
    }

    private static final Pattern ZH_WITH_DESCRIBED = Pattern.compile("[与同跟與][^，,。；;、与同跟與]{1,12}的$");

    /** "对X发起/发动/展开/进行(了)(一场)(军事)…" right before the trigger: the span of X, else null. */
    private static final String ZH_LAUNCH = "(?:发起|發起|发动|發動|展开|展開|进行|進行|实施|實施)";
    private static final Pattern ZH_LAUNCHED_AT = Pattern.compile(
            "(?:对|對|向)([^，,。；;对對向]{1,24}?)(" + ZH_LAUNCH + "了?(?:一场|一場|一次|一轮|一輪|新一轮|新一輪|大规模|大規模|全面|军事|軍事|的)*)?$");
    private static final Pattern ZH_LAUNCH_FIRST = Pattern.compile(ZH_LAUNCH);

    /** (also when the trigger itself opens with the verb: "对阿尔察赫|发起军事行动") */
    private static int[] targetPhrase(String text, int cb, int tb) {
        if (tb <= cb) return null;
        Matcher m = ZH_LAUNCHED_AT.matcher(text.substring(cb, tb));
        if (!m.find() || (m.group(2) == null && !ZH_LAUNCH_FIRST.matcher(text).region(tb, text.length()).lookingAt())) return null;
        return new int[]{cb + m.start(1), cb + m.end(1)};
    }

    /** A mention introduced as a partner or target ("与X", "同X", "向X", "with X"): not the actor. */
    private static boolean comitative(String text, int b, boolean zh) {
        if (zh) {
            if (b > 0 && "与和同跟向对對與".indexOf(text.charAt(b - 1)) >= 0) return true;
            // "与争议纳卡区的亚美尼亚分离主义分子会谈": a name the phrase after 与 describes is still the one met
            Matcher with = ZH_WITH_DESCRIBED.matcher(text.substring(Math.max(0, b - 14), b));
            return with.find();
        }
        String before = text.substring(Math.max(0, b - 6), b);
        return before.endsWith("with ") || before.endsWith("and ") || before.endsWith("to ") || before.endsWith("against ");
    }

    private static int clauseStart(String text, int at, boolean zh) {
        for (int i = at - 1; i >= 0; i--) if (clauseBreak(text, i, zh)) return i + 1;
        return 0;
    }

    private static int clauseEnd(String text, int at, boolean zh) {
        for (int i = at; i < text.length(); i++) if (clauseBreak(text, i, zh)) return i;
        return text.length();
    }

    private static boolean clauseBreak(String text, int i, boolean zh) {
        char c = text.charAt(i);
        if (zh) return ZH_CLAUSE.indexOf(c) >= 0;
        return c == ',' || c == ';' || c == ':' || c == '—' || c == '(' || c == ')';
    }

    /**
     * "在…进攻期间": the event frames the time of another and is not told here. ("…炮击后" is not such a frame: the
     * sentence's date is usually the shelling's too.)
     */
    private static final Pattern ZH_FRAME_AFTER = Pattern.compile("^(?:期间|之际)");

    private static final Pattern ZH_AFTER_REFERENCE = Pattern.compile("^(?:仍|继续|持续|一直)");
    private static final Pattern EN_AFTER_REFERENCE = Pattern.compile("^(?: (?:of|on|in|near|around) [^,;.]{1,40}?)? (?:continued|continues|continuing|still|went on)\\b");
    /** After the trigger: it may or will happen ("军事进攻可能导致…"), or it is the condition of something ("入侵的情况下"). */
    private static final Pattern ZH_MODAL_AFTER = Pattern.compile("^(?:可能|将会|将|会|或将|的?情况下|的话|(?:从未|并未|未能|没有)(?:实现|发生|进行))");
    /** An English trigger that is a verb in the past ("arrested", "was killed", "opened fire"), not a noun. */
    private static final Pattern EN_VERB_TRIGGER = Pattern.compile("^(?:was |were )|^[a-z]+ed\\b|ed$");
    /** The same after an English trigger ("the offensive would…"). */
    private static final Pattern EN_MODAL_AFTER = Pattern.compile(
            "^ (?:would|could|might|may|will|(?:is|are|was|were) (?:scheduled|expected|due|set|planned) to|(?:is|are|was|were) to be held)\\b");
    private static final Pattern ZH_DEFINITE = Pattern.compile("(?:这次|此次|这场|该次|上述|此番)[^，,。；;]{0,6}$");
    private static final Pattern EN_DEFINITE = Pattern.compile(
            "\\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|\\p{Lu}[\\p{L}-]*['’]s)\\s+(?:[\\p{L}-]+\\s+){0,2}$");

    /** End of a reference verb governing the trigger in its clause, or -1; the clause start for a framing trigger. */
    private static int referenceCue(String text, int tb, int te, boolean zh) {
        int cb = clauseStart(text, tb, zh);
        if (zh && ZH_FRAME_AFTER.matcher(text.substring(te)).lookingAt()) return cb;
        // "炮击仍然持续", "the shelling continued": a continuation of what is known
        if (zh ? ZH_AFTER_REFERENCE.matcher(text.substring(te)).lookingAt()
                : EN_AFTER_REFERENCE.matcher(text.substring(te)).lookingAt() || text.substring(cb, tb).endsWith("continued ")) return cb;
        // "this military operation", "the offensive", "此次军事行动": an event the reader already knows of
        // (not before an English verb: "the police arrested" names who acted, not a known event)
        if ((zh ? ZH_DEFINITE.matcher(text.substring(cb, tb)).find()
                : !EN_VERB_TRIGGER.matcher(text.substring(tb, te)).find() && EN_DEFINITE.matcher(text.substring(cb, tb)).find())) return cb;
        String before = zh ? text.substring(cb, tb) : text.substring(cb, tb).toLowerCase(java.util.Locale.ROOT); // "Following the"
        int best = -1;
        for (String cue : zh ? ZH_REFERENCE : EN_REFERENCE) {
            int at = before.lastIndexOf(cue);
            if (at < 0) continue;
            int end = at + cue.length();
            boolean word = zh || ((at == 0 || !Character.isLetter(before.charAt(at - 1)))
                    && (end >= before.length() || !Character.isLetter(before.charAt(end)))); // "after the", not "after their"
            if (word) best = Math.max(best, cb + end);
        }
        return best;
    }

    /**
     * Where the names that may act in an event referred to begin: after a reference word governing it ("condemning
     * the offensive", "following the war") or at its determiner ("the offensive", 此次行动), so that whoever refers to
     * it is not its actor; a possessor ("Azerbaijan's offensive") still is. -1 when the event is not referred to.
     */
    private static int referredFrom(String text, int tb, int te, boolean zh) {
        int cb = clauseStart(text, tb, zh);
        String before = text.substring(cb, tb);
        Matcher d = (zh ? ZH_DEFINITE : EN_DEFINITE).matcher(before);
        if ((zh || !EN_VERB_TRIGGER.matcher(text.substring(tb, te)).find()) && d.find()) return cb + d.start();
        int cue = referenceCue(text, tb, te, zh);
        boolean governs = cue > cb && tb - cue <= 25 && !text.substring(cue, tb).matches("(?s).*[,，;；].*");
        return governs ? cue : -1;
    }

    /** "war crimes", "战争罪", an earthquake that "struck" (袭击): the trigger word, but no such event. */
    private static boolean notAnEvent(String text, int tb, int te, EventType type, boolean zh) {
        String after = text.substring(te, Math.min(text.length(), te + 10));
        // "停火调解的努力", "停火建议": mediation, a proposal or a plan for a ceasefire, not the ceasefire
        if (zh && type == EventType.CEASEFIRE && after.matches("(?s)^(?:调解|斡旋|倡议|建议|提议|方案|计划|努力).*")) return true;
        // "会谈声明由…签署": the talks name the statement signed, told before
        if (zh && talks(type) && after.matches("(?s)^(?:的)?(?:声明|公报|纪要).*")) return true;
        // "agreed to accept a ceasefire": the ceasefire, not an agreement of its own
        if (!zh && text.startsWith("agreed to", tb) && EN_TO_CEASE_FIRE.matcher(text.substring(te, Math.min(text.length(), te + 30))).find()) return true;
        if (type == EventType.WAR && (zh ? after.startsWith("罪") : after.matches("(?s)^ ?(crime|criminal).*"))) return true;
        // 转移 moves units, capital or weapons as often as people: a displacement only when people are moved
        if (zh && text.startsWith("转移", tb)) {
            String clause = text.substring(clauseStart(text, tb, zh), clauseEnd(text, te, zh));
            return !clause.matches("(?s).*(人|居民|平民|难民|民众|家庭|儿童).*");
        }
        // "发动攻击占领了霍贾雷": the assault told with the capture it made is that capture, not an attack of its own
        if (zh && text.startsWith("攻击", tb) && text.substring(Math.max(0, tb - 3), tb).matches(".*(?:发起|发动|展开)了?")
                && ZH_CAPTURE_NEXT.matcher(text.substring(te, clauseEnd(text, te, zh))).lookingAt()) return true;
        if (type == EventType.ATTACK) {
            String clause = text.substring(0, tb);
            return zh ? clause.contains("地震") || clause.contains("风暴") || clause.contains("洪水")
                    : clause.contains("earthquake") || clause.contains("storm") || clause.contains("flood");
        }
        return false;
    }

    /** Right after an assault, the capture it made ("发动攻击占领了…"; the text is in simplified characters here). */
    private static final Pattern ZH_CAPTURE_NEXT = Pattern.compile("^(?:并|后|之后|,|，)?(?:成功)?(?:占领|攻占|夺取|攻克|攻陷)");

    /** "with Azerbaijan blockading the corridor": after "with", a subject of the -ing verb that follows. */
    private static final Pattern ABSOLUTE_ING = Pattern.compile("\\s+[a-z]+ing\\b");
    private static final Pattern UNIT_OF_STATE = Pattern.compile("自治州|自治区|自治共和国|加盟共和国|首都|首府");

    private static final Pattern EN_SAID_ON = Pattern.compile("\\b(?:said|says|told (?:[a-z]+ ){0,3}|announced|stated|added|wrote|reported|confirmed)\\s+(?:(?:late|early)\\s+)?(?:on\\s+)?$");
    private static final Pattern EN_BEFORE_THEN = Pattern.compile("\\b(?:had|after|since|earlier)\\b");
    private static final Pattern EN_VAGUE_AFTER = Pattern.compile("^[^,;.]{0,40}?\\b(?:last (?:week|month|year)|earlier this (?:week|month|year)|(?:days|weeks|months|years) (?:earlier|ago|before))\\b");
    private static final Pattern EN_SUBORDINATOR = Pattern.compile("\\b(?:after|before|since|following|when|until)\\b");
    private static final Pattern COURT_TRIGGER = Pattern.compile("(?:[Cc]ourt|[Tt]ribunal) (?:ruled|ordered)$");
    private static final Pattern ZH_THIS_PLACE = Pattern.compile("了?(?:此地|该地|该城|此城|该镇|该市|这座城市|这里)");

    private static final Pattern EN_TO_CEASE_FIRE = Pattern.compile("^ (?:[a-z]+ ){0,2}(?:a |the )?(?:ceasefire|cease-fire|truce)");
    private static final Pattern MEANWHILE = Pattern.compile("\\s*(?:与此同时|同时|(?:Meanwhile|At the same time),)");

    /** Talks the sentence tells before what they led to: "举行和平会谈之后,". */
    private static final Pattern AFTER_TALKS = Pattern.compile("(?:会谈|谈判|会议)(?:之后|以后|后)[，,]");

    /** An agreement told as the outcome of talks: "会谈声明", "the talks' communiqué". */
    private static final Pattern OF_THE_TALKS = Pattern.compile("会谈|谈判|会议|\\b(?:talks|meeting|negotiations)\\b");
    private static final Pattern ZH_RANGE_TOLL = Pattern.compile("^了?[0-9,，.]+\\s*[-–—~～至到]\\s*[0-9,，.]+[名人]");
    private static final Pattern EN_RANGE_TOLL = Pattern.compile("^ (?:between )?[0-9,.]+ ?(?:-|–|to|and) ?[0-9,.]+ ");
    private static final Pattern OPERATION_SUBJECT = Pattern.compile("^(?:这次|此次|该|这一)?(?:进攻|攻势|军事行动|行动)");

    /** Before a name: where someone comes from, or what something is about. */
    private static final Pattern ZH_NOT_WHERE = Pattern.compile("(?:来自|來自|关于|關於|有关|有關)[^，,。；;、的在]{0,10}$");

    private static final Pattern ZH_OPERATION_WORD = Pattern.compile("攻势|进攻|军事行动|反攻");
    private static final Pattern ZH_SUBJECTLESS = Pattern.compile("^(?:并|并且|随后|从而|进而|一举|先后|还|又)?(?:成功)?(?:地)?$");

    private static boolean tookByOperation(Document doc, Sentence s, String text, int tb) {
        int cb = clauseStart(text, tb, true);
        if (cb == 0 || !ZH_SUBJECTLESS.matcher(text.substring(cb, tb).strip()).matches()) return false;
        int pb = clauseStart(text, cb - 1, true);
        return ZH_OPERATION_WORD.matcher(text.substring(pb, cb - 1)).find();
    }

    private static boolean estimatedToll(String text, int te, boolean zh) {
        String after = text.substring(te, Math.min(text.length(), te + 30));
        return (zh ? ZH_RANGE_TOLL : EN_RANGE_TOLL).matcher(after).find();
    }

    private static final Pattern ZH_COUNT_BEFORE = Pattern.compile("[0-9０-９,，.十百千万萬几幾数數多余餘]+[名位个個]$");

    /** A trigger right after a count of people whose clause goes on to 的: a relative clause describing them. */
    private static boolean countedRelative(String text, int tb, int te) {
        if (!ZH_COUNT_BEFORE.matcher(text.substring(Math.max(0, tb - 12), tb)).find()) return false;
        int ce = clauseEnd(text, te, true);
        return text.substring(te, ce).contains("的");
    }

    /** "战争结束", "the war ended": the date beside it is when the event ended, not when it happened. */
    private static boolean ended(String text, int te, boolean zh) {
        String after = text.substring(te, Math.min(text.length(), te + 16));
        // (also with its time between: "战争于11月10日结束", "the war ended on 10 November")
        return zh ? after.matches("(?s)^(?:于[^，。,；;]{2,12}?)?(?:结束|終結|终结).*")
                : after.matches("(?s)^ (ended|came to an end|was over).*");
    }

    private static final Pattern ZH_NEGATION = Pattern.compile("(?:没有|没|未|并未|从未|不曾|并非|不是)[^，,。；;]{0,2}$");
    private static final Pattern EN_NEGATION = Pattern.compile("\\b(?:not|no|never|n't|neither|nor)\\b(?:\\s+\\S+){0,3}\\s*$");

    /** "没有袭击平民目标", "no civilian targets were attacked": what did not happen. */
    private static boolean negated(String text, int tb, boolean zh) {
        String before = text.substring(clauseStart(text, tb, zh), tb);
        return (zh ? ZH_NEGATION : EN_NEGATION).matcher(before).find();
    }

    /** A verb of proposal, demand or intent earlier in the sentence governs the trigger. */
    private static boolean irrealis(String text, int tb, boolean zh, List<DateNormalizer.Found> found, EventType type) {
        int from = contrastStart(text, tb, zh), cb = clauseStart(text, tb, zh);
        // "…试图宣布独立,X军于1921年占领…": a clause with its own date before the trigger asserts something new
        for (DateNormalizer.Found f : found) if (f.begin() >= cb && f.endOffset() <= tb) from = Math.max(from, cb);
        String before = text.substring(from, tb);
        int clause = cb - from;
        for (String cue : zh ? ZH_IRREALIS : EN_IRREALIS) {
            int at = before.lastIndexOf(cue);
            if (at < 0 || !(zh || at == 0 || !Character.isLetter(before.charAt(at - 1)))) continue;
            // a purpose or an attempt ("为了增强实力,政府发布了法令") governs its own clause only
            if (at < clause && (zh ? ZH_CLAUSE_BOUND : EN_CLAUSE_BOUND).contains(cue)) continue;
            // agreeing to cease fire is the ceasefire ("分离势力20日同意停火", "agreed to accept a ceasefire"), in its clause
            if (type == EventType.CEASEFIRE && (cue.equals("同意") || cue.equals("agreed to")) && at >= clause) continue;
            // "试图制止对亚美尼亚人的袭击": what one tries to stop or quell is going on
            if (zh && ZH_STOPPING.matcher(before.substring(at + cue.length())).matches()) continue;
            return true;
        }
        return false;
    }

    /**
     * "亚美尼亚呼吁…采取行动,帕希尼扬召集了紧急会议", "Armenia called on…, while Pashinyan called an emergency
     * meeting": a later clause that opens with its own named subject (in Chinese, telling its event with the
     * perfective 了) asserts it, whatever a call or demand earlier in the sentence asked for.
     */
    private static boolean newAssertion(Document doc, Sentence s, String text, int tb, int te, boolean zh) {
        int cb;
        if (zh) {
            cb = clauseStart(text, tb, true);
            if (cb == 0 || text.substring(cb, Math.min(text.length(), te + 1)).indexOf('了') < 0) return false;
        } else {
            // "Armenia called on the Council to act, while Pashinyan called an emergency meeting"
            Matcher m = EN_NEW_CLAUSE.matcher(text.substring(0, tb));
            cb = -1;
            while (m.find()) cb = m.end();
            if (cb < 0) return false;
        }
        // "…,指出阿利耶夫最近签署了…": a verb of saying may open the clause before its subject
        Matcher say = ZH_SAYING_OPENS.matcher(text.substring(cb));
        if (zh && say.lookingAt()) cb += say.end();
        String clause = text.substring(cb, tb);
        for (String cue : zh ? ZH_IRREALIS : EN_IRREALIS) if (clause.contains(cue)) return false;
        for (Mention m : doc.mentions()) {
            if (m.begin() == s.begin() + cb && m.type() != EntityType.PLACE) return true;
        }
        return false;
    }

    private static final Pattern ZH_SAYING_OPENS = Pattern.compile("(?:并|还|也)?(?:指出|表示|称|说|强调|透露)");
    private static final Pattern EN_PASSIVE_BEFORE = Pattern.compile("\\b(?:was|were|been|being|be|is|are)\\s+(?:\\w+ly\\s+)?$");
    private static final Pattern EN_BY = Pattern.compile("^ by (?:the )?");
    private static final Pattern EN_DONE_BY_NOUN = Pattern.compile(
            "\\b(?:was|were|been)\\s+(?:\\w+ly\\s+)?[a-z]+ed(?:\\[\\d+\\])*\\s+by\\s+(?:an?|the)\\s+(?:\\p{Lu}[\\p{L}-]+\\s+)?$");
    private static final Pattern EN_NEW_CLAUSE = Pattern.compile(",? while |, whereas |; ");

    private static final Set<String> ZH_CLAUSE_BOUND = Set.of("为了", "以便", "以确保", "确保", "企图", "试图", "力图", "意图");
    private static final Set<String> EN_CLAUSE_BOUND = Set.of("in order to", "so that", "to ensure", "attempted to", "tried to",
            "attempting to", "trying to", "intended to", "aimed to");

    /** The known event a document's title names as a whole ("第一次纳戈尔诺-卡拉巴赫战争", "Battle of Shusha"), or null. */
    private EventNames.Hit subject(Document doc, boolean zh) {
        String title = doc.source().title();
        if (title == null || title.isBlank()) return null;
        String t = (zh ? ChineseScript.simplifyChars(title) : title).strip();
        for (EventNames.Hit h : names.find(t, zh)) if (h.begin() == 0 && h.end() == t.length()) return h;
        return null;
    }

    /** An infobox date line: a date label ("日期", "时间", "Date") and right after it a date that makes up the line. */
    private static final Pattern INFOBOX_DATE = Pattern.compile("^\\s*(?:日期|时间|時間|Dates?)\\s*[:：]?\\s*");

    private static DateNormalizer.Found infoboxDate(String text, List<DateNormalizer.Found> found) {
        Matcher m = INFOBOX_DATE.matcher(text);
        if (!m.find() || found.isEmpty()) return null;
        DateNormalizer.Found f = found.get(0);
        if (f.begin() != m.end() || text.strip().length() - f.endOffset() > 20) return null;
        return f;
    }

    /** "…提出了派观察员的想法,但7月谈判破裂", "…proposed talks, but the talks collapsed": a contrast ends the cue's reach. */
    private static final Pattern ZH_CONTRAST = Pattern.compile("[，,；;](?:但是|但|然而|不过|不過|可是)");
    private static final Pattern EN_CONTRAST = Pattern.compile("[,;] (?:but|however|yet)\\b");

    private static int contrastStart(String text, int tb, boolean zh) {
        Matcher m = (zh ? ZH_CONTRAST : EN_CONTRAST).matcher(text.substring(0, tb));
        int at = 0;
        while (m.find()) at = m.end();
        return at;
    }

    /** "launched Operation Goranboy", "发动了…行动": the day an operation told by its name began. */
    private static final Pattern LAUNCHED_BEFORE = Pattern.compile("(?:\\b(?:launched|began|started|initiated)\\s+(?:the\\s+)?|(?:发起|发动|展开|开始|爆发)了?)$");

    /** Nouns for a state's people rather than its government or forces: 民众, 平民, 示威者… */
    private static final Pattern ZH_PEOPLE_OF = Pattern.compile("(?:族)?(?:民众|群众|平民|居民|公民|侨民|难民|示威者|抗议者|人群|青年|学生)");

    /** "被称为", "known as": what follows names the event the text has just told. */
    private static final Pattern CALLED_BEFORE = Pattern.compile("(?:被称为|称为|称作|名为|名叫|叫做|\\bknown as|\\bdubbed|\\bcalled|\\bnamed)\\s*(?:the\\s+)?[「『“\"]?$");

    /** Kinds of event that happen on a day: a known one told by its name may take its clause's date. */
    private static final Set<EventType> ON_A_DAY = EnumSet.of(EventType.CEASEFIRE, EventType.AGREEMENT, EventType.REFERENDUM,
            EventType.MASSACRE, EventType.DECLARATION, EventType.CAPTURE, EventType.ATTACK, EventType.EXPLOSION, EventType.DECREE);

    /** A name that opens with a trigger word: it tells the act rather than naming it ("攻占舒沙"). */
    private static boolean describesAct(String text, EventNames.Hit h, boolean zh) {
        return actWordLength(text, h, zh) > 0;
    }

    /** The length of the trigger word a name opens with ("攻占" in "攻占舒沙"), else 0. */
    private static int actWordLength(String text, EventNames.Hit h, boolean zh) {
        String name = text.substring(h.begin(), h.end());
        int best = 0;
        for (String k : zh ? ZH_KEYS : EN_KEYS) if (name.startsWith(k) && name.length() > k.length()) best = Math.max(best, k.length());
        return best;
    }

    /** The sentence's own dates (not those inside named events) all fall outside the known event's years. */
    private static boolean outsideYears(EventNames.Hit h, List<Dated> ds, List<EventNames.Hit> hits) {
        if (h.entry().from() == null) return false;
        boolean any = false;
        for (Dated d : ds) {
            DateNormalizer.Found f = d.found();
            if (hits.stream().anyMatch(x -> f.begin() >= x.begin() && f.endOffset() <= x.end())) continue;
            any = true;
            int y = f.value().first().getYear();
            if (h.entry().holdsYears(y, y)) return false;
        }
        return any;
    }

    /** A named event's time: a date inside its name, else years in a parenthesis right after it; else none. */
    private static TimeValue[] namedTime(String text, EventNames.Hit h, List<DateNormalizer.Found> found) {
        // "2020年纳卡战争是…于2020年9月27日至11月10日…的武装冲突", "The 2020 … war was … fought from 27 September to
        // 10 November 2020": a sentence defining the event gives its span
        String opening = text.substring(0, h.begin()).strip();
        if ((opening.isEmpty() || opening.equals("The") || opening.equals("the")) && DEFINES.matcher(text.substring(h.end())).lookingAt()) {
            for (int i = 0; i < found.size(); i++) {
                DateNormalizer.Found f = found.get(i);
                if (f.begin() < h.end()) continue;
                if (f.end() != null) return new TimeValue[]{null, f.value(), f.end()};
                if (i + 1 < found.size() && f.value().precision() != TimeValue.Precision.YEAR
                        && found.get(i + 1).value().precision() == f.value().precision()
                        && (text.substring(Math.max(0, f.begin() - 5), f.begin()).endsWith("from ")
                            && text.substring(f.endOffset(), found.get(i + 1).begin()).matches("\\s*(?:to|until|–|-)\\s*")
                            // "于2020年9月27日爆发,至2020年11月10日结束"
                            || text.substring(f.endOffset(), found.get(i + 1).begin()).matches("(?:爆发|开始|打响)?[，,]?(?:至|到|直至|直到)")
                                && text.startsWith("结束", found.get(i + 1).endOffset()))
                        && !found.get(i + 1).value().first().isBefore(f.value().first())) {
                    return new TimeValue[]{null, f.value(), found.get(i + 1).value()};
                }
                break;
            }
        }
        // "The blockade of Nagorno-Karabakh began on 12 December 2022", "纳卡封锁始于2022年12月12日",
        // "第一次纳卡战争于1988年2月爆发": when it began
        Matcher began = BEGAN_AFTER_NAME.matcher(text).region(h.end(), text.length());
        if (began.lookingAt()) {
            for (DateNormalizer.Found f : found) {
                if (f.begin() != began.end() || f.end() != null) continue;
                boolean zhVerbAfter = text.startsWith("于", began.end() - 1) && !text.startsWith("始于", began.end() - 2)
                        && !text.startsWith("开始于", began.end() - 3);
                if (zhVerbAfter && !ZH_BEGAN_VERB.matcher(text).region(f.endOffset(), text.length()).lookingAt()) break;
                return new TimeValue[]{null, f.value(), null};
            }
        }
        for (DateNormalizer.Found f : found) {
            if (f.begin() >= h.begin() && f.endOffset() <= h.end()) {
                return f.end() != null ? new TimeValue[]{null, f.value(), f.end()} : new TimeValue[]{f.value(), null, null};
            }
        }
        // "the 2020 Ganja missile attacks": an English name may open with its year, which no date pattern reads alone
        Matcher lead = LEADING_YEAR.matcher(text.substring(h.begin(), h.end()));
        if (lead.lookingAt()) return new TimeValue[]{TimeValue.year(Integer.parseInt(lead.group(1))), null, null};
        Matcher m = YEARS_IN_PARENS.matcher(text.substring(h.end()));
        if (m.find()) {
            TimeValue a = TimeValue.year(Integer.parseInt(m.group(1)));
            if (m.group(2) == null) return new TimeValue[]{a, null, null};
            TimeValue b = TimeValue.year(Integer.parseInt(m.group(2)));
            if (b.year() > a.year()) return new TimeValue[]{null, a, b};
            if (b.year() == a.year()) return new TimeValue[]{a, null, null};
        }
        return new TimeValue[]{null, null, null};
    }

    private static final Pattern BEGAN_AFTER_NAME = Pattern.compile(
            "\\s+(?:began|started|broke out|was launched|was imposed)\\s+(?:on|in)\\s+|(?:始于|开始于|于)");
    private static final Pattern ZH_BEGAN_VERB = Pattern.compile("(?:开始|爆发|打响|发起|实施)");
    private static final Pattern DEFINES = Pattern.compile("(?:是|为|（[^）]{0,40}）是|\\s+(?:was|is)\\b)");
    private static final Pattern LEADING_YEAR = Pattern.compile("((?:1[89]|20)\\d{2}) ");

    /** "Azerbaijani forces", "Armenian troops" as a subject (not "against Armenian forces", not "Armenian soldiers killed"). */
    private static final Pattern EN_STATE_FORCES = Pattern.compile(
            "(?<!against |on |at |with |by |of |to |and )\\b(\\p{Lu}[a-z]+) (?:armed forces|forces|troops|military|army|authorities|police|border guards)\\b");

    private static final Pattern ZH_STOPPING = Pattern.compile("(?:制止|平息|镇压|鎮壓)(?:对|對)?[^，,。；;]{0,12}的?$");

    private static final Pattern ZH_ALREADY = Pattern.compile("已经|已經|已");

    /** "到4月3日,亚美尼亚部队已经占领了克尔巴贾尔": a town taken by a day. */
    private static boolean takenBy(String text, DateNormalizer.Found f, int tb, EventType type) {
        return type == EventType.CAPTURE && f.value().precision() == TimeValue.Precision.DAY && f.endOffset() <= tb
                && ZH_ALREADY.matcher(text.substring(f.endOffset(), tb)).find();
    }

    private static final Pattern ZH_SUFFERS = Pattern.compile("遭到|遭受|受到");

    private static final Pattern ZH_OWN_WORDS = Pattern.compile("的(?:声明|通报|消息|说法|报告|统计|数据)");
    private static final Pattern EN_ACCORDING_TO_ITS = Pattern.compile("\\b[Aa]ccording to (?:an? |the )?(?:\\w+ ){0,2}(?:statement|report|figures|data|announcement)s? (?:from|by|of) (?:the )?$");

    /** A mention introduced as the source of a report: 据X报道, according to X, X reported. */
    private static boolean isSource(String text, int b, int e, boolean zh) {
        // (报导: Taiwan's word for reporting)
        // ("根据俄罗斯联邦国防部的声明", "according to a statement from the Russian Ministry of Defense")
        if (zh) return (b > 0 && text.charAt(b - 1) == '据') || text.startsWith("报道", e) || text.startsWith("报导", e)
                || text.startsWith("援引", Math.max(0, b - 2))
                || (text.substring(Math.max(0, b - 3), b).matches(".*据") && ZH_OWN_WORDS.matcher(text).region(e, text.length()).lookingAt());
        return text.substring(0, b).endsWith("according to ") || text.substring(0, b).endsWith("According to ")
                || EN_ACCORDING_TO_ITS.matcher(text.substring(Math.max(0, b - 50), b)).find()
                || text.startsWith(" reported", e)
                // a dateline's agency: "MOSCOW, Sept 28 (Reuters) -"
                || (b > 0 && text.charAt(b - 1) == '(' && text.startsWith(")", e) && text.substring(0, b).matches("(?s)^[^.;]{0,40}\\($"));
    }

    /** A numbered UN resolution: a named event of its own, the same node in every document that cites it. */
    private record Resolution(int begin, int end, String key, int index, int count) {}

    private static final Pattern ZH_RESOLUTION = Pattern.compile("第?((?:\\d{2,4}(?:/\\d{1,4})?[和及与、,，]?)+)号决议");
    private static final Pattern EN_RESOLUTION = Pattern.compile("[Rr]esolutions? ((?:\\d{2,4}(?:/\\d{1,4})?(?:,? and |, )?)+)");
    private static final Pattern NUMBER = Pattern.compile("\\d{2,4}(?:/\\d{1,4})?");

    /**
     * "第822号决议", "874和884号决议", "Resolutions 822, 853 and 874", "Resolution 62/243": one event per number,
     * only where the sentence says which UN body adopted it (Security Council, or General Assembly for the
     * session/number form) — other bodies number their resolutions too.
     */
    private static List<Resolution> resolutions(String text, boolean zh, boolean[] used) {
        boolean unsc = zh ? text.contains("安理会") || text.contains("安全理事会") : text.contains("Security Council");
        boolean unga = zh ? text.contains("联合国大会") || text.contains("联大") : text.contains("General Assembly");
        List<Resolution> out = new ArrayList<>();
        if (!unsc && !unga) return out;
        Matcher m = (zh ? ZH_RESOLUTION : EN_RESOLUTION).matcher(text);
        while (m.find()) {
            if (!claim(used, m.start(), m.end())) continue;
            Matcher n = NUMBER.matcher(m.group(1));
            int count = (int) NUMBER.matcher(m.group(1)).results().count(), index = -1;
            while (n.find()) {
                index++;
                String num = n.group();
                boolean session = num.contains("/");
                if (session ? !unga : !unsc) continue;
                String key = (session ? "unga-resolution-" : "unsc-resolution-") + num.replace('/', '-');
                out.add(new Resolution(m.start(), m.end(), key, index, count));
            }
        }
        return out;
    }

    private static final Pattern ZH_RESPECTIVELY = Pattern.compile("分别(?:是|为|於|于|在)?");
    private static final Pattern EN_RESPECTIVELY = Pattern.compile("\\brespectively\\b");

    /**
     * "分别是5月和6月的901和902号决议", "Resolutions 901 and 902, adopted in May and June respectively": as
     * many dates as numbers, paired in order. Null when the sentence does not say "respectively" or the counts differ.
     */
    private static TimeValue respectively(String text, Resolution r, List<DateNormalizer.Found> found, boolean zh) {
        if (r.count() < 2) return null;
        List<DateNormalizer.Found> ds;
        if (zh) {
            Matcher m = ZH_RESPECTIVELY.matcher(text.substring(0, r.begin()));
            int at = -1;
            while (m.find()) at = m.end();
            if (at < 0) return null;
            int from = at;
            ds = found.stream().filter(f -> f.begin() >= from && f.endOffset() <= r.begin() && f.end() == null).toList();
        } else {
            Matcher m = EN_RESPECTIVELY.matcher(text);
            if (!m.find(r.end())) return null;
            int to = m.start();
            ds = found.stream().filter(f -> f.begin() >= r.end() && f.endOffset() <= to && f.end() == null).toList();
        }
        return ds.size() == r.count() ? ds.get(r.index()).value() : null;
    }

    /** "部署…部队", "军队被派往…", "部队进入…", "旅团向巴库前进": troops deployed or advancing, an operation only with a date. */
    private static final Pattern ZH_DEPLOY = Pattern.compile(
            "(?:派遣|派出|部署|调派|增派)[^，。,；;]{0,10}(?:部队|军队|士兵|军人|兵力)|(?:部队|军队|士兵)[^，。,；;]{0,4}被派(?:往|到|至)"
            // "独联体部队进入卡拉巴赫": troops moving into a region (not "进入战备状态", a state they enter)
            + "|(?:部队|军队|士兵)[^，。,；;]{0,2}进入(?![^，。,；;]{0,6}(?:状态|阶段))"
            // "他的旅团于6月初从甘杰基地向巴库前进": a unit advancing on a place
            // (the lookahead first: a lookbehind tried at every position costs a hundred times more)
            + "|(?=前进|进军|推进)(?<=(?:部队|军队|士兵|旅团|旅|师|营)[^，。,；;]{0,16}向[^，。,；;]{1,12})(?:前进|进军|推进)");
    private static final Pattern ZH_WAR = Pattern.compile("(?:全面|大规模)(?:的)?(?:武装|军事)?冲突|\\d+(?:天|日|周|个月)的(?:武装)?(?:冲突|战争)");
    /** "交火", "与X发生冲突": fighting, an attack only between two parties the sentence names. */
    private static final Pattern ZH_CLASH = Pattern.compile("交火|(?:发生|爆发)(?:了)?(?:武装|军事)?冲突|(?:武装|军事)?冲突爆发");
    /** Triggers with words between their parts: "宣布从苏联独立", "came under government control". */
    private static final Map<Pattern, EventType> ZH_GAPPED = Map.ofEntries(
            entry(Pattern.compile("宣[布告][^，。,；;]{0,15}独立"), EventType.DECLARATION), // (宣告: Taiwan usage)
            // "宣布成立纳戈尔诺-卡拉巴赫共和国": a republic proclaimed (not "宣布成立调查委员会")
            entry(Pattern.compile("宣布成立[^，。,；;]{0,20}共和国"), EventType.DECLARATION),
            // "签署命令", "签署了一项总统令": an order signed is a decree
            entry(Pattern.compile("签署(?:了)?(?:一项|一道)?(?:命令|总统令)"), EventType.DECREE),
            entry(Pattern.compile("落入[^，。,；;]{0,12}控制"), EventType.CAPTURE),
            // "他们被驱逐出马尔达凯特": forces driven out of a town lost it (people driven out are displaced, below)
            entry(Pattern.compile("(?=被)(?<!居民|平民|难民|民众|家庭|人口|人)被(?:驱逐|赶|逐)出(?=[^，。,；;]{1,12}[，。,；;])"), EventType.CAPTURE),
            // "数千名民众聚集在…政府大楼前": people gathering is a rally (troops mass with 集结)
            entry(Pattern.compile("(?<=民众|群众|示威者|抗议者|人群|居民|市民)[^，。,；;]{0,4}?聚集"), EventType.PROTEST),
            // (the trigger is what was done, so that a date between the body and it dates it: "议会10月5日通过决议";
            // a council resolving a transfer declares it, below)
            entry(Pattern.compile("(?=通过)(?<=(?:安理会|大会|联合国|议会|国会|参议院|众议院)[^，。,；;]{0,12})通过[^，。,；;]{0,20}决议"
                    + "(?![，,]?[^，。；;]{0,20}(?:划归|并入|统一|合并))"), EventType.DECREE),
            // a legislature or council voting to join, unite or secede declares it ("投票决议将自治区并入亚美尼亚");
            // the votes of a referendum are that referendum
            entry(Pattern.compile("(?<!公决中|公投中)投票(?:决定|决议|赞成|通过)[^，。,；;]{0,20}(?:统一|并入|合并|独立|分离|脱离)"), EventType.DECLARATION),
            // a council resolving that the region be transferred ("自治州苏维埃通过决议,要求将自治州划归亚美尼亚")
            entry(Pattern.compile("(?<!安理会|大会|联合国)通过(?:了)?(?:一项)?决议[，,]?[^，。；;]{0,20}(?:划归|并入|统一|合并)"), EventType.DECLARATION),
            // a body taking back its decision, a state setting up an autonomous unit, a government taking over a
            // region's administration: acts of state, as decrees are
            entry(Pattern.compile("(?:收回|撤回|推翻)了?[^，。,；;]{0,4}(?:决议|决定)"), EventType.DECREE),
            entry(Pattern.compile("成立了?[^，。,；;]{0,25}自治(?:州|区|共和国)"), EventType.DECREE),
            entry(Pattern.compile("(?=接管)(?<=(?:政府|当局)[^，。,；;]{0,12})接管"), EventType.DECREE),
            entry(ZH_DEPLOY, EventType.MILITARY_OPERATION), entry(ZH_CLASH, EventType.ATTACK),
            entry(Pattern.compile("签署[^，。,；;]{0,12}(?:协定|公报|联合声明|协议|条约)|(?:协定|公报|声明|协议|条约)由[^，。,；;]{0,25}签署"), EventType.AGREEMENT),
            // "达成在纳卡地区停火的协议": an agreement to stop fighting is a ceasefire, any other one an agreement
            // ("达成的协议", the agreement reached: one told before)
            entry(Pattern.compile("达成(?!的)[^，。,；;]{0,15}(?:停火|停止敌对行动|停止战斗|休战)[^，。,；;]{0,8}(?:协议|协定)"), EventType.CEASEFIRE),
            entry(Pattern.compile("达成(?!的)[^，。,；;]{0,15}(?:协议|协定)"), EventType.AGREEMENT),
            entry(Pattern.compile("(?:召开|举行|召集)[^，。,；;]{0,15}(?:会议|峰会)"), EventType.MEETING),
            // "在安理会讨论纳卡局势的会议上表示": the meeting where it was said
            entry(Pattern.compile("在[^，。,；;在]{2,25}(?:会议|峰会)上"), EventType.MEETING),
            entry(Pattern.compile("驱逐[^，。,；;]{0,10}(?:居民|平民|难民|人口)"), EventType.DISPLACEMENT),
            // "上万难民涌入亚美尼亚": refugees pouring into a country fled to it
            entry(Pattern.compile("(?=涌入)(?<=(?:难民|民众|居民|平民)[^，。,；;]{0,4})涌入"), EventType.DISPLACEMENT),
            // "全面冲突", "44天的冲突": a full-scale or days-long conflict between states is a war (dated ones only)
            entry(ZH_WAR, EventType.WAR));
    private static final Map<Pattern, EventType> EN_GAPPED = Map.of(
            Pattern.compile("(?:came|come|comes|coming) under (?:[A-Za-z]+ ){0,2}control"), EventType.CAPTURE,
            // a court's ruling or order binds like a decree
            // (the subject belongs to the trigger: "the court" is no reference to a known event)
            Pattern.compile("(?:[Tt]he )?(?:[A-Z][a-z]+ )*(?:[Cc]ourt|[Tt]ribunal) (?:ruled|ordered)"), EventType.DECREE,
            Pattern.compile("declared (?:its |their )?independence"), EventType.DECLARATION,
            Pattern.compile("adopted (?:[A-Za-z]+ ){0,3}resolutions?"), EventType.DECREE,
            // as in Chinese: a council's vote to join or secede declares it; taking back a decision, setting up an
            // autonomous unit, imposing direct rule are acts of state (the lookahead first: the look back runs only
            // where the verb is)
            Pattern.compile("(?=voted )(?<=(?:[Pp]arliament|[Cc]ouncil|[Ss]oviet|[Ll]egislature|[Aa]ssembly|[Dd]eputies)[^,.;]{0,70})voted "
                    + "(?:in favou?r of |for |to )(?:unif|unit|join|secede|secession|independence|merg|transfer)[a-z]*"), EventType.DECLARATION,
            Pattern.compile("(?:rescinded|reversed|revoked|overturned) (?:its|the|their|this) (?:earlier )?(?:decision|resolution)"), EventType.DECREE,
            Pattern.compile("(?:established|created|set up) (?:the )?(?:[A-Z][\\w-]+ )*Autonomous (?:Oblast|Region|Republic)"), EventType.DECREE,
            Pattern.compile("(?:imposed|introduced) direct rule|placed (?:[A-Za-z-]+ ){0,3}under direct rule"), EventType.DECREE);

    /** The gapped patterns in a fixed order (Map.of has none), so that overlapping matches resolve the same way every run. */
    private static final List<Map.Entry<Pattern, EventType>> ZH_GAPPED_ORDERED = ordered(ZH_GAPPED), EN_GAPPED_ORDERED = ordered(EN_GAPPED);

    private static List<Map.Entry<Pattern, EventType>> ordered(Map<Pattern, EventType> m) {
        return m.entrySet().stream().sorted(Map.Entry.comparingByKey(java.util.Comparator.comparing(Pattern::pattern))).toList();
    }

    /** Trigger flags: the event needs a date (a deployment), or two parties named in the sentence (a clash). */
    private static final int DATED = 1, TWO_PARTIES = 2;

    /** Trigger spans {begin, end, event type ordinal, flags}, longest words first, none inside another or a named event. */
    private static List<int[]> triggers(String text, boolean zh, boolean[] used) {
        List<int[]> hits = new ArrayList<>();
        Map<String, EventType> lex = zh ? ZH : EN;
        for (var g : zh ? ZH_GAPPED_ORDERED : EN_GAPPED_ORDERED) {
            Matcher m = g.getKey().matcher(text);
            int flag = g.getKey() == ZH_DEPLOY || g.getKey() == ZH_WAR ? DATED : g.getKey() == ZH_CLASH ? TWO_PARTIES : 0;
            while (m.find()) if (claim(used, m.start(), m.end())) hits.add(new int[]{m.start(), m.end(), g.getValue().ordinal(), flag});
        }
        // "Protesters gathered…": an English trigger word opening the sentence is capitalised
        int first = 0;
        while (!zh && first < text.length() && !Character.isLetter(text.charAt(first))) first++;
        String search = zh || first >= text.length() || !Character.isUpperCase(text.charAt(first)) ? text
                : text.substring(0, first) + Character.toLowerCase(text.charAt(first)) + text.substring(first + 1);
        for (String k : zh ? ZH_KEYS : EN_KEYS) {
            for (int at = search.indexOf(k); at >= 0; at = search.indexOf(k, at + 1)) {
                int e = at + k.length();
                if (!zh && ((at > 0 && Character.isLetter(text.charAt(at - 1))) || (e < text.length() && Character.isLetter(text.charAt(e))))) continue;
                if (claim(used, at, e)) hits.add(new int[]{at, e, lex.get(k).ordinal(), 0});
            }
        }
        hits.sort((a, b) -> Integer.compare(a[0], b[0]));
        return hits;
    }

    private static boolean claim(boolean[] used, int b, int e) {
        for (int i = b; i < e; i++) if (used[i]) return false;
        for (int i = b; i < e; i++) used[i] = true;
        return true;
    }

    private static int distance(int at, int b, int e) { return at < b ? b - at : at >= e ? at - e : 0; }

    /** A figure and where it stands in the sentence. */
    private record Figure(int at, Quantity quantity) {}

    private static List<Figure> figures(String text, boolean zh) {
        List<Figure> out = new ArrayList<>();
        Matcher m = (zh ? ZH_NUMBER : EN_NUMBER).matcher(text);
        while (m.find()) add(out, m.start(), m.group(1), m.group(2));
        Matcher v = (zh ? ZH_VERB_NUMBER : EN_VERB_NUMBER).matcher(text);
        while (v.find()) add(out, v.start(), v.group(2), v.group(1));
        return out;
    }

    /**
     * Each figure of the sentence goes to the event told nearest to it: in "X宣布反恐行动前,2起地雷爆炸导致6人死亡"
     * the six dead are the explosion's, not the operation's. Sources may disagree, so an event keeps one figure per
     * measure from each sentence.
     */
    private static void attachFigures(List<EventMention> out, int from, List<int[]> dropped, Sentence s, String text, boolean zh) {
        List<Figure> figures = figures(text, zh);
        if (figures.isEmpty() || from == out.size()) return;
        Map<Integer, List<Quantity>> byEvent = new java.util.TreeMap<>();
        for (Figure f : figures) {
            int best = -1, bestDistance = Integer.MAX_VALUE;
            for (int i = from; i < out.size(); i++) {
                EventMention e = out.get(i);
                int d = distance(f.at(), e.begin() - s.begin(), e.end() - s.begin());
                if (d < bestDistance) { bestDistance = d; best = i; }
            }
            // nearer to a trigger that made no event (undated, negated…): the figure is that one's, and is dropped
            for (int[] t : dropped) if (distance(f.at(), t[0], t[1]) < bestDistance) { best = -1; break; }
            if (best < 0) continue;
            List<Quantity> qs = byEvent.computeIfAbsent(best, k -> new ArrayList<>());
            if (qs.stream().noneMatch(q -> q.measure() == f.quantity().measure())) qs.add(f.quantity());
        }
        for (var e : byEvent.entrySet()) {
            EventMention m = out.get(e.getKey());
            out.set(e.getKey(), new EventMention(m.type(), m.begin(), m.end(), m.trigger(), m.sentence(), m.date(), m.start(),
                    m.endDate(), m.agents(), m.affected(), m.places(), e.getValue(), m.named()));
        }
    }

    private static void add(List<Figure> out, int at, String number, String verb) {
        // "On 26 February 1992, Armenian forces captured": a year before the verb is no count of people
        if (number.matches("(?:1[89]|20)\\d{2}[,，]?")) return;
        long v;
        try {
            v = Long.parseLong(number.replaceAll("[,，]", ""));
        } catch (NumberFormatException e) {
            return;
        }
        Quantity.Measure measure = switch (verb) {
            case "死亡", "丧生", "遇难", "打死", "击毙", "killed", "killing" -> Quantity.Measure.KILLED;
            case "受伤", "打伤", "wounded", "injured", "wounding", "injuring" -> Quantity.Measure.WOUNDED;
            case "疏散", "撤离", "被疏散", "被撤离", "evacuated" -> Quantity.Measure.EVACUATED;
            case "转移", "逃离", "fled", "displaced" -> Quantity.Measure.DISPLACED;
            case "被俘", "俘虏", "captured" -> Quantity.Measure.CAPTURED;
            default -> Quantity.Measure.MISSING;
        };
        out.add(new Figure(at, new Quantity(measure, v, "person")));
    }
}
