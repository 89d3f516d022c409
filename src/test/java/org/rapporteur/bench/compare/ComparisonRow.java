package org.rapporteur.bench.compare;

/**
 * One line of the comparison table. {@code work} names the measurement and is the key that finds the same line in
 * the previous run's table (so it must not carry figures). {@code met} is null when the line has no target.
 */
public record ComparisonRow(String work, String rapporteur, String reference, String ratio, String target,
                            Boolean met) {
    /** A line whose measurement failed: the reason stands in the Rapporteur column, the target is not met. */
    public static ComparisonRow failed(String work, String target, String reason) {
        return new ComparisonRow(work, "failed: " + reason, "—", "—", target, target.equals("—") ? null : false);
    }
}
