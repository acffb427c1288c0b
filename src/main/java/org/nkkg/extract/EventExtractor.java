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
 * Events from trigger words, one per sentence and type. Arguments come from the sentence's mentions: the first
 * state/organization/person before the trigger is the agent, the first other one after it the affected party,
 * places are places. The date is the sentence's own date nearest before the trigger (else after it), else the
 * date of its section heading; none otherwise. An event with neither a date nor an agent is most often a passing
 * reference ("the ceasefire agreement"), so it is not kept.
 */
public final class EventExtractor {
    private static final Map<String, EventType> ZH = Map.ofEntries(
            entry("发起大规模军事进攻", EventType.MILITARY_OPERATION), entry("发动大规模进攻", EventType.MILITARY_OPERATION),
            entry("发起军事行动", EventType.MILITARY_OPERATION), entry("反恐行动", EventType.MILITARY_OPERATION),
            entry("军事行动", EventType.MILITARY_OPERATION), entry("攻势", EventType.MILITARY_OPERATION),
            entry("进攻", EventType.MILITARY_OPERATION),
            entry("炮击", EventType.ATTACK), entry("袭击", EventType.ATTACK), entry("轰炸", EventType.ATTACK),
            entry("开火", EventType.ATTACK),
            entry("停火", EventType.CEASEFIRE), entry("停止敌对行动", EventType.CEASEFIRE),
            entry("谈判", EventType.NEGOTIATION), entry("会谈", EventType.NEGOTIATION), entry("和谈", EventType.NEGOTIATION),
            entry("会晤", EventType.MEETING), entry("举行会议", EventType.MEETING), entry("举行了一次会议", EventType.MEETING),
            entry("通电话", EventType.MEETING),
            entry("签署协议", EventType.AGREEMENT), entry("达成协议", EventType.AGREEMENT),
            entry("抗议", EventType.PROTEST), entry("示威", EventType.PROTEST),
            entry("爆炸", EventType.EXPLOSION),
            entry("占领", EventType.CAPTURE), entry("夺取", EventType.CAPTURE), entry("攻占", EventType.CAPTURE),
            entry("控制了", EventType.CAPTURE),
            entry("撤离", EventType.DISPLACEMENT), entry("疏散", EventType.DISPLACEMENT), entry("逃离", EventType.DISPLACEMENT),
            entry("转移", EventType.DISPLACEMENT),
            entry("逮捕", EventType.ARREST), entry("拘留", EventType.ARREST), entry("拘捕", EventType.ARREST),
            entry("签署法令", EventType.DECREE), entry("签署了一项法令", EventType.DECREE), entry("法令", EventType.DECREE),
            entry("屠杀", EventType.MASSACRE), entry("大屠杀", EventType.MASSACRE),
            entry("封锁", EventType.BLOCKADE),
            entry("公投", EventType.REFERENDUM), entry("全民公决", EventType.REFERENDUM),
            entry("宣布独立", EventType.DECLARATION),
            entry("战争", EventType.WAR));
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
            entry("war", EventType.WAR));
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
            "(\\d[\\d,]*) (?:[a-zA-Z\\-]+ ){0,4}?(?:were |was |had been |have been )?(killed|wounded|injured|evacuated|captured|missing|fled|displaced)");

    private final DateNormalizer dates = new DateNormalizer();

    public List<EventMention> extract(Document doc) {
        boolean zh = doc.lang().isChinese();
        SentenceDates sd = new SentenceDates(doc, dates);
        List<EventMention> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            String raw = doc.text().substring(s.begin(), s.end());
            String text = zh ? ChineseScript.simplifyChars(raw) : raw;
            Set<EventType> seen = EnumSet.noneOf(EventType.class);
            for (int[] hit : triggers(text, zh)) {
                EventType type = (zh ? ZH : EN).get(text.substring(hit[0], hit[1]));
                if (!seen.add(type)) continue;
                EventMention em = build(doc, s, sd, type, hit[0], hit[1], text, zh);
                if (em != null) out.add(em);
            }
        }
        return out;
    }

    private EventMention build(Document doc, Sentence s, SentenceDates sd, EventType type, int tb, int te, String text, boolean zh) {
        TimeValue date = null, start = null, end = null;
        DateNormalizer.Found best = null;
        for (DateNormalizer.Found f : sd.in(s)) if (f.begin() <= tb) best = f;
        if (best == null && !sd.in(s).isEmpty()) best = sd.in(s).get(0);
        if (best != null) {
            if (best.end() != null) { start = best.value(); end = best.end(); }
            else date = best.value();
        } else if (sd.heading(s) != null) {
            date = sd.heading(s);
        }
        List<String> agents = new ArrayList<>(), affected = new ArrayList<>(), places = new ArrayList<>();
        for (Mention m : doc.mentions()) {
            if (m.begin() < s.begin() || m.end() > s.end()) continue;
            int rel = m.begin() - s.begin();
            if (m.type() == EntityType.PLACE) { if (!places.contains(m.key())) places.add(m.key()); continue; }
            if (isSource(text, rel, m.end() - s.begin(), zh)) continue; // "据塔斯社报道": who reports, not who acts
            if (rel < tb && agents.isEmpty()) agents.add(m.key());
            else if (rel >= te && affected.isEmpty() && !agents.contains(m.key())) affected.add(m.key());
        }
        boolean dated = date != null || start != null;
        if (!dated && (agents.isEmpty() || NEED_DATE.contains(type))) return null;
        return new EventMention(type, s.begin() + tb, s.begin() + te, doc.text().substring(s.begin() + tb, s.begin() + te),
                s.index(), date, start, end, agents, affected, places, quantities(text, zh));
    }

    /** A mention introduced as the source of a report: 据X报道, according to X, X reported. */
    private static boolean isSource(String text, int b, int e, boolean zh) {
        if (zh) return (b > 0 && text.charAt(b - 1) == '据') || text.startsWith("报道", e) || text.startsWith("援引", Math.max(0, b - 2));
        return text.substring(0, b).endsWith("according to ") || text.substring(0, b).endsWith("According to ")
                || text.startsWith(" reported", e);
    }

    private static List<int[]> triggers(String text, boolean zh) {
        List<int[]> hits = new ArrayList<>();
        Map<String, EventType> lex = zh ? ZH : EN;
        List<String> keys = lex.keySet().stream().sorted((a, b) -> b.length() - a.length()).toList();
        boolean[] used = new boolean[text.length()];
        for (String k : keys) {
            for (int at = text.indexOf(k); at >= 0; at = text.indexOf(k, at + 1)) {
                int e = at + k.length();
                if (!zh && ((at > 0 && Character.isLetter(text.charAt(at - 1))) || (e < text.length() && Character.isLetter(text.charAt(e))))) continue;
                boolean free = true;
                for (int i = at; i < e; i++) if (used[i]) { free = false; break; }
                if (!free) continue;
                for (int i = at; i < e; i++) used[i] = true;
                hits.add(new int[]{at, e});
            }
        }
        hits.sort((a, b) -> Integer.compare(a[0], b[0]));
        return hits;
    }

    private static List<Quantity> quantities(String text, boolean zh) {
        List<Quantity> out = new ArrayList<>();
        Matcher m = (zh ? ZH_NUMBER : EN_NUMBER).matcher(text);
        while (m.find()) add(out, m.group(1), m.group(2));
        if (zh) {
            Matcher v = ZH_VERB_NUMBER.matcher(text);
            while (v.find()) add(out, v.group(2), v.group(1));
        }
        return out;
    }

    private static void add(List<Quantity> out, String number, String verb) {
        long v;
        try {
            v = Long.parseLong(number.replaceAll("[,，]", ""));
        } catch (NumberFormatException e) {
            return;
        }
        Quantity.Measure measure = switch (verb) {
            case "死亡", "丧生", "遇难", "打死", "击毙", "killed" -> Quantity.Measure.KILLED;
            case "受伤", "打伤", "wounded", "injured" -> Quantity.Measure.WOUNDED;
            case "疏散", "撤离", "被疏散", "被撤离", "evacuated" -> Quantity.Measure.EVACUATED;
            case "转移", "逃离", "fled", "displaced" -> Quantity.Measure.DISPLACED;
            case "被俘", "俘虏", "captured" -> Quantity.Measure.CAPTURED;
            default -> Quantity.Measure.MISSING;
        };
        if (out.stream().noneMatch(q -> q.measure() == measure)) out.add(new Quantity(measure, v, "person"));
    }
}
