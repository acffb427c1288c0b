package org.nkkg.model;

/** The three language variants the pipeline reads, with their BCP 47 tags as used on RDF literals. */
public enum Lang {
    ZH_HANS("zh-Hans"), ZH_HANT("zh-Hant"), EN("en");

    private final String tag;

    Lang(String tag) { this.tag = tag; }

    public String tag() { return tag; }

    public boolean isChinese() { return this != EN; }

    public static Lang fromTag(String tag) {
        for (Lang l : values()) if (l.tag.equalsIgnoreCase(tag)) return l;
        throw new IllegalArgumentException("unknown language tag '" + tag + "' (expected zh-Hans, zh-Hant or en)");
    }
}
