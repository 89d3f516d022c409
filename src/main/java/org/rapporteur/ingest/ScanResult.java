package org.rapporteur.ingest;

import java.nio.file.Path;
import java.util.List;
import org.rapporteur.model.Problem;

/** The report files found under a corpus' roots, in a stable order, and the warnings met while looking. */
public record ScanResult(List<Path> files, List<Problem> problems) {
    public ScanResult {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
    }
}
