package org.rapporteur.annotations;

/**
 * Every change the analyst can make, as values. {@link AnnotationStore#execute(Change)} is the one path that applies
 * them; each is journalled with its inverse, so it can be undone and redone, also from another process.
 * Ids are the store's numeric ids; claims are referred to by claim id and checked by the {@link ClaimResolver}.
 */
public sealed interface Change {
    /** A short description for history lists, e.g. {@code create tag 'Energy'}. */
    String describe();

    /** @param parentId null for a top-level tag; @param colour {@code #RRGGBB} or null for a generated one */
    record CreateTag(String name, Long parentId, String colour, String description) implements Change {
        public CreateTag(String name) {
            this(name, null, null, null);
        }

        public String describe() {
            return "create tag '" + name + "'";
        }
    }

    /**
     * @param readModifiedAt the tag's {@link Tag#modifiedAt()} when the analyst read it, or null (not said, and journals
     *                       from before issue 17): when another analyst has changed the tag since, the rename still
     *                       wins and its event names them in {@link ChangeEvent#overwrote()}
     */
    record RenameTag(long tagId, String newName, String readModifiedAt) implements Change {
        public RenameTag(long tagId, String newName) {
            this(tagId, newName, null);
        }

        public String describe() {
            return "rename tag " + tagId + " to '" + newName + "'";
        }
    }

    /**
     * Colour and description; null leaves a field as it is. {@code readModifiedAt} as in {@link RenameTag}.
     */
    record EditTag(long tagId, String colour, String description, String readModifiedAt) implements Change {
        public EditTag(long tagId, String colour, String description) {
            this(tagId, colour, description, null);
        }

        public String describe() {
            return "edit tag " + tagId;
        }
    }

    /** @param newParentId null to move to the top level; refused when it would make a cycle */
    record MoveTag(long tagId, Long newParentId) implements Change {
        public String describe() {
            return "move tag " + tagId + (newParentId == null ? " to the top" : " under tag " + newParentId);
        }
    }

    /** Codings, notes and sub-tags of {@code sourceId} move to {@code targetId}; then the source tag is deleted. */
    record MergeTags(long sourceId, long targetId) implements Change {
        public String describe() {
            return "merge tag " + sourceId + " into tag " + targetId;
        }
    }

    record DeleteTag(long tagId, DeletePolicy policy) implements Change {
        public DeleteTag(long tagId) {
            this(tagId, DeletePolicy.REFUSE_IF_USED);
        }

        public DeleteTag {
            policy = policy == null ? DeletePolicy.REFUSE_IF_USED : policy;
        }

        public String describe() {
            return "delete tag " + tagId;
        }
    }

    /**
     * @param target     a {@link Target.Claim} or a {@link Target.Selection}
     * @param suggested  true when the analyst accepted the tag from those suggested for the claim (ADR 0034); the
     *                   coding is an ordinary one that remembers it
     * @param confidence the suggestion's confidence in [0, 1] when it was accepted; null when not suggested, or when
     *                   the suggestion was no longer computable
     */
    record AddCoding(long tagId, Target target, boolean suggested, Double confidence) implements Change {
        public AddCoding(long tagId, Target target) {
            this(tagId, target, false, null);
        }

        public AddCoding {
            if (confidence != null && (!suggested || !(confidence >= 0 && confidence <= 1))) {
                throw new IllegalArgumentException("a confidence in [0, 1] belongs to a suggested coding only: "
                        + confidence);
            }
        }

        /** The coding of a claim with a tag the analyst accepted from its suggestions. */
        public static AddCoding accepted(long tagId, String claimId, Double confidence) {
            return new AddCoding(tagId, Target.claim(claimId), true, confidence);
        }

        public String describe() {
            return "code " + TargetText.of(target) + " with tag " + tagId + (suggested ? " (suggested)" : "");
        }
    }

    /**
     * The analyst's refusal of a tag suggested for a claim: remembered, so it is never suggested for that claim again
     * (ADR 0034). Undoable like any change.
     *
     * @param confidence the suggestion's confidence when it was refused; null when unknown
     */
    record RejectSuggestion(String claimId, long tagId, Double confidence) implements Change {
        public String describe() {
            return "reject tag " + tagId + " suggested for claim " + claimId;
        }
    }

    record RemoveCoding(long codingId) implements Change {
        public String describe() {
            return "remove coding " + codingId;
        }
    }

    record AddNote(Target target, String text) implements Change {
        public String describe() {
            return "note on " + TargetText.of(target);
        }
    }

    /** {@code readModifiedAt}: the note's {@link Note#modifiedAt()} when the analyst read it, as in {@link RenameTag}. */
    record EditNote(long noteId, String text, String readModifiedAt) implements Change {
        public EditNote(long noteId, String text) {
            this(noteId, text, null);
        }

        public String describe() {
            return "edit note " + noteId;
        }
    }

    record DeleteNote(long noteId) implements Change {
        public String describe() {
            return "delete note " + noteId;
        }
    }

    /** @param note optional */
    record AddLink(String sourceClaimId, String targetClaimId, LinkType type, String note) implements Change {
        public String describe() {
            return "link " + sourceClaimId + " " + type.label() + " " + targetClaimId;
        }
    }

    record RemoveLink(long linkId) implements Change {
        public String describe() {
            return "remove link " + linkId;
        }
    }

    record AddCorrection(CorrectionRequest request) implements Change {
        public String describe() {
            return "correct: " + request.describe();
        }
    }

    record RemoveCorrection(long correctionId) implements Change {
        public String describe() {
            return "remove correction " + correctionId;
        }
    }

    /** The analyst's word that two names are one person (ADR 0021); names as shown, any written form of each. */
    record MergePeople(String name, String other) implements Change {
        public String describe() {
            return "merge person '" + other + "' into '" + name + "'";
        }
    }

    /** The analyst's word that a written form is not the person it was merged into (ADR 0021). */
    record SplitPerson(String person, String variant) implements Change {
        public String describe() {
            return "split '" + variant + "' out of person '" + person + "'";
        }
    }

    /** Re-attach an anchor (usually an orphan's) to a claim or a selection. */
    record ReattachAnchor(long anchorId, Target target) implements Change {
        public String describe() {
            return "re-attach anchor " + anchorId + " to " + TargetText.of(target);
        }
    }

    /**
     * Several changes made as one: applied in order in one transaction, journalled as one entry, so a kill leaves
     * all or none of them and one undo takes them all back (an import is one). Later changes may use ids that
     * earlier ones created; {@link AnnotationStore#executeAll} builds the list step by step for that.
     */
    record Batch(String summary, java.util.List<Change> changes) implements Change {
        public Batch {
            changes = java.util.List.copyOf(changes);
        }

        public String describe() {
            return summary;
        }
    }

    /** Short text for targets in descriptions. */
    final class TargetText {
        private TargetText() {
        }

        static String of(Target t) {
            return switch (t) {
                case Target.Claim c -> "claim " + c.claimId();
                case Target.Selection s -> "selection " + s.reportId().substring(0, Math.min(12,
                        s.reportId().length())) + "[" + s.start() + "," + s.end() + ")";
                case Target.Report r -> "report " + r.reportId();
                case Target.Person p -> "person '" + p.name() + "'";
                case Target.Tag g -> "tag " + g.tagId();
            };
        }
    }
}
