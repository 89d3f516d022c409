package org.rapporteur.ui.inspector;

import java.util.List;

import org.rapporteur.annotations.Coding;
import org.rapporteur.annotations.LinkType;
import org.rapporteur.annotations.Note;

/**
 * The analyst's work on one claim, as the inspector shows it: its codings (tags), its note (the first claim note, if
 * any) and its links, each link with the claim at the other end; {@code tagColours} maps the codings' tag paths to
 * their codebook colours.
 */
public record ClaimAnnotations(String claimId, List<Coding> codings, Note note, List<LinkRow> links,
                               java.util.Map<String, String> tagColours) {
    public ClaimAnnotations {
        codings = List.copyOf(codings);
        links = List.copyOf(links);
        tagColours = java.util.Map.copyOf(tagColours);
    }

    public static ClaimAnnotations none(String claimId) {
        return new ClaimAnnotations(claimId, List.of(), null, List.of(), java.util.Map.of());
    }

    /**
     * A link seen from this claim: {@code outgoing} when this claim is the source ("this supports that"), the other
     * claim's id, who said it and its text (null when it is no longer in the index: an orphaned end).
     */
    public record LinkRow(long id, LinkType type, boolean outgoing, String otherClaimId, String otherWho,
                          String otherText, String otherReport, String note) {
        /** E.g. {@code supports →} or {@code ← contradicts}. */
        public String direction() {
            String label = type.label().replace('-', ' ');
            return outgoing ? label + " →" : "← " + label;
        }
    }
}
