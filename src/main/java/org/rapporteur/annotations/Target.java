package org.rapporteur.annotations;

/**
 * What an annotation is about. Codings take a {@link Claim} or a {@link Selection}; notes take any target; links and
 * corrections take claims.
 */
public sealed interface Target {
    /** A claim by id; the {@link ClaimResolver} must know it. */
    record Claim(String claimId) implements Target {
    }

    /** Characters {@code [start, end)} of a report's normalised text. */
    record Selection(String reportId, int start, int end) implements Target {
    }

    record Report(String reportId) implements Target {
    }

    /** A person by display name, across reports. */
    record Person(String name) implements Target {
    }

    record Tag(long tagId) implements Target {
    }

    static Target claim(String claimId) {
        return new Claim(claimId);
    }

    static Target selection(String reportId, int start, int end) {
        return new Selection(reportId, start, end);
    }
}
