package org.rapporteur.annotations;

import java.util.Set;

/**
 * Something changed in the store: a change done, undone or redone, or a report re-anchored, in this process or
 * (seen by {@link AnnotationStore#pollExternalChanges()}) in another. Listeners use {@code claimIds} to refresh the
 * user-tag facet of just those claims, and {@code codebookChanged} to reload the tag tree.
 *
 * @param changeId the journal id of the change (0 for re-anchoring)
 * @param entityId the id of the entity a change created (tag, coding, note, link, correction), else 0
 * @param claimIds claims whose annotations may differ now (before and after the change)
 * @param summary  what the change does, in words ({@code link: Asif Durrani “Pakistan will…” contradicts …}); the
 *                 same for its undo and redo: {@link #sentence()} says which it was
 * @param external true when another process (or another store on the same file) made it
 * @param origin   the program that made it (for an undo or redo: the one that undid or redid it)
 * @param user     the analyst who made it (for an undo or redo: who undid or redid it); in team mode the name other
 *                 workbenches show next to the change
 * @param overwrote null, or the analyst whose edit of the same tag or note this change replaced (last writer wins,
 *                 and the loser is told: issue 17)
 */
public record ChangeEvent(long eventId, long changeId, Action action, String type, String summary, long entityId,
                          Set<String> claimIds, Set<String> reportIds, boolean codebookChanged, boolean external,
                          ChangeOrigin origin, String user, String overwrote) {
    public ChangeEvent {
        claimIds = Set.copyOf(claimIds);
        reportIds = Set.copyOf(reportIds);
        origin = origin == null ? ChangeOrigin.UNKNOWN : origin;
        user = user == null || user.isBlank() ? "unknown" : user;
    }

    /** What happened, as one line: {@code Undid link: Asif Durrani “…” contradicts …}, {@code Tag ‘Proxies’ on …}. */
    public String sentence() {
        return switch (action) {
            case DONE, REANCHORED -> capitalised(summary);
            case UNDONE -> "Undid " + summary;
            case REDONE -> "Redid " + summary;
        };
    }

    /**
     * How a window announces a change it did not make: where it came from and what it was, e.g.
     * {@code The command line changed the annotations: tag ‘Proxies’ on Asif Durrani “…”}.
     */
    public String announcement() {
        String from = capitalised(origin.place());
        return switch (action) {
            case DONE, REANCHORED -> from + " changed the annotations: " + summary;
            case UNDONE -> from + " undid " + summary;
            case REDONE -> from + " redid " + summary;
        };
    }

    private static String capitalised(String s) {
        return s == null || s.isEmpty() ? "" : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    public enum Action { DONE, UNDONE, REDONE, REANCHORED }

    /**
     * True when corrections were added or removed (or such a change undone or redone): the claims of
     * {@link #reportIds()} must be reconciled and re-indexed, since speakers, themes or even claim boundaries moved.
     */
    public boolean correctionsChanged() {
        return type.endsWith("Correction");
    }
}
