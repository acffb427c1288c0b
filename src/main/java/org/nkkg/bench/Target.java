package org.nkkg.bench;

/**
 * One goal of the benchmark and how this run measured against it. {@code met} is null when the run did not measure
 * it (e.g. a quick run skips the 100× corpus).
 */
public record Target(String name, String goal, String measured, Boolean met) {
    static Target atLeast(String name, String goal, double value, double bound, String measured) {
        return new Target(name, goal, measured, Double.isNaN(value) ? null : value >= bound);
    }

    static Target atMost(String name, String goal, double value, double bound, String measured) {
        return new Target(name, goal, measured, Double.isNaN(value) ? null : value <= bound);
    }

    static Target notMeasured(String name, String goal, String why) { return new Target(name, goal, why, null); }

    String verdict() { return met == null ? "not measured" : met ? "met" : "**not met**"; }
}
