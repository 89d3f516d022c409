package org.rapporteur.ingest;

import java.nio.file.Path;
import java.util.List;
import org.rapporteur.model.Problem;
import org.rapporteur.model.SourceDocument;

/**
 * The outcome of reading one file: the document (null when the file could not be read) and every problem met,
 * fatal (ERROR, then {@code document} is null) or not (WARNING, also listed in {@code document.problems()}).
 */
public record IngestResult(Path path, SourceDocument document, List<Problem> problems) {
    public IngestResult {
        problems = List.copyOf(problems);
    }

    /** True when a document was produced. */
    public boolean ok() {
        return document != null;
    }

    static IngestResult failed(Path path, Problem problem) {
        return new IngestResult(path, null, List.of(problem));
    }
}
