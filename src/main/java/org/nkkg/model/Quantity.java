package org.nkkg.model;

import java.util.Locale;

/** A number the text gives for an event: 27 killed, 7000 evacuated. */
public record Quantity(Measure measure, long value, String unit) {
    public enum Measure {
        KILLED, WOUNDED, EVACUATED, CAPTURED, DISPLACED, MISSING;

        public String slug() { return name().toLowerCase(Locale.ROOT); }
    }
}
