package org.rapporteur.model;

import java.util.List;

/**
 * Who said a claim: a {@code speaker}, or else an {@code attributedTo} organisation or session (never both), how
 * that was decided, how sure the extractor is (0..1), and a short human-readable {@code reason}.
 *
 * <p>{@code runnerUp} is the best candidate that lost, or null when nothing else was in the running; {@code evidence}
 * lists what was weighed, strongest first, for and against the winner. Both let the analyst review weak or close
 * attributions; neither changes who the speaker is.
 */
public record Attribution(Person speaker, String attributedTo, AttributionMethod method, double confidence,
                          String reason, RunnerUp runnerUp, List<AttributionEvidence> evidence) {

    /** The candidate that came second: a person or a body, its score (0..1) and why it was considered. */
    public record RunnerUp(Person speaker, String attributedTo, double confidence, String reason) {
        public String name() {
            return speaker != null ? speaker.name() : attributedTo;
        }
    }

    public Attribution {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    public Attribution(Person speaker, String attributedTo, AttributionMethod method, double confidence,
                       String reason) {
        this(speaker, attributedTo, method, confidence, reason, null, List.of());
    }

    public static Attribution none() {
        return new Attribution(null, null, AttributionMethod.NONE, 0, "no speaker found");
    }

    public static Attribution to(Person p, AttributionMethod m, double confidence, String reason) {
        return new Attribution(p, null, m, confidence, reason);
    }

    public static Attribution toBody(String body, AttributionMethod m, double confidence, String reason) {
        return new Attribution(null, body, m, confidence, reason);
    }

    /** The same decision with the runner-up and the evidence that led to it. */
    public Attribution withDeliberation(RunnerUp second, List<AttributionEvidence> weighed) {
        return new Attribution(speaker, attributedTo, method, confidence, reason, second, weighed);
    }

    public String speakerName() {
        return speaker == null ? null : speaker.name();
    }

    /** The speaker's name, else the organisation or session the claim is credited to, else null. */
    public String creditedName() {
        return speaker != null ? speaker.name() : attributedTo;
    }

    /**
     * How much the choice needs an analyst's eye, 0 (certain) to 1: low confidence, or a runner-up close behind.
     * The review lists claims by this, worst first.
     */
    public double doubt() {
        double weak = 1.0 - confidence;
        double close = runnerUp == null ? 0 : Math.max(0, 1.0 - Math.max(0, confidence - runnerUp.confidence()) * 4);
        return Math.max(weak, close * 0.9);
    }
}
