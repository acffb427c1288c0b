package org.nkkg.model;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A normalised time: a day, a month or a year, published as xsd:date, xsd:gYearMonth or xsd:gYear.
 * {@code lexical} is the XSD lexical form ("2023-09-19", "2023-09", "1994").
 */
public record TimeValue(String lexical, Precision precision) implements Comparable<TimeValue> {
    public enum Precision { DAY, MONTH, YEAR }

    public static TimeValue day(LocalDate d) { return new TimeValue(d.toString(), Precision.DAY); }

    public static TimeValue month(int year, int month) {
        return new TimeValue(YearMonth.of(year, month).toString(), Precision.MONTH);
    }

    public static TimeValue year(int year) { return new TimeValue(String.format("%04d", year), Precision.YEAR); }

    public int year() { return Integer.parseInt(lexical.substring(0, 4)); }

    /** First day covered: used to compare and to test overlap. */
    public LocalDate first() {
        return switch (precision) {
            case DAY -> LocalDate.parse(lexical);
            case MONTH -> YearMonth.parse(lexical).atDay(1);
            case YEAR -> LocalDate.of(year(), 1, 1);
        };
    }

    /** Last day covered. */
    public LocalDate last() {
        return switch (precision) {
            case DAY -> LocalDate.parse(lexical);
            case MONTH -> YearMonth.parse(lexical).atEndOfMonth();
            case YEAR -> LocalDate.of(year(), 12, 31);
        };
    }

    public boolean overlaps(TimeValue o) { return !first().isAfter(o.last()) && !o.first().isAfter(last()); }

    @Override public int compareTo(TimeValue o) {
        int c = first().compareTo(o.first());
        return c != 0 ? c : precision.compareTo(o.precision);
    }
}
