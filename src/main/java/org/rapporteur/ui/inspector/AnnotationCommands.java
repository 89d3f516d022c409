package org.rapporteur.ui.inspector;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.rapporteur.annotations.AnnotationException;
import org.rapporteur.annotations.Annotations;
import org.rapporteur.annotations.Change;
import org.rapporteur.annotations.Coding;
import org.rapporteur.annotations.CorrectionRequest;
import org.rapporteur.annotations.Link;
import org.rapporteur.annotations.LinkType;
import org.rapporteur.annotations.Note;
import org.rapporteur.annotations.Orphan;
import org.rapporteur.annotations.Tag;
import org.rapporteur.annotations.Target;
import org.rapporteur.annotations.TargetKind;
import org.rapporteur.model.Attribution;
import org.rapporteur.model.ClaimRecord;
import org.rapporteur.pipeline.Workspace;

/**
 * The annotation changes the inspector offers, as plain calls on the workspace's {@link Annotations} (each one
 * undoable change, or two for a new tag: create it, then code with it). Blocking: call from a background thread.
 */
public final class AnnotationCommands {
    private final Workspace workspace;

    public AnnotationCommands(Workspace workspace) {
        this.workspace = workspace;
    }

    private Annotations service() {
        return workspace.annotations();
    }

    /** Reads what the analyst did on a claim, with the other ends of its links looked up in the index. */
    public ClaimAnnotations load(String claimId) {
        Annotations s = service();
        List<Coding> codings = s.codings(claimId);
        List<Note> notes = s.notes(Target.claim(claimId));
        List<ClaimAnnotations.LinkRow> rows = new ArrayList<>();
        for (Link l : s.links(claimId)) {
            boolean outgoing = claimId.equals(l.source().claimId());
            String other = outgoing ? l.target().claimId() : l.source().claimId();
            Optional<ClaimRecord> rec = other == null ? Optional.empty() : workspace.corpus().claim(other);
            rows.add(new ClaimAnnotations.LinkRow(l.id(), l.type(), outgoing, other,
                    rec.map(AnnotationCommands::who).orElse(null),
                    rec.map(r -> r.claim().text().strip()).orElse(outgoing ? l.target().quote().exact()
                            : l.source().quote().exact()),
                    rec.map(r -> r.reportTitle() != null ? r.reportTitle() : r.source()).orElse(null), l.note()));
        }
        java.util.Map<String, String> colours = new java.util.HashMap<>();
        if (!codings.isEmpty()) {
            colours.putAll(s.tagColoursByPath());
            colours.keySet().retainAll(codings.stream().map(Coding::tagPath).toList());
        }
        return new ClaimAnnotations(claimId, codings, notes.isEmpty() ? null : notes.getFirst(), rows, colours);
    }

    static String who(ClaimRecord r) {
        Attribution a = r.claim().attribution();
        return a.speaker() != null ? a.speaker().name() : a.attributedTo() != null ? a.attributedTo()
                : r.organisation() != null ? r.organisation() : "Unattributed";
    }

    /** Codes the claim with the tag named (a path, a unique name or an id); creates a top-level tag when new. */
    public void addTag(String claimId, String tagRef) {
        Tag t = resolveOrCreate(tagRef);
        boolean already = service().codings(claimId).stream().anyMatch(c -> c.tagId() == t.id());
        if (!already) {
            service().execute(new Change.AddCoding(t.id(), Target.claim(claimId)));
        }
    }

    /**
     * Codes characters {@code [start, end)} of a report's text with the tag named (created when new); a second
     * coding of the same range with the same tag is not added.
     */
    public void tagSelection(String reportId, int start, int end, String tagRef) {
        Tag t = resolveOrCreate(tagRef);
        boolean already = service().codingsByReport(reportId).stream().anyMatch(c -> c.tagId() == t.id()
                && c.targetKind() == TargetKind.SELECTION && !c.anchor().orphan()
                && c.anchor().position().start() == start && c.anchor().position().end() == end);
        if (!already) {
            service().execute(new Change.AddCoding(t.id(), Target.selection(reportId, start, end)));
        }
    }

    /** Adds a note on characters {@code [start, end)} of a report's text. */
    public void noteSelection(String reportId, int start, int end, String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new AnnotationException("The note is empty.");
        }
        service().execute(new Change.AddNote(Target.selection(reportId, start, end), t));
    }

    /** Moves an anchor (an orphan's) onto a claim or a selection; undoable. */
    public void reattach(long anchorId, Target target) {
        service().execute(new Change.ReattachAnchor(anchorId, target));
    }

    /** Deletes the annotation an orphan stands for (its coding, note, link or correction); undoable. */
    public void delete(Orphan orphan) {
        service().execute(switch (orphan.kind()) {
            case "coding" -> new Change.RemoveCoding(orphan.annotationId());
            case "note" -> new Change.DeleteNote(orphan.annotationId());
            case "link" -> new Change.RemoveLink(orphan.annotationId());
            case "correction" -> new Change.RemoveCorrection(orphan.annotationId());
            default -> throw new AnnotationException("Cannot delete an annotation of kind '" + orphan.kind() + "'.");
        });
    }

    private Tag resolveOrCreate(String tagRef) {
        String ref = tagRef == null ? "" : tagRef.strip().replaceFirst("^#", "");
        if (ref.isEmpty()) {
            throw new AnnotationException("Type a tag name first.");
        }
        try {
            return service().resolveTag(ref);
        } catch (AnnotationException unknown) {
            long id = service().execute(new Change.CreateTag(ref)).entityId();
            return service().resolveTag(Long.toString(id));
        }
    }

    public void removeCoding(long codingId) {
        service().execute(new Change.RemoveCoding(codingId));
    }

    /** Adds, edits or (when blank) deletes the claim's note. */
    public void saveNote(String claimId, Note existing, String text) {
        String t = text == null ? "" : text.strip();
        if (existing == null) {
            if (!t.isEmpty()) {
                service().execute(new Change.AddNote(Target.claim(claimId), t));
            }
        } else if (t.isEmpty()) {
            service().execute(new Change.DeleteNote(existing.id()));
        } else if (!t.equals(existing.text())) {
            service().execute(new Change.EditNote(existing.id(), t, existing.modifiedAt()));
        }
    }

    public void link(String sourceClaimId, String targetClaimId, LinkType type, String note) {
        if (sourceClaimId.equals(targetClaimId)) {
            throw new AnnotationException("A claim cannot be linked to itself.");
        }
        service().execute(new Change.AddLink(sourceClaimId, targetClaimId, type,
                note == null || note.isBlank() ? null : note.strip()));
    }

    public void removeLink(long linkId) {
        service().execute(new Change.RemoveLink(linkId));
    }

    /** Records who really said the claim; the claim's report is re-indexed with the correction applied. */
    public void correctSpeaker(String claimId, String name, String role, String affiliation, String country) {
        if (name == null || name.isBlank()) {
            throw new AnnotationException("The speaker's name is needed.");
        }
        service().execute(new Change.AddCorrection(new CorrectionRequest.SetSpeaker(claimId, name.strip(),
                blankToNull(role), blankToNull(affiliation), blankToNull(country))));
    }

    /**
     * Gives the claim a theme of the taxonomy (an analyst correction, undoable): its report is re-indexed with the
     * theme, and the claim teaches similar claims at the next re-theme.
     */
    public void addTheme(String claimId, String theme) {
        if (theme == null || theme.isBlank()) {
            throw new AnnotationException("Choose a theme first.");
        }
        service().execute(new Change.AddCorrection(new CorrectionRequest.AddTheme(claimId, theme.strip())));
    }

    /** Takes a theme off the claim ("Not this theme": an analyst correction, undoable; it is not given back). */
    public void removeTheme(String claimId, String theme) {
        service().execute(new Change.AddCorrection(new CorrectionRequest.RemoveTheme(claimId, theme)));
    }

    /** The taxonomy's themes, as the workspace holds them now (the team's when shared). */
    public List<org.rapporteur.model.Theme> themes() {
        return workspace.themes().themes();
    }

    /** Every tag path in the codebook, for completion. */
    public List<String> tagPaths() {
        return service().tags().stream().map(Tag::path).sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
