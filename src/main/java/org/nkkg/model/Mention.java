package org.nkkg.model;

/**
 * A span of cleaned text that names an entity.
 *
 * @param begin,end  cleaned-text offsets (UTF-16, end exclusive)
 * @param key        what merging groups by: {@code gaz:<id>} for gazetteer entries, else {@code <Type>:<normal form>}
 *                   (Simplified, PRC usage for Chinese; case-folded for English); coreference may rewrite it
 * @param latinName  a Latin-script form the text gives beside a Chinese name ("扎哈罗娃(Maria Zakharova)"), or null
 * @param confidence 0..1, from the method that found it
 * @param method     which extractor found it (for the error list and the review report)
 */
public record Mention(int begin, int end, String surface, EntityType type, String key, String latinName,
                      double confidence, String method) {

    public Mention withKey(String newKey) {
        return new Mention(begin, end, surface, type, newKey, latinName, confidence, method);
    }

    public Mention withLatinName(String latin) {
        return new Mention(begin, end, surface, type, key, latin, confidence, method);
    }

    public boolean overlaps(int b, int e) { return begin < e && b < end; }

    public boolean isGazetteer() { return key.startsWith("gaz:"); }
}
