package org.rapporteur.ingest;

import java.nio.file.Path;
import java.util.List;
import org.rapporteur.model.Problem;

/** The report files found under a corpus' roots, in a stable order, and the warnings met while looking. */
public record CorpusFiles(List<Path> files, List<Problem> problems) {
    public CorpusFiles {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
    }
}
