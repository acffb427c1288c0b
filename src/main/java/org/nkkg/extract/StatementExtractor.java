package org.nkkg.extract;

import org.nkkg.model.Document;
import org.nkkg.model.EntityType;
import org.nkkg.model.Mention;
import org.nkkg.model.RoleMention;
import org.nkkg.model.RoleType;
import org.nkkg.model.Sentence;
import org.nkkg.model.Stance;
import org.nkkg.model.StatementMention;
import org.nkkg.model.TimeValue;
import org.nkkg.nlp.ChineseScript;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Attributed speech acts. A sentence holds a statement when it has a speech cue and a speaker before it.
 *
 * <p>Speaker: the last person mentioned before the cue, else the first state or organization before it; in a list
 * item "国家:…" / "• Country …" the item's state speaks when no one else is named. Nobody named, no statement.
 * The speaker's state or organization comes from their role ("俄罗斯外交部发言人…") or from the list item.
 *
 * <p>Stance rules, per language, first match in this order: condemn, call, concern, deny, warn, welcome, accuse,
 * support, announce, claim (see {@link Stance}):
 * <ul>
 *   <li>condemn: 谴责/譴責 · condemn(ed), denounce(d)</li>
 *   <li>call: 呼吁/呼籲/敦促/要求/促请 · call(ed) on/for, urge(d), demand(ed)</li>
 *   <li>concern: 关切/關切/担忧/擔憂/震惊/關注 · concern, alarmed, worried</li>
 *   <li>deny: 否认/否認 · denied, deny, rejected</li>
 *   <li>warn: 警告 · warn(ed)</li>
 *   <li>welcome: 欢迎/歡迎 · welcome(d)</li>
 *   <li>accuse: 指责/指責/指控 · accuse(d), blamed</li>
 *   <li>support: 支持 · support(ed), backed</li>
 *   <li>announce: 宣布/宣佈 · announce(d)</li>
 *   <li>claim: 表示/称/稱/说/說/指出/强调/強調/声明 · said, stated, told, stressed, noted, reiterated, declared</li>
 * </ul>
 */
public final class StatementExtractor {
    private static final Map<Stance, List<String>> ZH = new java.util.EnumMap<>(Stance.class);
    private static final Map<Stance, List<String>> EN = new java.util.EnumMap<>(Stance.class);

    static {
        ZH.put(Stance.CONDEMN, List.of("谴责"));
        ZH.put(Stance.CALL, List.of("呼吁", "敦促", "要求", "促请"));
        ZH.put(Stance.CONCERN, List.of("关切", "担忧", "震惊", "关注"));
        ZH.put(Stance.DENY, List.of("否认", "反驳"));
        ZH.put(Stance.WARN, List.of("警告"));
        ZH.put(Stance.WELCOME, List.of("欢迎"));
        ZH.put(Stance.ACCUSE, List.of("指责", "指控", "归咎"));
        ZH.put(Stance.SUPPORT, List.of("支持"));
        ZH.put(Stance.ANNOUNCE, List.of("宣布", "公布"));
        ZH.put(Stance.CLAIM, List.of("表示", "声称", "宣称", "称", "说", "指出", "强调", "声明", "重申"));
        EN.put(Stance.CONDEMN, List.of("condemned", "condemns", "condemn", "denounced"));
        EN.put(Stance.CALL, List.of("called on", "called for", "calls on", "calls for", "calling on", "calling for",
                "urged", "urges", "urging", "demanded"));
        EN.put(Stance.CONCERN, List.of("concern", "alarmed", "worried"));
        EN.put(Stance.DENY, List.of("denied", "denies", "rejected"));
        EN.put(Stance.WELCOME, List.of("welcomed", "welcomes"));
        EN.put(Stance.ACCUSE, List.of("accused", "accuses", "blamed"));
        EN.put(Stance.SUPPORT, List.of("support", "supported", "backed"));
        EN.put(Stance.ANNOUNCE, List.of("announced", "announces"));
        EN.put(Stance.WARN, List.of("warned", "warns", "threatened"));
        EN.put(Stance.CLAIM, List.of("said", "says", "stated", "states", "told", "stressed", "noted", "reiterated", "declared",
                "claimed", "responded", "commented", "confirmed", "admitted", "suggested", "insisted", "argued", "asserted"));
    }

    private static final Pattern ZH_LIST_ITEM = Pattern.compile("^[-•·]?\\s*([^:：，,。]{2,12})[:：]");
    private static final Pattern QUOTE = Pattern.compile("[“\"「『]([^”\"」』]{4,400})[”\"」』]");

    private final DateNormalizer dates = new DateNormalizer();
    private final Resources res;

    public StatementExtractor(Resources res) { this.res = res; }

    /** "Artsakhi authorities warned…", "the Azerbaijani side said…": a state speaking through an unnamed body. */
    private static final Pattern EN_ADJECTIVE_BODY = Pattern.compile(
            "(\\p{Lu}[\\p{L}]+) (?:authorities|officials|leadership|side|delegation|forces|military)\\b");
    /** "According to the Prosecutor General's Office of Azerbaijan, …": attribution without a speech verb. */
    private static final Pattern EN_ACCORDING_TO = Pattern.compile("^(?:\\W*)(?:According|according) to ");

    /** A speaker further than this from the cue (characters; Chinese, English) is not taken as its subject. */
    private static final int MAX_GAP_ZH = 30, MAX_GAP_EN = 80;

    public List<StatementMention> extract(Document doc) {
        boolean zh = doc.lang().isChinese();
        SentenceDates sd = new SentenceDates(doc, dates);
        Map<String, RoleMention> roleOf = new HashMap<>();
        for (RoleMention r : doc.roles()) roleOf.putIfAbsent(r.person(), r);
        List<StatementMention> out = new ArrayList<>();
        String listState = null;
        int listUnit = -1;
        Mention lastPerson = null; // the last person who spoke in this unit: what 他/她/he/she refers to
        for (Sentence s : doc.sentences()) {
            String raw = doc.text().substring(s.begin(), s.end());
            String text = zh ? ChineseScript.simplifyChars(raw) : raw;
            List<Mention> ms = inSentence(doc, s);
            if (s.unit() != listUnit) { listState = itemState(text, ms, s, zh); listUnit = s.unit(); lastPerson = null; }
            // one statement per clause: "A accused B …, B denied it" holds two
            List<int[]> cues = cues(text, zh);
            if (!zh) {
                Matcher acc = EN_ACCORDING_TO.matcher(text);
                if (acc.find() && (cues.isEmpty() || cues.get(0)[0] > acc.end())) cues.add(0, new int[]{acc.start(), acc.end()});
            }
            int segment = 0;
            for (int i = 0; i < cues.size(); i++) {
                int[] cue = cues.get(i);
                boolean according = !zh && text.substring(cue[0], cue[1]).toLowerCase(java.util.Locale.ROOT).endsWith("according to ");
                Mention speaker = according ? attributedTo(ms, text, s.begin(), cue[1])
                        : speaker(ms, s.begin() + segment, s.begin() + cue[0], text, s.begin(), zh);
                if (according && speaker == null) continue;
                boolean first = segment == 0;
                if (speaker == null && first && (zh ? ChineseScript.simplifyChars(raw) : raw).strip().length() > 0
                        && lastPerson != null && startsWithPronoun(text, zh)) speaker = lastPerson;
                if (speaker != null && speaker.type() != EntityType.PERSON && first && lastPerson != null
                        && startsWithPronoun(text, zh)) speaker = lastPerson;
                if (!first && (speaker == null || reports(text, cues.get(i - 1), zh)
                        || !newClauseSubject(text, segment, speaker.begin() - s.begin(), cue[0], zh))) {
                    continue; // the same speaker goes on: part of the previous statement
                }
                if (speaker != null && speaker != lastPerson && s.begin() + cue[0] - speaker.end() > (zh ? MAX_GAP_ZH : MAX_GAP_EN)) continue;
                if (speaker != null && speaker.type() == EntityType.PERSON) lastPerson = speaker;
                String speakerKey = speaker != null ? speaker.key() : first ? adjectiveBody(text, cue[0], zh) : null;
                if (speakerKey == null) speakerKey = listState;
                if (speakerKey == null) continue;
                int clauseEnd = text.length();
                for (int j = i + 1; j < cues.size(); j++) {
                    Mention next = speaker(ms, s.begin() + cue[1], s.begin() + cues.get(j)[0], text, s.begin(), zh);
                    if (next != null && !reports(text, cues.get(j - 1), zh)
                            && newClauseSubject(text, cue[1], next.begin() - s.begin(), cues.get(j)[0], zh)) {
                        clauseEnd = cues.get(j)[0];
                        break;
                    }
                }
                out.add(statement(s, raw, text.substring(cue[0], clauseEnd), cue, clauseEnd, ms, speaker, speakerKey,
                        listState, roleOf, sd, zh));
                segment = cue[1];
            }
        }
        return out;
    }

    private static boolean governed(String text, int at, boolean zh) {
        if (at <= 0) return false;
        if (zh) return ZH_NOT_SUBJECT_BEFORE.contains(text.substring(at - 1, at));
        return EN_NOT_SUBJECT_BEFORE.matcher(text.substring(Math.max(0, at - 20), at)).find();
    }

    /** "According to X, …": the first person, state or organization after the cue and before the first comma. */
    private static Mention attributedTo(List<Mention> ms, String text, int base, int from) {
        int comma = text.indexOf(',', from);
        int limit = base + (comma < 0 ? text.length() : comma);
        for (Mention m : ms) {
            if (m.begin() < base + from || m.end() > limit) continue;
            if (m.type() != EntityType.PLACE) return m;
        }
        return null;
    }

    /** The state an adjective names right before a body word and the cue ("Artsakhi authorities warned"). */
    private String adjectiveBody(String text, int cueAt, boolean zh) {
        if (zh) return null;
        Matcher m = EN_ADJECTIVE_BODY.matcher(text.substring(0, cueAt));
        String key = null;
        while (m.find()) {
            if (cueAt - m.end() > 25) continue;
            org.nkkg.kb.GazetteerEntry g = res.stateByAdjective(m.group(1));
            key = g != null ? "gaz:" + g.id() : null;
        }
        return key;
    }

    /** A reporting verb (表示, said): what follows it is the content of the same statement, not a new one. */
    private static boolean reports(String text, int[] cue, boolean zh) {
        String c = text.substring(cue[0], cue[1]);
        return (zh ? ZH : EN).get(Stance.CLAIM).contains(c) || (zh ? ZH : EN).get(Stance.ANNOUNCE).contains(c);
    }

    /**
     * Whether a mention opens a new clause as the subject of the next cue: a clause break (comma, semicolon)
     * between the previous cue and it, and the cue close after it ("…，阿塞拜疆对此予以否认", "…, and Azerbaijan denied").
     */
    private static boolean newClauseSubject(String text, int prevCueEnd, int subjectBegin, int cueBegin, boolean zh) {
        if (subjectBegin < prevCueEnd) return false;
        String between = text.substring(prevCueEnd, subjectBegin);
        boolean clauseBreak = between.contains(",") || between.contains("，") || between.contains(";") || between.contains("；");
        return clauseBreak && cueBegin - subjectBegin <= (zh ? 14 : 40);
    }

    private StatementMention statement(Sentence s, String raw, String clause, int[] cue, int clauseEnd, List<Mention> ms,
                                       Mention speaker, String speakerKey, String listState,
                                       Map<String, RoleMention> roleOf, SentenceDates sd, boolean zh) {
        Stance stance = stance(clause, zh);
        RoleMention role = speaker != null ? roleOf.get(speaker.key()) : null;
        String onBehalf = role != null && role.in() != null ? role.in()
                : speaker != null && speaker.type() == EntityType.PERSON ? listState
                : speaker != null && speaker.key().startsWith("org:") ? "gaz:" + speaker.key().split(":")[1] // a state's body
                : null;
        List<String> about = new ArrayList<>();
        for (Mention m : ms) {
            int rel = m.begin() - s.begin();
            if (rel >= cue[0] && rel < clauseEnd && !m.key().equals(speakerKey) && !about.contains(m.key())) about.add(m.key());
        }
        Matcher q = QUOTE.matcher(raw);
        String quote = q.find(cue[0]) && q.start() < clauseEnd ? q.group(1) : null;
        TimeValue date = null;
        for (DateNormalizer.Found f : sd.in(s)) if (f.begin() <= cue[0] && f.end() == null) date = f.value();
        if (date == null) date = sd.heading(s);
        return new StatementMention(s.begin() + cue[0], s.begin() + cue[1], raw.substring(cue[0], cue[1]), s.index(),
                speakerKey, onBehalf, role != null ? role.role() : null, role != null ? role.label() : null, stance,
                about, quote, date);
    }

    private static List<Mention> inSentence(Document doc, Sentence s) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : doc.mentions()) if (m.begin() >= s.begin() && m.end() <= s.end()) out.add(m);
        return out;
    }

    /** A list item's leading state ("- 阿尔巴尼亚:", "• Albanian ..."), or null. */
    private static String itemState(String text, List<Mention> ms, Sentence s, boolean zh) {
        if (zh) {
            Matcher m = ZH_LIST_ITEM.matcher(text);
            if (!m.find()) return null;
            for (Mention x : ms) if (x.type() == EntityType.STATE && x.end() - s.begin() <= m.end()) return x.key();
            return null;
        }
        return null;
    }

    private static final List<String> ZH_PRONOUNS = List.of("他", "她");
    private static final Pattern EN_PRONOUN = Pattern.compile("^(?:He|She)\\b");

    /** A sentence whose subject is a personal pronoun: 他表示…, She said… */
    private static boolean startsWithPronoun(String text, boolean zh) {
        String t = text.strip();
        if (zh) return ZH_PRONOUNS.stream().anyMatch(p -> t.startsWith(p) && !t.startsWith(p + "们"));
        return EN_PRONOUN.matcher(t).find();
    }

    private static Mention personBefore(List<Mention> ms, int cueAt) {
        for (Mention m : ms) if (m.end() <= cueAt && m.type() == EntityType.PERSON) return m;
        return null;
    }

    /** Words that make the name after them a place or an object, not the one who speaks ("聚集在亚美尼亚首都…"). */
    private static final List<String> ZH_NOT_SUBJECT_BEFORE = List.of("在", "于", "从", "到", "向", "对", "自", "往", "赴", "给", "被");
    private static final Pattern EN_NOT_SUBJECT_BEFORE = Pattern.compile("\\b(?:in|at|from|to|into|against|on|with|by|over)\\s+(?:the\\s+)?$");

    /**
     * The last person, else the last state or organization, in [from, cueAt): the one nearest the verb; a name
     * governed by a preposition (在亚美尼亚, in Armenia, against Azerbaijan) is never the speaker.
     */
    private static Mention speaker(List<Mention> ms, int from, int cueAt) {
        return speaker(ms, from, cueAt, null, 0, false);
    }

    private static Mention speaker(List<Mention> ms, int from, int cueAt, String text, int base, boolean zh) {
        Mention person = null, agent = null;
        for (Mention m : ms) {
            if (m.begin() < from) continue;
            if (m.end() > cueAt) break;
            if (text != null && governed(text, m.begin() - base, zh)) continue;
            if (m.type() == EntityType.PERSON) person = m;
            else if (m.type() != EntityType.PLACE) agent = m;
        }
        return person != null ? person : agent;
    }

    /** Every speech cue of the sentence, in order, longest first where two overlap: [begin, end) pairs. */
    private static List<int[]> cues(String text, boolean zh) {
        List<int[]> all = new ArrayList<>();
        for (List<String> cs : (zh ? ZH : EN).values()) {
            for (String c : cs) {
                for (int at = indexOfWord(text, c, zh, 0); at >= 0; at = indexOfWord(text, c, zh, at + 1)) all.add(new int[]{at, at + c.length()});
            }
        }
        all.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
        List<int[]> out = new ArrayList<>();
        for (int[] c : all) if (out.isEmpty() || c[0] >= out.get(out.size() - 1)[1]) out.add(c);
        return out;
    }

    private static Stance stance(String fromCue, boolean zh) {
        for (Map.Entry<Stance, List<String>> e : (zh ? ZH : EN).entrySet()) {
            for (String c : e.getValue()) if (indexOfWord(fromCue, c, zh, 0) >= 0) return e.getKey();
        }
        return Stance.CLAIM;
    }

    /**
     * Chinese cue words also have uses that are not speech acts: nouns after 的 (的要求, 的支持), 支持者/支持下,
     * naming (称为, 称作, 被称), hearsay with no speaker (据称, 据说), and 宣布独立 (an event, not a statement).
     */
    private static boolean speechUse(String text, int at, String w) {
        char before = at > 0 ? text.charAt(at - 1) : ' ';
        String after = text.substring(at + w.length(), Math.min(text.length(), at + w.length() + 2));
        if (before == '的' || before == '据' || before == '被' || before == '所') return false;
        if (w.equals("支持") && (after.startsWith("者") || after.startsWith("下") || after.startsWith("率"))) return false;
        if ((w.equals("称") || w.equals("说")) && (after.startsWith("为") || after.startsWith("作") || after.startsWith("号")
                || after.startsWith("法") || after.startsWith("明"))) return false;
        if (w.equals("宣布") && after.startsWith("独立")) return false;
        if (w.equals("要求") && (after.startsWith("下") || after.startsWith("的"))) return false;
        return true;
    }

    private static int indexOfWord(String text, String w, boolean zh, int from) {
        for (int at = text.indexOf(w, from); at >= 0; at = text.indexOf(w, at + 1)) {
            if (zh) {
                if (speechUse(text, at, w)) return at;
                continue;
            }
            int e = at + w.length();
            boolean left = at == 0 || !Character.isLetter(text.charAt(at - 1));
            boolean right = e >= text.length() || !Character.isLetter(text.charAt(e));
            if (left && right) return at;
        }
        return -1;
    }
}
