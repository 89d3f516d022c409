package org.rapporteur.model;

/**
 * A stretch of a report, {@code [start, end)}, that a person speaks: from the lines introducing them
 * ({@code headerStart..headerEnd}) to the next speaker or heading.
 */
public record SpeakerBlock(Person person, int headerStart, int headerEnd, int start, int end,
                           AttributionMethod method) {
}
