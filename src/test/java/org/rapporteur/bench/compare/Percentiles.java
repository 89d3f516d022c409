package org.rapporteur.bench.compare;

import java.util.Arrays;

/**
 * Nearest-rank percentiles of a sample of timings: the smallest value with at least p % of the sample at or below it.
 * No interpolation, so every figure reported is a time that was actually measured (with 50 runs, p99 is the slowest).
 */
public final class Percentiles {
    private Percentiles() {
    }

    /** The p-th percentile (0 < p ≤ 100) of {@code values} by nearest rank; the array is not changed. */
    public static double of(double[] values, double p) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        if (!(p > 0 && p <= 100)) {
            throw new IllegalArgumentException("percentile out of (0, 100]: " + p);
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(1, rank) - 1];
    }
}
