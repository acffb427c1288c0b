package org.nkkg.extract;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Heads of organization names that follow a state's name: 阿塞拜疆国防部, Russian Foreign Ministry, Ministry of
 * Defence of Armenia. Each head has a code, so that the same body named in different languages gets one key
 * ({@code org:<state id>:<code>}) and merges without any gazetteer entry. General vocabulary, not a list of bodies.
 */
public final class OrgHeads {
    /** A head code with its English name pattern ("Ministry of Defence of %s") and Chinese form ("国防部"). */
    public record Head(String code, String englishPattern, String chinese) {}

    private static final List<Head> HEADS = List.of(
            new Head("foreign-affairs", "Ministry of Foreign Affairs of %s", "外交部"),
            new Head("defence", "Ministry of Defence of %s", "国防部"),
            new Head("interior", "Ministry of Internal Affairs of %s", "内务部"),
            new Head("interior", "Ministry of Internal Affairs of %s", "内政部"),
            new Head("emergencies", "Ministry of Emergency Situations of %s", "紧急情况部"),
            new Head("justice", "Ministry of Justice of %s", "司法部"),
            new Head("state-department", "United States Department of State", "国务院"),
            new Head("parliament", "Parliament of %s", "议会"),
            new Head("parliament", "Parliament of %s", "国民议会"),
            new Head("parliament", "Parliament of %s", "国会"),
            new Head("communist-party", "Communist Party of %s", "共产党"),
            new Head("news-agency", "State news agency of %s", "通讯社"),
            new Head("news-agency", "State news agency of %s", "通信社"),
            new Head("government", "Government of %s", "政府"),
            new Head("armed-forces", "Armed Forces of %s", "武装部队"),
            new Head("armed-forces", "Armed Forces of %s", "武装力量"),
            new Head("armed-forces", "Armed Forces of %s", "国防军"),
            new Head("security-council", "Security Council of %s", "安全委员会"),
            new Head("security-service", "National Security Service of %s", "国家安全局"),
            new Head("prosecutor-general", "Prosecutor General's Office of %s", "总检察院"),
            new Head("embassy", "Embassy of %s", "大使馆"),
            new Head("peacekeepers", "Peacekeeping forces of %s", "维和部队"),
            new Head("peacekeepers", "Peacekeeping forces of %s", "维和人员"),
            new Head("peacekeepers", "Peacekeeping forces of %s", "维和特遣队"),
            new Head("peacekeepers", "Peacekeeping forces of %s", "维和指挥部"),
            new Head("armed-forces", "Armed Forces of %s", "军方"),
            new Head("armed-forces", "Armed Forces of %s", "国民军"),
            new Head("armed-forces", "Armed Forces of %s", "自卫队"),
            new Head("land-forces", "Land Forces of %s", "地面部队"),
            new Head("land-forces", "Land Forces of %s", "陆军"),
            new Head("air-force", "Air Force of %s", "空军"),
            new Head("navy", "Navy of %s", "海军"),
            new Head("internal-troops", "Internal Troops of %s", "内务部队"),
            new Head("internal-troops", "Internal Troops of %s", "内卫部队"),
            new Head("state-commission", "State Commission of %s", "国家委员会"),
            new Head("defence-committee", "State Defence Committee of %s", "国防委员会"),
            new Head("supreme-soviet", "Supreme Soviet of %s", "最高苏维埃"),
            new Head("senate", "Senate of %s", "参议院"),
            new Head("house-of-representatives", "House of Representatives of %s", "众议院"),
            new Head("popular-front", "Popular Front of %s", "人民阵线"),
            new Head("city-council", "%s City Council", "市议会"),
            new Head("bureau", "%s Bureau", "局"));

    /**
     * Heads that also follow the name of a place that is not a state (卡拉巴赫国会, 卡拉巴赫自卫队, 高加索局, 埃里温市议会):
     * the bodies of a region or a city that name themselves so. Ministries, embassies and news agencies belong to
     * states only; after a region, 政府 and 议会 are mostly the common nouns (the region's government, its
     * council), not a body's name.
     */
    private static final java.util.Set<String> AFTER_A_PLACE = java.util.Set.of(
            "国会", "国民议会", "最高苏维埃", "武装部队", "武装力量", "国防军", "自卫队", "国家委员会", "国防委员会",
            "共产党", "人民阵线", "市议会", "局");

    /**
     * Heads that are the body's own name, so that once the document has named the body in full, the bare head names
     * it again (苏联内务部队 … 内务部队, 阿塞拜疆人民阵线 … 人民阵线); a bare 政府 or 国防部 is a common noun.
     */
    private static final java.util.Set<String> NAMED_WHEN_BARE = java.util.Set.of("内务部队", "内卫部队", "人民阵线", "最高苏维埃");

    /** Short heads (one or two characters) that must end a word: 高加索局 but not 高加索局势, 美国军方 but not 军方面. */
    public static boolean needsWordEnd(Head h) { return h.chinese().length() <= 2 && !h.chinese().equals("政府") && !h.chinese().equals("议会") && !h.chinese().equals("国会"); }

    public static boolean afterPlace(Head h) { return AFTER_A_PLACE.contains(h.chinese()); }

    public static boolean namedWhenBare(String chineseHead) { return NAMED_WHEN_BARE.contains(chineseHead); }

    /** English heads: "<Adjective/State> Foreign Ministry", "Ministry of Foreign Affairs of <State>". */
    private static final Map<String, String> ENGLISH = new LinkedHashMap<>();

    static {
        ENGLISH.put("Ministry of Foreign Affairs", "foreign-affairs");
        ENGLISH.put("Foreign Ministry", "foreign-affairs");
        ENGLISH.put("foreign ministry", "foreign-affairs");
        ENGLISH.put("Ministry of Defence", "defence");
        ENGLISH.put("Ministry of Defense", "defence");
        ENGLISH.put("Defence Ministry", "defence");
        ENGLISH.put("Defense Ministry", "defence");
        ENGLISH.put("Ministry of National Defense", "defence");
        ENGLISH.put("Ministry of Internal Affairs", "interior");
        ENGLISH.put("Ministry of Emergency Situations", "emergencies");
        ENGLISH.put("Armed Forces", "armed-forces");
        ENGLISH.put("Security Council", "security-council");
        ENGLISH.put("National Security Service", "security-service");
        ENGLISH.put("Embassy", "embassy");
        ENGLISH.put("embassy", "embassy");
        ENGLISH.put("State Department", "state-department");
        ENGLISH.put("Government", "government");
        ENGLISH.put("government", "government");
        ENGLISH.put("Parliament", "parliament");
        ENGLISH.put("Communist Party", "communist-party");
    }

    private OrgHeads() {}

    /** Chinese heads, longest first. */
    public static List<Head> chinese() {
        return HEADS.stream().sorted(Comparator.comparingInt((Head h) -> -h.chinese().length())).toList();
    }

    /** English heads → code, longest first. */
    public static List<Map.Entry<String, String>> english() {
        return ENGLISH.entrySet().stream().sorted(Comparator.comparingInt(e -> -e.getKey().length())).toList();
    }

    public static Head byCode(String code) {
        return HEADS.stream().filter(h -> h.code().equals(code)).findFirst().orElseThrow();
    }
}
