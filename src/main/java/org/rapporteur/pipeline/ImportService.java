package org.rapporteur.pipeline;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.rapporteur.annotations.Annotations;
import org.rapporteur.export.CodingEntry;
import org.rapporteur.export.ExportBundle;
import org.rapporteur.export.ImportException;
import org.rapporteur.export.ImportLimits;
import org.rapporteur.export.LinkEntry;
import org.rapporteur.export.NoteEntry;
import org.rapporteur.export.QdcImporter;
import org.rapporteur.export.TagEntry;
import org.rapporteur.export.WebAnnotationImporter;
import org.rapporteur.progress.Cancellation;
import org.rapporteur.progress.ProgressListener;

/**
 * Imports the analyst's work into a workspace: our own W3C Web Annotation JSON-LD ({@code .jsonld}, {@code .json})
 * restores tags, codings, notes and links; a REFI-QDA codebook ({@code .qdc}) or project ({@code .qdpx}) adds its
 * code tree as tags.
 *
 * <p>All or nothing: the file is read and checked completely, every tag mapped and every anchor placed on the
 * workspace's reports (at its position, else by its quote) before anything is written; a file that does not fit
 * is refused with an {@link ImportException} and the store is untouched. The writes are one transaction and one
 * journal entry ({@link Annotations#executeAll}): a failed write, a cancellation or a killed process leaves the
 * store as it was, and one undo takes a finished import back. Tags with a path the codebook has are reused, and codings, notes and
 * links the workspace has already are skipped, so importing twice changes nothing the second time. The imported work
 * gets this store's user and the current time as creator and timestamps.
 */
public final class ImportService {
    private final Workspace workspace;
    private final Annotations annotations;
    private final ImportLimits limits;

    public ImportService(Workspace workspace) {
        this(workspace, ImportLimits.DEFAULT);
    }

    public ImportService(Workspace workspace, ImportLimits limits) {
        this.workspace = workspace;
        this.annotations = workspace.annotations();
        this.limits = limits;
    }

    /** Imports a file by its extension: {@code .jsonld}/{@code .json}, {@code .qdc} or {@code .qdpx}. */
    public ImportResult importFile(Path file, ProgressListener progress, Cancellation cancel) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonld") || name.endsWith(".json")) {
            return importAnnotations(file, progress, cancel);
        }
        if (name.endsWith(".qdc") || name.endsWith(".qdpx")) {
            return importCodebook(file, progress, cancel);
        }
        throw new ImportException("Cannot import " + file.getFileName() + ": Rapporteur imports its own JSON-LD"
                + " (.jsonld) and REFI-QDA codebooks (.qdc, or the codebook of a .qdpx project).");
    }

    /** Adds the code tree of a REFI-QDA codebook or project as tags. */
    public ImportResult importCodebook(Path file, ProgressListener progress, Cancellation cancel) {
        List<TagEntry> tags = new QdcImporter(limits).read(file);
        ImportPlan plan = new ImportPlan(workspace, annotations);
        plan.tags(tags);
        plan.execute(file, progress, cancel);
        ImportTally tally = plan.tally();
        return new ImportResult(file, "REFI-QDA codebook", tally.tagsCreated, tally.tagsExisting, 0, 0, 0, 0, 0, 0,
                0, tally.messages());
    }

    /** Restores tags, codings, notes and links from our JSON-LD. */
    public ImportResult importAnnotations(Path file, ProgressListener progress, Cancellation cancel) {
        ExportBundle b = new WebAnnotationImporter(limits).read(file);
        ImportPlan plan = new ImportPlan(workspace, annotations);
        plan.tags(b.tags());
        Map<Long, String> tagPaths = new HashMap<>();
        b.tags().forEach(t -> tagPaths.put(t.id(), t.path()));
        for (CodingEntry k : b.codings()) {
            cancel.check();
            plan.coding(k);
        }
        for (NoteEntry n : b.notes()) {
            cancel.check();
            plan.note(n, tagPaths);
        }
        for (LinkEntry l : b.links()) {
            cancel.check();
            plan.link(l);
        }
        plan.refuseIfUnplaced(file);
        plan.execute(file, progress, cancel);
        ImportTally tally = plan.tally();
        return new ImportResult(file, "W3C Web Annotation (JSON-LD)", tally.tagsCreated, tally.tagsExisting,
                tally.codings, tally.notes, tally.links, tally.duplicates, tally.orphansSkipped, tally.moved,
                tally.downgraded, tally.messages());
    }
}
