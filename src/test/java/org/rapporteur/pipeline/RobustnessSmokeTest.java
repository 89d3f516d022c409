package org.rapporteur.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.ingest.CorpusScanner;
import org.rapporteur.model.Problem;
import org.rapporteur.model.ReportSummary;
import org.rapporteur.progress.Cancellation;
import org.rapporteur.progress.ProgressListener;
import org.rapporteur.testing.HostileFiles;
import org.rapporteur.testing.SharedData;

/**
 * The robustness benchmark in small, in the default suite: a handful of generated bad files and 20 malformed PDFs from
 * {@code ../shared/robustness/pdf}, indexed in process. Every file becomes a report or exactly one problem line, in
 * words without library names, and nothing throws. ({@code bin/robustness} runs all 490 PDFs in a 1 GB child JVM.)
 */
class RobustnessSmokeTest {
    private static final int SHARED_PDFS = 20;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void everyFileIsAReportOrExactlyOneProblemLine() throws Exception {
        Path bad = Files.createDirectories(dir.resolve("bad"));
        Map<Path, String> generated = HostileFiles.smallSet(bad);
        Path copies = Files.createDirectories(bad.resolve("copies"));
        Files.copy(bad.resolve("good.pdf"), copies.resolve("good.pdf"));
        List<Path> roots = new ArrayList<>(sharedPdfs());
        roots.add(bad);
        List<Path> files = CorpusScanner.scan(roots).files();

        IndexSummary s;
        Set<String> reportPaths = new HashSet<>();
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            s = ws.index(roots, ProgressListener.NONE, Cancellation.NEVER);
            for (ReportSummary r : ws.corpus().reports()) {
                reportPaths.addAll(r.paths());
            }
        }
        Map<String, List<Problem>> lines = new HashMap<>();
        for (Problem p : Stream.concat(s.failures().stream(), s.warnings().stream()).toList()) {
            lines.computeIfAbsent(Path.of(p.path()).toAbsolutePath().normalize().toString(), k -> new ArrayList<>()).add(p);
        }
        List<String> wrong = new ArrayList<>();
        for (Path f : files) {
            String p = f.toAbsolutePath().normalize().toString();
            List<Problem> mine = lines.getOrDefault(p, List.of());
            boolean report = reportPaths.contains(p);
            boolean failed = mine.stream().anyMatch(x -> x.severity() == Problem.Severity.ERROR);
            if (report ? failed : mine.size() != 1) {
                wrong.add(p + " " + mine);
            }
        }
        assertEquals(List.of(), wrong, "each file a report or one line");
        assertEquals(SHARED_PDFS + generated.size() + 1 - (generated.containsValue("FIFO") ? 1 : 0), files.size());

        for (String good : List.of("good.pdf", "good.docx", "declares-billions.pdf")) {
            assertTrue(reportPaths.contains(bad.resolve(good).toString()), good + " indexed");
        }
        assertTrue(reportPaths.contains(copies.resolve("good.pdf").toString()), "the copy is a path of the report");
        if (generated.containsValue("FIFO")) {
            assertTrue(lines.containsKey(bad.resolve("pipe.txt").toString()), "the FIFO has its line");
        }
        for (List<Problem> ps : lines.values()) {
            for (Problem p : ps) {
                String line = p.line();
                for (String library : List.of("Exception", "org.apache", "ZipSecureFile", "COSStream", "-Xmx")) {
                    assertFalse(line.contains(library), () -> "library words: " + line);
                }
            }
        }
    }

    private static List<Path> sharedPdfs() throws Exception {
        Path pdfs = SharedData.robustnessPdfs();
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(pdfs), "no robustness PDFs");
        try (Stream<Path> all = Files.list(pdfs)) {
            return all.filter(p -> p.getFileName().toString().endsWith(".pdf")).sorted().limit(SHARED_PDFS).toList();
        }
    }
}
