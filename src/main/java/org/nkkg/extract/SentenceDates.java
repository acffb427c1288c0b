package org.nkkg.extract;

import org.nkkg.model.Document;
import org.nkkg.model.Sentence;
import org.nkkg.model.TextUnit;
import org.nkkg.model.TimeValue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The time expressions of every sentence of a document, resolved in reading order so that each sentence sees the
 * year context (the last year named earlier in its paragraph, else the document's topic year; in a history whose
 * title and date state no year, the last year its section named, else the last year named with a month before the
 * section), anchor date (its
 * headline's date, else the document's) and the previous date of its paragraph. A section
 * heading that is itself a date ("9月20日", "On 21 September") dates the sentences under it that give none.
 */
final class SentenceDates {
    private final List<List<DateNormalizer.Found>> found = new ArrayList<>();
    private final List<TimeValue> headingDate = new ArrayList<>();
    private final List<TimeValue> paragraphDate = new ArrayList<>();
    private final List<TimeValue> previousTime = new ArrayList<>();
    private final List<TimeValue> earlierInParagraph = new ArrayList<>();
    private final List<Integer> chronologyYear = new ArrayList<>();

    SentenceDates(Document doc, DateNormalizer normalizer) {
        boolean zh = doc.lang().isChinese();
        Integer topicYear = topicYear(doc);
        // a document whose title or date gives its year is about that year; a history without one follows its own
        // chronology, so a paragraph without a year continues the last year its section named
        boolean statedTopic = statedYear(doc) != null;
        Integer unitYear = null, sectionYear = null, runningYear = null;
        TimeValue lastSentenceDay = null, lastSentenceTime = null;
        int lastUnitOfDay = -1;
        String section = null;
        TimeValue previous = null, lastDay = null;
        LocalDate docAnchor = datelineDay(doc);
        int lastUnit = -1;
        String lastHeading = null;
        TimeValue currentHeadingDate = null;
        for (Sentence s : doc.sentences()) {
            TextUnit unit = doc.clean().units().get(s.unit());
            boolean opensUnit = s.unit() != lastUnit;
            if (opensUnit) { previous = null; unitYear = null; lastUnit = s.unit(); }
            if (!java.util.Objects.equals(unit.heading(), section)) { section = unit.heading(); sectionYear = null; }
            LocalDate anchor = unit.date() != null ? unit.date() : docAnchor;
            Integer fallback = statedTopic ? topicYear : sectionYear != null ? sectionYear : runningYear != null ? runningYear : topicYear;
            Integer ctxYear = unit.date() != null ? Integer.valueOf(unit.date().getYear()) : unitYear != null ? unitYear : fallback;
            String text = doc.text().substring(s.begin(), s.end());
            paragraphDate.add(s.unit() == lastUnitOfDay ? lastSentenceDay : null);
            previousTime.add(s.unit() == lastUnitOfDay ? lastSentenceTime : null);
            earlierInParagraph.add(previous);
            chronologyYear.add(statedTopic ? null : unitYear != null ? unitYear : sectionYear);
            // a paragraph opening with "同日", "次日", "The next day" goes on from the last day the text named before it
            TimeValue relativeTo = previous == null && opensUnit && RELATIVE_OPENING.matcher(text).lookingAt() ? lastDay : previous;
            List<DateNormalizer.Found> fs = normalizer.find(text, zh, new DateNormalizer.Context(ctxYear, anchor, relativeTo));
            found.add(fs);
            if (unit.kind() == TextUnit.Kind.HEADING) {
                currentHeadingDate = fs.size() == 1 && fs.get(0).value().precision() == TimeValue.Precision.DAY
                        && fs.get(0).endOffset() - fs.get(0).begin() >= text.strip().length() - 2 ? fs.get(0).value() : null;
                lastHeading = unit.heading();
            } else if (unit.heading() != null && !unit.heading().equals(lastHeading)) {
                lastHeading = unit.heading();
                currentHeadingDate = null;
            }
            headingDate.add(unit.kind() == TextUnit.Kind.HEADING ? null : currentHeadingDate);
            // a deadline ("by 1 January 2024", "2024年1月1日前") is no day the narrative has reached: "the next day"
            // counts from the day before it
            // nor is a limit the narrative gives ("到4月3日,…已经占领了X"): what comes next need not be of that day
            List<DateNormalizer.Found> days = fs.stream().filter(f -> !deadline(text, f, zh) && !(zh && limit(text, f))).toList();
            for (DateNormalizer.Found f : days) previous = f.end() != null ? f.end() : f.value();
            for (DateNormalizer.Found f : days) if (f.value().precision() == TimeValue.Precision.DAY) lastDay = f.end() != null ? f.end() : f.value();
            lastSentenceDay = null;
            lastSentenceTime = null;
            for (DateNormalizer.Found f : days) if (f.value().precision() == TimeValue.Precision.DAY) lastSentenceDay = f.end() != null ? f.end() : f.value();
            // what follows a limit ("到4月3日,…已经占领了X。") is of its month, not necessarily of its day
            if (days.isEmpty() && zh) for (DateNormalizer.Found f : fs) if (limit(text, f) && f.end() == null && f.value().precision() == TimeValue.Precision.DAY) lastSentenceDay = TimeValue.month(f.value().first().getYear(), f.value().first().getMonthValue());
            for (DateNormalizer.Found f : days) lastSentenceTime = f.end() != null ? f.end() : f.value();
            lastUnitOfDay = s.unit();
            Integer y = zh ? DateNormalizer.lastChineseYear(text) : DateNormalizer.lastYear(text);
            if (y != null && unit.date() == null) { unitYear = y; sectionYear = y; }
            Integer dating = DateNormalizer.lastYearOfMonth(text, zh);
            if (dating != null && unit.date() == null) runningYear = dating;
        }
    }

    /** "by 1 January 2024", "until…", "2024年1月1日前", "截至28日": a limit set, not a time something happened. */
    static boolean deadline(String text, DateNormalizer.Found f, boolean zh) {
        if (zh) {
            String after = text.substring(f.endOffset(), Math.min(text.length(), f.endOffset() + 2));
            return after.startsWith("前") || after.startsWith("之前") || after.startsWith("以前")
                    || text.substring(Math.max(0, f.begin() - 2), f.begin()).endsWith("截至");
        }
        return text.substring(Math.max(0, f.begin() - 15), f.begin()).matches("(?s).*\\b(?:by|until|till|before) (?:the )?(?:(?:early|late|mid)[ -])?$");
    }

    /** "到4月3日,…", "至2月下旬,…": a clause opening with the time by which something held (Chinese). */
    static boolean limit(String text, DateNormalizer.Found f) {
        String before = text.substring(Math.max(0, f.begin() - 2), f.begin());
        if (!(before.endsWith("至") || before.endsWith("到"))) return false;
        int b = before.endsWith("截至") ? f.begin() - 2 : f.begin() - 1;
        boolean opens = b == 0 || ZH_CLAUSE.indexOf(text.charAt(b - 1)) >= 0;
        return opens && f.endOffset() < text.length() && ZH_CLAUSE.indexOf(text.charAt(f.endOffset())) >= 0;
    }

    /** What ends a Chinese clause. */
    static final String ZH_CLAUSE = "，,；;：:。！？!?";

    /** "（中央社叶夫拉赫21日综合外电报导）", "新华社巴库9月22日电", "BAKU, Sept 28 (AP) —": the day the item was filed. */
    /** Also what the statement reader skips at an item's start: whoever filed it is no speaker. Either script. */
    static final java.util.regex.Pattern ZH_DATELINE = java.util.regex.Pattern.compile(
            "^\\s*[（(]?[^（）()，,。：:；;]{0,30}?(\\d{1,2})日(?:专电|專電|电|電|综合外电报导|綜合外電報導|综合外电报道|综合报导|綜合報導|综合报道|报导|報導|报道)[）)]?\\s*");
    private static final java.util.regex.Pattern EN_DATELINE_DAY = java.util.regex.Pattern.compile(
            "^\\s*[A-Z][A-Za-z .'-]{1,30}, (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\\.? (\\d{1,2})\\s*\\(");

    /** "BAKU, Sept 19 (Reuters) -", "GORIS, Armenia, Sept 26 (Reuters) -", "YEREVAN, Armenia (AP) —". */
    private static final java.util.regex.Pattern EN_DATELINE = java.util.regex.Pattern.compile(
            "^\\s*[A-Z][A-Za-z .'-]{1,30}(?:, [A-Z][A-Za-z .'-]{1,30})?(?:, (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\\.? \\d{1,2})?\\s*\\((?:AP|Reuters|AFP|dpa|Xinhua|TASS|Interfax|Bloomberg|UPI|ANI)\\)\\s*[-–—]?");

    /**
     * Where a dateline opening one of an item's first sentences ends ("新华社埃里温9月28日电", "BAKU, Sept 19 (Reuters) -"),
     * else 0: the town there is where the item was filed, not where anything it tells happened.
     */
    static int datelineEnd(Sentence s, String text, boolean zh) {
        if (s.index() >= 3) return 0;
        java.util.regex.Matcher m = (zh ? ZH_DATELINE : EN_DATELINE).matcher(text);
        return m.lookingAt() ? m.end() : 0;
    }

    /**
     * A news item's dateline day, when one of its first sentences opens with one that is no later than the
     * publication date and at most a week before it: what 今天, 19日 and "on Thursday" count from. Otherwise
     * the publication date.
     */
    private static LocalDate datelineDay(Document doc) {
        LocalDate published = doc.source().anchorDate();
        if (published == null) return null;
        int seen = 0;
        for (Sentence s : doc.sentences()) {
            if (doc.clean().units().get(s.unit()).kind() == TextUnit.Kind.HEADING) continue;
            if (seen++ >= 3) break;
            String t = doc.text().substring(s.begin(), s.end());
            java.util.regex.Matcher m = (doc.lang().isChinese() ? ZH_DATELINE : EN_DATELINE_DAY).matcher(t);
            if (!m.find()) continue;
            int d = Integer.parseInt(m.group(1));
            for (int back = 0; back <= 7; back++) {
                LocalDate c = published.minusDays(back);
                if (c.getDayOfMonth() == d) return c;
            }
            return published;
        }
        return published;
    }

    private static final java.util.regex.Pattern RELATIVE_OPENING = java.util.regex.Pattern.compile(
            "\\s*(?:同日|同一天|当天|当日|當天|當日|次日|翌日|隔天|隔日|第二天|(?:On )?[Tt]he (?:same|next|following) day|[Tt]hat (?:same )?day)");

    /**
     * The year a document is about, for dates that give none and have no year earlier in their paragraph: the year
     * in its title ("2023年纳戈尔诺-卡拉巴赫攻势"), else its publication year, else the year it cites most.
     */
    static Integer topicYear(Document doc) {
        Integer stated = statedYear(doc);
        if (stated != null) return stated;
        int[] period = Coreference.period(doc);
        return period == null ? null : period[0];
    }

    /** The year the title names, else the publication year; null when the document states neither. */
    private static Integer statedYear(Document doc) {
        Integer inTitle = doc.source().title() == null ? null : DateNormalizer.lastYear(doc.source().title());
        if (inTitle != null) return inTitle;
        return doc.source().anchorDate() != null ? doc.source().anchorDate().getYear() : null;
    }

    List<DateNormalizer.Found> in(Sentence s) { return found.get(s.index()); }

    /** The day the previous sentence of the same paragraph named, or null. */
    TimeValue paragraph(Sentence s) { return paragraphDate.get(s.index()); }

    /** The last time (any precision) the previous sentence of the same paragraph named, or null. */
    TimeValue previous(Sentence s) { return previousTime.get(s.index()); }

    /** The last time named earlier in this sentence's paragraph, or null. */
    TimeValue earlierInParagraph(Sentence s) { return earlierInParagraph.get(s.index()); }

    /**
     * In a history (whose title and date state no year), the year its narrative has reached before this sentence: the
     * last named earlier in the paragraph, else in the section; null elsewhere.
     */
    Integer chronologyYear(Sentence s) { return chronologyYear.get(s.index()); }

    /** The date of the section heading above this sentence, when that heading is a day. */
    TimeValue heading(Sentence s) { return headingDate.get(s.index()); }
}
