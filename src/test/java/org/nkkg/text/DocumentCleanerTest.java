package org.nkkg.text;

import org.junit.jupiter.api.Test;
import org.nkkg.model.CleanText;
import org.nkkg.model.Lang;
import org.nkkg.model.Sentence;
import org.nkkg.model.SourceDoc;
import org.nkkg.model.TextUnit;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class DocumentCleanerTest {
    private static SourceDoc doc(String text, Lang lang, String kind) {
        return new SourceDoc("t", "t.txt", lang, "t", kind, null, null, null, LocalDate.of(2023, 9, 20), null, null, text);
    }

    /** Every kept character must map back to the same character of the original (code points). */
    private static void assertOffsetsExact(SourceDoc d, CleanText c) {
        int[] cps = d.text().codePoints().toArray();
        for (int i = 0; i < c.text().length(); i++) {
            char ch = c.text().charAt(i);
            if (ch == '\n' || ch == ' ') continue;
            assertEquals(ch, (char) cps[c.offsets().begin(i)], "offset of cleaned char " + i);
        }
    }

    @Test void removesCitationMarksAndKeepsOffsets() {
        SourceDoc d = doc("阿塞拜疆发起进攻[15][16]。随后停火[a]。\n", Lang.ZH_HANS, "encyclopedia-article");
        CleanText c = new DocumentCleaner().clean(d);
        assertEquals("阿塞拜疆发起进攻。随后停火。\n", c.text());
        assertOffsetsExact(d, c);
        int at = c.text().indexOf("随后");
        assertEquals(d.text().indexOf("随后"), c.offsets().begin(at));
    }

    @Test void dropsReferenceSectionFileLinesAndTemplateNames() {
        String text = "Title\n\nШаблон:Short description Шаблон:Use dmy dates\n\nThe offensive began.[1] Human rights groups issued alertsШаблон:Efn that the population was at risk.\n"
                + "Файл:Map of the region.png\nA caption line\n\nMore prose here to make the body long enough.\n\nReferences\n\n  1. Шаблон:Cite web\n";
        SourceDoc d = doc(text, Lang.EN, "encyclopedia-article");
        CleanText c = new DocumentCleaner().clean(d);
        assertFalse(c.text().contains("Шаблон"));
        assertFalse(c.text().contains("Файл"));
        assertFalse(c.text().contains("Cite web"));
        assertTrue(c.text().contains("issued alerts that the population"), c.text());
        assertFalse(c.text().contains("[1]"));
        assertOffsetsExact(d, c);
    }

    @Test void newsPageHeadlinesBecomeDatedUnitsAndFooterGoes() {
        String text = "• 我的订阅\n  • 国际\n\n标题\n\n类别:国际 发布时间:2023-09-20 15:50:00 来源:新华社\n\n正文第一句。\n\n"
                + "以上内容为资讯信息快照,本站未对信息做任何修改。\n\n快照生成时间:2023-09-20 18:45:05\n\n信息原文地址:\n\n"
                + "片段一\n2023-09-20 08:36:00\n标题二\n片段二\n2023-09-19 20:56:00\n";
        SourceDoc d = doc(text, Lang.ZH_HANS, SourceDoc.KIND_NEWS);
        CleanText c = new DocumentCleaner().clean(d);
        assertFalse(c.text().contains("我的订阅"));
        assertFalse(c.text().contains("快照"));
        assertFalse(c.text().contains("发布时间"));
        List<TextUnit> headlines = c.units().stream().filter(u -> u.kind() == TextUnit.Kind.HEADLINE).toList();
        assertEquals(2, headlines.size());
        assertEquals(LocalDate.of(2023, 9, 20), headlines.get(0).date());
        assertEquals(LocalDate.of(2023, 9, 19), headlines.get(1).date());
        assertTrue(c.text().substring(headlines.get(1).begin(), headlines.get(1).end()).contains("标题二"));
        assertOffsetsExact(d, c);
    }

    @Test void supplementaryCharactersAreCountedAsOneCodePoint() {
        SourceDoc d = doc("𠀀阿塞拜疆[1]。\n", Lang.ZH_HANS, "unknown");
        CleanText c = new DocumentCleaner().clean(d);
        int at = c.text().indexOf('阿');
        assertEquals(1, c.offsets().begin(at), "one code point before it, though two UTF-16 units");
    }

    @Test void splitsSentencesInBothLanguages() {
        SentenceSplitter sp = new SentenceSplitter();
        SourceDoc zh = doc("他说:“停火。”随后离开。第三句!\n", Lang.ZH_HANS, "unknown");
        CleanText c = new DocumentCleaner().clean(zh);
        List<Sentence> s = sp.split(c.text(), c.units(), Lang.ZH_HANS);
        assertEquals(3, s.size());
        SourceDoc en = doc("Gen. Smith arrived on 19 Sept. 2023. The U.S. said so. Talks began.\n", Lang.EN, "unknown");
        CleanText ce = new DocumentCleaner().clean(en);
        List<Sentence> se = sp.split(ce.text(), ce.units(), Lang.EN);
        assertEquals(List.of("Gen. Smith arrived on 19 Sept. 2023.", "The U.S. said so.", "Talks began."),
                se.stream().map(x -> ce.text().substring(x.begin(), x.end())).toList());
    }
}
