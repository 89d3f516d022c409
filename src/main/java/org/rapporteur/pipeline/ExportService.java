package org.rapporteur.pipeline;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

import org.rapporteur.annotations.AnnotationException;
import org.rapporteur.annotations.AnnotationStore;
import org.rapporteur.export.ExportBundle;
import org.rapporteur.export.ExportException;
import org.rapporteur.export.ExportFormat;
import org.rapporteur.export.ExportOptions;
import org.rapporteur.progress.Cancellation;
import org.rapporteur.progress.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exports a selection of claims and the analyst's work on them: gathers an {@link ExportBundle} from the index and
 * the annotation store, and writes it in any {@link ExportFormat}. Writing goes to a temporary file next to the
 * target that replaces it only when complete, so a failed or cancelled export leaves no half-written file.
 * Thread-safe; long calls report progress and check the cancellation once per claim and per report.
 */
public final class ExportService {
    private static final Logger LOG = LoggerFactory.getLogger(ExportService.class);

    private final Workspace workspace;
    private final AnnotationStore store;

    /** An export service over the workspace's index and annotation store. */
    public ExportService(Workspace workspace) {
        this.workspace = workspace;
        this.store = workspace.store();
    }

    /** Gathers, then writes {@code file}; returns what went in. */
    public ExportResult export(ExportSelection selection, ExportFormat format, ExportOptions options, Path file,
                               ProgressListener progress, Cancellation cancel) {
        ExportBundle bundle = gather(selection, format.needsReportText(), progress, cancel);
        cancel.check();
        progress.progress(-1, -1, "Writing " + file.getFileName());
        Path target = file.toAbsolutePath();
        Path tmp = null;
        try {
            Files.createDirectories(target.getParent());
            // Not createTempFile: its owner-only permissions would stick to the export after the move.
            tmp = target.resolveSibling("." + target.getFileName() + "." + Long.toHexString(System.nanoTime())
                    + ".part");
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                write(bundle, format, options, out);
            }
            cancel.check();
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
            long bytes = Files.size(target);
            LOG.debug("Exported {} claims as {} to {} ({} bytes)", bundle.claims().size(), format.key(), target, bytes);
            return new ExportResult(target, format, bytes, bundle.claims().size(), bundle.reports().size(),
                    bundle.tags().size(), bundle.codings().size(), bundle.notes().size(), bundle.links().size(),
                    bundle.problems());
        } catch (IOException e) {
            throw new ExportException("Cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    LOG.warn("Cannot remove the partial export {}", tmp, e);
                }
            }
        }
    }

    /** Writes a gathered bundle to a stream (for previews); the caller closes the stream. */
    public void write(ExportBundle bundle, ExportFormat format, ExportOptions options, OutputStream out) {
        try {
            format.exporter().write(bundle, options, out);
            out.flush();
        } catch (IOException e) {
            throw new ExportException("Cannot write the " + format.label() + " export: " + e.getMessage(), e);
        }
    }

    /** Collects the claims of a selection, the annotations on them and the reports they lie in, with their texts. */
    public ExportBundle gather(ExportSelection selection, ProgressListener progress, Cancellation cancel) {
        return gather(selection, true, progress, cancel);
    }

    /**
     * As {@link #gather(ExportSelection, ProgressListener, Cancellation)}; without {@code texts} the reports are not
     * re-read from their files (the slow part: about a second a report), which formats other than REFI-QDA and
     * JSON-LD do not need.
     */
    public ExportBundle gather(ExportSelection selection, boolean texts, ProgressListener progress,
                               Cancellation cancel) {
        try {
            return new ExportGathering(workspace, store, selection, texts, progress, cancel).run();
        } catch (AnnotationException e) {
            throw new ExportException(e.getMessage(), e);
        }
    }
}
