package org.nkkg.extract;

import org.nkkg.model.RoleType;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Words for positions, per language, with the role they denote. A role word right before a name is the strongest
 * cue that the name is a person's ("发言人玛丽亚·扎哈罗娃", "Foreign Minister Annalena Baerbock").
 */
public final class RoleCues {
    public record Cue(String text, RoleType role) {}

    private static final List<Cue> CHINESE = sorted(Map.ofEntries(
            Map.entry("总统", RoleType.PRESIDENT), Map.entry("副总统", RoleType.PRESIDENT),
            Map.entry("总理", RoleType.PRIME_MINISTER), Map.entry("首相", RoleType.PRIME_MINISTER),
            Map.entry("外长", RoleType.FOREIGN_MINISTER), Map.entry("外交部长", RoleType.FOREIGN_MINISTER),
            Map.entry("外交部部长", RoleType.FOREIGN_MINISTER), Map.entry("外务大臣", RoleType.FOREIGN_MINISTER),
            Map.entry("外交和欧洲事务部长", RoleType.FOREIGN_MINISTER), Map.entry("国务卿", RoleType.FOREIGN_MINISTER),
            Map.entry("防长", RoleType.DEFENCE_MINISTER), Map.entry("国防部长", RoleType.DEFENCE_MINISTER),
            Map.entry("部长", RoleType.MINISTER), Map.entry("大臣", RoleType.MINISTER),
            Map.entry("国务大臣", RoleType.MINISTER),
            Map.entry("发言人", RoleType.SPOKESPERSON), Map.entry("新闻秘书", RoleType.SPOKESPERSON),
            Map.entry("监察员", RoleType.OMBUDSMAN), Map.entry("人权监察员", RoleType.OMBUDSMAN),
            Map.entry("市长", RoleType.MAYOR), Map.entry("村长", RoleType.MAYOR),
            Map.entry("司令", RoleType.COMMANDER), Map.entry("指挥官", RoleType.COMMANDER),
            Map.entry("上校", RoleType.COMMANDER), Map.entry("将军", RoleType.COMMANDER),
            Map.entry("大使", RoleType.AMBASSADOR), Map.entry("常驻联合国代表", RoleType.AMBASSADOR),
            Map.entry("常驻联合国副代表", RoleType.AMBASSADOR), Map.entry("驻联合国代表", RoleType.AMBASSADOR),
            Map.entry("秘书长", RoleType.SECRETARY_GENERAL), Map.entry("高级代表", RoleType.HIGH_REPRESENTATIVE),
            Map.entry("外交政策负责人", RoleType.HIGH_REPRESENTATIVE),
            Map.entry("顾问", RoleType.ADVISER), Map.entry("外交政策顾问", RoleType.ADVISER),
            Map.entry("外交顾问", RoleType.ADVISER), Map.entry("总统助理", RoleType.ADVISER),
            Map.entry("检察官", RoleType.PROSECUTOR), Map.entry("领导人", RoleType.LEADER),
            Map.entry("主席", RoleType.LEADER), Map.entry("议长", RoleType.LEADER), Map.entry("副议长", RoleType.LEADER),
            Map.entry("教宗", RoleType.LEADER), Map.entry("教皇", RoleType.LEADER),
            Map.entry("官员", RoleType.OFFICIAL), Map.entry("代表", RoleType.OFFICIAL)));

    private static final List<Cue> ENGLISH = sorted(Map.ofEntries(
            Map.entry("President", RoleType.PRESIDENT), Map.entry("president", RoleType.PRESIDENT),
            Map.entry("Vice President", RoleType.PRESIDENT),
            Map.entry("Prime Minister", RoleType.PRIME_MINISTER), Map.entry("prime minister", RoleType.PRIME_MINISTER),
            Map.entry("Foreign Minister", RoleType.FOREIGN_MINISTER), Map.entry("foreign minister", RoleType.FOREIGN_MINISTER),
            Map.entry("Minister of Foreign Affairs", RoleType.FOREIGN_MINISTER),
            Map.entry("Minister for Foreign Affairs", RoleType.FOREIGN_MINISTER),
            Map.entry("Minister for Europe and Foreign Affairs", RoleType.FOREIGN_MINISTER),
            Map.entry("Secretary of State", RoleType.FOREIGN_MINISTER),
            Map.entry("Defence Minister", RoleType.DEFENCE_MINISTER), Map.entry("Defense Minister", RoleType.DEFENCE_MINISTER),
            Map.entry("Minister of Defence", RoleType.DEFENCE_MINISTER), Map.entry("Minister of Defense", RoleType.DEFENCE_MINISTER),
            Map.entry("Minister", RoleType.MINISTER), Map.entry("Minister of State", RoleType.MINISTER),
            Map.entry("spokesperson", RoleType.SPOKESPERSON), Map.entry("Spokesperson", RoleType.SPOKESPERSON),
            Map.entry("spokesman", RoleType.SPOKESPERSON), Map.entry("spokeswoman", RoleType.SPOKESPERSON),
            Map.entry("Spokesman", RoleType.SPOKESPERSON), Map.entry("Spokeswoman", RoleType.SPOKESPERSON),
            Map.entry("press secretary", RoleType.SPOKESPERSON),
            Map.entry("Ombudsman", RoleType.OMBUDSMAN), Map.entry("ombudsman", RoleType.OMBUDSMAN),
            Map.entry("Human Rights Defender", RoleType.OMBUDSMAN),
            Map.entry("mayor", RoleType.MAYOR), Map.entry("Mayor", RoleType.MAYOR),
            Map.entry("Colonel", RoleType.COMMANDER), Map.entry("General", RoleType.COMMANDER),
            Map.entry("commander", RoleType.COMMANDER), Map.entry("Commander", RoleType.COMMANDER),
            Map.entry("ambassador", RoleType.AMBASSADOR), Map.entry("Ambassador", RoleType.AMBASSADOR),
            Map.entry("Permanent Representative", RoleType.AMBASSADOR),
            Map.entry("Representative to the United Nations", RoleType.AMBASSADOR),
            Map.entry("Secretary-General", RoleType.SECRETARY_GENERAL), Map.entry("Secretary General", RoleType.SECRETARY_GENERAL),
            Map.entry("High Representative", RoleType.HIGH_REPRESENTATIVE),
            // newswire names for the EU's High Representative
            Map.entry("foreign policy chief", RoleType.HIGH_REPRESENTATIVE),
            Map.entry("adviser", RoleType.ADVISER), Map.entry("advisor", RoleType.ADVISER), Map.entry("aide", RoleType.ADVISER),
            Map.entry("Chancellor", RoleType.CHANCELLOR), Map.entry("chancellor", RoleType.CHANCELLOR),
            Map.entry("prosecutor", RoleType.PROSECUTOR), Map.entry("Prosecutor", RoleType.PROSECUTOR),
            Map.entry("leader", RoleType.LEADER), Map.entry("Pope", RoleType.LEADER), Map.entry("chair", RoleType.LEADER),
            Map.entry("Speaker", RoleType.LEADER), Map.entry("official", RoleType.OFFICIAL)));

    private RoleCues() {}

    private static List<Cue> sorted(Map<String, RoleType> m) {
        return m.entrySet().stream().map(e -> new Cue(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingInt((Cue c) -> -c.text().length()).thenComparing(Cue::text)).toList();
    }

    /** Chinese cues, longest first (match on character-simplified text). */
    public static List<Cue> chinese() { return CHINESE; }

    /** English cues, longest first. */
    public static List<Cue> english() { return ENGLISH; }

    /** Whether {@code s} is one cue and nothing else ("总统", not "总统府"). */
    public static boolean whole(List<Cue> cues, String s) {
        Cue c = endingAt(cues, s, s.length());
        return c != null && c.text().length() == s.length();
    }

    /** The cue that ends exactly at {@code end} in {@code s}, or null. */
    public static Cue endingAt(List<Cue> cues, String s, int end) {
        for (Cue c : cues) {
            int b = end - c.text().length();
            if (b >= 0 && s.startsWith(c.text(), b)) return c;
        }
        return null;
    }
}
