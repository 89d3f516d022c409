package org.rapporteur.annotations;

/**
 * One change in the journal, newest first in {@link AnnotationStore#history(int)}: what it did in words
 * ({@code summary}), who ({@code creator}, the user name) and from which program ({@code origin}).
 */
public record HistoryEntry(long changeId, String type, String summary, String creator, String createdAt,
                           State state, ChangeOrigin origin) {
    /** DONE: in effect; UNDONE: can be redone; DISCARDED: undone and then superseded by a newer change. */
    public enum State { DONE, UNDONE, DISCARDED }
}
