package org.rapporteur.annotations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapporteur.annotations.AnnotationStoreContract.tag;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** {@link SuggestionStoreContract} on a SQLite file, and a file of schema 4 migrated. */
class SqliteSuggestionStoreTest extends SuggestionStoreContract {
    @Override
    StoreBackend backend(Path dir) {
        return StoreBackend.sqlite(dir);
    }

    /**
     * A store as schema 4 left it: made by the code of this version, then put back to schema 4 (the new columns and
     * table dropped, the journal's row images without the new columns, the version and its history row removed).
     * Opened again it migrates, reads its codings as not suggested, and undoes and redoes its old coding.
     */
    @Test
    void aSchemaFourStoreMigratesKeepsItsCodingsAndUndoesItsOldChanges() throws Exception {
        Path file = dir.resolve("annotations.db");
        long energy;
        try (AnnotationStore s = open()) {
            energy = tag(s, "Energy", null);
            s.execute(new Change.AddCoding(energy, Target.claim(pipeline.id())));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("DROP TABLE suggestion_rejection");
            st.execute("ALTER TABLE coding DROP COLUMN suggested");
            st.execute("ALTER TABLE coding DROP COLUMN suggestion_confidence");
            st.execute("UPDATE change_row SET after_json = json_remove(after_json, '$.suggested',"
                    + " '$.suggestion_confidence') WHERE table_name = 'coding'");
            // what later steps made goes too, so that the file is as schema 4 left it (6: the team's manifest)
            st.execute("DROP TABLE IF EXISTS corpus_manifest");
            st.execute("DROP TABLE IF EXISTS shared_setting");
            // Migration 7 (issue 17, live collaboration) came after: its columns go too, so 5 to 7 run again.
            st.execute("DROP INDEX change_log_client_key");
            for (String column : List.of("tag.modified_by", "note.modified_by", "change_log.overwrote",
                    "change_log.client_key", "change_event.overwrote")) {
                String[] tc = column.split("\\.");
                st.execute("ALTER TABLE " + tc[0] + " DROP COLUMN " + tc[1]);
            }
            st.execute("UPDATE change_row SET before_json = json_remove(before_json, '$.modified_by'), after_json ="
                    + " json_remove(after_json, '$.modified_by') WHERE table_name IN ('tag', 'note')");
            st.execute("DELETE FROM schema_history WHERE version >= 5");
            st.execute("PRAGMA user_version = 4");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM pragma_table_info('coding') WHERE name LIKE"
                     + " 'sugg%'")) {
            assertEquals(0, rs.getInt(1), "the file is at schema 4");
        }
        try (AnnotationStore s = open()) {
            assertEquals(SchemaMigrations.latestVersion(), AnnotationStore.schemaVersion());
            Coding old = s.codings(pipeline.id()).getFirst();
            assertFalse(old.suggested());
            assertNull(old.suggestionConfidence());
            assertTrue(s.undo().orElseThrow().sentence().startsWith("Undid tag ‘Energy’ on "),
                    "a change journalled before the migration is undone like any");
            assertTrue(s.codings(pipeline.id()).isEmpty());
            s.redo();
            assertFalse(s.codings(pipeline.id()).getFirst().suggested());
            s.execute(new Change.RejectSuggestion(farmers.id(), energy, 0.2));
            assertEquals(Set.of(energy), s.rejectedTagIds(farmers.id()));
            assertEquals("ok", s.integrityCheck());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT max(version) FROM schema_history")) {
            assertEquals(SchemaMigrations.latestVersion(), rs.getInt(1));
        }
    }
}
