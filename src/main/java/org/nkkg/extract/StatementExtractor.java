package org.nkkg.extract;

import org.nkkg.model.Document;
import org.nkkg.model.EntityType;
import org.nkkg.model.Mention;
import org.nkkg.model.RoleMention;
import org.nkkg.model.Sentence;
import org.nkkg.model.Stance;
import org.nkkg.model.StatementMention;
import org.nkkg.model.TimeValue;
import org.nkkg.nlp.ChineseScript;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Attributed speech acts, clause by clause. Every speech cue outside quotation marks is attributed to the subject of
 * its own clause; a statement is made only when that subject is a named person, state or organization (or a word
 * that refers back to one). Nobody named, no statement: "抗议者要求…" (protesters), "The team claimed…", a name the
 * mention layer did not recognise ("外务大臣上川阳子表示", "Ambassador Jane Doe said") give nothing.
 *
 * <p>Subject of a cue's clause (Chinese: the text since the last "，；：" outside quotes; English: the words right
 * before the verb):
 * <ul>
 *   <li>a named person, state or organization that opens the clause; of a noun phrase "state + role + person"
 *       ("俄罗斯外交部发言人玛丽亚·扎哈罗娃", "Russian Foreign Ministry spokesperson Maria Zakharova") the person speaks;
 *       a name governed by a preposition ("在亚美尼亚", "against Azerbaijan", "of Azerbaijan") or used as a possessor
 *       ("X的…", "X's …") is not the subject, unless what follows is an unnamed role holder ("X的一名外交顾问说",
 *       "Norway's Minister of Foreign Affairs urged": the state speaks) or a speech noun ("X的要求是…");</li>
 *   <li>a name followed by a body or group word that the mention layer did not take ("阿塞拜疆总统府", "美国军方",
 *       "亚美尼亚媒体", "难民", "The Presidential Administration of Azerbaijan") is not the speaker: the real speaker
 *       is unnamed, so there is no statement; 方面/当局/官员/authorities/officials/side keep the state;</li>
 *   <li>coordinated subjects ("A和B呼吁", "Armenia and Azerbaijan accused each other") each make a statement;</li>
 *   <li>a personal pronoun (他/她/he/she) is the last person who spoke in the paragraph (else the speaker of the
 *       sentence just before); 他们/it/they, 声明/该声明/报告 ("the statement", "the report") are the paragraph's last
 *       speaker; 后者 is the last person named before in the sentence; "X方" is the document's only state whose name
 *       starts with X (亚方, 阿方, 俄方), near the start of its sentence, and inside the words of a speaker of that
 *       side it goes on with that speaker's statement (not after two sides spoke together: "两国相互指责…,亚方称…"
 *       is Armenia's own claim); a bare body word (外交部, 国防部, the ministry, the government)
 *       is the last organization of the paragraph with that head, else the list item's state;</li>
 *   <li>a clause with no subject of its own (empty, or only connectives: 并, 同时, 还, and, but, a participle after a
 *       comma) continues the sentence's subject ("马克龙与帕希尼安通话，呼吁…", "… and urged"); in a list item
 *       "- 国家：…" / "• Country …" that subject is the item's state;</li>
 *   <li>attribution without a speech verb: "根据/按照/据 X 的说法/声明/消息", "据 X 所说", "according to X"; a later cue
 *       in the same sentence is part of that report unless it is a verb of saying with its own subject;</li>
 *   <li>the name after a causative verb (迫使/促使/致使/逼使) is the subject of the verb that follows it
 *       ("…迫使亚美尼亚政府公开威胁称"); two full person names side by side ("A B呼吁") both speak;</li>
 *   <li>"在…发表讲话时，X…": the speaker is the named subject opening the main clause after 时;</li>
 *   <li>opinions 认为/坚持/主张 are statements only when a person, state or organization named in their own clause
 *       holds them (no pronoun, no carried subject), and 坚持/主张 only before a clause break or a name ("坚持反对…"
 *       is persistence, not a statement); inside someone else's words they are part of those words;</li>
 *   <li>English: "a statement from/by X said" (X speaks); "with X confirming" (X is the participle's subject);
 *       "stated on 21 September", "commented on …" are cues; a title before a name ("Azerbaijani Prosecutor-General
 *       X …, adding") still opens the sentence's subject, but the object of its first clause does not;</li>
 *   <li>a person who opens a sentence as its subject becomes the one a later 他/she refers to; 他们/they in the
 *       sentence right after an unnamed speaker's words ("Journalists said…. They also added…") names nobody.</li>
 * </ul>
 *
 * <p>Nominal speech acts: 发表讲话/发表演讲/发表演说 (claim); English "issued/released/published/made/adopted/delivered/gave
 * a … statement/declaration/report/address/speech" (claim), "… alert/warning" (warn), "… appeal" (call); a cue
 * after it without a subject of its own ("released a statement which condemned …") belongs to it. In Chinese a named
 * speaker and a colon opening a line or clause ("俄罗斯:已与阿方进行接触") is a cue too. Who is quoted speaks, not who
 * quotes them ("路透社引述X说", "Interfax quoted X as saying").
 *
 * <p>One statement per speaker and clause: a later cue in the same sentence makes a new statement only when its
 * clause has its own subject after a clause break and either the earlier cue is not a verb of saying, or the new
 * cue is one, or the clause opens with a contrast (但, 而, while, but, which) or follows a semicolon; otherwise it is
 * part of the earlier statement ("X表示，中方支持…" is one statement by X). Cues inside quotation marks, in a relative
 * clause "…要求…的呼吁", nouns (的要求, 支持者, 简称, 称为, 说服, self-declared) and 宣布…独立 are not speech acts.
 *
 * <p>Stance rules, per language; among the cues of the statement's clause that the speaker owns, the first in this
 * order wins: condemn, call, concern, deny, warn, welcome, accuse, support, announce, claim (see {@link Stance}).
 * A cue inside the reported content counts only when its own clause has no other subject than the speaker's side
 * ("扎哈罗娃表示，俄罗斯…深表震惊" is concern; "戈尔巴乔夫声明，苏联境内其他地区也在要求…" stays a claim); a demand the
 * speaker's side is under ("说他受到…压力要求…", 受到/遭到/面临/迫于 before it) is not the speaker's; an English stance
 * word right after "expressing/voicing" is the speaker's ("…, expressing concern over …"); a cue with a stance of its
 * own ("denied this and said …") keeps it over a stance word inside the words it quotes.
 * <ul>
 *   <li>condemn: 谴责/譴責 · condemn(s/ed), denounce(d)</li>
 *   <li>call: 呼吁/呼籲/敦促/要求/促请/吁请/籲請/喊话/喊話 · call(ed/s/ing) on/for, urge(d/s), demand(ed), request(ed), petition(ed)</li>
 *   <li>concern: 关切/關切/担忧/擔憂/震惊/震驚/忧心/憂心/忧虑/憂慮 (also as nouns: 表达了…的担忧) · concern(s/ed), alarmed, worried</li>
 *   <li>deny: 否认/否認/反驳/反駁/驳斥/駁斥 · denied, denies, rejected</li>
 *   <li>warn: 警告, 威胁/威脅 (as a verb), 示警 · warn(ed/s), threatened</li>
 *   <li>welcome: 欢迎/歡迎 · welcome(d/s)</li>
 *   <li>accuse: 指责/指責/指控/归咎/歸咎/控诉/控訴 · accuse(d/s), blamed</li>
 *   <li>support: 支持/支援 · support(s/ed), backed</li>
 *   <li>announce: 宣布/宣佈/公布 · announce(d/s)</li>
 *   <li>claim: 表示/表达/称/稱/说/說/指出/强调/強調/声明/聲明/宣称/声称/重申/补充/道歉/承诺/承諾 (not the noun: 违反了承诺,
 *       遵守承诺), 认为/認為/坚持/堅持/主张/主張 (see above), 透露, 坦言, 直言, 证实/證實, 抱怨 · said, stated, told, stressed,
 *       emphasized, noted, reiterated, declared, claimed, expressed, voiced, confirmed, added, apologized, promised,
 *       opined, described, questioned, attributed, complained … — the default. 关注 ("密切关注", following closely) is no stance word: a claim.</li>
 * </ul>
 */
public final class StatementExtractor {
    private static final Map<Stance, List<String>> ZH = new EnumMap<>(Stance.class);
    private static final Map<Stance, List<String>> EN = new EnumMap<>(Stance.class);

    static {
        ZH.put(Stance.CONDEMN, List.of("谴责"));
        ZH.put(Stance.CALL, List.of("呼吁", "敦促", "要求", "促请", "吁请", "喊话")); // 吁请, 喊话: Taiwan usage
        ZH.put(Stance.CONCERN, List.of("关切", "担忧", "震惊", "忧心", "忧虑"));
        ZH.put(Stance.DENY, List.of("否认", "反驳", "驳斥"));
        ZH.put(Stance.WARN, List.of("警告", "威胁", "示警"));
        ZH.put(Stance.WELCOME, List.of("欢迎"));
        ZH.put(Stance.ACCUSE, List.of("指责", "指控", "归咎", "控诉"));
        ZH.put(Stance.SUPPORT, List.of("支持", "支援")); // 支援: Taiwan usage for backing a side
        ZH.put(Stance.ANNOUNCE, List.of("宣布", "公布"));
        ZH.put(Stance.CLAIM, List.of("表示", "表达", "声称", "宣称", "称", "说", "指出", "强调", "声明", "重申", "补充", "道歉",
                "承诺", "发表讲话", "发表演讲", "发表演说", "认为", "坚持", "主张", "透露", "坦言", "直言", "证实", "抱怨"));
        EN.put(Stance.CONDEMN, List.of("condemned", "condemns", "condemn", "denounced"));
        EN.put(Stance.CALL, List.of("called on", "called for", "calls on", "calls for", "calling on", "calling for",
                "urged", "urges", "urging", "demanded", "requested", "petitioned", "appealed for", "appealed to", "encouraged",
                "proposed"));
        EN.put(Stance.CONCERN, List.of("concern", "concerns", "concerned", "alarmed", "alarming", "worried", "very concerning",
                "deeply concerning", "extremely concerning", "highly concerning", "alarm"));
        EN.put(Stance.DENY, List.of("denied", "denies", "rejected"));
        EN.put(Stance.WARN, List.of("warned", "warns", "warning", "threatened"));
        EN.put(Stance.WELCOME, List.of("welcomed", "welcomes", "welcoming"));
        EN.put(Stance.ACCUSE, List.of("accused", "accuses", "accusing", "blamed", "alleged that", "alleging that"));
        EN.put(Stance.SUPPORT, List.of("support", "supports", "supported", "backed", "congratulated"));
        EN.put(Stance.ANNOUNCE, List.of("announced", "announces"));
        EN.put(Stance.CLAIM, List.of("said", "says", "saying", "stated", "states", "stating", "told", "stressed",
                "emphasized", "emphasised", "noted", "reiterated", "declared", "claimed", "claiming", "responded", "confirming",
                "commented", "confirmed", "admitted", "suggested", "insisted", "argued", "asserted", "added", "adding",
                "expressed", "voiced", "apologized", "apologised", "promised", "opined", "described", "reaffirmed", "offered",
                "questioned", "attributed", "complained"));
    }

    /** Stance words that are never a speech act of their own ("alarming evidence"). */
    private static final Set<String> STANCE_ONLY = Set.of("alarming", "very concerning", "deeply concerning",
            "extremely concerning", "highly concerning");
    /** English cue words that are also nouns ("expressed support"): with no subject of their own, no cue at all. */
    private static final Set<String> EN_NOUN_CUES = Set.of("concern", "concerns", "support", "warning");

    /** A label opening a line or clause: a short name (and role), a colon, then words (not a figure or a date). */
    private static final Pattern ZH_LABEL = Pattern.compile("(?:^|[，,；;。])\\s*([^:：，,。；;\"“”「」\\s]{2,16})[:：]\\s*(?=[“「\"]?[\\p{IsHan}])");

    /** Whether [from, to) is a named speaker (a person, state or body), with at most a role word after it. */
    private boolean labelsSpeaker(Reading r, int from, int to) {
        for (Mention m : r.ms) {
            int b = r.rel(m), e = r.relEnd(m);
            if (b != from || e > to || m.type() == EntityType.PLACE) continue;
            String rest = r.text.substring(e, to);
            if (rest.isEmpty() || RoleCues.whole(RoleCues.chinese(), rest)) return true;
        }
        return false;
    }
    private static final Pattern ZH_QUOTING = Pattern.compile("(?:引述|援引|引用)了?");
    private static final Pattern EN_QUOTING = Pattern.compile("\\b(?:quoted|quoting|cited|citing)\\s+(?=[^,;]{2,80}\\s+as\\s+(?:saying|stating)\\b)");

    /** Cues of opinion that speak only for a subject named in their own clause (no pronoun, no carried subject). */
    private static final Set<String> ZH_OPINION = Set.of("认为", "坚持", "主张");
    /** Nominal speech acts ("在联合国大会上发表讲话"). */
    private static final Set<String> ZH_ADDRESS = Set.of("发表讲话", "发表演讲", "发表演说");
    /** Cues that report words (what follows is their content): a later cue in that content is not a new statement. */
    private static final Set<String> ZH_SAYING = Set.of("表示", "表达", "声称", "宣称", "称", "说", "指出", "强调", "声明",
                "认为", "坚持", "主张", "发表讲话", "发表演讲", "发表演说", "承诺",
            "重申", "补充", "宣布", "公布", "透露", "坦言", "直言", "证实", "抱怨");

    /** "- 挪威:", "• 挪威：", and "美國:" opening its line with the bullet (a flag) lost. */
    private static final Pattern ZH_LIST_ITEM = Pattern.compile("^\\s*(?:[-•·*]\\s*)?([^:：，,。\\s]{2,12})[:：]");
    private static final Pattern QUOTE = Pattern.compile("[“\"「『]([^”\"」』]{4,400})[”\"」』]");

    private final DateNormalizer dates = new DateNormalizer();
    private final Resources res;

    public StatementExtractor(Resources res) { this.res = res; }

    /** "Artsakhi authorities warned…", "the Azerbaijani side said…": a state speaking through an unnamed body. */
    private static final Pattern EN_ADJECTIVE_BODY = Pattern.compile(
            "((?:\\p{Lu}[\\p{L}]+ )?\\p{Lu}[\\p{L}]+) (?:authorities|officials|leadership|side|delegation|presidency)$");
    /** A speech act told as a noun: "issued a statement", "released a new genocide alert", "made an appeal". */
    private static final Pattern EN_NOMINAL = Pattern.compile("\\b(?:issued|released|published|made|adopted|delivered|gave)\\s+"
            + "(?:a|an|the|its|their)\\s+(?:[\\p{L}-]+\\s+){0,3}?(statement|declaration|report|alert|warning|appeal|address|speech)\\b");
    private static final Pattern EN_POSSESSIVE_BODY = Pattern.compile("['’]s\\s+((?:[\\p{L}-]+\\s+){0,6}[\\p{L}-]+)$");
    private static final Pattern EN_BODY_WORD = Pattern.compile("^(?:[\\p{L}-]+\\s+){0,2}(?:leadership|authorities|government|officials|side|delegation|"
            + "[Mm]inistry|[Mm]inister|[Ss]pokes(?:person|man|woman)|[Pp]resident|[Aa]mbassador|[Ee]nvoy|[Rr]epresentative|[Oo]ffice|[Mm]ission)\\b");
    /** Regions whose leadership is a de facto state of the gazetteer (mention key → speaker key). */
    private static final Map<String, String> REGION_GOVERNMENT = RegionSides.GOVERNMENT;
    /** "according to X": attribution without a speech verb, anywhere in the sentence. */
    private static final Pattern EN_ACCORDING_TO = Pattern.compile("\\b[Aa]ccording to ");
    /** "根据 X 的说法", "据 X 所说", "按照 X 的声明": attribution without a speech verb. */
    private static final Pattern ZH_ACCORDING_TO = Pattern.compile(
            "(?:根据|按照|依据|据)([^，,。；;：:]{2,40}?)(?:的说法|的声明|的消息|的讯息|官方消息|消息|的通报|通报|所说|所言|所称|中说|中称|说|称|表示)(?=[，,。；;：:]|$)");

    /** A speaker further than this from the cue (characters; Chinese, English) is not taken as its subject. */
    private static final int MAX_GAP_ZH = 30;

    private enum Kind { EXPLICIT, CARRY, UNKNOWN }

    /** The subject of one cue's clause: named speakers (several when coordinated), none of its own, or unnamed. */
    private record Subject(Kind kind, List<String> keys, boolean contrast) {
        static final Subject CARRY = new Subject(Kind.CARRY, List.of(), false);
        static final Subject UNKNOWN = new Subject(Kind.UNKNOWN, List.of(), false);
        static Subject of(List<String> keys) { return new Subject(Kind.EXPLICIT, List.copyOf(keys), false); }
        static Subject of(String key) { return key == null ? UNKNOWN : of(List.of(key)); }
        Subject withContrast(boolean c) { return new Subject(kind, keys, c); }
    }

    /** What the paragraph (text unit) knows so far. */
    private static final class Paragraph {
        int unit = -1;
        int begin;
        String listState;
        String lastPerson;
        String lastSpeaker;
        int lastSpeakerSentence = -2;
        /** The sentence whose last speech act had a speaker nobody named ("Journalists said…"), else -2. */
        int unnamedSentence = -2;

        /** "they" right after an unnamed speaker's words ("Journalists said…") is about them: nobody to name. */
        boolean afterUnnamed(int sentence) { return unnamedSentence == sentence - 1; }
    }

    /** One sentence being read: its text (character-simplified for Chinese) and mentions. */
    private final class Reading {
        final Document doc;
        final Sentence s;
        final String text;
        final List<Mention> ms;
        final boolean zh;
        final boolean[] quoted;
        final Paragraph para;
        final Map<String, RoleMention> roleOf;
        final Map<Character, Set<String>> statesByInitial;
        int contentStart;

        Reading(Document doc, Sentence s, String text, List<Mention> ms, Paragraph para,
                Map<String, RoleMention> roleOf, Map<Character, Set<String>> statesByInitial) {
            this.doc = doc;
            this.s = s;
            this.text = text;
            this.ms = ms;
            this.zh = doc.lang().isChinese();
            this.quoted = quoted(text);
            this.para = para;
            this.roleOf = roleOf;
            this.statesByInitial = statesByInitial;
        }

        int rel(Mention m) { return m.begin() - s.begin(); }
        int relEnd(Mention m) { return m.end() - s.begin(); }
    }

    public List<StatementMention> extract(Document doc) {
        boolean zh = doc.lang().isChinese();
        SentenceDates sd = new SentenceDates(doc, dates);
        Map<String, RoleMention> roleOf = new HashMap<>();
        for (RoleMention r : doc.roles()) roleOf.putIfAbsent(r.person(), r);
        Map<Character, Set<String>> statesByInitial = new HashMap<>();
        if (zh) {
            for (Mention m : doc.mentions()) {
                if (m.type() != EntityType.STATE || m.surface().isEmpty()) continue;
                char c = ChineseScript.simplifyChars(m.surface()).charAt(0);
                statesByInitial.computeIfAbsent(c, k -> new LinkedHashSet<>()).add(m.key());
            }
        }
        List<StatementMention> out = new ArrayList<>();
        Paragraph para = new Paragraph();
        for (Sentence s : doc.sentences()) {
            String raw = doc.text().substring(s.begin(), s.end());
            String text = zh ? ChineseScript.simplifyChars(raw) : raw;
            List<Mention> ms = inSentence(doc, s);
            if (s.unit() != para.unit) {
                para.unit = s.unit();
                para.begin = s.begin();
                para.listState = itemState(text, ms, s, zh);
                para.lastPerson = null;
                para.lastSpeaker = null;
            }
            Reading r = new Reading(doc, s, text, ms, para, roleOf, statesByInitial);
            Matcher item = zh ? ZH_LIST_ITEM.matcher(text) : null;
            r.contentStart = item != null && item.find() && para.listState != null && s.begin() == para.begin ? item.end() : 0;
            // a news dateline ("（中央社叶里温28日综合外电报导）", "新华社巴库9月22日电 ") is who filed it, not a speaker
            Matcher dateline = zh && r.contentStart == 0 ? SentenceDates.ZH_DATELINE.matcher(text) : null;
            if (dateline != null && dateline.lookingAt()) r.contentStart = dateline.end();
            if (!zh && para.listState == null && s.begin() == para.begin) para.listState = enItemState(text, ms, s);
            // a person who opens a sentence as its subject is who a later 他/she is about
            String opener = openingPerson(r);
            if (opener != null) para.lastPerson = opener;
            out.addAll(sentence(r, raw, sd));
        }
        return out;
    }

    // ---- one sentence -------------------------------------------------------------------------------------------

    private record Made(int cueBegin, int cueEnd, String cueWord, List<String> speakers, int windowFloor, boolean attributed) {}

    private List<StatementMention> sentence(Reading r, String raw, SentenceDates sd) {
        String text = r.text;
        List<int[]> cues = cues(text, r.zh, r.quoted);
        // a label "俄罗斯:已与阿方进行接触", "阿塞拜疆外长:“…”": the colon after who speaks is the verb of saying
        if (r.zh && (text.indexOf(':') >= 0 || text.indexOf('：') >= 0)) {
            Matcher label = ZH_LABEL.matcher(text);
            while (label.find()) {
                int colon = label.end(1);
                if (r.quoted[colon] || !labelsSpeaker(r, label.start(1), colon)) continue;
                if (cues.stream().anyMatch(c -> c[0] >= label.start(1) && c[0] < colon)) continue;
                cues.add(new int[]{colon, colon + 1, 0});
            }
        }
        // attribution without a verb: "根据X的说法", "according to X"
        Map<Integer, Subject> attributed = new HashMap<>();
        Matcher acc = (r.zh ? ZH_ACCORDING_TO : EN_ACCORDING_TO).matcher(text);
        while (acc.find()) {
            if (r.quoted[acc.start()]) continue;
            Subject subj = r.zh ? zhNounPhraseSubject(r, acc.start(1), acc.end(1), true, false) : enAccordingTo(r, acc.end());
            if (subj.kind() != Kind.EXPLICIT) continue;
            int at = r.zh ? acc.start() : acc.start();
            int end = r.zh ? acc.end() : acc.end();
            cues.removeIf(c -> c[0] >= at && c[0] < end);
            cues.add(new int[]{at, end, 1});
            attributed.put(at, subj);
        }
        if (!r.zh) {
            // nominal speech acts: "issued a statement", "released a new genocide alert"
            Matcher nom = EN_NOMINAL.matcher(text);
            while (nom.find()) {
                if (r.quoted[nom.start()]) continue;
                int at = nom.start(), end = nom.end();
                cues.removeIf(c -> c[0] < end && c[1] > at);
                cues.add(new int[]{at, end, 0});
            }
        }
        cues.sort((a, b) -> Integer.compare(a[0], b[0]));

        List<Made> made = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        String topic = null; // the sentence's subject so far, for clauses without one
        boolean topicUnknown = false;
        for (int[] cue : cues) {
            if (cue[0] < r.contentStart) continue; // a cue inside an item's label or a dateline is no speech act
            String word = text.substring(cue[0], cue[1]);
            Subject subj = attributed.containsKey(cue[0]) ? attributed.get(cue[0])
                    : r.zh ? zhSubject(r, cue[0]) : enSubject(r, cue[0]);
            // "路透社引述俄罗斯维和人员说", "Interfax quoted the Defence Ministry as saying": who is quoted speaks, not
            // who quotes them
            Matcher q = (r.zh ? ZH_QUOTING : EN_QUOTING).matcher(text).region(clauseStartBefore(r, cue[0]), cue[0]).useTransparentBounds(true);
            if (q.find()) {
                Subject quoted = r.zh ? zhNounPhraseSubject(r, q.end(), cue[0], true, false) : enAccordingTo(r, q.end());
                if (quoted.kind() == Kind.EXPLICIT) subj = quoted;
            }
            if (r.zh && ZH_OPINION.contains(word)) {
                // 认为/坚持/主张 speak only for a name of their own clause, and 坚持/主张 only before what is held
                Subject named = zhNounPhraseSubject(r, clauseStartBefore(r, cue[0]), cue[0], false, true);
                if (named.kind() != Kind.EXPLICIT || !opinionObject(r, word, cue[1])) continue;
                subj = named;
            }
            if (r.zh && ZH_ADDRESS.contains(word) && subj.kind() != Kind.EXPLICIT) {
                // "在…发表讲话时，X…": the speaker is the subject of the main clause that follows
                Subject after = addressedBy(r, cue[1]);
                if (after != null) subj = after;
            }
            if (!made.isEmpty()) {
                Made prev = made.get(made.size() - 1);
                if (subj.kind() != Kind.EXPLICIT) continue; // no subject of its own: the same statement goes on
                boolean semicolon = between(text, prev.cueEnd(), cue[0]).matches("(?s).*[;；].*");
                boolean sameSpeaker = subj.keys().equals(prev.speakers());
                boolean clauseBreak = semicolon || clauseBreakBefore(r, prev.cueEnd(), cue[0]);
                boolean saying = prev.attributed() || (r.zh ? ZH_SAYING.contains(prev.cueWord()) : enSaying(prev.cueWord()));
                boolean newIsSaying = r.zh ? (ZH_SAYING.contains(word) && !word.equals("宣布") && !word.equals("公布") && !ZH_OPINION.contains(word))
                        || word.equals(":") || word.equals("：") : enSaying(word);
                boolean abbreviatedSide = r.zh && between(text, clauseStartBefore(r, cue[0]), cue[0]).strip()
                        .matches("^(?:" + ZH_CONNECTIVES.pattern().substring(1) + ")?.方.*")
                        && subj.keys().stream().anyMatch(k -> prev.speakers().stream().anyMatch(p -> sideOf(r, p).contains(k)))
                        // after two sides spoke together ("两国相互指责…,亚方称…,阿方称…") each side's words are its own
                        && prev.speakers().size() < 2;
                if (!clauseBreak || (sameSpeaker && !semicolon) || abbreviatedSide) continue;
                if (saying && !newIsSaying && !subj.contrast() && !semicolon) continue;
            } else if (subj.kind() == Kind.CARRY) {
                if (topicUnknown) continue;
                // "…爆发抗议,抗议者冲进议会大楼,要求帕希尼扬辞职": the clause goes on from unnamed people
                if (r.zh && carriedFromGroup(r, cue[0])) continue;
                String t = topic != null ? topic : topicBefore(r, cue[0]);
                if (t == null && cue[0] <= firstClauseEnd(r)) t = r.para.listState;
                if (t == null) continue;
                subj = Subject.of(t);
            }
            if (subj.kind() == Kind.UNKNOWN) {
                if (made.isEmpty() && !(!r.zh && EN_NOUN_CUES.contains(word))) {
                    topicUnknown = true;
                    // someone unnamed speaks: a later cue in what they say is not a statement of its own
                    made.add(new Made(cue[0], cue[1], word, List.of(), cue[0], false));
                }
                continue;
            }
            if (relativeClause(text, cue[1], r.zh)) continue;
            made.add(new Made(cue[0], cue[1], word, subj.keys(),
                    made.isEmpty() ? r.contentStart : made.get(made.size() - 1).cueEnd(), cue[2] == 1));
            starts.add(cue[0]);
            if (topic == null) topic = subj.keys().get(0);
        }

        List<StatementMention> out = new ArrayList<>();
        if (!made.isEmpty() && made.get(made.size() - 1).speakers().isEmpty()) r.para.unnamedSentence = r.s.index();
        for (int i = 0; i < made.size(); i++) {
            Made m = made.get(i);
            if (m.speakers().isEmpty()) continue;
            int clauseEnd = i + 1 < made.size() ? clauseStartBefore(r, made.get(i + 1).cueBegin()) : text.length();
            if (clauseEnd <= m.cueBegin()) clauseEnd = i + 1 < made.size() ? made.get(i + 1).cueBegin() : text.length();
            for (String speaker : m.speakers()) {
                out.add(statement(r, raw, m, clauseEnd, speaker, sd));
                if (isPerson(r, speaker)) r.para.lastPerson = speaker;
                r.para.lastSpeaker = speaker;
                r.para.lastSpeakerSentence = r.s.index();
                r.para.unnamedSentence = -2;
            }
        }
        return out;
    }

    /** 坚持/主张 hold a statement (a clause break, or a clause opening with a name), not an action ("坚持反对…"). */
    private static boolean opinionObject(Reading r, String word, int end) {
        if (word.equals("认为")) return true;
        if (end >= r.text.length()) return false;
        if ("，,：:".indexOf(r.text.charAt(end)) >= 0) return true;
        for (Mention m : r.ms) if (r.rel(m) == end) return true;
        return false;
    }

    /** "发表讲话时，X…": the named subject opening the clause after "时，", or null. */
    private Subject addressedBy(Reading r, int end) {
        String t = r.text;
        if (!t.startsWith("时", end) || end + 1 >= t.length() || "，,".indexOf(t.charAt(end + 1)) < 0) return null;
        int from = end + 2, to = from;
        while (to < t.length() && (r.quoted[to] || "，,；;：:。".indexOf(t.charAt(to)) < 0)) to++;
        Subject s = zhNounPhraseSubject(r, from, to, false, false);
        return s.kind() == Kind.EXPLICIT ? s : null;
    }

    /** A speaker's side: itself and the state or organization its role names. */
    private Set<String> sideOf(Reading r, String speaker) {
        Set<String> side = new HashSet<>();
        side.add(speaker);
        RoleMention role = r.roleOf.get(speaker);
        if (role != null && role.in() != null) side.add(role.in());
        if (r.para.listState != null) side.add(r.para.listState);
        return side;
    }

    private static String between(String text, int from, int to) {
        return from < to ? text.substring(from, to) : "";
    }

    private boolean isPerson(Reading r, String key) {
        for (Mention m : r.doc.mentions()) if (m.key().equals(key)) return m.type() == EntityType.PERSON;
        return false;
    }

    /** English verbs of saying (their object is what was said). */
    private static boolean enSaying(String w) {
        return EN.get(Stance.CLAIM).contains(w.toLowerCase(Locale.ROOT)) || w.toLowerCase(Locale.ROOT).startsWith("announce")
                || EN_NOMINAL.matcher(w).matches();
    }

    /** A clause break between a previous cue and the subject of the next one. */
    private boolean clauseBreakBefore(Reading r, int from, int cueAt) {
        int start = clauseStartBefore(r, cueAt);
        if (r.zh) return start > from;
        String b = between(r.text, from, cueAt);
        return b.contains(",") || b.contains(";") || b.matches("(?s).*\\b(?:while|but|whereas|which)\\b.*");
    }

    /** "…要求恢复通行的呼吁": the cue sits in a relative clause before a speech noun, someone else's words. */
    private static boolean relativeClause(String text, int cueEnd, boolean zh) {
        if (!zh) return false;
        int end = cueEnd;
        while (end < text.length() && "，,。；;：:".indexOf(text.charAt(end)) < 0) end++;
        return text.substring(cueEnd, end).matches(".*的(?:呼吁|要求|号召|声明|说法|立场|主张|倡议)(?![者])");
    }

    // ---- Chinese subjects ---------------------------------------------------------------------------------------

    private static final String ZH_BREAKS = "，,；;：:";
    /** Words that make the name after them a place or an object, not the one who speaks ("聚集在亚美尼亚首都…"). */
    private static final String ZH_NOT_SUBJECT_BEFORE = "在于从到向对自往赴给被由将把驻据";
    private static final String ZH_CONJUNCTIONS = "与和及、同跟";
    private static final Pattern ZH_CONNECTIVES = Pattern.compile(
            "^(?:但是|但|而且|而|并且|并|同时|随后|随即|此外|另外|然而|不过|则|也|还|又|其中|另|且|亦|更|因此|于是|对此|就此|最后|后来|此前|之后|再次|一再|多次|曾|已经|已|当天|同日|当日|尽管|虽然|即使|如果)+");
    private static final Pattern ZH_CONTRAST = Pattern.compile("^(?:但是|但|而|然而|不过|另一方面)");
    /** After a role word, what an unnamed role holder's clause goes on with (not a name). */
    private static final Pattern ZH_AFTER_ROLE = Pattern.compile(
            "^(?:[0-9０-９]{1,2}日|还|也|则|又|随后|后来|曾|已|再次|当天|同日|当日|今天|昨天|在|于|对|向|就|通过|发表|发布|以|亦|并|都|均|:|：|,|，|、|\\s)");
    /** Heads of unnamed organizations and groups: the name before them is a modifier, not the speaker. */
    private static final Pattern ZH_BODY_OR_GROUP = Pattern.compile(
            "^(?:[^在于对就向以曾已将正]{0,6}?)(?:总统府|总检察长|检察院|检察|办公室|军方|军队|部队|武装|媒体|新闻|报纸|议会|国会|参议院|众议院|"
                    + "委员会|法院|大使馆|使馆|研究所|大学|组织|机构|公司|政党|电视|通讯社|网站|智库|"
                    + "人民|民众|居民|难民|士兵|军人|示威者|抗议者|学者|专家|移民|侨民|公民|群众|人士|族|籍|裔|人|员)");
    private static final Pattern ZH_BARE_BODY = Pattern.compile("^(?:该)?(外交部|国防部|内政部|司法部|总统府|政府|当局|该部|该国)|^该(委员会)");
    private static final Pattern ZH_ANAPHOR = Pattern.compile("^(?:该|这份|此|这一)?(?:声明|报告|公告|通报)");
    private static final Pattern ZH_SPEECH_NOUN = Pattern.compile("^的(?:要求|声明|说法|呼吁|立场|回应|表态|讲话|发言)");
    private static final Pattern ZH_POSSESSED_ROLE = Pattern.compile("^的(?:[一两几数][名位个])?");

    private int clauseStartBefore(Reading r, int at) {
        for (int i = at - 1; i >= r.contentStart; i--) {
            char c = r.text.charAt(i);
            if (r.quoted[i]) continue;
            if (r.zh ? ZH_BREAKS.indexOf(c) >= 0 : c == ';') return i + 1;
        }
        return r.contentStart;
    }

    private int firstClauseEnd(Reading r) {
        for (int i = r.contentStart; i < r.text.length(); i++) {
            if (!r.quoted[i] && (r.zh ? ZH_BREAKS.indexOf(r.text.charAt(i)) >= 0 : r.text.charAt(i) == ';')) return i;
        }
        return r.text.length();
    }

    /** The subject of the clause that holds a Chinese cue. */
    private Subject zhSubject(Reading r, int cueAt) {
        int start = clauseStartBefore(r, cueAt);
        String pre = r.text.substring(start, cueAt);
        Matcher conn = ZH_CONNECTIVES.matcher(pre);
        int skip = conn.find() ? conn.end() : 0;
        // a reply ("对此,X予以否认", "X对此表示…") is a speech act of its own, not part of what was said before
        boolean contrast = ZH_CONTRAST.matcher(pre).find() || pre.contains("对此") || pre.contains("就此")
                || (start - 1 > Math.max(r.contentStart, start - 4)
                    && r.text.substring(Math.max(r.contentStart, start - 4), start - 1).matches(".*(?:对此|就此)"));
        Subject named = zhNounPhraseSubject(r, start, cueAt, false, true);
        if (named.kind() != Kind.CARRY) return named.withContrast(contrast);
        String rest = pre.substring(skip).strip();
        if (rest.isEmpty()) return Subject.CARRY;
        boolean plural = rest.startsWith("他们") || rest.startsWith("她们") || rest.startsWith("它们");
        if (plural && r.para.afterUnnamed(r.s.index())) return Subject.UNKNOWN;
        if (rest.startsWith("他们") || rest.startsWith("她们") || rest.startsWith("它") || rest.startsWith("其")) {
            return Subject.of(r.para.lastSpeaker != null && !isPerson(r, r.para.lastSpeaker) ? r.para.lastSpeaker : null)
                    .withContrast(contrast);
        }
        if (rest.startsWith("他") || rest.startsWith("她")) {
            String k = r.para.lastPerson != null ? r.para.lastPerson
                    : r.para.lastSpeakerSentence == r.s.index() - 1 ? r.para.lastSpeaker : null;
            if (k == null) k = topicBefore(r, start);
            return Subject.of(k).withContrast(contrast);
        }
        if (ZH_ANAPHOR.matcher(rest).find()) return Subject.of(r.para.lastSpeaker).withContrast(contrast);
        if (rest.startsWith("后者")) {
            // the last person named before in the sentence
            String k = null;
            for (Mention m : r.ms) if (r.relEnd(m) <= start && m.type() == EntityType.PERSON) k = m.key();
            return Subject.of(k).withContrast(contrast);
        }
        boolean early = start - r.contentStart <= 12 || containsCue(r.text.substring(r.contentStart, start));
        if (early && rest.length() >= 2 && rest.charAt(1) == '方' && (rest.length() == 2 || rest.charAt(2) != '式')) {
            Set<String> st = r.statesByInitial.get(rest.charAt(0));
            return Subject.of(st != null && st.size() == 1 ? st.iterator().next() : null).withContrast(contrast);
        }
        Matcher body = ZH_BARE_BODY.matcher(rest);
        if (body.find()) {
            RoleCues.Cue role = roleAt(rest, 0);
            if (role != null && role.text().length() > body.group().length()) {
                // "外交部长X表示": a minister the mention layer did not name; "外交部发言人表示": the ministry
                if (!unnamedAfterRole(rest, role.text().length(), false)) return Subject.UNKNOWN;
            }
            if (body.group(2) != null) {
                // "该委员会": the last committee named before, in the paragraph or earlier in this sentence
                return Subject.of(namedBody(r, body.group(2), true, r.s.begin() + start)).withContrast(contrast);
            }
            return Subject.of(bareBody(r, body.group(1), true)).withContrast(contrast);
        }
        return Subject.UNKNOWN;
    }

    private static final Pattern ZH_GROUP_SUBJECT = Pattern.compile(
            "^(?:(?:数|几|上|成)?(?:百|千|万)(?:名)?)?(?:抗议者|示威者|抗议民众|民众|群众|人群|居民|难民|平民|士兵|武装分子|分离主义分子|当地人|人们|学生|记者)");

    /** Whether the clause before the cue's (which has no subject of its own) opens with unnamed people. */
    private boolean carriedFromGroup(Reading r, int cueAt) {
        int start = clauseStartBefore(r, cueAt);
        if (start <= r.contentStart + 1) return false;
        int prev = clauseStartBefore(r, start - 1);
        String clause = r.text.substring(prev, start - 1).strip();
        Matcher conn = ZH_CONNECTIVES.matcher(clause);
        if (conn.find()) clause = clause.substring(conn.end()).strip();
        return ZH_GROUP_SUBJECT.matcher(clause).lookingAt();
    }

    private static boolean containsCue(String s) {
        for (List<String> cs : ZH.values()) for (String c : cs) if (indexOfWord(s, c, true, 0) >= 0) return true;
        return false;
    }

    /**
     * A named subject opening [from, to): a person, state or organization not governed by a preposition, with
     * the noun phrase it heads ("阿塞拜疆国防部发言人阿纳尔·埃瓦佐夫") and its coordinated partners ("A和B呼吁").
     * CARRY when no name opens the clause; UNKNOWN when the name only modifies an unnamed speaker.
     */
    private Subject zhNounPhraseSubject(Reading r, int from, int to, boolean attribution, boolean checkGap) {
        List<Mention> cands = new ArrayList<>();
        for (Mention m : r.ms) {
            int b = r.rel(m), e = r.relEnd(m);
            if (b < from || e > to || r.quoted[b]) continue;
            if (m.type() == EntityType.PLACE) continue;
            cands.add(m);
        }
        Mention head = null;
        int idx = -1;
        boolean failed = false;
        // the one made to act: "…迫使亚美尼亚政府公开威胁称" (the name after a causative verb is the verb's subject)
        for (int i = cands.size() - 1; i >= 0 && !attribution; i--) {
            Mention m = cands.get(i);
            String lead = r.text.substring(from, r.rel(m));
            if (!ZH_CAUSATIVE.matcher(lead).find()) continue;
            if (!containsCue(r.text.substring(r.relEnd(m), to)) && to - r.relEnd(m) <= 6) { head = m; idx = i; }
            break;
        }
        // a person opening the clause speaks ("外交部长X会见了Y，并表示"); else the person named last before the verb
        // ("…的高级研究员托马斯·德瓦尔指出", "迫使戈尔巴乔夫宣布")
        for (int i = 0; i < cands.size() && !attribution; i++) {
            Mention m = cands.get(i);
            if (governed(r, m, from)) continue;
            String l = r.text.substring(from, r.rel(m)).strip();
            Matcher conn = ZH_CONNECTIVES.matcher(l);
            if (conn.find()) l = l.substring(conn.end());
            if (m.type() == EntityType.PERSON && (l.isEmpty() || l.equals(roleText(l)))) { head = m; idx = i; }
            break;
        }
        for (int i = cands.size() - 1; i >= 0 && !attribution && head == null; i--) {
            Mention m = cands.get(i);
            if (m.type() != EntityType.PERSON || governed(r, m, from)) continue;
            if (to - r.relEnd(m) > MAX_GAP_ZH) break;
            head = m;
            idx = i;
            break;
        }
        for (int i = 0; i < cands.size() && head == null; i++) {
            Mention m = cands.get(i);
            if (governed(r, m, from)) continue;
            // what stands before the name in its clause: nothing but connectives and times, or a relative clause "…的"
            String lead = r.text.substring(from, r.rel(m));
            Matcher conn = ZH_CONNECTIVES.matcher(lead);
            String l = conn.find() ? lead.substring(conn.end()) : lead;
            l = l.replaceAll("^(?:当地时间)?(?:[0-9]{4}年)?(?:[0-9]{1,2}月)?(?:[0-9]{1,2}日)?", "").strip();
            boolean ok = l.isEmpty() || l.endsWith("的") || l.matches("[-•·*\\s《]*");
            if (!ok) { failed = true; continue; }
            head = m;
            idx = i;
        }
        if (head == null) {
            // a name not at the clause start means something else opens it ("许多国家、国际组织和人权观察员…")
            return failed ? Subject.UNKNOWN : Subject.CARRY;
        }
        // a person heading the phrase: its conjuncts before it ("A和B呼吁") are found from the first of them
        while (idx > 0 && head.type() == EntityType.PERSON) {
            Mention p = cands.get(idx - 1);
            String gap = r.text.substring(r.relEnd(p), r.rel(head));
            if (p.type() != EntityType.PERSON || gap.length() != 1 || ZH_CONJUNCTIONS.indexOf(gap.charAt(0)) < 0) break;
            head = p;
            idx--;
        }
        // the noun phrase: state/organization + role + person; two full names side by side are two speakers
        List<String> keys = new ArrayList<>();
        for (int i = idx + 1; i < cands.size(); i++) {
            Mention m = cands.get(i);
            String gap = r.text.substring(r.relEnd(head), r.rel(m));
            // "俄罗斯独立媒体Meduza": a kind of body before the body's name is its description
            boolean described = m.type() == EntityType.ORGANIZATION && head.type() != EntityType.PERSON && ZH_BODY_KIND.matcher(gap).matches();
            if (!nounPhraseGap(gap) && !described) break;
            if (gap.isEmpty() && m.type() == EntityType.PERSON && head.type() == EntityType.PERSON
                    && !m.key().equals(head.key())) keys.add(head.key());
            if (m.type() == EntityType.PERSON || head.type() != EntityType.PERSON) { head = m; idx = i; }
        }
        // coordinated partners: "亚美尼亚与阿塞拜疆两国相互指责", "A和B呼吁"
        keys.add(head.key());
        Mention last = head;
        for (int i = idx + 1; i < cands.size(); i++) {
            Mention m = cands.get(i);
            String gap = r.text.substring(r.relEnd(last), r.rel(m));
            if (gap.length() != 1 || ZH_CONJUNCTIONS.indexOf(gap.charAt(0)) < 0) break;
            if (m.type() != last.type() && !(m.type() != EntityType.PERSON && last.type() != EntityType.PERSON)) break;
            keys.add(m.key());
            last = m;
        }
        if (keys.size() > 1) {
            String f = r.text.substring(r.relEnd(last), to)
                    .replaceFirst("^(?:两国|双方|两人|三国|各方)?(?:都|均|共同|相互|互相|分别)?", "");
            if (!(f.isEmpty() || ZH_CONNECTIVES.matcher(f).lookingAt())) {
                keys = new ArrayList<>(List.of(head.key()));
                last = head;
            }
        }
        String follow = r.text.substring(r.relEnd(last), to);
        if (checkGap && to - r.relEnd(last) > MAX_GAP_ZH) return Subject.UNKNOWN;
        // what follows the name
        if (follow.startsWith("的")) {
            if (ZH_SPEECH_NOUN.matcher(follow).find()) return Subject.of(keys);
            Matcher pr = ZH_POSSESSED_ROLE.matcher(follow);
            pr.find();
            RoleCues.Cue role = roleAt(follow, pr.end());
            if (role != null && unnamedAfterRole(follow, pr.end() + role.text().length(), attribution)) {
                // "X的一名外交顾问说": an unnamed adviser of X's side speaks for it
                if (head.type() == EntityType.PERSON) {
                    RoleMention rm = r.roleOf.get(head.key());
                    return Subject.of(rm != null && rm.in() != null && rm.in().startsWith("gaz:") ? rm.in() : null);
                }
                return Subject.of(keys);
            }
            return Subject.UNKNOWN;
        }
        if (head.type() != EntityType.PERSON) {
            if (follow.matches("^(?:方面|当局|官方)的.*")) return Subject.UNKNOWN;
            if (follow.startsWith("方面") || follow.startsWith("当局") || follow.startsWith("官方")) return Subject.of(keys);
            String f = follow.startsWith("》") ? "" : follow;
            RoleCues.Cue role = roleAt(f, 0);
            Matcher stationed = Pattern.compile("^驻[^，,。]{1,8}?(?=大使|代表|总领事)").matcher(f);
            int roleAt = 0;
            if (role == null && stationed.find()) { roleAt = stationed.end(); role = roleAt(f, roleAt); }
            if (role != null) {
                // "亚美尼亚总理警告" (unnamed: the state speaks) vs "外务大臣上川阳子表示" (a name the mention layer missed)
                if (!unnamedAfterRole(f, roleAt + role.text().length(), attribution)) return Subject.UNKNOWN;
                // …unless the document names the one holder of that role there ("阿塞拜疆外长:…" under "阿塞拜疆外长巴伊拉莫夫表示")
                String holder = soleHolder(r, role.role(), head.key());
                return Subject.of(holder != null && roleAt == 0 ? List.of(holder) : keys);
            }
            if (ZH_BODY_OR_GROUP.matcher(f).find()) return Subject.UNKNOWN;
        } else if (follow.matches("^(?:等人|等|们).*")) {
            return Subject.UNKNOWN;
        }
        return Subject.of(keys);
    }

    /** The one person the document names holding a role in a state or body, or null when none or several. */
    private static String soleHolder(Reading r, org.nkkg.model.RoleType role, String in) {
        String found = null;
        for (RoleMention rm : r.doc.roles()) {
            if (rm.role() != role || !in.equals(rm.in())) continue;
            if (found != null && !found.equals(rm.person())) return null;
            found = rm.person();
        }
        return found;
    }

    private static final Pattern ZH_CAUSATIVE = Pattern.compile("(?:迫使|促使|致使|逼使)$");

    /** A name governed by a preposition or joined to an earlier name by a conjunction ("在亚美尼亚", "与阿塞拜疆"). */
    private static boolean governed(Reading r, Mention m, int from) {
        int b = r.rel(m);
        if (b <= from) return false;
        char before = r.text.charAt(b - 1);
        if (ZH_NOT_SUBJECT_BEFORE.indexOf(before) >= 0 || ZH_CONJUNCTIONS.indexOf(before) >= 0) return true;
        String lead = r.text.substring(Math.max(from, b - 2), b);
        if (lead.equals("有关") || lead.equals("关于")) return true;
        // inside a governed noun phrase: "向俄罗斯总统弗拉基米尔·普京", "与亚美尼亚总理尼科尔·帕希尼安"
        Mention p = null;
        for (Mention x : r.ms) if (x.end() <= m.begin() && r.rel(x) >= from && x != m) p = x;
        if (p == null) return false;
        String gap = r.text.substring(r.relEnd(p), b);
        // "常驻联合国副代表X": a post abroad is a title, not a governed phrase
        boolean post = r.rel(p) > 0 && r.text.charAt(r.rel(p) - 1) == '驻';
        return !gap.isEmpty() && !post && nounPhraseGap(gap) && governed(r, p, from);
    }

    /** Between parts of one noun phrase: nothing, a role ("发言人"), "的" + role, or a short title ending in a role. */
    private static final Pattern ZH_BODY_KIND = Pattern.compile("[^，,。；;：:、和与及]{0,6}(?:媒体|网站|新闻网|通讯社|电视台|报纸|智库|研究所|组织|机构)");

    private static boolean nounPhraseGap(String gap) {
        if (gap.isEmpty() || gap.equals("(") || gap.equals("（") || gap.equals("《")) return true;
        String g = gap.startsWith("的") ? gap.substring(1) : gap;
        if (g.length() > 12 || g.matches(".*[，,。；;：:" + ZH_NOT_SUBJECT_BEFORE + ZH_CONJUNCTIONS + "].*")) return false;
        return RoleCues.endingAt(RoleCues.chinese(), g, g.length()) != null;
    }

    /** The whole string when it is one role word, else null. */
    private static String roleText(String s) {
        return RoleCues.whole(RoleCues.chinese(), s) ? s : null;
    }

    private static RoleCues.Cue roleAt(String s, int at) {
        for (RoleCues.Cue c : RoleCues.chinese()) if (s.startsWith(c.text(), at)) return c;
        return null;
    }

    /** After a role word: the clause goes on (cue, adverb, time, preposition) rather than with a name. */
    private static boolean unnamedAfterRole(String s, int at, boolean attribution) {
        if (at >= s.length()) return true;
        String rest = s.substring(at);
        if (ZH_AFTER_ROLE.matcher(rest).find()) return true;
        for (List<String> cs : ZH.values()) for (String c : cs) if (rest.startsWith(c)) return true;
        return attribution && (rest.startsWith("的") || rest.startsWith("官方") || rest.startsWith("消息"));
    }

    /** 外交部, 国防部, the ministry: the paragraph's last organization with that head, else the list item's state. */
    private String bareBody(Reading r, String head, boolean zh) {
        String found = namedBody(r, head, zh, r.s.begin());
        if (found != null) return found;
        return r.para.listState;
    }

    /** The paragraph's last organization before {@code limit} (document offset) whose name has that head, or null. */
    private String namedBody(Reading r, String head, boolean zh, int limit) {
        String found = null;
        for (Mention m : r.doc.mentions()) {
            if (m.begin() < r.para.begin || m.end() > limit) continue;
            if (m.type() != EntityType.ORGANIZATION) continue;
            String surf = zh ? ChineseScript.simplifyChars(m.surface()) : m.surface().toLowerCase(Locale.ROOT);
            if (zh ? surf.endsWith(head) && surf.length() > head.length() : surf.contains(head)) found = m.key();
        }
        return found;
    }

    /** The sentence's subject before a position: the first named subject of an earlier clause. */
    private String topicBefore(Reading r, int at) {
        if (r.zh) {
            int start = r.contentStart;
            for (int i = r.contentStart; i <= at && i < r.text.length(); i++) {
                boolean brk = i == at || (!r.quoted[i] && ZH_BREAKS.indexOf(r.text.charAt(i)) >= 0);
                if (!brk) continue;
                if (i > start) {
                    Subject s = zhNounPhraseSubject(r, start, i, false, false);
                    if (s.kind() == Kind.EXPLICIT) return s.keys().get(0);
                    if (s.kind() == Kind.UNKNOWN) return null;
                    String c = r.text.substring(start, i);
                    Matcher conn = ZH_CONNECTIVES.matcher(c);
                    c = conn.find() ? c.substring(conn.end()) : c;
                    if ((c.startsWith("他") || c.startsWith("她")) && !c.matches("^[他她]们.*")) return r.para.lastPerson;
                }
                start = i + 1;
            }
            return null;
        }
        return enTopic(r, at);
    }

    // ---- English subjects ---------------------------------------------------------------------------------------

    private static final Pattern EN_TIME_BEFORE_VERB = Pattern.compile("(?<=\\S)\\s+(?:(?:late|early|earlier|later)\\s+)?(?:on\\s+(?:"
            + "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|the same day|that day|"
            + "\\d{1,2}\\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)|"
            + "(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?\\s+\\d{1,2}|"
            + "(?:January|February|March|April|May|June|July|August|September|October|November|December)\\s+\\d{1,2})"
            + "|today|yesterday|last week|this week|earlier this week|in a statement)(?:,\\s*\\d{4})?\\s+$");
    private static final Pattern EN_ADVERBS = Pattern.compile(
            "(?:\\b(?:also|later|then|subsequently|further|additionally|repeatedly|formally|immediately|previously|again|"
                    + "had|has|have|publicly|strongly|firmly|reportedly|jointly|once|initially|officially|quickly|swiftly|"
                    + "meanwhile|likewise|similarly|separately|directly|explicitly|openly|since|already|too|both|each|all)\\s+)+$");
    private static final Pattern EN_PRONOUN_SUBJECT = Pattern.compile("(?:^|[\\s,;(])(he|she|it|they|He|She|It|They)\\s+$");
    private static final Pattern EN_TITLED_BODY = Pattern.compile("(?:^|\\s|:)(?:[Tt]he|[Ii]ts)\\s+(?:Ministry of Foreign Affairs|"
            + "Foreign Ministry|Ministry of Defen[cs]e|Defen[cs]e Ministry|Foreign Office|Government|Presidential Administration)\\s*$");
    private static final Pattern EN_BARE_BODY = Pattern.compile(
            "(?:^|\\s)(?:[Tt]he|[Ii]ts|[Tt]heir)\\s+(ministry|government|council|committee|office|statement|report|agency|parliament|court)\\s+$");
    private static final Pattern EN_CONTINUATION = Pattern.compile("(?:(?:,|\\band|\\bbut|\\bwhile|\\bbefore|\\bafter)\\s*)$");
    private static final Pattern EN_PREPOSITION_BEFORE = Pattern.compile(
            "\\b(?:in|at|from|to|into|against|on|with|by|over|of|for|about|between|toward|towards|under|than)\\s+(?:the\\s+|both\\s+|either\\s+)?$");

    /** The subject of the clause that holds an English cue: the words right before the verb. */
    private Subject enSubject(Reading r, int cueAt) {
        String text = r.text;
        String pre = text.substring(0, cueAt);
        Matcher adv = EN_ADVERBS.matcher(pre);
        int end = adv.find() ? adv.start() : cueAt;
        // "Pashinyan on Thursday accused …", "Azerbaijan on Sept. 20 said …": the time between subject and verb
        Matcher when = EN_TIME_BEFORE_VERB.matcher(text.substring(0, end));
        if (when.find()) {
            end = when.start();
            Matcher adv2 = EN_ADVERBS.matcher(text.substring(0, end));
            if (adv2.find()) end = adv2.start();
        }
        String head = text.substring(0, end);
        String trimmed = head.stripTrailing();
        if (trimmed.isEmpty() || trimmed.matches("[•*\\-–\\s]*")) return Subject.CARRY;
        Matcher word = Pattern.compile("^\\p{L}+").matcher(text.substring(cueAt));
        if (word.find() && word.group().endsWith("ing")) {
            // "with the Russian defence ministry confirming …": the name before the participle is its subject
            Mention with = mentionEndingAt(r, trimmed.length());
            if (with != null && with.type() != EntityType.PLACE
                    && text.substring(0, r.rel(with)).matches("(?s).*\\b[Ww]ith\\s+(?:the\\s+)?")) return Subject.of(with.key());
            // a participle belongs to the sentence's subject ("…, saying", "a report stating"); "a warning" is a noun
            return trimmed.matches("(?s).*\\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)(?:\\s+\\p{L}+)?$") ? Subject.UNKNOWN : Subject.CARRY;
        }
        // participles and coordinated verbs: ", saying …", "… and urged …"
        if (EN_CONTINUATION.matcher(trimmed).find() && !trimmed.endsWith(",") ) return Subject.CARRY;
        if (trimmed.endsWith(",")) {
            // ", stating …" (participle) or "X, the prosecutor of Y, warned" (appositive)
            Subject app = enAppositive(r, trimmed.length() - 1);
            return app != null ? app : Subject.CARRY;
        }
        boolean contrast = trimmed.matches("(?s).*\\b(?:while|but|whereas|which)\\s+\\S.*") && !trimmed.contains(";");
        Matcher pron = EN_PRONOUN_SUBJECT.matcher(head);
        if (pron.find()) {
            String p = pron.group(1).toLowerCase(Locale.ROOT);
            if (p.equals("they") && r.para.afterUnnamed(r.s.index())) return Subject.UNKNOWN;
            if (p.equals("he") || p.equals("she")) {
                return Subject.of(r.para.lastPerson != null ? r.para.lastPerson
                        : r.para.lastSpeakerSentence == r.s.index() - 1 ? r.para.lastSpeaker : null);
            }
            return Subject.of(r.para.lastSpeaker != null && !isPerson(r, r.para.lastSpeaker) ? r.para.lastSpeaker : null);
        }
        // "Turkey: The Ministry of Foreign Affairs expressed support": a body named by its title alone, in a list
        // item labelled by its state, is that state's
        if (r.para.listState != null && EN_TITLED_BODY.matcher(head).find()) return Subject.of(r.para.listState);
        Matcher body = EN_BARE_BODY.matcher(head);
        if (body.find()) {
            String w = body.group(1);
            if (w.equals("statement") || w.equals("report")) return Subject.of(r.para.lastSpeaker);
            return Subject.of(bareBody(r, w, false));
        }
        Matcher adj = EN_ADJECTIVE_BODY.matcher(trimmed);
        if (adj.find()) {
            org.nkkg.kb.GazetteerEntry g = stateOfAdjective(adj.group(1));
            if (g != null) return Subject.of("gaz:" + g.id());
        }
        // a name right before the verb
        Mention m = mentionEndingAt(r, trimmed.length());
        if (m == null) {
            // "Qatar's Minister of Foreign Affairs", "Nagorno-Karabakh's leadership": an unnamed holder or body of the owner
            Matcher poss = EN_POSSESSIVE_BODY.matcher(trimmed);
            if (poss.find() && EN_BODY_WORD.matcher(poss.group(1)).find()) {
                Mention owner = mentionEndingAt(r, poss.start());
                if (owner != null && (owner.type() == EntityType.STATE || owner.type() == EntityType.ORGANIZATION)) {
                    return Subject.of(owner.key()).withContrast(contrast);
                }
                // "Nikol Pashinyan's office said": a known leader's office or spokesperson speaks for the leader's state
                String led = owner != null && owner.type() == EntityType.PERSON ? stateServed(owner.key()) : null;
                if (led != null) return Subject.of(led).withContrast(contrast);
                // a region's leadership is its de facto government: Nagorno-Karabakh's is the Republic of Artsakh's
                if (owner != null && owner.type() == EntityType.PLACE && REGION_GOVERNMENT.containsKey(owner.key())) {
                    return Subject.of(REGION_GOVERNMENT.get(owner.key())).withContrast(contrast);
                }
            }
            Matcher cont = Pattern.compile("\\s+(?:on|of|for)\\s+(?:\\p{Lu}[\\p{L}-]*\\s*){1,4}$").matcher(trimmed);
            if (cont.find()) {
                Mention org = mentionEndingAt(r, cont.start());
                if (org != null && org.type() == EntityType.ORGANIZATION) return Subject.of(org.key()).withContrast(contrast);
            }
            return Subject.UNKNOWN;
        }
        return enNameSubject(r, m).withContrast(contrast);
    }

    /** A name ending right before the verb: the speaker, or (governed by "of"/"for") the body a role word names. */
    private Subject enNameSubject(Reading r, Mention m) {
        String before = r.text.substring(0, r.rel(m));
        if (m.type() == EntityType.PLACE) return Subject.UNKNOWN;
        Matcher prep = EN_PREPOSITION_BEFORE.matcher(before);
        if (prep.find()) {
            String p = prep.group().trim().split("\\s+")[0];
            String head = before.substring(0, prep.start()).stripTrailing();
            // "a statement from the Azerbaijani government said": the body whose statement it is
            if ((p.equals("from") || p.equals("by") || p.equals("of")) && m.type() != EntityType.PLACE
                    && head.matches("(?s).*\\b(?:[Aa]n?|[Tt]he|[Ii]ts)\\s+(?:joint\\s+|official\\s+|written\\s+)?statement")) {
                return Subject.of(m.key());
            }
            if (!p.equals("of") && !p.equals("for") && !p.equals("to")) return Subject.UNKNOWN;
            // "Spokesperson for the Defence Ministry", "Minister of Foreign Affairs of Norway": an unnamed role holder
            if (RoleCues.endingAt(RoleCues.english(), head, head.length()) != null && m.type() != EntityType.PERSON) {
                return Subject.of(m.key());
            }
            return Subject.UNKNOWN;
        }
        // coordinated: "Armenia and Azerbaijan accused each other"
        List<String> keys = new ArrayList<>();
        Mention prevM = null;
        for (Mention x : r.ms) if (x.end() <= m.begin() && x.type() != EntityType.PLACE) prevM = x;
        if (prevM != null && r.text.substring(r.relEnd(prevM), r.rel(m)).matches("\\s+(?:and|&)\\s+")
                && prevM.type() == m.type() && !EN_PREPOSITION_BEFORE.matcher(r.text.substring(0, r.rel(prevM))).find()) {
            keys.add(prevM.key());
        }
        keys.add(m.key());
        return Subject.of(keys);
    }

    /** "X, <appositive>, VERB": the name before the appositive, or the body its role word names. */
    private Subject enAppositive(Reading r, int commaAt) {
        int open = r.text.lastIndexOf(',', commaAt - 1);
        if (open < 0) return null;
        String inner = r.text.substring(open + 1, commaAt).strip();
        if (inner.isEmpty() || inner.split("\\s+").length > 14) return null;
        if (inner.matches("(?i)^(?:saying|stating|adding|claiming|calling|noting|arguing|insisting).*")) return null;
        // "The Special Adviser on …, Alice Wairimu Nderitu, expressed alarm": the person named between the commas
        int innerAt = open + 1 + (r.text.substring(open + 1, commaAt).length() - r.text.substring(open + 1, commaAt).stripLeading().length());
        for (Mention m : r.ms) {
            if (m.type() == EntityType.PERSON && r.rel(m) == innerAt && r.relEnd(m) == innerAt + inner.length()) return Subject.of(m.key());
        }
        Mention before = mentionEndingAt(r, r.text.substring(0, open).stripTrailing().length());
        boolean appositive = inner.matches("(?s)^(?:the|a|an|who|which|whose|\\p{Ll}+ (?:adviser|advisor|minister|spokesperson|"
                + "spokesman|spokeswoman|president|leader|chairman|secretary|envoy|ambassador|official|commander)|"
                + "(?:\\p{Lu}[\\p{L}-]* )*(?:President|Prime Minister|Minister|Secretary|Spokesperson|Ambassador|Chairman|Commander|Prosecutor|Envoy|Adviser))\\b.*");
        if (!appositive) return null;
        if (before != null && before.type() == EntityType.PERSON) return Subject.of(before.key());
        if (before != null && before.type() != EntityType.PLACE
                && !EN_PREPOSITION_BEFORE.matcher(r.text.substring(0, r.rel(before))).find()) return Subject.of(before.key());
        // "Colonel …, Spokesperson for the Azerbaijani Defense Ministry, announced": the body speaks
        if (before == null) {
            for (RoleCues.Cue c : RoleCues.english()) {
                if (!inner.startsWith(c.text() + " ")) continue;
                String rest = inner.substring(c.text().length()).strip();
                if (!rest.matches("(?:of|for|to)\\s+.*")) continue;
                Mention body = mentionEndingAt(r, commaAt);
                if (body != null && body.type() == EntityType.ORGANIZATION) return Subject.of(body.key());
            }
        }
        return Subject.UNKNOWN;
    }

    /** The mention that ends at a position of the sentence (possessive "'s" is not an end). */
    private static Mention mentionEndingAt(Reading r, int at) {
        for (Mention m : r.ms) if (r.relEnd(m) == at) return m;
        return null;
    }

    /** "according to X": the name right after (past "a statement from the"), before the next comma. */
    private Subject enAccordingTo(Reading r, int from) {
        int comma = r.text.indexOf(',', from);
        int limit = comma < 0 ? r.text.length() : comma;
        String lead = r.text.substring(from, limit);
        Matcher adj = Pattern.compile("^(?:the\\s+)?(\\p{Lu}[\\p{L}]+) (?:authorities|officials|leadership|side|delegation|government)\\b").matcher(lead);
        for (Mention m : r.ms) {
            if (r.rel(m) < from || r.relEnd(m) > limit || m.type() == EntityType.PLACE) continue;
            String gap = r.text.substring(from, r.rel(m));
            if (!gap.matches("(?:(?:the|a|an|statement|statements|report|reports|figures|data|sources?|from|by|of)\\s+)*"
                    + "(?:[\\p{L}-]+\\s+){0,3}")) break;
            if (r.text.startsWith("'s", r.relEnd(m)) || r.text.startsWith("’s", r.relEnd(m))) break; // "X's journalist Y"
            return Subject.of(m.key());
        }
        if (adj.find()) {
            org.nkkg.kb.GazetteerEntry g = stateOfAdjective(adj.group(1));
            if (g != null) return Subject.of("gaz:" + g.id());
        }
        return Subject.UNKNOWN;
    }

    /** "Karabakh Armenian authorities": the state of the two words first, then of the adjective alone. */
    private org.nkkg.kb.GazetteerEntry stateOfAdjective(String words) {
        org.nkkg.kb.GazetteerEntry g = res.stateByAdjective(words);
        return g == null && words.contains(" ") ? res.stateByAdjective(words.substring(words.indexOf(' ') + 1)) : g;
    }

    /** The English sentence's subject: the first name after an opening adverbial ("On 22 September, …"). */
    private String enTopic(Reading r, int at) {
        String t = r.text;
        int start = 0;
        while (start < t.length() && "•*-– ".indexOf(t.charAt(start)) >= 0) start++;
        int comma = t.indexOf(',', start);
        if (comma > 0 && comma < at && t.substring(start, comma).split("\\s+").length <= 10) {
            // an opening adverbial ("On 22 September,", "Two weeks before the clashes,"): no name of a speaker in it
            boolean named = false;
            for (Mention m : r.ms) if (r.rel(m) >= start && r.relEnd(m) <= comma && m.type() != EntityType.PLACE) named = true;
            if (!named) start = comma + 1;
        }
        for (Mention m : r.ms) {
            int b = r.rel(m);
            if (b < start) continue;
            if (b >= at) break;
            if (m.type() == EntityType.PLACE) return null;
            String lead = t.substring(start, b).strip();
            if (!(lead.isEmpty() || (lead + " ").matches("(?:[Tt]he\\s+)?(?:[\\p{L}-]+\\s+){1,3}"))) return null;
            if (EN_PREPOSITION_BEFORE.matcher(t.substring(0, b)).find()) return null;
            // the noun phrase it opens: "United States Secretary of State Antony Blinken"
            Mention head = m;
            for (Mention x : r.ms) {
                if (x.begin() <= head.begin() || r.rel(x) >= at) continue;
                String gap = t.substring(r.relEnd(head), r.rel(x)).strip();
                if (gap.isEmpty() || RoleCues.endingAt(RoleCues.english(), gap, gap.length()) != null && gap.split("\\s+").length <= 5
                        && gap.matches("(?:(?:\\p{Lu}[\\p{L}-]*|of|for|the|and)\\s*)+")) {
                    if (x.type() == EntityType.PERSON || head.type() != EntityType.PERSON) head = x;
                } else break;
            }
            String after = t.substring(r.relEnd(head), at);
            if (after.startsWith("'s ") || after.startsWith("’s ")) {
                // "Norway's Minister of Foreign Affairs described …": an unnamed role holder
                String rest = after.substring(3);
                for (RoleCues.Cue c : RoleCues.english()) {
                    if (rest.startsWith(c.text() + " ") && !rest.substring(c.text().length() + 1).matches("(?s)^\\p{Lu}.*")) return head.key();
                }
                return null;
            }
            if (!after.matches("(?s)^\\s*(?:\\p{Ll}|,\\s).*")) return null;
            return head.key();
        }
        return null;
    }

    private static final Pattern FORMER = Pattern.compile("前|former|Former|ex-");

    /** The state a known person of the gazetteer serves ("of" column), as a key; null for anyone else. */
    private String stateServed(String personKey) {
        if (personKey == null || !personKey.startsWith("gaz:")) return null;
        org.nkkg.kb.GazetteerEntry g = res.gazetteer().get(personKey.substring(4));
        if (g == null || g.type() != EntityType.PERSON || g.of() == null) return null;
        org.nkkg.kb.GazetteerEntry of = res.gazetteer().get(g.of());
        return of != null && of.type() == EntityType.STATE ? "gaz:" + of.id() : null;
    }

    // ---- statements ---------------------------------------------------------------------------------------------

    private StatementMention statement(Reading r, String raw, Made m, int clauseEnd, String speaker, SentenceDates sd) {
        Set<String> side = new HashSet<>();
        side.add(speaker);
        RoleMention role = r.roleOf.get(speaker);
        String onBehalf = role != null && role.in() != null ? role.in()
                : isPerson(r, speaker) ? r.para.listState
                : speaker.startsWith("org:") ? "gaz:" + speaker.split(":")[1] // a state's body
                : null;
        if (onBehalf != null) side.add(onBehalf);
        if (r.para.listState != null) side.add(r.para.listState);
        // the speaker's own name before the cue opens the window; the names of its noun phrase are its side
        int from = m.cueBegin();
        Mention own = null;
        for (Mention x : r.ms) if (x.key().equals(speaker) && r.relEnd(x) <= m.cueBegin() && r.rel(x) >= m.windowFloor()) own = x;
        if (own != null) {
            from = r.relEnd(own);
            for (Mention x : r.ms) if (x.key().equals(speaker) && r.rel(x) >= m.windowFloor()) { own = x; break; }
            for (Mention x : r.ms) {
                if (r.relEnd(x) > r.rel(own) || r.rel(own) - r.relEnd(x) > 14 || x.type() == EntityType.PLACE) continue;
                String gap = r.text.substring(r.relEnd(x), r.rel(own));
                if (r.zh ? gap.length() <= 14 && !gap.matches(".*[，,。；;：:].*")
                        && RoleCues.endingAt(RoleCues.chinese(), gap, gap.length()) != null : gap.matches("\\s*(?:'s\\s+)?(?:\\p{L}+\\s+){0,4}")) side.add(x.key());
            }
        }
        Stance stance = stance(r, m, clauseEnd, side, from);
        List<String> about = new ArrayList<>();
        for (Mention x : r.ms) {
            int rel = r.rel(x);
            if (rel >= m.cueBegin() && rel < clauseEnd && !x.key().equals(speaker) && !about.contains(x.key())) about.add(x.key());
        }
        Matcher q = QUOTE.matcher(raw);
        String quote = null;
        for (int from2 = m.cueBegin(); quote == null && q.find(from2) && q.start() < clauseEnd; from2 = q.end()) {
            // a name set in quotation marks (宣布“阿尔察赫共和国”将不复存在) is no one's words
            int qb = q.start(1), qe = q.end(1);
            boolean name = r.ms.stream().anyMatch(x -> r.rel(x) == qb && r.relEnd(x) == qe);
            if (!name) quote = q.group(1);
        }
        TimeValue date = null;
        if (r.zh) {
            for (DateNormalizer.Found f : sd.in(r.s)) if (f.begin() <= m.cueBegin() && f.end() == null) date = f.value();
        } else {
            // English tells the time of saying after the verb ("said on Thursday"), in a dateline opening the sentence,
            // or between the speaker and the verb; a date earlier in the sentence is what was said ("…from 1 January
            // 2024, the authorities said")
            int speakerEnd = own != null && m.cueBegin() - r.relEnd(own) <= 40 ? r.relEnd(own) : m.cueBegin();
            TimeValue after = null, between = null, opening = null;
            for (DateNormalizer.Found f : sd.in(r.s)) {
                if (f.end() != null) continue;
                if (after == null && f.begin() >= m.cueEnd() && f.begin() <= m.cueEnd() + 20) after = f.value();
                if (between == null && f.begin() >= speakerEnd && f.endOffset() <= m.cueBegin()) between = f.value();
                if (opening == null && f.begin() <= 20 && f.endOffset() <= m.cueBegin() && f.begin() < speakerEnd) opening = f.value();
            }
            date = after != null ? after : between != null ? between : opening;
        }
        if (date == null) date = sd.heading(r.s);
        // "外交部发言人毛宁表示": a known official named with a role but no state speaks for the state the gazetteer
        // gives them (not one who held it before: 前, former)
        if (onBehalf == null && role != null && !FORMER.matcher(r.doc.text()
                .substring(Math.max(0, role.begin() - 8), role.begin())).find()) {
            onBehalf = stateServed(speaker);
        }
        // (told only as whom they speak for: it takes no part in whose words of the clause are theirs)
        return new StatementMention(r.s.begin() + m.cueBegin(), r.s.begin() + m.cueEnd(), raw.substring(m.cueBegin(), m.cueEnd()),
                r.s.index(), speaker, onBehalf, role != null ? role.role() : null, role != null ? role.label() : null,
                stance, about, quote, date);
    }

    /** Whether a mention belongs to the speaker's side: the speaker, its state or body, or an organization of it. */
    private static boolean onSide(String key, Set<String> side) {
        if (side.contains(key)) return true;
        String id = key.substring(key.indexOf(':') + 1);
        for (String s : side) {
            String sid = s.substring(s.indexOf(':') + 1);
            if (sid.length() >= 4 && (id.contains(sid) || sid.contains(id))) return true;
        }
        return false;
    }

    /**
     * The stance of a statement: its own cue, and every stance word of its clause whose own clause has no
     * other subject (a name outside the speaker's side, not governed and not a possessor).
     */
    private Stance stance(Reading r, Made m, int clauseEnd, Set<String> side, int from) {
        String text = r.text;
        if (m.attributed()) {
            return Stance.CLAIM; // "根据X的说法", "according to X": a report of what X says
        }
        Stance best = cueStance(m.cueWord(), r.zh), own = best;
        Map<Stance, List<String>> lists = r.zh ? ZH : EN;
        for (Map.Entry<Stance, List<String>> e : lists.entrySet()) {
            if (e.getKey().compareTo(best) >= 0) break;
            for (String w : e.getValue()) {
                for (int at = stanceWord(text, w, r.zh, from, e.getKey()); at >= 0 && at < clauseEnd;
                     at = stanceWord(text, w, r.zh, at + 1, e.getKey())) {
                    if (at + w.length() > clauseEnd) break;
                    // a verb with a stance of its own ("denied this and said that …'proposed amendments'") keeps it
                    // over a word of the words it quotes
                    if (r.quoted[at] && own != Stance.CLAIM) continue;
                    if (at == m.cueBegin() || owned(r, m, at, side, from)) { best = e.getKey(); break; }
                }
                if (best == e.getKey()) break;
            }
            if (best == e.getKey()) break;
        }
        return best;
    }

    /** Whether the speaker owns a stance word of its clause: no other subject in the word's clause (or the one before). */
    private boolean owned(Reading r, Made m, int at, Set<String> side, int from) {
        String text = r.text;
        int base = at < m.cueBegin() ? from : m.cueEnd();
        int segStart = base;
        for (int i = at - 1; i >= base; i--) {
            if ("，,；;：:".indexOf(text.charAt(i)) >= 0 || (!r.zh && text.startsWith(" that ", i))) { segStart = i + 1; break; }
        }
        String lead = text.substring(segStart, at);
        // "说他受到巨大民意压力要求…": pressure the speaker's side undergoes, someone else's demand
        if (r.zh && ZH_UNDERGOES.matcher(lead).find()) return false;
        // "获得了一份文件,其中建议将责任归咎于…": what the document says, not the speaker
        if (r.zh && lead.strip().startsWith("其中")) return false;
        // "…, expressing concern over …": the speaker's own act told as a participle
        if (!r.zh && text.substring(Math.max(0, at - 40), at).matches("(?s).*\\b(?:expressing|voicing|expressed|voiced)\\s+(?:\\p{Ll}+\\s+)?$")) return true;
        if (r.zh ? lead.strip().matches("^(?:并且|并|同时|还|也|又|且|亦).*")
                : lead.matches("(?s)^\\s*(?:and|but|also|while)\\b.*")
                  || text.substring(Math.max(0, at - 40), at).matches("(?s).*(?:\\band|,)\\s+(?:(?:also|then|later|strongly|further)\\s+)?$")) return true;
        if (foreignSubject(r, segStart, at, side)) return false;
        if (r.zh && lead.strip().isEmpty() && segStart > base) {
            // a clause that opens with the word continues the previous one's subject
            int prevStart = base;
            for (int i = segStart - 2; i >= base; i--) {
                if ("，,；;：:".indexOf(text.charAt(i)) >= 0) { prevStart = i + 1; break; }
            }
            return !foreignSubject(r, prevStart, segStart - 1, side);
        }
        return true;
    }

    private static final Pattern ZH_UNDERGOES = Pattern.compile("受到|遭到|面临|迫于");

    private boolean foreignSubject(Reading r, int from, int to, Set<String> side) {
        for (Mention x : r.ms) {
            int b = r.rel(x), e = r.relEnd(x);
            if (b < from || e > to) continue;
            if (onSide(x.key(), side)) continue;
            if (x.type() == EntityType.PLACE) continue;
            if (r.zh) {
                if (governed(r, x, from)) continue;
                if (e < r.text.length() && r.text.charAt(e) == '的') continue;
            } else {
                String before = r.text.substring(0, b);
                if (EN_PREPOSITION_BEFORE.matcher(before).find() || before.matches("(?s).*\\b(?:and|or|both)\\s+$")) continue;
                if (r.text.startsWith("'s", e) || r.text.startsWith("’s", e)) continue;
            }
            return true;
        }
        return false;
    }

    private static Stance cueStance(String cue, boolean zh) {
        String c = zh ? cue : cue.toLowerCase(Locale.ROOT);
        Matcher nom = zh ? null : EN_NOMINAL.matcher(c);
        if (nom != null && nom.matches()) {
            return switch (nom.group(1)) {
                case "alert", "warning" -> Stance.WARN;
                case "appeal" -> Stance.CALL;
                default -> Stance.CLAIM;
            };
        }
        for (Map.Entry<Stance, List<String>> e : (zh ? ZH : EN).entrySet()) {
            if (e.getValue().contains(c)) return e.getKey();
        }
        return Stance.CLAIM;
    }

    /** A stance word in the content: as for cues, but Chinese concern nouns count ("表达了…的担忧"). */
    private static int stanceWord(String text, String w, boolean zh, int from, Stance st) {
        if (zh) {
            for (int at = text.indexOf(w, from); at >= 0; at = text.indexOf(w, at + 1)) {
                if (st == Stance.CONCERN || speechUse(text, at, w)) return at;
            }
            return -1;
        }
        for (int at = text.indexOf(w, from); at >= 0; at = text.indexOf(w, at + 1)) if (wordAt(text, w, at)) return at;
        return -1;
    }

    private static List<Mention> inSentence(Document doc, Sentence s) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : doc.mentions()) if (m.begin() >= s.begin() && m.end() <= s.end()) out.add(m);
        return out;
    }

    /** The person named as the subject at the very start of the sentence ("巴萨耶夫据称是…", "Basayev was…"), or null. */
    private String openingPerson(Reading r) {
        Mention first = null;
        for (Mention m : r.ms) if (r.rel(m) >= r.contentStart) { first = m; break; }
        if (first == null || first.type() != EntityType.PERSON) return null;
        String lead = r.text.substring(r.contentStart, r.rel(first));
        String after = r.text.substring(r.relEnd(first));
        if (r.zh) {
            Matcher conn = ZH_CONNECTIVES.matcher(lead);
            if (conn.find()) lead = lead.substring(conn.end());
            if (!lead.strip().isEmpty() || after.isEmpty() || "的和与及、同跟等们".indexOf(after.charAt(0)) >= 0) return null;
            return first.key();
        }
        if (!lead.strip().isEmpty() || !after.matches("(?s)^\\s+\\p{Ll}.*") || after.matches("(?s)^\\s+(?:and|or)\\b.*")) return null;
        return first.key();
    }

    /** A list item's leading state ("- 挪威:"), or null. */
    private static String itemState(String text, List<Mention> ms, Sentence s, boolean zh) {
        if (!zh) return null;
        Matcher m = ZH_LIST_ITEM.matcher(text);
        if (!m.find()) return null;
        boolean bullet = text.substring(0, m.start(1)).matches("\\s*[-•·*]\\s*");
        for (Mention x : ms) {
            if (!labels(x) || x.end() - s.begin() > m.end()) continue;
            // without a bullet, only a label that is that name and nothing else ("美國:", not "外交部发言人表示:")
            if (bullet || (x.begin() - s.begin() == m.start(1) && x.end() - s.begin() == m.end(1))) return x.key();
        }
        return null;
    }

    /** What may label a list item: a state, or an international body the gazetteer knows ("- 联合国:", "NATO:"). */
    private static boolean labels(Mention x) {
        return x.type() == EntityType.STATE || (x.type() == EntityType.ORGANIZATION && x.key().startsWith("gaz:"));
    }

    /** An English list item opening with a state ("• Norway's …", "• Serbian President …"): its state, or null. */
    private String enItemState(String text, List<Mention> ms, Sentence s) {
        if (!text.matches("(?s)^\\s*[•*]\\s+.*")) {
            // "United States: Secretary of State …": a line labelled by its state, its bullet (a flag) lost
            for (Mention x : ms) {
                int b = x.begin() - s.begin(), e = x.end() - s.begin();
                if (b > 2) break;
                if (labels(x) && text.substring(0, b).isBlank() && text.startsWith(":", e)) return x.key();
            }
            return null;
        }
        for (Mention x : ms) {
            if (x.begin() - s.begin() > 6) break;
            if (x.type() == EntityType.STATE) return x.key();
        }
        return null;
    }

    /** Quotation marks: which characters are inside a quotation. */
    private static boolean[] quoted(String text) {
        boolean[] q = new boolean[text.length() + 1];
        int depth = 0;
        boolean straight = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '“' || c == '「' || c == '『') { depth++; continue; }
            if ((c == '”' || c == '」' || c == '』') && depth > 0) { depth--; continue; }
            if (c == '"') { straight = !straight; continue; }
            q[i] = depth > 0 || straight;
        }
        return q;
    }

    /** Every speech cue of the sentence outside quotations, in order, longest first where two overlap. */
    private static List<int[]> cues(String text, boolean zh, boolean[] quoted) {
        List<int[]> all = new ArrayList<>();
        for (List<String> cs : (zh ? ZH : EN).values()) {
            for (String c : cs) {
                if (STANCE_ONLY.contains(c)) continue;
                for (int at = indexOfWord(text, c, zh, 0); at >= 0; at = indexOfWord(text, c, zh, at + 1)) {
                    if (!quoted[at]) all.add(new int[]{at, at + c.length(), 0});
                }
            }
        }
        all.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
        List<int[]> out = new ArrayList<>();
        for (int[] c : all) if (out.isEmpty() || c[0] >= out.get(out.size() - 1)[1]) out.add(c);
        return out;
    }

    private static final String ZH_NAMING_BEFORE_CHENG = "简俗统合昵别通名堪著相对戏改旧泛尊又或号史总亦誉谦爱敬美蔑自并";
    private static final String ZH_NAMING_AFTER_CHENG = "为作号之霸职赞呼谓得心颂王帝臣雄";

    /**
     * Chinese cue words also have uses that are not speech acts: nouns after 的 (的要求, 的支持), 支持者/支持下,
     * naming (称为, 简称, 又称, 被称), hearsay with no speaker (据称, 据说), 说服/说明, 威胁 as a noun, nouns ending a
     * clause (统一要求。), and 宣布独立 (an event, not a statement).
     */
    static boolean speechUse(String text, int at, String w) {
        char before = at > 0 ? text.charAt(at - 1) : ' ';
        String after = text.substring(at + w.length(), Math.min(text.length(), at + w.length() + 2));
        if (before == '的' || before == '据' || before == '被' || before == '所') return false;
        if (w.equals("认为") && "误公普自".indexOf(before) >= 0) return false;
        if (w.equals("承诺") && ("了守背反行其".indexOf(before) >= 0 || after.isEmpty()
                || "，,。；;、)）书".indexOf(after.charAt(0)) >= 0)) return false;
        if (w.equals("支持") && (after.startsWith("者") || after.startsWith("下") || after.startsWith("率")
                || after.startsWith("法") || after.startsWith("度") || after.startsWith("力"))) return false;
        if (w.equals("称") && (ZH_NAMING_BEFORE_CHENG.indexOf(before) >= 0
                || (!after.isEmpty() && ZH_NAMING_AFTER_CHENG.indexOf(after.charAt(0)) >= 0))) return false;
        if (w.equals("说") && (after.startsWith("为") || after.startsWith("作") || after.startsWith("服") || after.startsWith("法")
                || after.startsWith("明") || before == '传' || before == '小' || before == '学' || before == '游')) return false;
        if (w.equals("威胁") && (before == '受' || before == '到' || before == '成' || before == '大' || after.startsWith("到")
                || after.startsWith("性") || after.startsWith("的"))) return false;
        if (w.equals("宣布")) {
            int end = at + w.length();
            int stop = end;
            while (stop < text.length() && stop < end + 10 && "，,。；;".indexOf(text.charAt(stop)) < 0) stop++;
            if (text.substring(end, stop).contains("独立")) return false;
        }
        if ((w.equals("要求") || w.equals("支持") || w.equals("支援")) && (after.startsWith("下") || after.startsWith("的"))) return false;
        // 支援部队, 支援物资: troops and supplies sent in support are things, not a stance
        if (w.equals("支援") && !after.isEmpty() && "部军队物者力单".indexOf(after.charAt(0)) >= 0) return false;
        if (w.equals("要求") && !after.isEmpty() && "，,。；;、)）".indexOf(after.charAt(0)) >= 0) return false;
        if (w.equals("支持") && at >= 2 && text.startsWith("投票", at - 2)) return false;
        return true;
    }

    /** "stated on 21 September", "announced on Monday": a date, not what the cue is about. */
    private static final Pattern EN_ON_DATE = Pattern.compile(" on (?:the same day|that day|\\d|(?:January|February|March|April|May|June|July|"
            + "August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b)");

    private static boolean wordAt(String text, String w, int at) {
        if (!text.startsWith(w, at)) return false;
        int e = at + w.length();
        boolean left = at == 0 || !(Character.isLetter(text.charAt(at - 1)) || text.charAt(at - 1) == '-');
        boolean right = e >= text.length() || !(Character.isLetter(text.charAt(e)) || text.charAt(e) == '-');
        return left && right;
    }

    private static int indexOfWord(String text, String w, boolean zh, int from) {
        for (int at = text.indexOf(w, from); at >= 0; at = text.indexOf(w, at + 1)) {
            if (zh) {
                if (speechUse(text, at, w)) return at;
                continue;
            }
            if (wordAt(text, w, at) && (!text.startsWith(" on ", at + w.length()) || w.equals("commented")
                    || EN_ON_DATE.matcher(text).region(at + w.length(), text.length()).lookingAt())) return at;
        }
        return -1;
    }
}
