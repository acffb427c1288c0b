package org.nkkg.model;

import java.util.Locale;

/** Positions people hold in states and organizations (SKOS scheme nkkgr:). */
public enum RoleType {
    PRESIDENT, PRIME_MINISTER, FOREIGN_MINISTER, DEFENCE_MINISTER, MINISTER, SPOKESPERSON, OMBUDSMAN, MAYOR,
    COMMANDER, AMBASSADOR, SECRETARY_GENERAL, HIGH_REPRESENTATIVE, ADVISER, CHANCELLOR, PROSECUTOR, LEADER, OFFICIAL;

    public String slug() { return name().toLowerCase(Locale.ROOT).replace('_', '-'); }

    public static RoleType parse(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
