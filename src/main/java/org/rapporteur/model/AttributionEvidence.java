package org.rapporteur.model;

/**
 * One piece of evidence the attribution weighed for a claim: who it points to ({@code candidate}, a person's name or
 * an organisation, delegation or session), what kind of signal it is ({@code kind}, e.g. "transcript turn",
 * "declared author"), how strongly it counts after the layout's prior ({@code weight}, 0..1), and why
 * ({@code reason}, one short sentence an analyst can read). {@code chosen} tells whether it supports the speaker the
 * claim was finally given; evidence that does not is the case against.
 */
public record AttributionEvidence(String candidate, String kind, double weight, String reason, boolean chosen) {
}
