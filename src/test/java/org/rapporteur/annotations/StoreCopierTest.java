package org.rapporteur.annotations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.progress.Cancellation;
import org.rapporteur.progress.ProgressListener;

class StoreCopierTest {
    @TempDir
    Path dir;
    TestReports reports;
    Path original;

    @BeforeEach
    void fill() {
        reports = new TestReports();
        original = dir.resolve("original.db");
        try (AnnotationStore store = AnnotationStore.open(original, reports, "maria")) {
            StoreContents.fill(store, reports);
            assertEquals(1, store.orphans().size(), "the fixture has its orphan");
        }
    }

    private StoreCopier.CopyReport copy(Path from, Path to) {
        try (SqliteDatabase a = new SqliteDatabase(from); SqliteDatabase b = new SqliteDatabase(to)) {
            return StoreCopier.copy(a, b, ProgressListener.NONE, Cancellation.NEVER);
        }
    }

    @Test
    void aCopyHoldsTheSameRowsInEveryTable() throws Exception {
        Path copy = dir.resolve("copy.db");
        StoreCopier.CopyReport report = copy(original, copy);
        Map<String, List<String>> before = StoreContents.dump(original);
        Map<String, List<String>> after = StoreContents.dump(copy);
        assertEquals(before.keySet(), after.keySet());
        for (String t : before.keySet()) {
            assertEquals(before.get(t), after.get(t), "table " + t);
        }
        assertTrue(before.get("change_log").stream().anyMatch(r -> r.contains("state=UNDONE")), "history copied");
        assertEquals(before.get("coding").size(), report.rows().get("coding").longValue());
        assertTrue(report.totalRows() > 40, report.toString());
    }

    @Test
    void theCopyWorksAsAStoreWithUndoRedoAndNewIdsPastTheOriginals() {
        Path copy = dir.resolve("copy.db");
        copy(original, copy);
        try (AnnotationStore a = AnnotationStore.open(original, reports, "maria");
             AnnotationStore b = AnnotationStore.open(copy, reports, "maria")) {
            assertEquals(a.tags(), b.tags());
            assertEquals(a.orphans(), b.orphans());
            assertEquals(a.history(50), b.history(50));
            // the deleted tag's id is not handed out again: undoing its deletion must find it free
            long next = b.execute(new Change.CreateTag("Fresh")).entityId();
            long nextInOriginal = a.execute(new Change.CreateTag("Fresh")).entityId();
            assertEquals(nextInOriginal, next);
            b.undo(); // the new tag
            b.undo(); // the orphaning re-anchor or the rejected suggestion: whatever the original's journal says
            a.undo();
            a.undo();
            assertEquals(a.tags(), b.tags(), "undo goes on through the copied journal as in the original");
            assertEquals(states(a), states(b));
        }
    }

    private static List<String> states(AnnotationStore s) {
        return s.history(50).stream().map(h -> h.changeId() + " " + h.summary() + " " + h.state()).toList();
    }

    @Test
    void aTargetThatHoldsAnythingIsRefusedAndLeftAsItWas() throws Exception {
        Path other = dir.resolve("other.db");
        try (AnnotationStore s = AnnotationStore.open(other, reports, "zoe")) {
            s.execute(new Change.CreateTag("Zoe's"));
        }
        Map<String, List<String>> before = StoreContents.dump(other);
        AnnotationException e = assertThrows(AnnotationException.class, () -> copy(original, other));
        assertTrue(e.getMessage().contains("already holds annotations"), e.getMessage());
        assertTrue(e.getMessage().contains("nothing was copied"), e.getMessage());
        assertEquals(before, StoreContents.dump(other));
    }

    @Test
    void aCopyThatDoesNotMatchIsRolledBackAndNamesTheTable() throws Exception {
        // A trigger in the target alters every note on its way in: the check must see it and undo the whole copy.
        Path target = dir.resolve("tampered.db");
        try (SqliteDatabase db = new SqliteDatabase(target)) {
            SchemaMigrations.migrate(db);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + target); Statement s = c.createStatement()) {
            s.execute("CREATE TRIGGER tamper AFTER INSERT ON note BEGIN "
                    + "UPDATE note SET text = text || '!' WHERE id = NEW.id; END");
        }
        AnnotationException e = assertThrows(AnnotationException.class, () -> copy(original, target));
        assertTrue(e.getMessage().contains("in table note"), e.getMessage());
        assertTrue(e.getMessage().contains("nothing was copied"), e.getMessage());
        Map<String, List<String>> after = StoreContents.dump(target);
        after.forEach((t, rows) -> assertTrue(rows.isEmpty(), t + " is empty again: " + rows));
    }

    @Test
    void aCancelledCopyLeavesTheTargetEmpty() throws Exception {
        Path target = dir.resolve("cancelled.db");
        Cancellation cancel = new Cancellation();
        ProgressListener cancelAtCoding = (done, total, message) -> {
            if (message.equals("coding")) {
                cancel.cancel();
            }
        };
        try (SqliteDatabase a = new SqliteDatabase(original); SqliteDatabase b = new SqliteDatabase(target)) {
            assertThrows(java.util.concurrent.CancellationException.class,
                    () -> StoreCopier.copy(a, b, cancelAtCoding, cancel));
        }
        StoreContents.dump(target).forEach((t, rows) -> assertTrue(rows.isEmpty(), t));
        assertFalse(StoreContents.dump(original).get("coding").isEmpty());
    }
}
