package org.nkkg.text;

import org.nkkg.model.CleanText;
import org.nkkg.model.SourceDoc;
import org.nkkg.model.TextUnit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stage 1: original text → cleaned text with an offset map back to the original.
 *
 * <p>Removes what is not the document's own prose, by the shape of the line, never by its content:
 * <ul>
 *   <li>the tail sections of encyclopedia articles (references, notes, see also, external links) and
 *       reference lines ({@code - ^ …}, {@code 1. ^ …}) anywhere;</li>
 *   <li>citation marks ({@code [12]}, {@code [a]}, {@code [注 3]});</li>
 *   <li>MediaWiki remnants of copied pages: file lines ({@code Файл:…}, {@code File:…}) and template names
 *       ({@code Шаблон:Main}, {@code Template:Cite web}); a name the source lost stays lost;</li>
 *   <li>wiki-table bars and separator rows, and maintenance notices ("此条目…", "This article…");</li>
 *   <li>news-page navigation (bullet lines), metadata lines, snapshot/footer notices; a related-headlines list
 *       (items closed by a date line such as {@code 2023-09-20 08:36:00}) becomes one HEADLINE unit per item,
 *       dated by its own line.</li>
 * </ul>
 * Every other line is kept whole, so offsets of kept characters are exact. Lines that are short and end without
 * punctuation become HEADING units; the nearest heading is recorded on the units under it.
 */
public final class DocumentCleaner {

    private static final Set<String> TAIL_HEADINGS = Set.of(
            "参考资料", "参考文献", "参考来源", "注释", "脚注", "外部链接", "参见", "另见", "延伸阅读",
            "參考資料", "參考文獻", "參考來源", "注釋", "註釋", "腳註", "外部連結", "參見", "延伸閱讀",
            "References", "Notes", "See also", "External links", "Further reading", "Bibliography", "Sources",
            "Citations", "Footnotes");
    private static final Pattern REFERENCE_LINE = Pattern.compile("^\\s*(?:-\\s*\\^|\\^|\\d+\\.\\s*\\^|\\d+\\.\\s+\\d+,\\d|\\d+\\.\\s+(?:Шаблон|Template):)");
    private static final Pattern FILE_LINE = Pattern.compile("^\\s*(?:Файл|File|Image|Изображение|文件|檔案|图像|圖像):\\S");
    private static final Pattern CITATION = Pattern.compile(
            "\\[(?:\\d{1,4}(?:\\.\\d+)?|[a-zA-Z]{1,2}|[注註]\\s*\\d{1,3}|note \\d{1,3}|來源請求|来源请求|需要更新|失效連結|失效链接|citation needed)\\]");
    private static final Pattern TEMPLATE_PREFIX = Pattern.compile("(?:Шаблон|Template|模板):");
    private static final Pattern MAINTENANCE = Pattern.compile("^(?:此条目|此條目|本条目|本條目|This article|This section).*");
    private static final Pattern TABLE_SEPARATOR = Pattern.compile("^[\\s|\\-:]*\\|[\\s|\\-:]*$");
    private static final Pattern DATE_LINE = Pattern.compile("^\\s*(\\d{4})-(\\d{2})-(\\d{2})(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?\\s*$");
    private static final Pattern NEWS_META = Pattern.compile("^\\s*(?:类别|類別|发布时间|發布時間|来源|來源|关键词|關鍵詞|相关阅读|相關閱讀|责任编辑|責任編輯|编辑|編輯)[:：].*");
    private static final Pattern FOOTER = Pattern.compile(
            "^\\s*(?:以上内容为|以上內容為|快照生成时间|快照生成時間|本站|信息原文地址|資訊原文地址|更多关于|更多關於|版权所有|版權所有|Copyright|©).*");
    private static final Pattern BULLET_NAV = Pattern.compile("^\\s*[•·]\\s*\\S{1,8}\\s*$");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[。！？!?.…」』”\"）)]\\s*$");

    /** Common MediaWiki template names that take words (matched longest first) — general wiki knowledge. */
    private static final List<String> TEMPLATE_NAMES = List.of(
            "Infobox military conflict", "Infobox military operation", "Infobox country", "Infobox settlement",
            "Infobox person", "Infobox officeholder", "Infobox", "Short description", "Use dmy dates", "Use mdy dates",
            "Pp-extended", "Pp-semi-indef", "Pp-protected", "Pp-move", "Quote box", "Main article", "Main",
            "Further information", "Further", "See also", "Efn", "Ill", "Notelist", "Reflist", "Cite web",
            "Cite news", "Cite book", "Cite journal", "Cite magazine", "Cite newspaper", "Cite report", "Cite tweet",
            "Citation needed", "Clarify", "Sfn", "Convert", "Flagicon", "Flag", "Portal", "Commons category",
            "Update", "Current", "Campaignbox", "Lang", "Blockquote", "Quote", "Anchor", "Div col end", "Div col",
            "Webarchive", "Dead link");

    public CleanText clean(SourceDoc doc) {
        String text = doc.text();
        CleanTextBuilder out = new CleanTextBuilder(text);
        List<int[]> lines = lines(text);
        int tailFrom = tailStart(text, lines);
        boolean news = SourceDoc.KIND_NEWS.equals(doc.kind()) || looksLikeNewsPage(text, lines);
        String heading = null;
        int pendingItemBegin = -1; // start (cleaned offset) of a related-headline item being collected
        boolean inFooter = false;

        for (int li = 0; li < Math.min(tailFrom, lines.size()); li++) {
            int b = lines.get(li)[0], e = lines.get(li)[1];
            String line = text.substring(b, e);
            String t = line.strip();
            if (t.isEmpty()) continue;
            if (REFERENCE_LINE.matcher(line).find() || FILE_LINE.matcher(line).find()
                    || MAINTENANCE.matcher(t).matches() || TABLE_SEPARATOR.matcher(line).matches()) continue;
            if (news) {
                if (NEWS_META.matcher(t).matches() || BULLET_NAV.matcher(line).matches()) continue;
                if (FOOTER.matcher(t).matches()) { inFooter = true; pendingItemBegin = out.length(); continue; }
                Matcher dl = DATE_LINE.matcher(line);
                if (dl.matches()) {
                    // a date line closes a related-headline item: everything since the previous one is that item
                    if (pendingItemBegin >= 0) {
                        LocalDate d = safeDate(dl.group(1), dl.group(2), dl.group(3));
                        out.unit(pendingItemBegin, TextUnit.Kind.HEADLINE, d, null);
                        pendingItemBegin = out.length();
                    }
                    continue;
                }
                if (inFooter && pendingItemBegin < 0) pendingItemBegin = out.length();
            }
            int unitBegin = out.length();
            keepLine(text, b, e, out);
            if (out.length() == unitBegin) continue;
            out.newline(e);
            if (pendingItemBegin >= 0) continue; // part of a headline item, closed by its date line
            boolean isHeading = t.length() <= 24 && !SENTENCE_END.matcher(t).matches() && !t.contains("|");
            if (isHeading) {
                heading = out.length() > unitBegin ? t : heading;
                out.unit(unitBegin, TextUnit.Kind.HEADING, null, heading);
            } else {
                out.unit(unitBegin, TextUnit.Kind.BODY, null, heading);
            }
        }
        return out.build();
    }

    /** Keeps one line, dropping citation marks and template names and turning table bars into spaces. */
    private void keepLine(String text, int b, int e, CleanTextBuilder out) {
        List<int[]> cuts = new ArrayList<>();
        String line = text.substring(b, e);
        Matcher m = CITATION.matcher(line);
        while (m.find()) cuts.add(new int[]{m.start(), m.end()});
        Matcher t = TEMPLATE_PREFIX.matcher(line);
        while (t.find()) cuts.add(new int[]{t.start(), templateEnd(line, t.end())});
        cuts.sort((x, y) -> Integer.compare(x[0], y[0]));
        int pos = 0;
        for (int[] c : cuts) {
            if (c[0] < pos) { pos = Math.max(pos, c[1]); continue; }
            keepSegment(text, b + pos, b + c[0], out);
            if (out.length() > 0 && out.lastChar() != ' ' && out.lastChar() != '\n' && c[1] < line.length()
                    && line.charAt(c[1]) != ' ' && isLatin(out.lastChar()) && isLatin(line.charAt(c[1]))) {
                out.replace(' ', b + c[0]); // "alertsШаблон:Efn that" must not glue two words
            }
            pos = c[1];
        }
        keepSegment(text, b + pos, e, out);
    }

    private static boolean isLatin(char c) { return Character.isLetterOrDigit(c) && c < 0x3000; }

    private void keepSegment(String text, int b, int e, CleanTextBuilder out) {
        for (int i = b; i < e; i++) {
            char c = text.charAt(i);
            if (c == '|') {
                if (out.lastChar() != ' ' && out.lastChar() != '\n') out.replace(' ', i);
            } else if (c == ' ' && (out.lastChar() == ' ' || out.lastChar() == '\n')) {
                // collapse runs of spaces left by removed bars
            } else {
                out.keep(i, i + 1);
            }
        }
    }

    /** End of a template name: a known name (longest first), else the first token. */
    private static int templateEnd(String line, int from) {
        for (String name : TEMPLATE_NAMES) {
            if (line.startsWith(name, from)) {
                int end = from + name.length();
                if (end == line.length() || !Character.isLetterOrDigit(line.charAt(end))) return skipSpace(line, end);
            }
        }
        int end = from;
        while (end < line.length() && !Character.isWhitespace(line.charAt(end))) end++;
        return skipSpace(line, end);
    }

    private static int skipSpace(String line, int i) {
        while (i < line.length() && line.charAt(i) == ' ') i++;
        return i;
    }

    /** Line [begin, end) index pairs (end excludes the line break). */
    private static List<int[]> lines(String text) {
        List<int[]> out = new ArrayList<>();
        int b = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                int e = i > b && text.charAt(i - 1) == '\r' ? i - 1 : i;
                out.add(new int[]{b, e});
                b = i + 1;
            }
        }
        return out;
    }

    /** The first tail-section heading in the latter part of the text, or the end. */
    private static int tailStart(String text, List<int[]> lines) {
        for (int i = 0; i < lines.size(); i++) {
            int[] l = lines.get(i);
            if (l[0] < text.length() / 4) continue; // a table of contents near the top is not the tail
            if (TAIL_HEADINGS.contains(text.substring(l[0], l[1]).strip())) return i;
        }
        return lines.size();
    }

    private static boolean looksLikeNewsPage(String text, List<int[]> lines) {
        int dateLines = 0;
        for (int[] l : lines) if (DATE_LINE.matcher(text.substring(l[0], l[1])).matches()) dateLines++;
        return dateLines >= 2;
    }

    private static LocalDate safeDate(String y, String m, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
