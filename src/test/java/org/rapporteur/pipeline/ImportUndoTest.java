package org.rapporteur.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.annotations.AnnotationStore;
import org.rapporteur.annotations.Annotations;
import org.rapporteur.annotations.HistoryEntry;
import org.rapporteur.export.ExportFormat;
import org.rapporteur.export.ExportOptions;
import org.rapporteur.progress.Cancellation;
import org.rapporteur.progress.ProgressListener;

/** An import is one step of the history: one undo takes all of it back, one redo puts all of it back. */
class ImportUndoTest {
    @TempDir
    Path dir;

    @Test
    void oneUndoRemovesTheWholeImportAndRedoPutsItBack() {
        Path backup = dir.resolve("backup.jsonld");
        int tags;
        int codings;
        int notes;
        int links;
        try (AnnotatedCorpus source = AnnotatedCorpus.annotated(dir.resolve("source"))) {
            new ExportService(source.workspace).export(new ExportSelection.All(), ExportFormat.JSONLD,
                    ExportOptions.DEFAULT, backup, ProgressListener.NONE, Cancellation.NEVER);
            tags = source.store.tags().size();
            codings = source.store.codings().size();
            notes = source.store.notes().size();
            links = source.store.links().size();
        }
        try (AnnotatedCorpus target = AnnotatedCorpus.empty(dir.resolve("target"))) {
            Annotations service = target.workspace.annotations();
            AnnotationStore store = target.store;
            ImportResult r = new ImportService(target.workspace).importFile(backup, ProgressListener.NONE,
                    Cancellation.NEVER);
            assertEquals(codings, r.codings());
            List<HistoryEntry> history = service.history(10);
            assertEquals(1, history.size(), "one entry in the history: " + history);
            assertTrue(history.getFirst().summary().startsWith("import backup.jsonld: "), history.toString());
            assertCounts(store, tags, codings, notes, links);
            var coding = store.codings().stream().filter(k -> k.anchor().claimId() != null).findFirst()
                    .orElseThrow();
            String claimId = coding.anchor().claimId();
            assertEquals(List.of(coding.tagPath()), target.workspace.corpus().claim(claimId).orElseThrow().tags(),
                    "the index carries the imported tags");

            assertTrue(service.undo().isPresent());
            assertCounts(store, 0, 0, 0, 0);
            assertEquals(List.of(), target.workspace.corpus().claim(claimId).orElseThrow().tags());
            assertTrue(!service.canUndo(), "nothing left to undo: the import was one step");

            assertTrue(service.redo().isPresent());
            assertCounts(store, tags, codings, notes, links);
            assertEquals("ok", store.integrityCheck());
        }
    }

    private static void assertCounts(AnnotationStore store, int tags, int codings, int notes, int links) {
        assertEquals(List.of(tags, codings, notes, links), List.of(store.tags().size(), store.codings().size(),
                store.notes().size(), store.links().size()), "tags, codings, notes, links");
    }
}
