package org.nkkg.extract;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class DateNormalizerTest {
    private final DateNormalizer n = new DateNormalizer();

    private List<String> values(String s, boolean zh, Integer year, LocalDate anchor) {
        return n.find(s, zh, new DateNormalizer.Context(year, anchor, null)).stream()
                .map(f -> f.value().lexical() + (f.end() != null ? "/" + f.end().lexical() : "")).toList();
    }

    @Test void datelineAbbreviationsAndWeekdaysOfANewsItem() {
        LocalDate thursday = LocalDate.of(2023, 9, 28);
        assertEquals(List.of("2023-09-28"), values("MOSCOW, Sept 28 (Reuters) - The decree was signed.", false, 2023, thursday));
        assertEquals(List.of("2023-10-02"), values("On Oct. 2, talks were held.", false, 2023, thursday));
        assertEquals(List.of("2023-09-27"), values("He was arrested on Wednesday.", false, 2023, thursday));
        assertEquals(List.of("2023-09-28"), values("The authorities said on Thursday.", false, 2023, thursday));
        assertEquals(List.of(), values("He was arrested on Wednesday.", false, 2023, null), "no item date, no day");
        assertEquals(List.of(), values("The 5 Decrees of the council.", false, 2023, null), "Dec inside a word is no month");
    }

    @Test void theSameMonthIsTheMonthJustNamed() {
        DateNormalizer.Context ctx = new DateNormalizer.Context(1988, null, org.nkkg.model.TimeValue.month(1988, 2));
        assertEquals(List.of("1988-02"), n.find("同月,叶里温爆发大规模示威。", true, ctx).stream().map(f -> f.value().lexical()).toList());
        assertEquals(List.of("1988-02-27"), n.find("同月27日,苏姆盖特发生屠杀。", true, ctx).stream().map(f -> f.value().lexical()).toList());
    }

    @Test void aPartOfTheYearIsOfTheYearJustNamed() {
        assertEquals(List.of("1993"), values("亚美尼亚军队年初开始了新一轮攻势。", true, 1993, null));
        assertEquals(List.of("1992", "1992"), values("1992年亚美尼亚遭受损失,俄罗斯同年开始运送军备。", true, 1990, null),
                "the year named earlier in the sentence comes first");
        assertEquals(List.of(), values("去年底双方举行了会谈。", true, 2023, null), "last year's end is not this year's");
        assertEquals(List.of(), values("多年中双方多次交火。", true, 2023, null));
        assertEquals(List.of(), values("年初开始了攻势。", true, null, null), "no year named, no date");
    }

    @Test void aRelativeDayCountsFromADayNamedEarlierInItsSentence() {
        assertEquals(List.of("2023-09-19", "2023-09-20"),
                values("On 19 September 2023, Azerbaijan attacked, and the army agreed to disarm the next day.", false, 2023, null));
        assertEquals(List.of("2023-09-19", "2023-09-19"), values("阿塞拜疆国防部19日发表声明说,当天在纳卡地区展开行动。", true, 2023,
                LocalDate.of(2023, 9, 20)));
    }

    @Test void englishRelativeDaysFollowThePreviousDate() {
        DateNormalizer.Context ctx = new DateNormalizer.Context(2021, null, org.nkkg.model.TimeValue.day(LocalDate.of(2021, 5, 3)));
        assertEquals(List.of("2021-05-03"), n.find("On the same day, talks began.", false, ctx).stream().map(f -> f.value().lexical()).toList());
        assertEquals(List.of("2021-05-04"), n.find("The next day the talks ended.", false, ctx).stream().map(f -> f.value().lexical()).toList());
        assertEquals(List.of(), values("On the same day, talks began.", false, 2021, null), "no previous day, no date");
    }

    @Test void chineseFullDatesMonthsYearsAndIntervals() {
        assertEquals(List.of("2023-09-19"), values("2023年9月19日,阿塞拜疆", true, null, null));
        assertEquals(List.of("1988-02-20/1994-05-12"), values("日期1988年2月20日至1994年5月12日", true, null, null));
        assertEquals(List.of("2023-09-19/2023-09-20"), values("2023年9月19日至20日,阿塞拜疆", true, null, null));
        assertEquals(List.of("2022-12"), values("自2022年12月以来", true, null, null));
        assertEquals(List.of("1991-09-20/1991-09-23"), values("9月20-23日在巴库举行会谈", true, 1991, null));
        assertEquals(List.of(), values("9月20-23日在巴库举行会谈", true, null, null), "no year in context, no date");
        assertEquals(List.of("1994"), values("两国1994年达成停火", true, null, null));
    }

    @Test void chineseDatesWithoutYearNeedContextAndBareDaysNeedAnAnchor() {
        assertEquals(List.of("2023-09-20"), values("9月20日,聚集", true, 2023, null));
        assertEquals(List.of(), values("9月20日,聚集", true, null, null), "no year context: unresolved");
        assertEquals(List.of("2023-09-19"), values("国防部19日发表声明", true, 2023, LocalDate.of(2023, 9, 20)));
        assertEquals(List.of(), values("国防部22日发表声明", true, 2023, LocalDate.of(2023, 9, 20)), "never after the anchor");
        assertEquals(List.of(), values("国防部19日发表声明", true, 2023, null), "no anchor: unresolved");
    }

    @Test void aChineseMonthWithoutYearTakesTheContextYear() {
        assertEquals(List.of("1993-06"), values("6月下旬,部队撤出了该镇", true, 1993, null));
        assertEquals(List.of("1993-10", "1993-11"), values("分别是10月和11月的两项决议", true, 1993, null));
        assertEquals(List.of(), values("6月下旬,部队撤出了该镇", true, null, null), "no year context: unresolved");
        assertEquals(List.of(), values("去年10月,双方会晤", true, 2023, null), "another year than the context's");
        assertEquals(List.of(), values("为期3个月的紧急状态", true, 2023, null), "a duration, not a month");
        assertEquals(List.of("2023-06-20"), values("6月20日,双方会晤", true, 2023, null), "a day stays a day");
    }

    @Test void theYearThatDatesAMonthIsTheRunningYear() {
        assertEquals(1992, DateNormalizer.lastYearOfMonth("1992年2月,双方在1993-1994年度的兵力", true));
        assertNull(DateNormalizer.lastYearOfMonth("双方在1993-1994年度的兵力", true));
        assertEquals(1992, DateNormalizer.lastYearOfMonth("In February 1992, the 1994 figures", false));
    }

    @Test void relativeDaysFollowThePreviousDate() {
        var f = n.find("次日双方停火", true, new DateNormalizer.Context(2023, null,
                org.nkkg.model.TimeValue.day(LocalDate.of(2023, 9, 19))));
        assertEquals("2023-09-20", f.get(0).value().lexical());
    }

    @Test void aBareMonthAndTheSameYear() {
        var history = new DateNormalizer.Context(2020, null, null);
        assertEquals(List.of("2020-11-09"), n.find("同年11月9日,双方签署停火协议", true, history).stream().map(f -> f.value().lexical()).toList());
        assertEquals(List.of("2020-09"), n.find("In September, Azerbaijan launched an offensive", false, history).stream().map(f -> f.value().lexical()).toList());
        assertEquals(List.of(), n.find("Since last September, it has", false, history));
        // a news item of December 2023 whose paragraph spoke of 2020: which September is not fixed
        var news = new DateNormalizer.Context(2020, LocalDate.of(2023, 12, 7), null);
        assertEquals(List.of(), n.find("In September, Azerbaijan retook the region", false, news));
        var same = new DateNormalizer.Context(2023, LocalDate.of(2023, 12, 7), null);
        assertEquals(List.of("2023-09"), n.find("In September, Azerbaijan retook the region", false, same).stream().map(f -> f.value().lexical()).toList());
    }

    @Test void todayAndYesterdayInADatedNewsItem() {
        var ctx = new DateNormalizer.Context(2023, LocalDate.of(2023, 9, 28), null);
        assertEquals("2023-09-28", n.find("亞美尼亞政府今天表示", true, ctx).get(0).value().lexical());
        assertEquals("2023-09-27", n.find("外交部昨天表示", true, ctx).get(0).value().lexical());
        assertEquals(List.of(), n.find("今日俄罗斯电视台报道", true, ctx), "a channel's name");
        assertEquals(List.of(), n.find("外交部今天表示", true, new DateNormalizer.Context(2023, null, null)), "no anchor, no day");
    }

    @Test void sameDayAndNextDayInTaiwanAndMainlandWords() {
        var prev = new DateNormalizer.Context(2023, null, org.nkkg.model.TimeValue.day(LocalDate.of(2023, 9, 19)));
        assertEquals("2023-09-19", n.find("同日,双方举行会谈", true, prev).get(0).value().lexical());
        assertEquals("2023-09-20", n.find("隔天,當地武裝部隊宣布投降", true, prev).get(0).value().lexical());
        assertEquals("2023-09-20", n.find("亚美尼亚部队在第二天就控制了全城", true, prev).get(0).value().lexical());
    }

    @Test void withinHoursIsThePreviousDay() {
        var prev = new DateNormalizer.Context(1988, null, org.nkkg.model.TimeValue.day(LocalDate.of(1988, 2, 27)));
        assertEquals("1988-02-27", n.find("在幾小時內,騷亂就在該市發生了", true, prev).get(0).value().lexical());
        assertEquals("1988-02-27", n.find("Within hours, riots broke out.", false, prev).get(0).value().lexical());
        var month = new DateNormalizer.Context(1988, null, org.nkkg.model.TimeValue.month(1988, 2));
        assertEquals(List.of(), n.find("在几小时内,骚乱就发生了", true, month), "a month is no day to count hours from");
    }

    @Test void englishForms() {
        assertEquals(List.of("2023-09-21"), values("On 21 September, talks were held", false, 2023, null));
        assertEquals(List.of("2023-09-19/2023-09-20"), values("Between 19 and 20 September 2023, Azerbaijan", false, null, null));
        assertEquals(List.of("2022-12"), values("In December 2022 the blockade began", false, null, null));
        assertEquals(List.of("2020"), values("in late 2020", false, null, null));
        assertEquals(List.of(), values("On 21 September, talks", false, null, null), "no year: unresolved");
        assertEquals(List.of(), values("Two weeks before the clashes", false, 2023, null));
    }
}
