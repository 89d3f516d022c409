package org.rapporteur.model;

/**
 * Who said a claim: a {@code speaker}, or else an {@code attributedTo} organisation or session (never both), how
 * that was decided, how sure the extractor is (0..1), and a short human-readable {@code reason}.
 */
public record Attribution(Person speaker, String attributedTo, AttributionMethod method, double confidence,
                          String reason) {
    public static Attribution none() {
        return new Attribution(null, null, AttributionMethod.NONE, 0, "no speaker found");
    }

    public static Attribution to(Person p, AttributionMethod m, double confidence, String reason) {
        return new Attribution(p, null, m, confidence, reason);
    }

    public static Attribution toBody(String body, AttributionMethod m, double confidence, String reason) {
        return new Attribution(null, body, m, confidence, reason);
    }

    public String speakerName() {
        return speaker == null ? null : speaker.name();
    }
}
