package org.wsis.deploy.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Nearest-rank percentiles of a set of latencies, in milliseconds. */
record Percentiles(int count, double p50, double p90, double p99, double p999, double max) {

    static final Percentiles NONE = new Percentiles(0, 0, 0, 0, 0, 0);

    /** From the first {@code n} values, each {@code unitsPerMillisecond} to a millisecond (1000 for micros). */
    static Percentiles of(long[] values, int n, double unitsPerMillisecond) {
        if (n == 0) {
            return NONE;
        }
        long[] sorted = Arrays.copyOf(values, n);
        Arrays.sort(sorted);
        return new Percentiles(n, at(sorted, 0.50) / unitsPerMillisecond, at(sorted, 0.90) / unitsPerMillisecond,
                at(sorted, 0.99) / unitsPerMillisecond, at(sorted, 0.999) / unitsPerMillisecond,
                sorted[n - 1] / unitsPerMillisecond);
    }

    static Percentiles ofMillis(long[] millis) {
        return of(millis, millis.length, 1);
    }

    /** The smallest value with at least {@code quantile} of all values at or below it. */
    static long at(long[] sorted, double quantile) {
        int rank = (int) Math.ceil(quantile * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    Map<String, Object> toMap() {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("count", count);
        if (count > 0) {
            figures.put("p50", round(p50));
            figures.put("p90", round(p90));
            figures.put("p99", round(p99));
            figures.put("p999", round(p999));
            figures.put("max", round(max));
        }
        return figures;
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
