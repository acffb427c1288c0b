package org.nkkg;

import org.nkkg.kb.Gazetteer;
import org.nkkg.model.Lang;
import org.nkkg.model.SourceDoc;

import java.io.StringReader;
import java.time.LocalDate;

/** Small inline fixtures: a gazetteer of a handful of entries (general knowledge, not the project's file). */
public final class TestData {
    private TestData() {}

    private static final String HEADER = String.join("\t", Gazetteer.COLUMNS);

    public static Gazetteer gazetteer() {
        String rows = String.join("\n", HEADER,
                row("azerbaijan", "State", "Q227", "confirmed", "Q6256", "Azerbaijan", "", "阿塞拜疆", "", "亞塞拜然", "", "", "", ""),
                row("armenia", "State", "Q399", "confirmed", "Q6256", "Armenia", "", "亚美尼亚", "", "亞美尼亞", "", "", "", ""),
                row("russia", "State", "Q159", "confirmed", "Q6256", "Russia", "", "俄罗斯", "", "俄羅斯", "", "", "", ""),
                row("izvestia", "Organization", "", "", "", "Izvestia", "", "消息报", "", "消息報", "", "russia", "", ""),
                row("test-envoy", "Person", "", "", "Q5", "Test Envoy", "", "特斯特·恩沃伊", "", "特斯特·安沃愛", "", "armenia", "2020", ""),
                row("turkey", "State", "", "", "", "Turkey", "", "土耳其", "", "土耳其", "", "", "", ""),
                row("republic-of-artsakh", "State", "", "", "", "Republic of Artsakh", "Artsakh", "阿尔察赫共和国", "阿尔察赫",
                        "阿爾察赫共和國", "", "", "", ""),
                row("berlin", "Place", "", "", "", "Berlin", "", "柏林", "", "柏林", "", "germany", "", ""),
                place("yerevan", "city", "Yerevan", "埃里温", "埃里溫", "armenia"),
                place("lachin-corridor", "road", "Lachin corridor", "拉钦走廊", "拉欽走廊", "azerbaijan"),
                place("republic-square-yerevan", "other", "Republic Square", "共和国广场", "共和國廣場", "yerevan"),
                row("germany", "State", "Q183", "confirmed", "Q6256", "Germany", "", "德国", "", "德國", "", "", "", ""),
                row("stepanakert", "Place", "Q129352", "confirmed", "Q515", "Stepanakert", "Khankendi", "斯捷潘纳克特", "汉肯德", "斯捷潘納克特", "漢肯德", "azerbaijan", "", ""),
                row("ilham-aliyev", "Person", "", "", "Q5", "Ilham Aliyev", "", "伊利哈姆·阿利耶夫", "伊尔哈姆·阿利耶夫", "伊利哈姆·阿利耶夫", "", "azerbaijan", "2003", ""),
                row("heydar-aliyev", "Person", "", "", "Q5", "Heydar Aliyev", "", "盖达尔·阿利耶夫", "", "蓋達爾·阿利耶夫", "", "azerbaijan", "1993", "2003"),
                row("nikol-pashinyan", "Person", "Q7035479", "confirmed", "Q5", "Nikol Pashinyan", "", "尼科尔·帕希尼扬", "尼科尔·帕什尼扬", "尼科爾·帕希尼揚", "", "armenia", "2018", ""),
                row("cuisine-trap", "Person", "Q192820", "confirmed", "Q1968435", "Trap Person", "", "", "", "", "", "", "", ""),
                event("first-nagorno-karabakh-war", "war", "First Nagorno-Karabakh War", "Nagorno-Karabakh War",
                        "第一次纳戈尔诺-卡拉巴赫战争", "纳卡战争", "第一次納戈爾諾-卡拉巴赫戰爭", "", "1988", "1994"),
                event("2020-nagorno-karabakh-war", "war", "2020 Nagorno-Karabakh war", "Second Nagorno-Karabakh War",
                        "第二次纳戈尔诺-卡拉巴赫战争", "", "第二次納戈爾諾-卡拉巴赫戰爭", "", "2020", "2020"),
                event("2020-nagorno-karabakh-ceasefire-agreement", "agreement", "2020 Nagorno-Karabakh ceasefire agreement", "",
                        "2020年纳戈尔诺-卡拉巴赫停火协议", "", "", "", "2020-11-10", "2020"),
                event("2023-azerbaijani-offensive-in-nagorno-karabakh", "operation", "2023 Azerbaijani offensive in Nagorno-Karabakh", "",
                        "2023年纳戈尔诺-卡拉巴赫攻势", "", "2023年納戈爾諾-卡拉巴赫攻勢", "", "2023", "2023"),
                event("blockade-of-nagorno-karabakh", "blockade", "Blockade of Nagorno-Karabakh", "",
                        "纳戈尔诺-卡拉巴赫封锁", "", "", "", "2022", "2023"),
                event("flight-of-nagorno-karabakh-armenians", "displacement", "Flight of Nagorno-Karabakh Armenians", "",
                        "纳戈尔诺-卡拉巴赫亚美尼亚人出逃", "", "", "", "2023", "2023"));
        try {
            return Gazetteer.parse(new StringReader(rows + "\n"), "test gazetteer");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String row(String id, String type, String qid, String status, String p31, String en, String enAlt,
                              String zhHans, String zhHansAlt, String zhHant, String zhHantAlt, String of, String from, String to) {
        return String.join("\t", id, type, "", qid, status, qid.isEmpty() ? "" : "test", p31, en, enAlt, zhHans, zhHansAlt,
                zhHant, zhHantAlt, "", of, from, to, "");
    }

    private static String place(String id, String subtype, String en, String zhHans, String zhHant, String of) {
        return String.join("\t", id, "Place", subtype, "", "", "", "", en, "", zhHans, "", zhHant, "", "", of, "", "", "");
    }

    private static String event(String id, String subtype, String en, String enAlt, String zhHans, String zhHansAlt,
                                String zhHant, String zhHantAlt, String from, String to) {
        return String.join("\t", id, "Event", subtype, "", "", "", "", en, enAlt, zhHans, zhHansAlt, zhHant, zhHantAlt,
                "", id.contains("offensive") ? "azerbaijan" : "", from, to, "");
    }

    private static org.nkkg.extract.Resources seed;

    /** The project's own gazetteer with its name index and segmenter, loaded once for all the tests that need it. */
    public static synchronized org.nkkg.extract.Resources seedResources() {
        if (seed == null) seed = new org.nkkg.extract.Resources(Gazetteer.load(java.nio.file.Path.of("data/gazetteer.tsv")));
        return seed;
    }

    public static SourceDoc doc(String id, Lang lang, String text) {
        return new SourceDoc(id, id + ".txt", lang, id, "unknown", null, null, null, null, null, null, text);
    }

    public static SourceDoc news(String id, String text, LocalDate published) {
        return new SourceDoc(id, id + ".txt", Lang.ZH_HANS, id, SourceDoc.KIND_NEWS, null, null, null, published, null, null, text);
    }
}
