package org.rapporteur.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.model.Problem;
import org.rapporteur.model.ReportSummary;
import org.rapporteur.progress.Cancellation;
import org.rapporteur.progress.ProgressListener;

/** Byte-identical files at several paths are one report that knows all of them and cites one, stably. */
class DuplicateFilesTest {
    private static final String REPORT = """
            Panel on River Basins

            Amina Rahman: Upstream dams change what reaches the delta, and we need shared data on flows.

            Jonas Berg: Trade in fish depends on those flows, so ministers should agree on a monitoring plan.
            """;

    @TempDir
    Path dir;

    private Path corpus() throws Exception {
        return Files.createDirectories(dir.resolve("corpus"));
    }

    private IndexSummary index(Workspace ws, Path root) {
        return ws.index(List.of(root), ProgressListener.NONE, Cancellation.NEVER);
    }

    @Test
    void identicalFilesAreOneReportThatKnowsBothPathsAndSaysSo() throws Exception {
        Path root = corpus();
        Path b = Files.writeString(Files.createDirectories(root.resolve("b")).resolve("panel.txt"), REPORT);
        Path a = Files.writeString(Files.createDirectories(root.resolve("a")).resolve("panel copy.txt"), REPORT);
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            IndexSummary first = index(ws, root);
            assertEquals(1, first.indexed());
            List<ReportSummary> reports = ws.corpus().reports();
            assertEquals(1, reports.size());
            ReportSummary r = reports.getFirst();
            assertEquals(a.toString(), r.path(), "the lexicographically first copy is cited");
            assertEquals(List.of(b.toString()), r.otherPaths());
            Problem line = first.warnings().stream().filter(w -> w.path().equals(b.toString())).findFirst().orElseThrow();
            assertEquals("same content as " + a + ": indexed once", line.reason());

            // again and again: nothing re-read, the citation path does not flip
            for (int run = 0; run < 3; run++) {
                IndexSummary again = index(ws, root);
                assertEquals(0, again.indexed());
                assertEquals(1, again.unchanged());
                assertEquals(a.toString(), ws.corpus().reports().getFirst().path());
                assertEquals(List.of(b.toString()), ws.corpus().reports().getFirst().otherPaths());
            }
        }
    }

    @Test
    void aReportStaysWhileOneOfItsCopiesRemains() throws Exception {
        Path root = corpus();
        Path a = Files.writeString(root.resolve("a.txt"), REPORT);
        Path b = Files.writeString(root.resolve("b.txt"), REPORT);
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            index(ws, root);
            String id = ws.corpus().reports().getFirst().id();
            Files.delete(a);
            IndexSummary s = index(ws, root);
            assertEquals(0, s.removed());
            assertEquals(1, ws.corpus().reports().size());
            ReportSummary r = ws.corpus().reports().getFirst();
            assertEquals(id, r.id());
            assertEquals(b.toString(), r.path());
            assertEquals(List.of(), r.otherPaths());
            assertTrue(ws.corpus().claimCount() > 0, "the claims are still there");

            Files.delete(b);
            assertEquals(1, index(ws, root).removed());
            assertEquals(0, ws.corpus().reports().size());
        }
    }

    @Test
    void aMovedFileKeepsItsReportAndClaimsWithoutBeingReadAgain() throws Exception {
        Path root = corpus();
        Path a = Files.writeString(root.resolve("a.txt"), REPORT);
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            index(ws, root);
            long claims = ws.corpus().claimCount();
            Path moved = Files.move(a, Files.createDirectories(root.resolve("later")).resolve("renamed.txt"));
            IndexSummary s = index(ws, root);
            assertEquals(0, s.indexed());
            assertEquals(0, s.removed());
            assertEquals(moved.toString(), ws.corpus().reports().getFirst().path());
            assertEquals(claims, ws.corpus().claimCount());
        }
    }

    @Test
    void aNewCopyKeepsTheCitationPathOfTheIndexedReport() throws Exception {
        Path root = corpus();
        Path m = Files.writeString(root.resolve("m.txt"), REPORT);
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            index(ws, root);
            Path a = Files.writeString(root.resolve("a.txt"), REPORT); // sorts first, arrives later
            IndexSummary s = index(ws, root);
            assertEquals(0, s.indexed(), "the copy is not read again");
            ReportSummary r = ws.corpus().reports().getFirst();
            assertEquals(m.toString(), r.path(), "the first-seen copy stays the citation");
            assertEquals(List.of(a.toString()), r.otherPaths());
        }
    }

    @Test
    void aCopyThatChangesBecomesItsOwnReportAndTheOriginalKeepsItsOtherPath() throws Exception {
        Path root = corpus();
        Path a = Files.writeString(root.resolve("a.txt"), REPORT);
        Path b = Files.writeString(root.resolve("b.txt"), REPORT);
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            index(ws, root);
            Files.writeString(b, REPORT + "\nCarla Mendes: Fisheries need a plan of their own, with quotas.\n");
            IndexSummary s = index(ws, root);
            assertEquals(1, s.indexed());
            List<ReportSummary> reports = ws.corpus().reports();
            assertEquals(2, reports.size(), reports::toString);
            for (ReportSummary r : reports) {
                assertEquals(List.of(), r.otherPaths());
            }
            assertEquals(List.of(a.toString(), b.toString()),
                    reports.stream().map(ReportSummary::path).sorted().toList());
        }
    }
}
