package org.rapporteur.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.testing.HostileFiles;

/** What {@code index} and {@code reports} tell the analyst about bad files, copies and per-report warnings. */
class IndexMessagesTest {
    @TempDir
    Path dir;

    @Test
    void indexPrintsOneLineForEachBadFileCopyAndReportWarning() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Path good = HostileFiles.simplePdf(corpus.resolve("a-panel.pdf"), 2, "river basins");
        Path copy = Files.copy(good, Files.createDirectories(corpus.resolve("copies")).resolve("panel.pdf"));
        Path cut = HostileFiles.truncatedPdf(corpus.resolve("cut.pdf"), 0.9);
        Path bomb = HostileFiles.zipBombDocx(corpus.resolve("bomb.docx"), 8L << 20);
        Path lol = HostileFiles.billionLaughsDocx(corpus.resolve("lol.docx"));
        boolean fifo = HostileFiles.fifo(corpus.resolve("pipe.pdf"));

        CliRun r = CliRun.run(dir.resolve("ws"), "index", "--corpus", corpus.toString());

        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        // every line ends with what to do: the place's own advice, or the kind of problem's
        assertTrue(lines.contains("warning: " + copy + ": same content as " + good + ": indexed once ("
                + org.rapporteur.model.ProblemKind.DUPLICATE.action() + ")"), r.out());
        assertTrue(lines.contains("failed: " + bomb + ": the file expands more than 100-fold when unpacked; it may be "
                + "a zip bomb (the file was not read; ask for a clean copy, or open it in Word and save it again)"), r.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("failed: " + lol
                + ": the DOCX file is malformed: it defines nested entities")), r.out());
        // a report read with a warning: the line comes with `index`, not only with `reports`
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("warning: " + cut + ": PDF looks truncated")), r.out());
        if (fifo) {
            assertTrue(lines.contains("warning: " + corpus.resolve("pipe.pdf") + ": a named pipe (FIFO), not a file: "
                    + "skipped (" + org.rapporteur.model.ProblemKind.NOT_A_FILE.action() + ")"), r.out());
        }
        String all = r.out() + r.err();
        for (String library : List.of("Exception", "org.apache", "ZipSecureFile", "\tat ", "WARN")) {
            assertFalse(all.contains(library), () -> "library words in: " + all);
        }

        CliRun reports = CliRun.run(dir.resolve("ws"), "reports");
        assertTrue(reports.out().contains("same content also at " + copy + " (cited as " + good + ")"), reports.out());
        CliRun json = CliRun.run(dir.resolve("ws"), "reports", "--json");
        assertTrue(json.json().findValues("otherPaths").stream().anyMatch(n -> n.size() == 1
                && n.get(0).asText().equals(copy.toString())), json.out());
    }
}
