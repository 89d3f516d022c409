package org.rapporteur.annotations;

/** One change in the journal, newest first in {@link AnnotationStore#history(int)}. */
public record HistoryEntry(long changeId, String type, String summary, String creator, String createdAt,
                           State state) {
    /** DONE: in effect; UNDONE: can be redone; DISCARDED: undone and then superseded by a newer change. */
    public enum State { DONE, UNDONE, DISCARDED }
}
