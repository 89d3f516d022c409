package org.rapporteur.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.rapporteur.ingest.CorpusScanner;
import org.rapporteur.ingest.IngestResult;
import org.rapporteur.ingest.Ingestor;
import org.rapporteur.ingest.Sidecar;
import org.rapporteur.ingest.SidecarReader;
import org.rapporteur.model.Report;
import org.rapporteur.model.SourceDocument;
import org.rapporteur.structure.ReportStructurer;

/**
 * Writes what reading and structuring make of every report file under a folder, one text file per source: the
 * normalised text, pages, problems, layout marks, metadata, sections, speaker blocks, boilerplate and claims. The files
 * are the ones {@code rapporteur index} would read there, each structured with its entry of the folder's metadata
 * sidecar, as indexing does. Diff two dumps (before and after a change to the readers or the structure stage) to see
 * that the text stayed the same.
 * Usage: {@code java -cp target/test-classes:target/classes:target/lib/* org.rapporteur.bench.ExtractionDump DIR OUT}.
 */
public final class ExtractionDump {
    private ExtractionDump() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]).toAbsolutePath().normalize();
        Path out = Path.of(args[1]);
        Ingestor ingestor = new Ingestor();
        ReportStructurer structurer = new ReportStructurer();
        List<Path> files = CorpusScanner.scan(List.of(dir)).files();
        Sidecar sidecar = SidecarReader.read(dir);
        for (Path file : files) {
            Path target = out.resolve(dir.relativize(file) + ".dump");
            Files.createDirectories(target.getParent());
            long t0 = System.nanoTime();
            IngestResult read = ingestor.read(file);
            try (BufferedWriter w = Files.newBufferedWriter(target)) {
                if (!read.ok()) {
                    w.write("FAILED " + read.problems() + "\n");
                    continue;
                }
                SourceDocument doc = read.document();
                Report report = structurer.structure(doc, sidecar.entryFor(file).orElse(null));
                w.write(doc.text());
                w.write("\n--- pages\n" + doc.pages());
                w.write("\n--- problems\n" + doc.problems());
                w.write("\n--- layout\n" + doc.layout());
                w.write("\n--- metadata\n" + report.metadata());
                w.write("\n--- sections\n");
                lines(w, report.sections());
                w.write("--- speaker blocks\n");
                lines(w, report.speakerBlocks());
                w.write("--- boilerplate\n");
                lines(w, report.boilerplate());
                w.write("--- claims\n");
                lines(w, report.claims());
            }
            System.err.printf(Locale.ROOT, "%6d ms %s%n", (System.nanoTime() - t0) / 1_000_000, dir.relativize(file));
        }
    }

    private static void lines(BufferedWriter w, List<?> items) throws IOException {
        for (Object o : items) {
            w.write(o + "\n");
        }
    }
}
