package org.rapporteur.annotations;

/**
 * What deleting a tag does with its codings and notes. The default refuses a tag in use, so nothing is ever dropped
 * silently; the other two say explicitly where the work goes.
 */
public sealed interface DeletePolicy {
    /** Refuse with a message naming how many codings and notes use the tag. */
    record RefuseIfUsed() implements DeletePolicy {
    }

    /** Move codings and notes to another tag first. */
    record MoveCodingsTo(long tagId) implements DeletePolicy {
    }

    /** Delete the tag's codings and notes with it (undoable like every change). */
    record DeleteCodings() implements DeletePolicy {
    }

    DeletePolicy REFUSE_IF_USED = new RefuseIfUsed();
    DeletePolicy DELETE_CODINGS = new DeleteCodings();

    static DeletePolicy moveCodingsTo(long tagId) {
        return new MoveCodingsTo(tagId);
    }
}
