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
 * @param external true when another process (or another store on the same file) made it
 */
public record ChangeEvent(long eventId, long changeId, Action action, String type, String summary, long entityId,
                          Set<String> claimIds, Set<String> reportIds, boolean codebookChanged, boolean external) {
    public ChangeEvent {
        claimIds = Set.copyOf(claimIds);
        reportIds = Set.copyOf(reportIds);
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
