package org.rapporteur.export;

import java.util.List;

import org.rapporteur.model.ClaimRecord;
import org.rapporteur.model.Person;

/**
 * One excerpt of an export: a selected claim, or a coded or annotated selection, with what the analyst attached to
 * it. Built by {@link Excerpts#of(ExportBundle)}.
 *
 * @param key    the claim id, or {@code reportId:start-end} for a selection
 * @param claim  the claim, or for a selection the claim around it; null when unknown
 * @param text   the excerpt's text (the claim text, or the selection's exact quote)
 * @param page   page of {@code start}, null for unpaged sources
 */
public record Excerpt(String key, TargetType target, ReportEntry report, ClaimRecord claim, int start, int end,
                      String text, Integer page, List<CodingEntry> codings, List<NoteEntry> notes,
                      List<LinkView> links) {
    public Excerpt {
        codings = List.copyOf(codings);
        notes = List.copyOf(notes);
        links = List.copyOf(links);
    }

    /** The tag paths on the excerpt, without repeats, in coding order. */
    public List<String> tagPaths() {
        return codings.stream().map(CodingEntry::tagPath).distinct().toList();
    }

    /** The person speaking, or null. */
    public Person speaker() {
        return claim == null ? null : claim.claim().attribution().speaker();
    }

    /** Who said or wrote it: the speaker, else the organisation or session it is attributed to, else null. */
    public String speakerLabel() {
        if (claim == null) {
            return null;
        }
        var a = claim.claim().attribution();
        return a.speakerName() != null ? a.speakerName() : a.attributedTo();
    }

    /** The citation of the excerpt: speaker or author, report, organisation, date, page. */
    public ExcerptCitation citation() {
        return ExcerptCitation.of(this);
    }

    public String section() {
        return claim == null ? null : claim.claim().section();
    }

    /** A link seen from this excerpt: the other end and the direction. */
    public record LinkView(LinkEntry link, boolean outgoing, AnchorEntry other, ClaimRecord otherClaim,
                           ReportEntry otherReport) {
        /** {@code contradicts} when this excerpt is the source, {@code contradicted by} when it is the target. */
        public String phrase() {
            if (outgoing) {
                return link.type().replace('-', ' ');
            }
            return switch (link.type()) {
                case "supports" -> "supported by";
                case "contradicts" -> "contradicted by";
                case "elaborates" -> "elaborated by";
                case "responds-to" -> "responded to by";
                case "same-claim" -> "same claim as";
                default -> link.type().replace('-', ' ') + " (from)";
            };
        }

        /** The other end's speaker, or null. */
        public String otherSpeaker() {
            if (otherClaim == null) {
                return null;
            }
            var a = otherClaim.claim().attribution();
            return a.speakerName() != null ? a.speakerName() : a.attributedTo();
        }

        public String otherReportTitle() {
            return otherReport == null ? null : otherReport.summary().title();
        }
    }
}
