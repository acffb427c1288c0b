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

    private RegionSides() {}

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
