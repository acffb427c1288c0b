package org.nkkg.extract;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A region named for the side that governs it: "纳卡方面否认", "纳卡区的亚美尼亚族政权已签署命令", "Nagorno-Karabakh's
 * leadership". The region's de facto state speaks and acts for it.
 */
final class RegionSides {
    /** Regions whose side or leadership is a de facto state of the gazetteer (mention key → its key). */
    static final Map<String, String> GOVERNMENT = Map.of("gaz:nagorno-karabakh", "gaz:republic-of-artsakh");

    /** After a region's name (simplified text): its side, authorities or regime, perhaps of its Armenians. */
    private static final Pattern ZH_SIDE = Pattern.compile("(?:地区|区)?(?:的)?(?:亚美尼亚族)?(?:方面|当局|领导层|政权)");

    /** After a region's name (English): its side, perhaps of its Armenians ("Nagorno-Karabakh's separatist leadership"). */
    private static final Pattern EN_AFTER = Pattern.compile(
            "(?:'s|’s)?\\s+(?:(?:separatist|de facto|ethnic Armenian|Armenian|local)\\s+)*(?:authorities|leadership|government|officials|leaders|side)\\b");
    /** Before a region's name (English): "the separatist government of". */
    private static final Pattern EN_BEFORE = Pattern.compile(
            "\\b(?:[Tt]he\\s+)?(?:(?:separatist|de facto|ethnic Armenian)\\s+)*(?:authorities|leadership|government)\\s+of\\s+(?:the\\s+)?$");

    private RegionSides() {}

    /** Where the side named after the English region mention ending at {@code placeEnd} ends, or -1. */
    static int enSideEnd(String placeKey, String text, int placeEnd) {
        if (!GOVERNMENT.containsKey(placeKey)) return -1;
        Matcher m = EN_AFTER.matcher(text).region(placeEnd, text.length());
        return m.lookingAt() ? m.end() : -1;
    }

    /** Where "the government of" before the English region mention beginning at {@code placeBegin} begins, or -1. */
    static int enSideBegin(String placeKey, String text, int placeBegin) {
        if (!GOVERNMENT.containsKey(placeKey)) return -1;
        Matcher m = EN_BEFORE.matcher(text.substring(Math.max(0, placeBegin - 60), placeBegin));
        return m.find() ? Math.max(0, placeBegin - 60) + m.start() : -1;
    }

    /**
     * Where the side named after the region mention ending at {@code placeEnd} ends, or -1 when what follows is no
     * side of a region the gazetteer gives a government.
     */
    static int zhSideEnd(String placeKey, String text, int placeEnd, int limit) {
        if (!GOVERNMENT.containsKey(placeKey)) return -1;
        Matcher m = ZH_SIDE.matcher(text).region(placeEnd, limit);
        return m.lookingAt() ? m.end() : -1;
    }
}
