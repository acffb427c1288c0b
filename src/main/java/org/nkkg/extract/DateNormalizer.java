package org.nkkg.extract;

import org.nkkg.model.TimeValue;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static java.util.Map.entry;

/**
 * Finds time expressions in a sentence and normalises them to a day, month or year. A date without a year takes
 * the year from its context (the nearest earlier explicit year of the document, else the anchor date); a bare day
 * ("19日") only resolves against an anchor date (a news item's publication date) and never to a later day than it.
 * Relative words (当天, 次日, 前一天, 几小时内 / within hours: that day) resolve against the previous date in the same text unit. Anything that does not
 * resolve safely stays unresolved: a date is never invented.
 */
public final class DateNormalizer {
    /** A time expression found in a sentence: its span and value(s); {@code end} is set for intervals. */
    public record Found(int begin, int endOffset, TimeValue value, TimeValue end) {}

    /** What a sentence's dates are resolved against. */
    public record Context(Integer year, LocalDate anchor, TimeValue previous) {}

    private static final Pattern ZH_FULL_INTERVAL = Pattern.compile(
            "(\\d{4})年(\\d{1,2})月(\\d{1,2})日?(?:至|到|—|–|-)(?:(\\d{4})年)?(?:(\\d{1,2})月)?(\\d{1,2})日");
    /** "9月20-23日", "9月20日至23日": a span of days in a month whose year comes from the context. */
    private static final Pattern ZH_MONTH_INTERVAL = Pattern.compile(
            "(?<![\\d年])(\\d{1,2})月(\\d{1,2})日?(?:至|到|—|–|-|－)(\\d{1,2})日");
    private static final Pattern ZH_YMD = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})[日号]");
    private static final Pattern ZH_YM = Pattern.compile("(\\d{4})年(\\d{1,2})月(?![\\d])");
    private static final Pattern ZH_Y = Pattern.compile("(?<![\\d])(\\d{4})年(?![\\d代])");
    private static final Pattern ZH_MD = Pattern.compile("(?<![\\d年])(\\d{1,2})月(\\d{1,2})[日号]");
    private static final Pattern ZH_SAME_YEAR = Pattern.compile("(?:同年|当年|當年|该年|該年)(\\d{1,2})月(?:(\\d{1,2})[日号]|(?![\\d日号份]))");
    /**
     * "年初", "年底", "年末", "同年" standing alone: a part of the year just named. Not "1993年年初", "今年年初", "去年底",
     * "多年": those name their own year, or none.
     */
    private static final Pattern ZH_PART_OF_YEAR = Pattern.compile("(?<![\\d年去今明前后後上次翌当當该該本多几幾数數每近])(?:年初|年底|年末|同年)(?![\\d])");
    /** "同月", "同月27日", "当月": the month just named (a day of it). */
    private static final Pattern ZH_SAME_MONTH = Pattern.compile("(?:同月|当月|當月|该月|該月)(?:(\\d{1,2})[日号])?");
    private static final Pattern ZH_TODAY = Pattern.compile("(?:今天|今日|昨天|昨日)(?!俄罗斯|俄羅斯|美国|美國|头条|頭條|世界)");
    private static final Pattern ZH_D = Pattern.compile("(?<![\\d月年])(\\d{1,2})日");
    /** "6月下旬", "到7月", "10月,": a month whose year comes from the context (not "3个月", not "6月20日"). */
    private static final Pattern ZH_M = Pattern.compile("(?<![\\d年个個\\-－–—~～/.])(\\d{1,2})月(?![\\d日号份])");
    /** A year word before a month or day that names another year than the context's: "去年10月". */
    private static final Pattern ZH_OTHER_YEAR = Pattern.compile("(?:去年|前年|明年|后年|後年|上年|次年|翌年)$");
    private static final Pattern ZH_RELATIVE = Pattern.compile("当天|当日|當天|當日|同日|同一天|次日|翌日|隔天|隔日|第二天|前一天"
            // "在几小时内": what followed within hours of the last day named happened that day
            + "|(?:几|幾|数|數)(?:个|個)?小时内|(?:几|幾|数|數)(?:个|個)?小時內");
    private static final Pattern ISO = Pattern.compile("(?<![\\d])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d])");

    /** Month names, and the abbreviations news datelines use ("Sept. 28", "Oct 2"), not followed by a letter. */
    private static final String MONTHS = "(?:January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?(?![A-Za-z])";
    private static final Pattern EN_BETWEEN = Pattern.compile(
            "[Bb]etween (\\d{1,2}) and (\\d{1,2}) (" + MONTHS + ")(?: (\\d{4}))?");
    private static final Pattern EN_DMY = Pattern.compile("(?<![\\d])(\\d{1,2}) (" + MONTHS + ")(?:,? (\\d{4}))?");
    private static final Pattern EN_MDY = Pattern.compile("(" + MONTHS + ") (\\d{1,2})(?:st|nd|rd|th)?(?:, (\\d{4}))?(?![\\d])");
    private static final Pattern EN_MY = Pattern.compile("(?:[Ii]n |[Ss]ince |[Bb]y |[Uu]ntil )?(" + MONTHS + ") (\\d{4})");
    private static final Pattern EN_Y = Pattern.compile("(?:[Ii]n |[Ss]ince |[Bb]y |[Ll]ate |[Ee]arly |[Mm]id-?)(\\d{4})(?![\\d])");
    private static final Pattern EN_M = Pattern.compile("\\b(?:[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ll]ate|[Ee]arly|[Mm]id-|[Mm]id)\\s?"
            + "(January|February|March|April|May|June|July|August|September|October|November|December)\\b(?!,? \\d)");
    private static final Map<String, Integer> MONTH = Map.ofEntries(entry("january", 1), entry("february", 2),
            entry("march", 3), entry("april", 4), entry("may", 5), entry("june", 6), entry("july", 7),
            entry("august", 8), entry("september", 9), entry("october", 10), entry("november", 11), entry("december", 12));
    private static final Pattern EN_WEEKDAY = Pattern.compile("\\b(?:[Oo]n|[Ll]ast|[Tt]his) (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");

    /** The month a full or abbreviated English month name ("Sept.", "October") stands for. */
    private static int monthOf(String name) {
        String k = name.toLowerCase(Locale.ROOT).replace(".", "");
        for (var e : MONTH.entrySet()) if (e.getKey().startsWith(k.length() >= 3 ? k.substring(0, 3) : k)) return e.getValue();
        throw new IllegalArgumentException(name);
    }

    /** The time of the last expression ending before {@code at} that {@code fits}, else null (an interval's end). */
    private static TimeValue lastBefore(List<Found> out, int at, java.util.function.Predicate<TimeValue> fits) {
        Found last = null;
        for (Found f : out) if (f.endOffset() <= at && fits.test(f.value()) && (last == null || f.begin() > last.begin())) last = f;
        return last == null ? null : last.end() != null ? last.end() : last.value();
    }

    /**
     * What a relative day ("次日", "the next day") counts from: the last day named earlier in its sentence (not a
     * deadline after 截至/by), else the previous date of the paragraph.
     */
    private static TimeValue dayBefore(List<Found> out, int at, Context ctx) {
        TimeValue t = lastBefore(out, at, v -> v.precision() == TimeValue.Precision.DAY);
        if (t != null) return t;
        return ctx.previous() != null && ctx.previous().precision() == TimeValue.Precision.DAY ? ctx.previous() : null;
    }

    /** The year of the last time named before {@code at} in the sentence, else the context's year. */
    private static Integer yearBefore(List<Found> out, int at, Context ctx) {
        TimeValue t = lastBefore(out, at, v -> true);
        return t != null ? Integer.valueOf(t.first().getYear()) : ctx.year();
    }

    /** The month of the last day or month named earlier in the sentence, else of the paragraph's previous date. */
    private static TimeValue monthBefore(List<Found> out, int at, Context ctx) {
        TimeValue t = lastBefore(out, at, v -> v.precision() != TimeValue.Precision.YEAR);
        if (t == null) t = ctx.previous();
        return t != null && t.precision() != TimeValue.Precision.YEAR ? t : null;
    }

    private static final Pattern ANY_YEAR = Pattern.compile("(?<![\\d])(1[89]\\d{2}|20\\d{2})(?![\\d])");

    public List<Found> find(String s, boolean chinese, Context ctx) {
        List<Found> out = new ArrayList<>();
        if (chinese) findChinese(s, ctx, out);
        else findEnglish(s, ctx, out);
        Matcher iso = ISO.matcher(s);
        while (iso.find()) if (free(out, iso.start(), iso.end())) add(out, iso.start(), iso.end(), day(iso.group(1), iso.group(2), iso.group(3)), null);
        out.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
        return out;
    }

    private void findChinese(String s, Context ctx, List<Found> out) {
        Matcher m = ZH_FULL_INTERVAL.matcher(s);
        while (m.find()) {
            TimeValue a = day(m.group(1), m.group(2), m.group(3));
            String y2 = m.group(4) != null ? m.group(4) : m.group(1);
            String m2 = m.group(5) != null ? m.group(5) : m.group(2);
            TimeValue b = day(y2, m2, m.group(6));
            if (a != null && b != null && !b.first().isBefore(a.first())) add(out, m.start(), m.end(), a, b);
        }
        m = ZH_MONTH_INTERVAL.matcher(s);
        while (m.find()) {
            if (!free(out, m.start(), m.end()) || ctx.year() == null) continue;
            TimeValue a = day(String.valueOf(ctx.year()), m.group(1), m.group(2)), b = day(String.valueOf(ctx.year()), m.group(1), m.group(3));
            if (a != null && b != null && b.first().isAfter(a.first())) add(out, m.start(), m.end(), a, b);
        }
        m = ZH_YMD.matcher(s);
        while (m.find()) if (free(out, m.start(), m.end())) add(out, m.start(), m.end(), day(m.group(1), m.group(2), m.group(3)), null);
        m = ZH_YM.matcher(s);
        while (m.find()) if (free(out, m.start(), m.end())) add(out, m.start(), m.end(), month(m.group(1), m.group(2)), null);
        m = ZH_Y.matcher(s);
        while (m.find()) if (free(out, m.start(), m.end())) add(out, m.start(), m.end(), TimeValue.year(Integer.parseInt(m.group(1))), null);
        // "同年11月9日", "当年9月": the year just named (the patterns below leave a month after 年 alone: 去年10月)
        m = ZH_SAME_YEAR.matcher(s);
        while (m.find()) {
            if (!free(out, m.start(), m.end()) || ctx.year() == null) continue;
            TimeValue v = m.group(2) != null ? day(String.valueOf(ctx.year()), m.group(1), m.group(2)) : month(String.valueOf(ctx.year()), m.group(1));
            if (v != null) add(out, m.start(), m.end(), v, null);
        }
        m = ZH_PART_OF_YEAR.matcher(s);
        while (m.find()) {
            if (!free(out, m.start(), m.end())) continue;
            Integer y = yearBefore(out, m.start(), ctx);
            if (y != null) add(out, m.start(), m.end(), TimeValue.year(y), null);
        }
        m = ZH_SAME_MONTH.matcher(s);
        while (m.find()) {
            if (!free(out, m.start(), m.end())) continue;
            TimeValue from = monthBefore(out, m.start(), ctx);
            if (from == null) continue;
            LocalDate first = from.first();
            TimeValue v = m.group(1) != null ? day(String.valueOf(first.getYear()), String.valueOf(first.getMonthValue()), m.group(1))
                    : TimeValue.month(first.getYear(), first.getMonthValue());
            if (v != null) add(out, m.start(), m.end(), v, null);
        }
        m = ZH_MD.matcher(s);
        while (m.find()) {
            if (!free(out, m.start(), m.end()) || ctx.year() == null) continue;
            add(out, m.start(), m.end(), day(String.valueOf(ctx.year()), m.group(1), m.group(2)), null);
        }
        m = ZH_M.matcher(s);
        while (m.find()) {
            if (!free(out, m.start(), m.end()) || ctx.year() == null) continue;
            if (ZH_OTHER_YEAR.matcher(s.substring(Math.max(0, m.start() - 2), m.start())).find()) continue;
            add(out, m.start(), m.end(), month(String.valueOf(ctx.year()), m.group(1)), null);
        }
        m = ZH_D.matcher(s);
        while (m.find()) {
            if (!free(out, m.start(), m.end()) || ctx.anchor() == null) continue;
            int d = Integer.parseInt(m.group(1));
            LocalDate a = ctx.anchor();
            if (d >= 1 && d <= a.getDayOfMonth()) add(out, m.start(), m.end(), TimeValue.day(a.withDayOfMonth(d)), null);
        }
        // "今天", "昨天" in a dated news item: its day, the day before ("今日俄罗斯" is a channel's name)
        m = ZH_TODAY.matcher(s);
        while (m.find()) {
            if (!free(out, m.start(), m.end()) || ctx.anchor() == null) continue;
            add(out, m.start(), m.end(), TimeValue.day(m.group().startsWith("昨") ? ctx.anchor().minusDays(1) : ctx.anchor()), null);
        }
        m = ZH_RELATIVE.matcher(s);
        while (m.find()) {
            if (!free(out, m.start(), m.end())) continue;
            TimeValue from = dayBefore(out, m.start(), ctx);
            if (from == null) continue;
            LocalDate p = from.first();
            LocalDate d = switch (m.group()) {
                case "次日", "翌日", "隔天", "隔日", "第二天" -> p.plusDays(1);
                case "前一天" -> p.minusDays(1);
                default -> p;
            };
            add(out, m.start(), m.end(), TimeValue.day(d), null);
        }
    }

    /** "on the same day", "the next day", "the following day", "the day before": relative to the previous date. */
    private static final Pattern EN_RELATIVE = Pattern.compile(
            "(?:[Oo]n )?[Tt]he (same|next|following|previous) day|[Tt]he day before|[Tt]hat (?:same )?day|[Ww]ithin hours");

    private void findEnglish(String s, Context ctx, List<Found> out) {
        // "on Wednesday" in a dated news item: the last such day up to the item's date
        Matcher wd = EN_WEEKDAY.matcher(s);
        while (wd.find() && ctx.anchor() != null) {
            java.time.DayOfWeek dow = java.time.DayOfWeek.valueOf(wd.group(1).toUpperCase(Locale.ROOT));
            LocalDate d = ctx.anchor();
            while (d.getDayOfWeek() != dow) d = d.minusDays(1);
            add(out, wd.start(1), wd.end(1), TimeValue.day(d), null);
        }
        Matcher m = EN_BETWEEN.matcher(s);
        while (m.find()) {
            Integer y = m.group(4) != null ? Integer.valueOf(m.group(4)) : ctx.year();
            if (y == null) continue;
            int mo = monthOf(m.group(3));
            TimeValue a = day(y, mo, Integer.parseInt(m.group(1))), b = day(y, mo, Integer.parseInt(m.group(2)));
            if (a != null && b != null) add(out, m.start(), m.end(), a, b);
        }
        m = EN_DMY.matcher(s);
        while (m.find()) {
            if (!free(out, m.start(), m.end())) continue;
            Integer y = m.group(3) != null ? Integer.valueOf(m.group(3)) : ctx.year();
            if (y == null) continue;
            add(out, m.start(), m.end(), day(y, monthOf(m.group(2)), Integer.parseInt(m.group(1))), null);
        }
        m = EN_MDY.matcher(s);
        while (m.find()) {
            if (!free(out, m.start(), m.end())) continue;
            Integer y = m.group(3) != null ? Integer.valueOf(m.group(3)) : ctx.year();
            if (y == null) continue;
            add(out, m.start(), m.end(), day(y, monthOf(m.group(1)), Integer.parseInt(m.group(2))), null);
        }
        m = EN_MY.matcher(s);
        while (m.find()) {
            if (!free(out, m.start(), m.end())) continue;
            add(out, m.start(), m.end(), TimeValue.month(Integer.parseInt(m.group(2)), monthOf(m.group(1))), null);
        }
        m = EN_Y.matcher(s);
        while (m.find()) if (free(out, m.start(1), m.end())) add(out, m.start(1), m.end(), TimeValue.year(Integer.parseInt(m.group(1))), null);
        // "In September, …", "since October": a month of the context's year ("last September" names another year)
        m = EN_M.matcher(s);
        while (m.find()) {
            if (!free(out, m.start(1), m.end(1)) || ctx.year() == null) continue;
            if (s.substring(Math.max(0, m.start() - 5), m.start()).matches("(?s).*\\b(?:last|next)\\s*$")) continue;
            int mo = monthOf(m.group(1));
            // in a dated item a bare month is the last such month up to its date; when the paragraph's year says
            // otherwise ("a war in 2020. In September, …" written in 2023), the text does not fix which
            if (ctx.anchor() != null) {
                int y = mo <= ctx.anchor().getMonthValue() ? ctx.anchor().getYear() : ctx.anchor().getYear() - 1;
                if (y != ctx.year()) continue;
            }
            add(out, m.start(1), m.end(1), TimeValue.month(ctx.year(), mo), null);
        }
        // relative days last, so that a day named earlier in the sentence is what they count from
        Matcher r = EN_RELATIVE.matcher(s);
        while (r.find()) {
            if (!free(out, r.start(), r.end())) continue;
            TimeValue from = dayBefore(out, r.start(), ctx);
            if (from == null) continue;
            LocalDate p = from.first();
            String w = r.group(1) == null ? (r.group().toLowerCase(Locale.ROOT).contains("before") ? "previous" : "same") : r.group(1);
            LocalDate d = switch (w) {
                case "next", "following" -> p.plusDays(1);
                case "previous" -> p.minusDays(1);
                default -> p;
            };
            add(out, r.start(), r.end(), TimeValue.day(d), null);
        }
    }

    private static final Pattern ZH_ANY_YEAR = Pattern.compile("(?<![\\d])(1[89]\\d{2}|20\\d{2})年(?!代)");

    /** The last year a Chinese text names as a year ("1992年", not "2000名"), or null. */
    public static Integer lastChineseYear(String s) {
        Matcher m = ZH_ANY_YEAR.matcher(s);
        Integer y = null;
        while (m.find()) y = Integer.valueOf(m.group(1));
        return y;
    }

    private static final Pattern ZH_YEAR_OF_MONTH = Pattern.compile("(?<![\\d])(1[89]\\d{2}|20\\d{2})年\\d{1,2}月");
    private static final Pattern EN_YEAR_OF_MONTH = Pattern.compile("(?:" + MONTHS + ")(?: \\d{1,2},?)? (1[89]\\d{2}|20\\d{2})(?![\\d])");

    /**
     * The last year a text names together with a month ("1992年2月", "February 1992", "26 February 1992"), or null: a
     * year that dates something, unlike one that describes ("1993-1994年度的兵力", "the 1994 figures").
     */
    public static Integer lastYearOfMonth(String s, boolean chinese) {
        Matcher m = (chinese ? ZH_YEAR_OF_MONTH : EN_YEAR_OF_MONTH).matcher(s);
        Integer y = null;
        while (m.find()) y = Integer.valueOf(m.group(1));
        return y;
    }

    /** The last explicit four-digit year in a text, or null: the year context for what follows it. */
    public static Integer lastYear(String s) {
        Matcher m = ANY_YEAR.matcher(s);
        Integer y = null;
        while (m.find()) y = Integer.valueOf(m.group(1));
        return y;
    }

    private static void add(List<Found> out, int b, int e, TimeValue v, TimeValue end) {
        if (v != null) out.add(new Found(b, e, v, end));
    }

    private static boolean free(List<Found> out, int b, int e) {
        for (Found f : out) if (f.begin() < e && b < f.endOffset()) return false;
        return true;
    }

    private static TimeValue day(String y, String m, String d) {
        return day(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
    }

    private static TimeValue day(int y, int m, int d) {
        try {
            return TimeValue.day(LocalDate.of(y, m, d));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static TimeValue month(String y, String m) {
        int mo = Integer.parseInt(m);
        return mo >= 1 && mo <= 12 ? TimeValue.month(Integer.parseInt(y), mo) : null;
    }
}
