package org.rapporteur.pipeline;

import java.nio.file.Path;
import java.util.List;

import org.rapporteur.export.ExportFormat;
import org.rapporteur.model.Problem;

/** What an export wrote: the file, its size, counts of what went in, and what could not be gathered. */
public record ExportResult(Path file, ExportFormat format, long bytes, int claims, int reports, int tags,
                           int codings, int notes, int links, List<Problem> problems) {
    public ExportResult {
        problems = List.copyOf(problems);
    }
}
