package org.nkkg.bench;

import java.util.Arrays;
import java.util.Collection;

/** Summary statistics of repeated measurements. */
public final class Stats {
    private Stats() {}

    /**
     * The p-th percentile (0 &lt; p &le; 100) by the nearest-rank method: the smallest sample such that at least p% of
     * the samples are at or below it. Always one of the samples; p = 50 of an even count is the lower middle one.
     */
    public static double percentile(double[] samples, double p) {
        if (samples.length == 0) throw new IllegalArgumentException("no samples");
        if (!(p > 0 && p <= 100)) throw new IllegalArgumentException("percentile out of (0, 100]: " + p);
        double[] s = samples.clone();
        Arrays.sort(s);
        int rank = (int) Math.ceil(p / 100.0 * s.length);
        return s[Math.max(1, rank) - 1];
    }

    /** The median: the middle sample, or the mean of the two middle samples of an even count. */
    public static double median(double[] samples) {
        if (samples.length == 0) throw new IllegalArgumentException("no samples");
        double[] s = samples.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    public static double median(Collection<? extends Number> samples) {
        return median(samples.stream().mapToDouble(Number::doubleValue).toArray());
    }

    public static double max(double[] samples) { return Arrays.stream(samples).max().orElseThrow(); }

    public static double min(double[] samples) { return Arrays.stream(samples).min().orElseThrow(); }

    /** a / b, or NaN when b is zero. */
    public static double ratio(double a, double b) { return b == 0 ? Double.NaN : a / b; }
}
