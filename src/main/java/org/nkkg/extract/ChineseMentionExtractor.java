package org.nkkg.extract;

import org.nkkg.kb.GazetteerEntry;
import org.nkkg.model.Document;
import org.nkkg.model.EntityType;
import org.nkkg.model.Mention;
import org.nkkg.model.Sentence;
import org.nkkg.nlp.ChineseScript;
import org.nkkg.nlp.Token;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mentions in Chinese text (Simplified or Traditional), sentence by sentence, on the character-simplified text so
 * that offsets stay those of the cleaned text. In order of trust:
 * <ol>
 *   <li>gazetteer names, longest match, on segmenter word boundaries (names of three or more characters need no
 *       boundary); a state or place name followed by 人/族/裔/语 is a people or a language, not the state;</li>
 *   <li>a state's name followed by an organization head (阿塞拜疆国防部) is that state's body, keyed by state and head;</li>
 *   <li>dot-joined transliterated names (玛丽亚·扎哈罗娃), every part made of transliteration characters and the
 *       edges on word boundaries;</li>
 *   <li>a Latin name in brackets or after 英语 beside a mention (扎哈罗娃(Maria Zakharova), 英語Gurgen Dalibaltayan)
 *       becomes that mention's Latin name; a bracketed Latin name after a role word and a transliterated run
 *       (发言人杜加里克(Stephane Dujarric)) is a person.</li>
 * </ol>
 */
public final class ChineseMentionExtractor {
    private static final String NOT_THE_STATE_AFTER = "人族裔语";
    private static final Pattern LATIN_NAME = Pattern.compile(
            "\\p{IsLatin}[\\p{IsLatin}'’.\\-]*(?: (?:\\p{IsLatin}[\\p{IsLatin}'’.\\-]*|de|von|van|der|bin|al|ibn)){0,5}");
    private static final List<OrgHeads.Head> HEADS = OrgHeads.chinese();

    private final Resources res;

    public ChineseMentionExtractor(Resources res) { this.res = res; }

    public List<Mention> extract(Document doc) {
        List<Mention> out = new ArrayList<>();
        String text = doc.text();
        for (Sentence s : doc.sentences()) {
            String simp = ChineseScript.simplifyChars(text.substring(s.begin(), s.end()));
            List<Token> tokens = res.segmenter().segment(simp, 0);
            BitSet bounds = new BitSet(simp.length() + 1);
            for (Token t : tokens) { bounds.set(t.begin()); bounds.set(t.end()); }
            List<Mention> found = new ArrayList<>();
            gazetteerAndBodies(simp, bounds, found, text, s.begin());
            dottedNames(simp, bounds, found, text, s.begin());
            latinNames(simp, bounds, found, text, s.begin());
            latinGazetteerNames(simp, found, text, s.begin());
            placesAndPress(simp, bounds, found, text, s.begin());
            found.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
            out.addAll(found);
        }
        return out;
    }

    private void gazetteerAndBodies(String s, BitSet bounds, List<Mention> found, String text, int base) {
        int max = res.names().maxChineseLength();
        for (int i = 0; i < s.length(); ) {
            int matched = 0;
            List<GazetteerEntry> entries = List.of();
            for (int len = Math.min(max, s.length() - i); len >= 2; len--) {
                List<GazetteerEntry> es = res.names().chinese(s.substring(i, i + len));
                if (es.isEmpty()) continue;
                if (len < 3 && !(bounds.get(i) && bounds.get(i + len))) continue;
                matched = len;
                entries = es;
                break;
            }
            if (matched == 0) { i++; continue; }
            GazetteerEntry e = pick(entries);
            int end = i + matched;
            if (e == null) { i = end; continue; }
            boolean territorial = e.type() == EntityType.STATE || e.type() == EntityType.PLACE;
            if (territorial && end < s.length() && NOT_THE_STATE_AFTER.indexOf(s.charAt(end)) >= 0) { i = end + 1; continue; }
            if (e.type() == EntityType.STATE) {
                OrgHeads.Head head = headAt(s, end);
                if (head != null) {
                    int hEnd = end + head.chinese().length();
                    found.add(new Mention(base + i, base + hEnd, text.substring(base + i, base + hEnd),
                            EntityType.ORGANIZATION, "org:" + e.id() + ":" + head.code(), null, 0.9, "zh-state+head"));
                    i = hEnd;
                    continue;
                }
            }
            found.add(new Mention(base + i, base + end, text.substring(base + i, base + end), e.type(),
                    "gaz:" + e.id(), null, 0.95, "zh-gazetteer"));
            i = end;
        }
    }

    /**
     * A gazetteer name written in Latin letters inside Chinese text ("部长Ian Borg表示", "Carnegie Europe的分析"):
     * the longest run of words that is a known English name.
     */
    private void latinGazetteerNames(String s, List<Mention> found, String text, int base) {
        Matcher m = LATIN_NAME.matcher(s);
        while (m.find()) {
            String run = m.group().strip();
            String[] words = run.split(" ");
            for (int n = words.length; n >= 1; n--) {
                String name = String.join(" ", java.util.Arrays.copyOf(words, n));
                GazetteerEntry e = pick(res.names().english(name));
                if (e == null || name.length() < 3) continue;
                int b = m.start(), end = b + name.length();
                if (!Spans.overlaps(found, base + b, base + end)) {
                    found.add(new Mention(base + b, base + end, text.substring(base + b, base + end), e.type(),
                            "gaz:" + e.id(), null, 0.9, "zh-latin-gazetteer"));
                }
                break;
            }
        }
    }

    /** A head right after a state name; "国防部长" is a minister, not the ministry. */
    private static OrgHeads.Head headAt(String s, int at) {
        for (OrgHeads.Head h : HEADS) {
            if (s.startsWith(h.chinese(), at)) {
                int after = at + h.chinese().length();
                if (after < s.length() && s.charAt(after) == '长') return null;
                return h;
            }
        }
        return null;
    }

    /** One entry per name; several only when the gazetteer lists a name twice: then no guess. */
    static GazetteerEntry pick(List<GazetteerEntry> entries) {
        return entries.size() == 1 ? entries.get(0) : null;
    }

    private void dottedNames(String s, BitSet bounds, List<Mention> found, String text, int base) {
        for (int dot = s.indexOf('·'); dot >= 0; dot = s.indexOf('·', dot + 1)) {
            if (Spans.covered(found, base + dot)) continue;
            int left = dot;
            while (left > 0 && res.transliteration().contains(s.charAt(left - 1)) && dot - left < 10) left--;
            int right = dot;
            while (true) {
                int r = right + 1;
                while (r < s.length() && res.transliteration().contains(s.charAt(r)) && r - right <= 10) r++;
                if (r == right + 1) break; // nothing after this dot
                right = r;
                if (right < s.length() && s.charAt(right) == '·') continue;
                break;
            }
            if (right == dot || left == dot) continue;
            while (left < dot && !bounds.get(left)) left++;
            int end = right;
            while (end > dot + 1 && !bounds.get(end) && end < s.length()) end--;
            if (left >= dot || end <= dot + 1) continue;
            if (Spans.overlaps(found, base + left, base + end)) continue;
            String surface = text.substring(base + left, base + end);
            found.add(new Mention(base + left, base + end, surface, EntityType.PERSON,
                    personKey(surface), null, 0.85, "zh-dotted-name"));
            dot = end - 1;
        }
    }

    private void latinNames(String s, BitSet bounds, List<Mention> found, String text, int base) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int latinStart;
            if (c == '(' || c == '（') latinStart = i + 1;
            else if ((s.startsWith("英语", i) || s.startsWith("英文", i)) && i + 2 < s.length()) latinStart = i + 2;
            else continue;
            Matcher m = LATIN_NAME.matcher(s).region(latinStart, s.length());
            if (!m.lookingAt() || !Character.isUpperCase(s.charAt(latinStart))) continue;
            String latin = m.group().strip();
            if (latin.length() < 3) continue;
            if (c == '(' || c == '（') {
                int close = m.end();
                if (close >= s.length() || (s.charAt(close) != ')' && s.charAt(close) != '）')) continue;
            }
            Mention before = Spans.endingAt(found, base + i);
            if (before != null) {
                found.set(found.indexOf(before), before.withLatinName(latin));
                continue;
            }
            if (c != '(' && c != '（') continue;
            // a transliterated run right before the bracket, after a role word: a person named by surname
            int left = i;
            while (left > 0 && res.transliteration().contains(s.charAt(left - 1)) && i - left < 8) left--;
            while (left < i && !bounds.get(left)) left++;
            if (i - left < 2 || RoleCues.endingAt(RoleCues.chinese(), s, left) == null) continue;
            if (Spans.overlaps(found, base + left, base + i)) continue;
            if (!latin.contains(" ")) continue; // a person's Latin name has given name and surname
            String surface = text.substring(base + left, base + i);
            found.add(new Mention(base + left, base + i, surface, EntityType.PERSON, "Person:" + latin.toLowerCase(),
                    latin, 0.85, "zh-name(Latin)"));
        }
    }

    /** Heads that are part of a place's name: 阿马拉斯修道院, 斯捷潘纳克特机场, 萨桑水库. */
    private static final List<String> NAMED_HEADS = List.of("修道院", "机场", "水库", "大桥", "广场", "山口", "水电站", "核电站");
    /** Nouns right after a name that make it a settlement: 格塔万村庄, 梅特斯先村. */
    private static final List<String> SETTLEMENT_AFTER = List.of("村庄", "村落", "村", "镇", "小镇", "市");
    /** Nouns right before a name that make it a settlement: 边境城镇索特克. */
    private static final List<String> SETTLEMENT_BEFORE = List.of("城镇", "村庄", "小镇", "村落", "城市", "小城");
    private static final Pattern PRESS = Pattern.compile("《([^《》]{2,20})》(?:日报|报|周报|杂志|通讯社|电视台)");
    /** Numbered military units: 第11集团军, 第104空降兵师, 第366摩托化步兵团. */
    private static final Pattern UNIT = Pattern.compile(
            "第[0-9一二三四五六七八九十百]{1,4}(?:近卫)?(?:摩托化步兵|空降兵|空降|坦克|步兵|山地步兵)?(?:集团军|军|师|旅|团|营|舰队)");

    /**
     * Unknown places and newspapers by their cue words: a transliterated name with a head that belongs to it
     * (…修道院, …机场), a settlement noun after or before it (…村庄, 城镇…), a name coordinated with a place just
     * found (恰列克塔尔和格塔万村庄), and a title in 《》 followed by 日报/报 (《阿拉沃特》日报).
     */
    private void placesAndPress(String s, BitSet bounds, List<Mention> found, String text, int base) {
        for (int i = 0; i < s.length(); i++) {
            for (String head : NAMED_HEADS) {
                if (!s.startsWith(head, i)) continue;
                Mention named = Spans.endingAt(found, base + i);
                if (named != null && named.type() == EntityType.PLACE) {
                    // 斯捷潘纳克特机场 is the airport, not the city
                    found.remove(named);
                    addPlace(found, text, base, named.begin() - base, i + head.length(), "zh-place+head");
                    continue;
                }
                int left = runStart(s, bounds, i);
                if (left >= 0) addPlace(found, text, base, left, i + head.length(), "zh-place+head");
            }
            for (String after : SETTLEMENT_AFTER) {
                if (!s.startsWith(after, i)) continue;
                int left = runStart(s, bounds, i);
                if (left >= 0) addPlace(found, text, base, left, i, "zh-settlement");
            }
            for (String before : SETTLEMENT_BEFORE) {
                if (!s.startsWith(before, i)) continue;
                int b = i + before.length(), e = b;
                while (e < s.length() && res.transliteration().contains(s.charAt(e)) && e - b < 8) e++;
                while (e > b && !bounds.get(e)) e--;
                if (e - b >= 2) addPlace(found, text, base, b, e, "zh-settlement");
            }
        }
        // "X和<place>" / "X、<place>": a transliterated name coordinated with a settlement just found
        for (Mention m : List.copyOf(found)) {
            if (m.type() != EntityType.PLACE || !m.method().equals("zh-settlement")) continue;
            int conj = m.begin() - base - 1;
            if (conj < 2 || (s.charAt(conj) != '和' && s.charAt(conj) != '、' && s.charAt(conj) != '与')) continue;
            int left = runStart(s, bounds, conj);
            if (left >= 0) addPlace(found, text, base, left, conj, "zh-settlement");
        }
        Matcher unit = UNIT.matcher(s);
        while (unit.find()) {
            if (Spans.overlaps(found, base + unit.start(), base + unit.end())) continue;
            String surface = text.substring(base + unit.start(), base + unit.end());
            found.add(new Mention(base + unit.start(), base + unit.end(), surface, EntityType.ORGANIZATION,
                    "Organization:" + ChineseScript.prcForm(surface), null, 0.8, "zh-military-unit"));
        }
        Matcher press = PRESS.matcher(s);
        while (press.find()) {
            int b = press.start(1), e = press.end(1);
            if (Spans.overlaps(found, base + b, base + e)) continue;
            String surface = text.substring(base + b, base + e);
            found.add(new Mention(base + b, base + e, surface, EntityType.ORGANIZATION,
                    "Organization:" + ChineseScript.prcForm(surface).toLowerCase(java.util.Locale.ROOT), null, 0.8, "zh-press"));
        }
    }

    /** Characters that may stand right before a name (particles, prepositions, conjunctions, punctuation aside). */
    private static final String BEFORE_A_NAME = "的了和与及在从对向于将被把为是由或、到至往赴";

    /**
     * Start of a run of at least two transliteration characters ending at {@code end}, on a word boundary, and
     * preceded by something that can precede a name (not by another Han character the table does not know, which
     * would mean the run starts in the middle of a name); or -1.
     */
    private int runStart(String s, BitSet bounds, int end) {
        int left = end;
        while (left > 0 && res.transliteration().contains(s.charAt(left - 1)) && end - left < 8) left--;
        while (left < end && !bounds.get(left)) left++;
        if (end - left < 2) return -1;
        if (left > 0 && ChineseScript.isHan(s.charAt(left - 1)) && BEFORE_A_NAME.indexOf(s.charAt(left - 1)) < 0
                && RoleCues.endingAt(RoleCues.chinese(), s, left) == null && !SETTLEMENT_BEFORE.contains(s.substring(Math.max(0, left - 2), left))) {
            return -1;
        }
        return left;
    }

    private static void addPlace(List<Mention> found, String text, int base, int b, int e, String method) {
        if (Spans.overlaps(found, base + b, base + e)) return;
        String surface = text.substring(base + b, base + e);
        found.add(new Mention(base + b, base + e, surface, EntityType.PLACE, "Place:" + ChineseScript.prcForm(surface), null, 0.8, method));
    }

    static String personKey(String chinese) { return "Person:" + ChineseScript.prcForm(chinese).replace('•', '·'); }

}
