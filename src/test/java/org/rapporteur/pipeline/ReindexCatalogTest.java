package org.rapporteur.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.annotations.Change;
import org.rapporteur.annotations.Note;
import org.rapporteur.annotations.Target;
import org.rapporteur.index.ReportCatalog;
import org.rapporteur.model.ClaimRecord;
import org.rapporteur.model.ReportSummary;
import org.rapporteur.model.SearchRequest;
import org.rapporteur.progress.Cancellation;
import org.rapporteur.progress.ProgressListener;

/**
 * A re-index answers "what is indexed at this path, is this content indexed" from one catalog of the index read at the
 * start of the run (ADR 0017), not from the stored reports. Whatever happened to a file since the last run, the
 * outcome is the one content hashing gives: a changed file is read again even when its size and time are unchanged,
 * a file replaced at the same path replaces its report, a moved file keeps its report, claims and annotations.
 */
class ReindexCatalogTest {
    private static final String PANEL = """
            Panel on River Basins

            Amina Rahman: Upstream dams change what reaches the delta, and we need shared data on flows.

            Jonas Berg: Trade in fish depends on those flows, so ministers should agree on a monitoring plan.
            """;

    @TempDir
    Path dir;

    private IndexSummary index(Workspace ws, Path root) {
        return ws.index(List.of(root), ProgressListener.NONE, Cancellation.NEVER);
    }

    private static ClaimRecord claimSaying(Workspace ws, String words) {
        List<ClaimRecord> found = new java.util.ArrayList<>();
        ws.corpus().forEachClaim("", r -> {
            if (r.claim().text().contains(words)) {
                found.add(r);
            }
        });
        assertEquals(1, found.size(), "one claim says " + words);
        return found.getFirst();
    }

    @Test
    void aFileChangedWithItsSizeAndTimeKeptIsReadAgain() throws Exception {
        Path root = Files.createDirectories(dir.resolve("corpus"));
        Path file = Files.writeString(root.resolve("panel.txt"), PANEL);
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            index(ws, root);
            String before = ws.corpus().reports().getFirst().id();
            FileTime time = Files.getLastModifiedTime(file);
            long size = Files.size(file);
            // same length, same modification time, other words: what a tool that keeps file times can leave behind
            Files.writeString(file, PANEL.replace("fish", "rice"));
            Files.setLastModifiedTime(file, time);
            assertEquals(size, Files.size(file));

            IndexSummary s = index(ws, root);
            assertEquals(1, s.indexed(), s.line());
            assertEquals(0, s.unchanged(), s.line());
            List<ReportSummary> reports = ws.corpus().reports();
            assertEquals(1, reports.size(), "the new version replaced the old one");
            assertNotEquals(before, reports.getFirst().id());
            assertEquals(1, ws.corpus().search(SearchRequest.of("rice", 10)).total());
            assertEquals(0, ws.corpus().search(SearchRequest.of("fish", 10)).total());
        }
    }

    @Test
    void aFileReplacedByAnotherAtTheSamePathReplacesItsReportAndKeepsItsNote() throws Exception {
        Path root = Files.createDirectories(dir.resolve("corpus"));
        Path file = Files.writeString(root.resolve("panel.txt"), PANEL);
        Path other = Files.writeString(root.resolve("other.txt"), PANEL.replace("River Basins", "Coastal Towns")
                .replace("delta", "harbour").replace("fish", "timber"));
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            index(ws, root);
            ClaimRecord fish = claimSaying(ws, "Trade in fish");
            ws.annotations().execute(new Change.AddNote(Target.claim(fish.claim().id()), "ask about quotas"));

            // a new version written elsewhere and moved over the old one (a new file at the same path)
            Path draft = Files.writeString(dir.resolve("draft.txt"), PANEL + "\nAmina Rahman: Quotas follow the data.\n");
            Files.move(draft, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            IndexSummary s = index(ws, root);
            assertEquals(1, s.indexed(), s.line());
            assertEquals(1, s.unchanged(), "the other file is untouched: " + s.line());
            assertEquals(0, s.removed(), s.line());

            Map<String, ReportSummary> byPath = ws.corpus().reports().stream()
                    .collect(Collectors.toMap(ReportSummary::path, r -> r));
            assertEquals(Set.of(file.toString(), other.toString()), byPath.keySet());
            assertNotEquals(fish.claim().reportId(), byPath.get(file.toString()).id());
            Note note = ws.annotations().notesByReport(byPath.get(file.toString()).id()).getFirst();
            assertEquals("ask about quotas", note.text());
            assertTrue(ws.annotations().orphans().isEmpty(), () -> "orphans: " + ws.annotations().orphans());
        }
    }

    @Test
    void aMovedFileKeepsItsReportClaimsAndNotesWithoutBeingReadAgain() throws Exception {
        Path root = Files.createDirectories(dir.resolve("corpus"));
        Path file = Files.writeString(Files.createDirectories(root.resolve("2025")).resolve("panel.txt"), PANEL);
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            index(ws, root);
            ClaimRecord flows = claimSaying(ws, "Upstream dams");
            ws.annotations().execute(new Change.AddNote(Target.claim(flows.claim().id()), "compare with 2019"));
            long claims = ws.corpus().claimCount();

            Path moved = Files.move(file, Files.createDirectories(root.resolve("archive")).resolve("river panel.txt"));
            IndexSummary s = index(ws, root);
            assertEquals(0, s.indexed(), "same bytes: nothing to read again: " + s.line());
            assertEquals(1, s.unchanged(), s.line());
            assertEquals(0, s.removed(), s.line());

            ReportSummary r = ws.corpus().reports().getFirst();
            assertEquals(1, ws.corpus().reports().size());
            assertEquals(flows.claim().reportId(), r.id());
            assertEquals(moved.toString(), r.path());
            assertEquals(List.of(), r.otherPaths());
            assertEquals(claims, ws.corpus().claimCount());
            assertEquals("compare with 2019", ws.annotations().notes(Target.claim(flows.claim().id())).getFirst().text());
            assertTrue(ws.annotations().orphans().isEmpty());

            IndexSummary again = index(ws, root);
            assertEquals(1, again.unchanged(), "the new path is what the next run finds: " + again.line());
            assertEquals(0, again.indexed() + again.removed(), again.line());
        }
    }

    @Test
    void theCatalogListsWhatTheStoredReportsSayAfterCopiesMovesAndDeletions() throws Exception {
        Path root = Files.createDirectories(dir.resolve("corpus"));
        for (int i = 0; i < 6; i++) {
            Files.writeString(root.resolve("r" + i + ".txt"), PANEL.replace("delta", "delta number " + i));
        }
        Files.writeString(root.resolve("copy of r1.txt"), PANEL.replace("delta", "delta number 1"));
        Files.writeString(Files.createDirectories(root.resolve("sub")).resolve("r1 again.txt"),
                PANEL.replace("delta", "delta number 1"));
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            index(ws, root);
            Files.delete(root.resolve("r2.txt"));
            Files.move(root.resolve("r3.txt"), root.resolve("sub").resolve("r3 moved.txt"));
            Files.delete(root.resolve("copy of r1.txt"));
            Files.writeString(root.resolve("r4.txt"), PANEL.replace("delta", "estuary"));
            index(ws, root);

            ReportCatalog catalog = ws.claimIndex().catalog();
            Map<String, List<String>> fromCatalog = new TreeMap<>();
            for (ReportCatalog.Entry e : catalog.all()) {
                fromCatalog.put(e.id(), e.paths());
            }
            Map<String, List<String>> fromReports = new TreeMap<>();
            for (ReportSummary r : ws.corpus().reports()) {
                fromReports.put(r.id(), r.paths());
            }
            assertEquals(fromReports, fromCatalog);
            assertEquals(5, catalog.size(), "r0, r1 (two copies left), r3 moved, r4 new, r5");
            assertEquals(ws.corpus().reportCount(), catalog.size());
            for (ReportSummary r : ws.corpus().reports()) {
                for (String p : r.paths()) {
                    assertEquals(List.of(r.id()), catalog.atPath(p).stream().map(ReportCatalog.Entry::id).toList());
                }
            }
            assertTrue(catalog.atPath(root.resolve("r2.txt").toString()).isEmpty());
        }
    }

    @Test
    void anUnchangedRunWritesNothingAndDoesNotReadTheSidecar() throws Exception {
        Path root = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(root.resolve("panel.txt"), PANEL);
        Files.writeString(root.resolve("rapporteur-metadata.csv"),
                "file,title\npanel.txt,River panel\npanel.txt,Twice\n", StandardCharsets.UTF_8);
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            IndexSummary first = index(ws, root);
            assertTrue(first.warnings().stream().anyMatch(w -> w.reason().contains("repeat a file")),
                    "a run that analyses files reports its sidecar's problems: " + first.warnings());
            long generation = indexGeneration(dir.resolve("ws"));
            IndexSummary again = index(ws, root);
            assertEquals(1, again.unchanged(), again.line());
            assertEquals(generation, indexGeneration(dir.resolve("ws")), "no commit when nothing changed");
            assertTrue(again.warnings().isEmpty(), "nothing analysed, the sidecar not read: " + again.warnings());
        }
    }

    private static long indexGeneration(Path workspace) throws Exception {
        try (var d = org.apache.lucene.store.FSDirectory.open(workspace.resolve("index"))) {
            return org.apache.lucene.index.SegmentInfos.readLatestCommit(d).getGeneration();
        }
    }
}
