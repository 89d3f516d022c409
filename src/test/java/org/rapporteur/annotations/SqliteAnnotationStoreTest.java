package org.rapporteur.annotations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

/** The store contract on a SQLite file, plus what only a file has: WAL, and files of older schemas. */
class SqliteAnnotationStoreTest extends AnnotationStoreContract {
    @Override
    StoreBackend backend(Path dir) {
        return StoreBackend.sqlite(dir);
    }

    @Override
    String location() {
        return dir.resolve(AnnotationStore.FILE_NAME).toAbsolutePath().toString();
    }

    @Test
    void theFileIsWrittenAheadAndKeepsItsVersionInUserVersion() throws Exception {
        try (AnnotationStore s = open()) {
            assertEquals("ok", s.integrityCheck());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("annotations.db"));
             Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("PRAGMA user_version")) {
                assertEquals(SchemaMigrations.latestVersion(), rs.getInt(1));
            }
            try (ResultSet rs = st.executeQuery("PRAGMA journal_mode")) {
                assertEquals("wal", rs.getString(1));
            }
        }
    }

    @Test
    void migratesAVersionOneFileAndKeepsItsData() throws Exception {
        Path file = dir.resolve("old.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            for (String sql : SchemaMigrations.migrations(SqlDialect.SQLITE).getFirst().statements()) {
                st.execute(sql);
            }
            st.execute("PRAGMA user_version = 1");
            st.execute("INSERT INTO tag (name, colour, creator, created_at, modified_at) VALUES ('Old', '#000000',"
                    + " 'someone', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')");
        }
        try (AnnotationStore s = AnnotationStore.open(file, reports)) {
            assertEquals("Old", s.resolveTag("Old").name());
            assertEquals("ok", s.integrityCheck());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT group_concat(version) FROM schema_history")) {
            assertEquals(SchemaMigrations.migrations(SqlDialect.SQLITE).stream().filter(m -> m.version() > 1)
                    .map(m -> Integer.toString(m.version())).collect(java.util.stream.Collectors.joining(",")),
                    rs.getString(1),
                    "only the missing steps ran");
        }
    }

    /**
     * A store written before changes recorded their origin (schema 2) opens with its journal whole: its changes read as
     * of unknown origin with their old summaries, undo still takes them back (for the analyst who made them), and new
     * changes record their origin.
     */
    @Test
    void aStoreFromBeforeOriginsKeepsItsHistoryAndReadsItsOriginsAsUnknown() throws Exception {
        Path file = dir.resolve("v2.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            for (SchemaMigrations.Migration m : SchemaMigrations.migrations(SqlDialect.SQLITE).subList(0, 2)) {
                for (String sql : m.statements()) {
                    st.execute(sql);
                }
            }
            st.execute("PRAGMA user_version = 2");
            st.execute("INSERT INTO tag (id, name, colour, creator, created_at, modified_at) VALUES (7, 'Old',"
                    + " '#000000', 'someone', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')");
            st.execute("INSERT INTO change_log (id, type, change_json, summary, entity_id, state, creator, created_at)"
                    + " VALUES (1, 'CreateTag', '{\"name\":\"Old\"}', 'create tag ''Old''', 7, 'DONE', 'someone',"
                    + " '2025-01-01T00:00:00Z')");
            st.execute("INSERT INTO change_row (change_id, ord, table_name, row_id, before_json, after_json) VALUES"
                    + " (1, 0, 'tag', 7, NULL, '{\"id\":7,\"name\":\"Old\",\"parent_id\":null,\"colour\":"
                    + "\"#000000\",\"description\":null,\"creator\":\"someone\",\"created_at\":"
                    + "\"2025-01-01T00:00:00Z\",\"modified_at\":\"2025-01-01T00:00:00Z\"}')");
        }
        try (AnnotationStore s = AnnotationStore.open(file, reports, "someone", ChangeOrigin.COMMAND_LINE)) {
            HistoryEntry old = s.history(1).getFirst();
            assertEquals("create tag 'Old'", old.summary());
            assertEquals(ChangeOrigin.UNKNOWN, old.origin());
            tag(s, "New", null);
            assertEquals(ChangeOrigin.COMMAND_LINE, s.history(1).getFirst().origin());
            s.undo();
            ChangeEvent undone = s.undo().orElseThrow();
            assertEquals("Undid create tag 'Old'", undone.sentence());
            assertTrue(s.tags().isEmpty(), "the old change is undone like any other");
            assertEquals("ok", s.integrityCheck());
        }
    }
}
