package org.rapporteur.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.model.SourceDocument;
import org.rapporteur.progress.NamedThreadFactory;
import org.rapporteur.testing.SharedData;

class IngestorConcurrencyTest {
    @TempDir
    Path dir;

    @Test
    void oneIngestorServesManyThreadsWithTheSameResults() throws Exception {
        List<Path> files = new ArrayList<>(CorpusScanner.scan(List.of(SharedData.corpus())).files());
        Path pdf = dir.resolve("r.pdf");
        TestPdfs.write(pdf, "Running Title", "%d", List.of(
                List.of("First page text that is long enough to wrap onto the next", "line of this page."),
                List.of("Second page."), List.of("Third page.")));
        files.add(pdf);
        files.add(Files.writeString(dir.resolve("p.html"), "<h1>T</h1><p>One</p><ul><li>a</li></ul>"));
        files.add(Files.writeString(dir.resolve("m.md"), "# Head\n\nSome **bold** text."));
        Ingestor ingestor = new Ingestor();
        List<SourceDocument> expected = files.stream().map(f -> ingestor.read(f).document()).toList();

        ExecutorService pool = Executors.newFixedThreadPool(4, new NamedThreadFactory("ingest-test"));
        try {
            List<Future<List<SourceDocument>>> runs = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                runs.add(pool.submit(() -> files.stream().map(f -> ingestor.read(f).document()).toList()));
            }
            for (Future<List<SourceDocument>> run : runs) {
                assertEquals(expected, run.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
