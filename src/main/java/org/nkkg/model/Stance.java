package org.nkkg.model;

import java.util.Locale;

/**
 * Stance of a statement, in rule order: when a sentence carries several cues, the earliest constant wins
 * (see extract.StatementExtractor for the cue lists per language).
 */
public enum Stance {
    CONDEMN, CALL, CONCERN, DENY, WARN, WELCOME, ACCUSE, SUPPORT, ANNOUNCE, CLAIM;

    public String slug() { return name().toLowerCase(Locale.ROOT); }

    public static Stance parse(String s) { return valueOf(s.trim().toUpperCase(Locale.ROOT)); }
}
