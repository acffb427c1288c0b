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
 *   <li>a state's name followed by an organization head (阿塞拜疆国防部) is that state's body, keyed by state and head,
 *       or the gazetteer's body when one of its names is the same territory with a head of the same kind; a region's or
 *       city's name takes the heads such bodies use (卡拉巴赫国会, 高加索局); "<state>驻<place><head>" is the first
 *       state's body (俄罗斯驻亚美尼亚大使馆); one-character state names before 军 (英军, 阿军) are armies; a numbered
 *       unit after an army (…军队709旅) is a unit; a few heads that are names on their own (内务部队, 人民阵线) name
 *       again the body the document named in full;</li>
 *   <li>spans: 地区 after a region's name is a common noun (纳卡地区 → 纳卡), after a town whose district the gazetteer
 *       has it is that district (阿格达姆地区); 外交部长 is a minister, not the ministry;</li>
 *   <li>dot-joined transliterated names (玛丽亚·扎哈罗娃), every part made of transliteration characters and the
 *       edges on word boundaries;</li>
 *   <li>a Latin name in brackets or after 英语 beside a mention (扎哈罗娃(Maria Zakharova), 英語Gurgen Dalibaltayan)
 *       becomes that mention's Latin name and is itself a mention of the same entity; a bracketed Latin name after a role word and a transliterated run
 *       (发言人杜加里克(Stephane Dujarric)) is a person.</li>
 * </ol>
 */
public final class ChineseMentionExtractor {
    private static final String NOT_THE_STATE_AFTER = "人族裔语";
    private static final Pattern LATIN_NAME = Pattern.compile(
            "\\p{IsLatin}[\\p{IsLatin}'’.\\-]*(?: (?:\\p{IsLatin}[\\p{IsLatin}'’.\\-]*|de|von|van|der|bin|al|ibn)){0,5}");
    private static final List<OrgHeads.Head> HEADS = OrgHeads.chinese();

    private final Resources res;

    /** "<territory id>:<head code>" → the gazetteer body so named, or "" when two bodies are. */
    private final java.util.Map<String, String> bodyByTerritoryAndHead = new java.util.HashMap<>();

    /** Gazetteer names of two joined names written without their hyphen (俄罗斯土耳其联合监测中心), five characters or more. */
    private final java.util.Map<String, List<GazetteerEntry>> unhyphenated = new java.util.HashMap<>();
    private int maxUnhyphenated;

    /**
     * Characters of the gazetteer's transliterated settlement names in Armenia, Azerbaijan and Nagorno-Karabakh that the
     * person-name table lacks (察, 昌, 赞), with 卓 (-dzor), so that unknown villages of the region read as one run.
     */
    private final BitSet placeChars = new BitSet(0x10000);
    private static final String NOT_NAME_CHARS = "市区县省州村镇城山河湖新上下大小东西南北中";
    private static final java.util.Set<String> REGION_STATES = java.util.Set.of("azerbaijan", "armenia",
            "republic-of-artsakh", "azerbaijan-ssr", "armenian-ssr");

    public ChineseMentionExtractor(Resources res) {
        this.res = res;
        placeChars.set('卓');
        for (GazetteerEntry e : res.gazetteer().entries()) {
            if (e.type() != EntityType.PLACE || e.of() == null || !REGION_STATES.contains(e.of())
                    || e.subtype() == null || !java.util.Set.of("village", "town", "city").contains(e.subtype())) continue;
            for (String n : e.chineseNames()) {
                String simp = ChineseScript.simplifyChars(n);
                for (int k = 0; k < simp.length(); k++) {
                    char c = simp.charAt(k);
                    if (ChineseScript.isHan(c) && NOT_NAME_CHARS.indexOf(c) < 0) placeChars.set(c);
                }
            }
        }
        for (String n : res.names().chineseNames()) {
            String joined = n.replaceAll("[-－‐–—]", "");
            if (joined.equals(n) || joined.length() < 5 || !res.names().chinese(joined).isEmpty()) continue;
            unhyphenated.put(joined, res.names().chinese(n));
            maxUnhyphenated = Math.max(maxUnhyphenated, joined.length());
        }
        for (GazetteerEntry e : res.gazetteer().entries()) {
            if (e.type() != EntityType.ORGANIZATION) continue;
            for (String raw : e.chineseNames()) {
                String n = ChineseScript.simplifyChars(raw);
                for (int cut = 2; cut < n.length(); cut++) {
                    String rest = n.substring(cut);
                    OrgHeads.Head head = HEADS.stream().filter(h -> h.chinese().equals(rest)).findFirst().orElse(null);
                    if (head == null) continue;
                    GazetteerEntry t = pick(res.names().chinese(n.substring(0, cut)));
                    if (t == null || (t.type() != EntityType.STATE && t.type() != EntityType.PLACE)) continue;
                    bodyByTerritoryAndHead.merge(t.id() + ":" + head.code(), e.id(), (a, b) -> a.equals(b) ? a : "");
                }
            }
        }
    }

    public List<Mention> extract(Document doc) {
        List<Mention> out = new ArrayList<>();
        String text = doc.text();
        String whole = ChineseScript.simplifyChars(text);
        List<String> simps = new ArrayList<>();
        List<BitSet> allBounds = new ArrayList<>();
        List<List<Mention>> perSentence = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            String simp = ChineseScript.simplifyChars(text.substring(s.begin(), s.end()));
            List<Token> tokens = res.segmenter().segment(simp, 0);
            BitSet bounds = new BitSet(simp.length() + 1);
            for (Token t : tokens) { bounds.set(t.begin()); bounds.set(t.end()); }
            List<Mention> found = new ArrayList<>();
            gazetteerAndBodies(simp, bounds, found, text, s.begin());
            regionSides(simp, found, text, s.begin());
            armiesByShortName(simp, bounds, found, text, s.begin(), whole);
            bodiesByCue(simp, bounds, found, text, s.begin());
            dottedNames(simp, bounds, tokens, found, text, s.begin());
            latinNames(simp, bounds, found, text, s.begin());
            rolePersons(simp, bounds, found, text, s.begin());
            latinGazetteerNames(simp, found, text, s.begin());
            placesAndPress(simp, bounds, found, text, s.begin());
            placesByContext(simp, bounds, found, text, s.begin());
            linkedLatinNames(simp, found, text, s.begin());
            simps.add(simp);
            allBounds.add(bounds);
            perSentence.add(found);
            out.addAll(found);
        }
        java.util.Map<String, String> bare = bareHeads(out);
        if (!bare.isEmpty()) {
            out.clear();
            for (int k = 0; k < perSentence.size(); k++) {
                List<Mention> found = perSentence.get(k);
                addBareHeads(simps.get(k), allBounds.get(k), found, text, doc.sentences().get(k).begin(), bare);
                out.addAll(found);
            }
        }
        for (List<Mention> found : perSentence) found.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
        out.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
        return out;
    }

    /**
     * "纳卡方面", "纳卡亚美尼亚族方面", "纳卡区的亚美尼亚族政权": a region's side or regime is its de facto state (as
     * the gazetteer's 纳卡当局 is its government): a mention of that state over the whole phrase.
     */
    private static void regionSides(String s, List<Mention> found, String text, int base) {
        for (int i = 0; i < found.size(); i++) {
            Mention m = found.get(i);
            if (m.type() != EntityType.PLACE) continue;
            int e = RegionSides.zhSideEnd(m.key(), s, m.end() - base, s.length());
            if (e < 0 || Spans.overlaps(found.subList(i + 1, found.size()), m.end(), base + e)) continue;
            found.set(i, new Mention(m.begin(), base + e, text.substring(m.begin(), base + e), EntityType.STATE,
                    RegionSides.GOVERNMENT.get(m.key()), null, m.confidence(), "zh-region-side"));
        }
    }

    /**
     * Heads that name a body on their own once the document has named it in full (苏联内务部队 … 内务部队): the bare
     * head → the full name's key, for heads named by one body only in this document.
     */
    private java.util.Map<String, String> bareHeads(List<Mention> mentions) {
        java.util.Map<String, String> keyOf = new java.util.HashMap<>();
        java.util.Set<String> ambiguous = new java.util.HashSet<>();
        for (Mention m : mentions) {
            if (m.type() != EntityType.ORGANIZATION) continue;
            String name = ChineseScript.simplifyChars(m.surface());
            if (name.endsWith("党")) name = name.substring(0, name.length() - 1);
            for (int cut = 2; cut < name.length() - 1; cut++) {
                String head = name.substring(cut);
                if (!OrgHeads.namedWhenBare(head)) continue;
                GazetteerEntry owner = pick(res.names().chinese(name.substring(0, cut)));
                if (owner == null || (owner.type() != EntityType.STATE && owner.type() != EntityType.PLACE)) continue;
                String prev = keyOf.putIfAbsent(head, m.key());
                if (prev != null && !prev.equals(m.key())) ambiguous.add(head);
            }
        }
        keyOf.keySet().removeAll(ambiguous);
        return keyOf;
    }

    private void addBareHeads(String s, BitSet bounds, List<Mention> found, String text, int base, java.util.Map<String, String> bare) {
        for (var e : bare.entrySet()) {
            String head = e.getKey();
            for (int at = s.indexOf(head); at >= 0; at = s.indexOf(head, at + 1)) {
                int end = at + head.length();
                if (Spans.overlaps(found, base + at, base + end)) continue;
                if (end < s.length() && s.charAt(end) == '党') end++;
                found.add(new Mention(base + at, base + end, text.substring(base + at, base + end), EntityType.ORGANIZATION,
                        e.getValue(), null, 0.8, "zh-bare-head"));
            }
        }
    }

    /** One-character names of states before 军 (俄军, 英军, 以军): that state's armed forces. 伊 (Iran or Iraq) and 亚 (亚军, runner-up) are left out. */
    private static final java.util.Map<Character, String> SHORT_STATE = java.util.Map.of(
            '俄', "russia", '美', "united-states", '英', "united-kingdom", '法', "france", '德', "germany",
            '土', "turkey", '苏', "soviet-union", '以', "israel", '日', "japan", '阿', "azerbaijan");

    /**
     * "英军", "阿军": a one-character state name and 军 as one word. 阿 is also Afghanistan's or Argentina's: it counts
     * as Azerbaijan only in a document that names Azerbaijan.
     */
    private void armiesByShortName(String s, BitSet bounds, List<Mention> found, String text, int base, String whole) {
        for (int i = s.indexOf('军', 1); i >= 0; i = s.indexOf('军', i + 1)) {
            int b = i - 1, e = i + 1;
            String id = SHORT_STATE.get(s.charAt(b));
            if (id == null || !bounds.get(b) || !bounds.get(e) || Spans.overlaps(found, base + b, base + e)) continue;
            // "19日军队", "20日军方": 日 after a number is a date
            if (b > 0 && (Character.isDigit(s.charAt(b - 1)) || "一二三四五六七八九十百".indexOf(s.charAt(b - 1)) >= 0)) continue;
            GazetteerEntry state = res.gazetteer().get(id);
            if (state == null || (s.charAt(b) == '阿' && !namedIn(whole, state))) continue;
            addBody(found, text, base, b, e, OrgHeads.byCode("armed-forces"), state);
        }
    }

    private boolean namedIn(String whole, GazetteerEntry state) {
        java.util.List<String> names = new ArrayList<>();
        if (state.zhHans() != null) names.add(state.zhHans());
        if (state.zhHant() != null) names.add(state.zhHant());
        for (String n : names) if (whole.contains(ChineseScript.simplifyChars(n))) return true;
        return false;
    }

    /** Newspaper titles after a city's name: 波士顿环球报, 纽约时报, 华盛顿邮报. */
    private static final List<String> PAPER_AFTER_PLACE = List.of("环球报", "时报", "邮报", "日报", "晨报", "晚报", "先驱报", "论坛报", "纪事报", "新闻报");
    /** A Soviet-era people's commissariat: 民族人民委员会. */
    private static final String COMMISSARIAT = "人民委员会";

    private void bodiesByCue(String s, BitSet bounds, List<Mention> found, String text, int base) {
        for (Mention m : List.copyOf(found)) {
            if (m.type() != EntityType.PLACE) continue;
            int at = m.end() - base;
            for (String paper : PAPER_AFTER_PLACE) {
                int e = at + paper.length();
                if (!s.startsWith(paper, at) || (e < s.length() && !bounds.get(e))) continue;
                found.remove(m);
                String surface = text.substring(m.begin(), base + e);
                found.add(new Mention(m.begin(), base + e, surface, EntityType.ORGANIZATION,
                        "Organization:" + ChineseScript.prcForm(surface), null, 0.8, "zh-press"));
                break;
            }
        }
        // a transliterated city the gazetteer lacks: 波士顿环球报
        for (String paper : PAPER_AFTER_PLACE) {
            for (int at = s.indexOf(paper, 2); at >= 0; at = s.indexOf(paper, at + 1)) {
                int e = at + paper.length();
                if ((e < s.length() && !bounds.get(e)) || Spans.covered(found, base + at) || Spans.covered(found, base + at - 1)) continue;
                int left = runStart(s, bounds, at);
                if (left < 0 || at - left < 2 || Spans.overlaps(found, base + left, base + e)) continue;
                String surface = text.substring(base + left, base + e);
                found.add(new Mention(base + left, base + e, surface, EntityType.ORGANIZATION,
                        "Organization:" + ChineseScript.prcForm(surface), null, 0.8, "zh-press"));
            }
        }
        for (int p = s.indexOf(COMMISSARIAT, 2); p >= 0; p = s.indexOf(COMMISSARIAT, p + 1)) {
            // the word before the head: from the nearest word start two to four characters back
            int b = p - 2;
            while (b > p - 4 && b > 0 && !bounds.get(b)) b--;
            int e = p + COMMISSARIAT.length();
            if (!bounds.get(b) || (e < s.length() && !bounds.get(e))) continue;
            boolean han = true;
            for (int k = b; k < p; k++) han &= ChineseScript.isHan(s.charAt(k));
            if (han) addBody(found, text, base, b, e, "zh-body");
        }
        // "一个名为国防委员会的委员会": a body the text introduces by its name
        Matcher named = NAMED_BODY.matcher(s);
        while (named.find()) addBody(found, text, base, named.start(1), named.end(1), "zh-body");
    }

    /** An organization named by the span [b, e) of the sentence, unless another mention covers part of it. */
    private static void addBody(List<Mention> found, String text, int base, int b, int e, String method) {
        if (Spans.overlaps(found, base + b, base + e)) return;
        String surface = text.substring(base + b, base + e);
        found.add(new Mention(base + b, base + e, surface, EntityType.ORGANIZATION,
                "Organization:" + ChineseScript.prcForm(surface), null, 0.8, method));
    }

    private static final Pattern NAMED_BODY = Pattern.compile(
            "(?:名为|名叫|叫做)([^，,。；;、的\\s]{1,10}(?:委员会|组织|阵线|政府|议会|联盟|党))的");

    private void gazetteerAndBodies(String s, BitSet bounds, List<Mention> found, String text, int base) {
        for (int i = 0; i < s.length(); ) {
            int matched = longestName(s, bounds, i);
            List<GazetteerEntry> entries = matched > 0 ? res.names().chinese(s.substring(i, i + matched)) : List.of();
            for (int len = Math.min(maxUnhyphenated, s.length() - i); len > Math.max(matched, 4); len--) {
                List<GazetteerEntry> es = unhyphenated.get(s.substring(i, i + len));
                if (es != null) { matched = len; entries = es; break; }
            }
            if (matched == 0) { i++; continue; }
            GazetteerEntry e = pick(entries);
            int end = i + matched;
            if (e == null) { i = end; continue; }
            boolean territorial = e.type() == EntityType.STATE || e.type() == EntityType.PLACE;
            // 纳卡地区人民: the people of the region, and 纳卡 is still named (地区 is dropped below)
            boolean regionNoun = matched > 2 + 1 && s.startsWith("地区", end - 2) && pick(res.names().chinese(s.substring(i, end - 2))) == e;
            if (territorial && !regionNoun && end < s.length() && NOT_THE_STATE_AFTER.indexOf(s.charAt(end)) >= 0) { i = end + 1; continue; }
            // 戈兰博伊行动: a place's name opening the name of an operation is part of that name ("在X行动" still names X)
            if (e.type() == EntityType.PLACE && s.startsWith("行动", end) && (i == 0 || "在于到从往赴".indexOf(s.charAt(i - 1)) < 0)) { i = end; continue; }
            // 外高加索联邦: a region's name opening a longer state's name the gazetteer lacks
            if (e.type() == EntityType.PLACE && LONGER_STATE_NAME.matcher(s).region(end, s.length()).lookingAt()) { i = end; continue; }
            if (territorial) {
                int bodyEnd = bodyAbroad(s, bounds, e, end, found, text, base, i);
                if (bodyEnd > 0) { i = bodyEnd; continue; }
                OrgHeads.Head head = headAt(s, bounds, end, e.type() == EntityType.STATE);
                if (head != null) {
                    int hEnd = end + head.chinese().length();
                    int unitEnd = head.code().endsWith("forces") ? unitAfter(s, bounds, hEnd) : hEnd;
                    if (unitEnd > hEnd) addUnit(found, text, base, i, unitEnd);
                    else addBody(found, text, base, i, hEnd, head, e);
                    i = unitEnd;
                    continue;
                }
                // 阿格达姆地区: a town followed by 地区 is its district when the gazetteer has the district (阿格达姆区)
                if (s.startsWith("地区", end)) {
                    GazetteerEntry district = pick(res.names().chinese(s.substring(i, end) + "区"));
                    if (district != null && district.type() == EntityType.PLACE && district != e) {
                        add(found, text, base, i, end + 2, district, "zh-district");
                        i = end + 2;
                        continue;
                    }
                }
                // 卡申矿山: the mine's name with the longer word for a mine
                if (e.type() == EntityType.PLACE && s.startsWith("矿山", end - 1)) end++;
                // 纳卡地区, 高加索地区: 地区 is a common noun after the region's own name
                if (matched > 2 + 1 && s.startsWith("地区", end - 2)) {
                    GazetteerEntry shorter = pick(res.names().chinese(s.substring(i, end - 2)));
                    if (shorter == e) end -= 2;
                }
            }
            if (e.type() == EntityType.ORGANIZATION) {
                String name = s.substring(i, end);
                // 阿塞拜疆外交部长: the minister, not the ministry; the state is still named
                if (name.endsWith("部") && end < s.length() && s.charAt(end) == '长') {
                    int st = statePrefix(name);
                    if (st > 0) add(found, text, base, i, i + st, pick(res.names().chinese(name.substring(0, st))), "zh-gazetteer");
                    i = end + 1;
                    continue;
                }
                // 人权观察员: an observer, not the organization
                if (end + 1 < s.length() && s.charAt(end) == '员' && s.charAt(end + 1) != '工') { i = end + 1; continue; }
                // "…的消息报道": 报 begins 报道 (to report), not a newspaper's name (消息报)
                if (name.endsWith("报") && end < s.length() && (s.charAt(end) == '道' || s.charAt(end) == '導')) { i = end; continue; }
                // 巴库中央电视台: a generic national name after another place's name is that place's body, not this one
                Mention before = Spans.endingAt(found, base + i);
                if (before != null && (before.type() == EntityType.PLACE || before.type() == EntityType.STATE)
                        && GENERIC_NATIONAL.matcher(name).lookingAt()) { i = end; continue; }
                // 人民阵线党: the party of a front or union is the same body
                if (end < s.length() && s.charAt(end) == '党' && PARTY_OF.matcher(name).find()) end++;
                int unitEnd = unitAfter(s, bounds, end);
                if (unitEnd > end && "armed-forces".equals(e.subtype())) {
                    addUnit(found, text, base, i, unitEnd);
                    i = unitEnd;
                    continue;
                }
            }
            add(found, text, base, i, end, e, "zh-gazetteer");
            i = end;
        }
    }

    /** Not 共和国: "南高加索共和国" is often "a South Caucasus republic". */
    private static final Pattern LONGER_STATE_NAME = Pattern.compile("(?:民主)?联邦");
    private static final Pattern GENERIC_NATIONAL = Pattern.compile("中央|国家|国立|最高");
    private static final Pattern PARTY_OF = Pattern.compile("(?:阵线|联盟|运动|阵营)$");
    /** A numbered unit right after an army's name: 阿塞拜疆军队709旅. */
    private static final Pattern UNIT_AFTER = Pattern.compile("[0-9]{1,4}(?:摩托化步兵|空降兵|坦克|步兵)?(?:旅|团|师|营)");

    /** Longest gazetteer name at {@code i} (names under three characters on word boundaries), or 0. */
    private int longestName(String s, BitSet bounds, int i) {
        int max = res.names().maxChineseLength();
        for (int len = Math.min(max, s.length() - i); len >= 2; len--) {
            List<GazetteerEntry> es = res.names().chinese(s.substring(i, i + len));
            if (es.isEmpty()) continue;
            if (len < 3 && !(bounds.get(i) && bounds.get(i + len)) && !gluedToHead(s, bounds, es, i + len)
                    && !gluedToConjunction(s, bounds, i, len)) continue;
            return len;
        }
        return 0;
    }

    /**
     * "派苏联内务部队" segmented as one word: a short state name is still a name when a body's head of three or more
     * characters follows it and ends the word.
     */
    private static boolean gluedToHead(String s, BitSet bounds, List<GazetteerEntry> es, int at) {
        GazetteerEntry e = pick(es);
        if (e == null || e.type() != EntityType.STATE) return false;
        for (OrgHeads.Head h : HEADS) {
            if (h.chinese().length() >= 3 && s.startsWith(h.chinese(), at)) return bounds.get(at + h.chinese().length());
        }
        return false;
    }

    /** "与欧洲和美国": the segmenter joined a two-character name with the conjunction after it (欧洲和). */
    private static boolean gluedToConjunction(String s, BitSet bounds, int i, int len) {
        int at = i + len;
        return bounds.get(i) && at < s.length() && "和与及、".indexOf(s.charAt(at)) >= 0 && bounds.get(at + 1);
    }

    /** Length of the state name that starts {@code name} (阿塞拜疆 in 阿塞拜疆外交部), or 0. */
    private int statePrefix(String name) {
        for (int len = name.length() - 1; len >= 2; len--) {
            GazetteerEntry st = pick(res.names().chinese(name.substring(0, len)));
            if (st != null && st.type() == EntityType.STATE) return len;
        }
        return 0;
    }

    /** End of a numbered unit right after {@code at} (709旅), or {@code at}. */
    private static int unitAfter(String s, BitSet bounds, int at) {
        Matcher m = UNIT_AFTER.matcher(s).region(at, s.length());
        return m.lookingAt() ? m.end() : at;
    }

    /**
     * "俄罗斯驻亚美尼亚大使馆", "俄罗斯驻纳卡地区维和部队": a state's body in another country or region belongs to the
     * first state. Returns the end of the body, or 0.
     */
    private int bodyAbroad(String s, BitSet bounds, GazetteerEntry state, int end, List<Mention> found, String text, int base, int begin) {
        if (state.type() != EntityType.STATE || !s.startsWith("驻", end)) return 0;
        int at = end + 1;
        int len = longestName(s, bounds, at);
        if (len == 0) return 0;
        GazetteerEntry where = pick(res.names().chinese(s.substring(at, at + len)));
        if (where == null || (where.type() != EntityType.STATE && where.type() != EntityType.PLACE)) return 0;
        at += len;
        if (s.startsWith("地区", at)) at += 2;
        OrgHeads.Head head = headAt(s, bounds, at, true);
        if (head == null) return 0;
        int hEnd = at + head.chinese().length();
        addBody(found, text, base, begin, hEnd, head, state);
        return hEnd;
    }

    /**
     * A territory's body: the gazetteer's body when one of its names is this territory with a head of the same kind
     * (阿尔察赫武装部队 → 阿尔察赫国防军, 阿尔察赫共和国政府 → 阿尔察赫政府), else keyed by territory and head.
     */
    private void addBody(List<Mention> found, String text, int base, int b, int e, OrgHeads.Head head, GazetteerEntry owner) {
        String known = bodyByTerritoryAndHead.get(owner.id() + ":" + head.code());
        String key = known != null && !known.isEmpty() ? "gaz:" + known : "org:" + owner.id() + ":" + head.code();
        // an embassy is a building, a place (data/gold/README.md): 俄罗斯驻亚美尼亚大使馆
        EntityType type = head.code().equals("embassy") ? EntityType.PLACE : EntityType.ORGANIZATION;
        found.add(new Mention(base + b, base + e, text.substring(base + b, base + e), type,
                key, null, 0.9, "zh-state+head"));
    }

    private static void addUnit(List<Mention> found, String text, int base, int b, int e) {
        String surface = text.substring(base + b, base + e);
        found.add(new Mention(base + b, base + e, surface, EntityType.ORGANIZATION,
                "Organization:" + ChineseScript.prcForm(surface), null, 0.8, "zh-military-unit"));
    }

    private static void add(List<Mention> found, String text, int base, int b, int e, GazetteerEntry g, String method) {
        found.add(new Mention(base + b, base + e, text.substring(base + b, base + e), g.type(),
                "gaz:" + g.id(), null, 0.95, method));
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

    /**
     * A head right after a state's name (or a place's, for the heads a region or city has); "国防部长" is a minister,
     * not the ministry, and "内务部队" is not "内务部" followed by something else. Short heads must end a word.
     */
    private static OrgHeads.Head headAt(String s, BitSet bounds, int at, boolean state) {
        for (OrgHeads.Head h : HEADS) {
            if (!s.startsWith(h.chinese(), at)) continue;
            if (!state && !OrgHeads.afterPlace(h)) return null;
            int after = at + h.chinese().length();
            if (after < s.length() && s.charAt(after) == '长') return null;
            if (after < s.length() && h.chinese().endsWith("部") && (s.charAt(after) == '队' || s.charAt(after) == '门')) return null;
            if (s.startsWith("陆战", after)) return null; // 美国海军陆战队 is the Marine Corps, not the Navy
            if (OrgHeads.needsWordEnd(h) && after < s.length() && !bounds.get(after) && !isUnitStart(s, after)) return null;
            return h;
        }
        return null;
    }

    private static boolean isUnitStart(String s, int at) { return UNIT_AFTER.matcher(s).region(at, s.length()).lookingAt(); }

    /** One entry per name; several only when the gazetteer lists a name twice: then no guess. */
    static GazetteerEntry pick(List<GazetteerEntry> entries) {
        return entries.size() == 1 ? entries.get(0) : null;
    }

    private void dottedNames(String s, BitSet bounds, List<Token> tokens, List<Mention> found, String text, int base) {
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
            int lastDot = s.lastIndexOf('·', right - 1);
            int end = right;
            // the segmenter's own transliterated-name token ends the name inside the run when an ordinary word of
            // two or more characters follows it (索萨|强烈: 强 and 烈 are name characters too, but not here)
            Integer nameEnd = null;
            for (int ti = 0; ti + 1 < tokens.size(); ti++) {
                Token t = tokens.get(ti), next = tokens.get(ti + 1);
                if (t.tag() != null && t.tag().startsWith("nr") && t.begin() <= dot && t.end() > lastDot + 1 && t.end() < right
                        && next.begin() == t.end() && next.end() - next.begin() >= 2 && next.end() >= right
                        && next.tag() != null && !next.tag().startsWith("n")) nameEnd = t.end();
            }
            if (nameEnd != null) end = nameEnd;
            else {
                while (end > dot + 1 && !bounds.get(end) && end < s.length()) end--;
                // a boundary that would leave the last part one character long is the segmenter's mistake
                // (菲|丹向): keep the run of name characters
                if (end - lastDot - 1 < 2 && right - lastDot - 1 >= 2) end = right;
            }
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
            if (c == '(' || c == '（') latinStart = i + 1 < s.length() && "\"“「'".indexOf(s.charAt(i + 1)) >= 0 ? i + 2 : i + 1;
            else if ((s.startsWith("英语", i) || s.startsWith("英文", i)) && i + 2 < s.length()) latinStart = i + 2;
            else continue;
            Matcher m = LATIN_NAME.matcher(s).region(latinStart, s.length());
            if (!m.lookingAt() || !Character.isUpperCase(s.charAt(latinStart))) continue;
            String latin = m.group().strip();
            if (latin.length() < 3) continue;
            if (c == '(' || c == '（') {
                int close = m.end();
                if (latinStart == i + 2 && close < s.length() && "\"”」'".indexOf(s.charAt(close)) >= 0) close++;
                if (close >= s.length() || (s.charAt(close) != ')' && s.charAt(close) != '）')) continue;
            }
            Mention before = Spans.endingAt(found, base + i);
            if (before != null) {
                found.set(found.indexOf(before), before.withLatinName(latin));
                // the Latin form is a name of the same entity where it stands: 甘贾(Ganja), 扎哈罗娃(Maria Zakharova)
                int le = latinStart + latin.length();
                if (!Spans.overlaps(found, base + latinStart, base + le)) {
                    found.add(new Mention(base + latinStart, base + le, text.substring(base + latinStart, base + le),
                            before.type(), before.key(), latin, 0.8, "zh-latin-form"));
                }
                continue;
            }
            if (c != '(' && c != '（') continue;
            // a transliterated run right before the bracket, after a role word: a person named by surname
            int left = i;
            while (left > 0 && res.transliteration().contains(s.charAt(left - 1)) && i - left < 8) left--;
            while (left < i && !bounds.get(left)) left++;
            if (i - left < 2 || RoleCues.endingAt(RoleCues.chinese(), s, left) == null) {
                // a known person's Latin name after a role word and a short run of other characters: the run is
                // their name in local usage (总统艾尔段(Recep Tayyip Erdogan), 发言人培斯科夫(Dmitry Peskov))
                left = -1;
                GazetteerEntry g = latin.contains(" ") ? pick(res.names().english(latin)) : null;
                for (int l = i - 2; g != null && g.type() == EntityType.PERSON && l >= Math.max(0, i - 5); l--) {
                    if (Character.UnicodeScript.of(s.charAt(l)) != Character.UnicodeScript.HAN) break;
                    if (RoleCues.endingAt(RoleCues.chinese(), s, l) != null) { left = l; break; }
                }
                if (left < 0) continue;
            }
            if (Spans.overlaps(found, base + left, base + i)) continue;
            if (!latin.contains(" ")) continue; // a person's Latin name has given name and surname
            String surface = text.substring(base + left, base + i);
            // 阿利耶夫(Ilham Aliyev): a known person's Latin name gives their gazetteer entry
            GazetteerEntry known = pick(res.names().english(latin));
            String key = known != null && known.type() == EntityType.PERSON ? "gaz:" + known.id() : "Person:" + latin.toLowerCase();
            found.add(new Mention(base + left, base + i, surface, EntityType.PERSON, key, latin, 0.85, "zh-name(Latin)"));
        }
    }

    /** What follows a person's name told after a role word: a verb of saying or the end of the clause. */
    private static final Pattern AFTER_ROLE_NAME = Pattern.compile(
            "^(?:表示|称|说|指出|强调|宣布|警告|呼吁|敦促|谴责|否认|透露|补充|回应|在|于|[，,。；;：:])");

    /**
     * "总理发言人巴格达萨良表示": a run of transliteration characters between a role word and a verb of saying (or
     * the clause's end) is that role holder's surname, a person even when no gazetteer or bracket names them.
     */
    private void rolePersons(String s, BitSet bounds, List<Mention> found, String text, int base) {
        for (int i = 1; i < s.length(); i++) {
            if (!bounds.get(i) || RoleCues.endingAt(RoleCues.chinese(), s, i) == null) continue;
            int j = i;
            while (j < s.length() && j - i < 6 && res.transliteration().contains(s.charAt(j))
                    && NOT_NAME_CHARS.indexOf(s.charAt(j)) < 0) j++;
            if (j - i < 2 || !bounds.get(j) || !AFTER_ROLE_NAME.matcher(s.substring(j)).lookingAt()) continue;
            if (Spans.overlaps(found, base + i, base + j)) continue;
            String surface = text.substring(base + i, base + j);
            found.add(new Mention(base + i, base + j, surface, EntityType.PERSON, "Person:" + s.substring(i, j),
                    null, 0.75, "zh-role+name"));
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
                if (left < 0) left = runAfterName(s, found, base, i);
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
                while (e < s.length() && translit(s.charAt(e)) && e - b < 8) e++;
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
        while (unit.find()) addBody(found, text, base, unit.start(), unit.end(), "zh-military-unit");
        Matcher press = PRESS.matcher(s);
        while (press.find()) {
            int b = press.start(1), e = press.end(1);
            if (Spans.overlaps(found, base + b, base + e)) continue;
            String surface = text.substring(base + b, base + e);
            found.add(new Mention(base + b, base + e, surface, EntityType.ORGANIZATION,
                    "Organization:" + ChineseScript.prcForm(surface).toLowerCase(java.util.Locale.ROOT), null, 0.8, "zh-press"));
        }
    }

    /** What may follow the last item of a list of places: a separator, punctuation, 等, or the end. */
    private static final String AFTER_LIST_ITEM = "、和与及,，。;；:：)）等";

    /**
     * Unknown places by context: a transliterated name before 附近 ("在扎达尔附近", "索斯附近的…"), and a transliterated
     * name listed with places just found (德尔姆邦、哈拉夫、恰帕尔和瓦格胡哈斯), item by item from a known place.
     */
    private void placesByContext(String s, BitSet bounds, List<Mention> found, String text, int base) {
        for (int at = s.indexOf("附近", 2); at >= 0; at = s.indexOf("附近", at + 1)) {
            if (Spans.covered(found, base + at - 1)) continue;
            int left = runStart(s, bounds, at);
            if (left >= 0 && bounds.get(at)) addPlace(found, text, base, left, at, "zh-place(near)");
        }
        for (boolean changed = true; changed; ) {
            changed = false;
            for (Mention m : List.copyOf(found)) {
                if (m.type() != EntityType.PLACE) continue;
                // the next item: "<place>、X" / "<place>和X"
                int sep = m.end() - base;
                if (sep < s.length() - 2 && "、和与及".indexOf(s.charAt(sep)) >= 0) {
                    int b = sep + 1, e = b;
                    while (e < s.length() && translit(s.charAt(e)) && e - b < 8) e++;
                    if (e - b >= 2 && bounds.get(b) && (e == s.length() || AFTER_LIST_ITEM.indexOf(s.charAt(e)) >= 0)
                            && !Spans.overlaps(found, base + b, base + e)) {
                        addPlace(found, text, base, b, e, "zh-place-list");
                        changed = true;
                    }
                }
                // the item before: "X、<place>" (X after a separator of the list or a word that can precede a name)
                int conj = m.begin() - base - 1;
                if (conj >= 2 && s.charAt(conj) == '、') {
                    int left = runStart(s, bounds, conj);
                    if (left >= 0 && !Spans.overlaps(found, base + left, base + conj)) {
                        addPlace(found, text, base, left, conj, "zh-place-list");
                        changed = true;
                    }
                }
            }
        }
    }

    /**
     * "阿拉扎德卓尔英语Arachadzor": a Chinese name with its English name after 英语 (the form Chinese Wikipedia gives
     * names without a Chinese article). The Chinese name is the run of Han characters before 英语, from the previous
     * Latin name, punctuation or a word that can precede a name. When the English name is in the gazetteer, both are
     * that entity; when it is not, a pair listed right beside a place's pair is a place.
     */
    private void linkedLatinNames(String s, List<Mention> found, String text, int base) {
        record Pair(int b, int at, int le, String latin, Mention named) {}
        List<Pair> pairs = new ArrayList<>();
        for (int at = s.indexOf("英语", 2); at >= 0; at = s.indexOf("英语", at + 1)) {
            Matcher m = LATIN_NAME.matcher(s).region(at + 2, s.length());
            if (!m.lookingAt() || !Character.isUpperCase(s.charAt(at + 2))) continue;
            String latin = m.group().strip();
            // a Chinese name already read (皮尔贾马尔英语Pirdzhamal) still types the pairs listed beside it
            Mention named = Spans.endingAt(found, base + at);
            int left = at;
            if (named != null) left = named.begin() - base;
            else {
                // transliteration characters after a word that can precede a name; any Han characters after a Latin name
                while (left > 0 && translit(s.charAt(left - 1)) && at - left < 8) left--;
                if (!startsName(s, left)) {
                    left = at;
                    while (left > 0 && ChineseScript.isHan(s.charAt(left - 1)) && at - left < 8) left--;
                    if (left == 0 || !Character.isLetter(s.charAt(left - 1)) || ChineseScript.isHan(s.charAt(left - 1))) continue;
                }
                if (at - left < 2 || Spans.overlaps(found, base + left, base + at)) continue;
            }
            // a Latin run may hold the next pair's start ("Ağbulaq, Khojaly"): the pair's name is its first item
            int comma = latin.indexOf(',');
            if (comma > 0) latin = latin.substring(0, comma);
            pairs.add(new Pair(left, at, at + 2 + latin.length(), latin, named));
        }
        java.util.Map<Pair, Mention> typed = new java.util.HashMap<>();
        for (Pair p : pairs) {
            Mention known = p.named();
            if (known == null) for (Mention x : found) if (x.begin() == base + p.at() + 2 && x.end() <= base + p.le() + 1) known = x;
            if (known == null) {
                GazetteerEntry g = pick(res.names().english(p.latin()));
                if (g != null) known = new Mention(base + p.at() + 2, base + p.le(), p.latin(), g.type(), "gaz:" + g.id(), null, 0.9, "zh-latin-gazetteer");
            }
            if (known != null) typed.put(p, known);
        }
        for (boolean changed = true; changed; ) {
            changed = false;
            for (int k = 0; k < pairs.size(); k++) {
                Pair p = pairs.get(k);
                if (typed.containsKey(p)) continue;
                for (int d : new int[]{-1, 1}) {
                    if (k + d < 0 || k + d >= pairs.size()) continue;
                    Pair q = pairs.get(k + d);
                    Mention t = typed.get(q);
                    boolean adjacent = d < 0 ? gapIsSeparator(s, q.le(), p.b()) : gapIsSeparator(s, p.le(), q.b());
                    if (t == null || t.type() != EntityType.PLACE || !adjacent) continue;
                    String surface = text.substring(base + p.b(), base + p.at());
                    typed.put(p, new Mention(base + p.b(), base + p.at(), surface, EntityType.PLACE,
                            "Place:" + ChineseScript.prcForm(surface), p.latin(), 0.8, "zh-place-list"));
                    changed = true;
                    break;
                }
            }
        }
        for (Pair p : pairs) {
            Mention t = typed.get(p);
            if (t == null || p.named() != null) continue;
            found.add(new Mention(base + p.b(), base + p.at(), text.substring(base + p.b(), base + p.at()), t.type(), t.key(),
                    p.latin(), 0.85, "zh-name,english-name"));
            if (!Spans.overlaps(found, base + p.at() + 2, base + p.le())) {
                found.add(new Mention(base + p.at() + 2, base + p.le(), text.substring(base + p.at() + 2, base + p.le()), t.type(),
                        t.key(), p.latin(), 0.8, "zh-latin-form"));
            }
        }
    }

    /** Whether a name may start at {@code at}: the sentence start, a non-Han character or a word that precedes names. */
    private static boolean startsName(String s, int at) {
        if (at == 0) return true;
        char c = s.charAt(at - 1);
        if ("·‧・•".indexOf(c) >= 0) return false; // the second part of a dotted name
        return !ChineseScript.isHan(c) || BEFORE_A_NAME.indexOf(c) >= 0;
    }

    /** Nothing but spaces and list punctuation between two pairs. */
    private static boolean gapIsSeparator(String s, int from, int to) {
        if (from > to) return false;
        for (int k = from; k < to; k++) if (" 、,，".indexOf(s.charAt(k)) < 0) return false;
        return true;
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
        while (left > 0 && translit(s.charAt(left - 1)) && end - left < 8) left--;
        while (left < end && !bounds.get(left)) left++;
        if (end - left < 2) return -1;
        if (left > 0 && "·‧・•".indexOf(s.charAt(left - 1)) >= 0) return -1; // the second part of a dotted name
        if (left > 0 && ChineseScript.isHan(s.charAt(left - 1)) && BEFORE_A_NAME.indexOf(s.charAt(left - 1)) < 0
                && RoleCues.endingAt(RoleCues.chinese(), s, left) == null && !SETTLEMENT_BEFORE.contains(s.substring(Math.max(0, left - 2), left))) {
            return -1;
        }
        return left;
    }

    /**
     * "马尔塔克尔特萨桑水库": a run of two to six transliteration characters right after a name just found (the region
     * the named place lies in), or -1.
     */
    private int runAfterName(String s, List<Mention> found, int base, int end) {
        for (Mention m : found) {
            int left = m.end() - base;
            if (left < 0 || left >= end || end - left < 2 || end - left > 6) continue;
            if (m.type() != EntityType.PLACE && m.type() != EntityType.STATE) continue;
            boolean run = true;
            for (int k = left; k < end; k++) run &= translit(s.charAt(k));
            if (run) return left;
        }
        return -1;
    }

    /** Whether a (Simplified) character may be part of a transliterated place name. */
    private boolean translit(char c) { return res.transliteration().contains(c) || placeChars.get(c); }

    private void addPlace(List<Mention> found, String text, int base, int b, int e, String method) {
        if (Spans.overlaps(found, base + b, base + e)) return;
        String surface = text.substring(base + b, base + e);
        // a known place the segmenter kept inside a longer word ("舒沙市" as one token) is that place
        GazetteerEntry known = pick(res.names().chinese(ChineseScript.simplifyChars(surface)).stream()
                .filter(g -> g.type() == EntityType.PLACE).toList());
        if (known != null) {
            found.add(new Mention(base + b, base + e, surface, EntityType.PLACE, "gaz:" + known.id(), null, 0.9, "zh-gazetteer"));
            return;
        }
        found.add(new Mention(base + b, base + e, surface, EntityType.PLACE, "Place:" + ChineseScript.prcForm(surface), null, 0.8, method));
    }

    static String personKey(String chinese) { return "Person:" + ChineseScript.prcForm(chinese).replace('•', '·'); }

}
