package org.nkkg.corpus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nkkg.model.Lang;
import org.nkkg.model.SourceDoc;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class CorpusReaderTest {
    @TempDir Path dir;
    private final List<String> log = new ArrayList<>();

    private SourceDoc readOnly(String name) {
        CorpusReader r = new CorpusReader(dir, CorpusReader.DEFAULT_MAX_BYTES, log::add);
        return r.read(r.list().stream().filter(e -> e.file().equals(name)).findFirst().orElseThrow());
    }

    @Test void detectsTheThreeLanguageVariantsAndSaysSo() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "阿塞拜疆国防部19日在纳戈尔诺-卡拉巴赫地区发起军事行动,亚美尼亚称没有参与冲突。");
        Files.writeString(dir.resolve("b.txt"), "第一次納戈爾諾-卡拉巴赫戰爭是一場發生在亞塞拜然西南的武裝衝突,亞美尼亞軍隊勝利。");
        Files.writeString(dir.resolve("c.txt"), "Azerbaijan launched a military offensive against the breakaway state of Artsakh.");
        assertEquals(Lang.ZH_HANS, readOnly("a.txt").lang());
        assertEquals(Lang.ZH_HANT, readOnly("b.txt").lang());
        assertEquals(Lang.EN, readOnly("c.txt").lang());
        assertTrue(log.stream().anyMatch(l -> l.startsWith("b.txt: detected zh-Hant")), log.toString());
    }

    @Test void decodesGbkAndBig5() throws Exception {
        String hans = "阿塞拜疆国防部十九日在纳戈尔诺卡拉巴赫地区发起军事行动，亚美尼亚称没有参与冲突，俄罗斯方面说正与双方接触。";
        String hant = "第一次納戈爾諾卡拉巴赫戰爭是一場發生在亞塞拜然西南的武裝衝突，亞美尼亞軍隊勝利，雙方簽署停火協定。";
        Files.write(dir.resolve("gbk.txt"), hans.getBytes(Charset.forName("GBK")));
        Files.write(dir.resolve("big5.txt"), hant.getBytes(Charset.forName("Big5")));
        assertEquals(hans, readOnly("gbk.txt").text());
        assertEquals(Lang.ZH_HANS, readOnly("gbk.txt").lang());
        assertEquals(hant, readOnly("big5.txt").text());
        assertEquals(Lang.ZH_HANT, readOnly("big5.txt").lang());
    }

    @Test void refusesEmptyBinaryAndUndecodableFilesWithAClearMessage() throws Exception {
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Files.write(dir.resolve("bin.txt"), new byte[]{0x7f, 'E', 'L', 'F', 0, 0, 1, 2, 3});
        Files.write(dir.resolve("latin1.txt"), "caf\u00e9 na\u00efve r\u00e9sum\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        assertTrue(assertThrows(CorpusException.class, () -> readOnly("empty.txt")).getMessage().contains("empty"));
        assertTrue(assertThrows(CorpusException.class, () -> readOnly("bin.txt")).getMessage().contains("binary"));
        assertTrue(assertThrows(CorpusException.class, () -> readOnly("latin1.txt")).getMessage().contains("UTF-8"));
    }

    @Test void refusesADirectoryWithoutTextAndFilesOverTheLimit() throws Exception {
        Files.writeString(dir.resolve("notes.md"), "not a corpus");
        CorpusException e = assertThrows(CorpusException.class, () -> new CorpusReader(dir, 1024, log::add).list());
        assertTrue(e.getMessage().contains("no .txt documents"));
        Files.write(dir.resolve("big.txt"), new byte[2048]);
        CorpusReader r = new CorpusReader(dir, 1024, log::add);
        assertTrue(assertThrows(CorpusException.class, () -> r.read(r.list().get(0))).getMessage().contains("over the limit"));
    }
}
