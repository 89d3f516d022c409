package org.rapporteur.structure;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.rapporteur.ingest.IngestResult;
import org.rapporteur.ingest.Ingestor;
import org.rapporteur.model.Report;
import org.rapporteur.model.SourceDocument;
import org.rapporteur.testing.SharedData;

/** The five sample reports of the shared corpus, read through the real ingest and structured. */
final class SampleReports {
    private SampleReports() {
    }

    static List<Path> files() {
        try (Stream<Path> s = Files.list(SharedData.corpus())) {
            return s.filter(p -> p.getFileName().toString().matches("\\d{3}_.*\\.txt")).sorted().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static SourceDocument read(Path file) {
        IngestResult r = new Ingestor().read(file);
        if (r.document() == null) {
            throw new IllegalStateException("ingest failed for " + file + ": " + r.problems());
        }
        return r.document();
    }

    static List<Report> structured() {
        List<Report> out = new ArrayList<>();
        ReportStructurer s = new ReportStructurer();
        for (Path f : files()) {
            out.add(s.structure(read(f), null));
        }
        return out;
    }
}
