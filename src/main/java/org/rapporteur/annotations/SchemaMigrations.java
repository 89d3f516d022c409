package org.rapporteur.annotations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

/**
 * The store's schema as numbered migrations, one list per database with the same numbers and meaning: SQLite's here
 * ({@link #MIGRATIONS}), PostgreSQL's in {@link PostgresSchema#MIGRATIONS}. A SQLite file keeps its version in
 * {@code PRAGMA user_version}, a team database in {@code schema_history} (its largest version); both record when
 * each step ran there. A migration is never edited once released: a change is a new step, added to both lists.
 * Migrations run in one write transaction (SQLite's write lock, PostgreSQL's advisory lock), and the version is
 * re-read inside it, so two processes opening a new store at once apply each step exactly once.
 */
final class SchemaMigrations {
    record Migration(int version, String description, List<String> statements) {
    }

    // No ON DELETE CASCADE anywhere on purpose: every deleted row is deleted by the change executor, so the undo
    // journal sees it; a cascade would drop rows behind the journal's back.
    static final List<Migration> CORE = List.of(
            new Migration(1, "codebook, codings, notes, links, corrections, anchors, undo journal", List.of("""
                    CREATE TABLE schema_history (
                        version INTEGER PRIMARY KEY,
                        description TEXT NOT NULL,
                        applied_at TEXT NOT NULL)""", """
                    CREATE TABLE tag (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        name TEXT NOT NULL CHECK (length(trim(name)) > 0 AND instr(name, '/') = 0),
                        parent_id INTEGER REFERENCES tag(id),
                        colour TEXT NOT NULL CHECK (colour GLOB '#[0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f]'),
                        description TEXT,
                        creator TEXT NOT NULL,
                        created_at TEXT NOT NULL,
                        modified_at TEXT NOT NULL)""",
                    "CREATE UNIQUE INDEX tag_sibling_name ON tag (ifnull(parent_id, 0), name COLLATE NOCASE)",
                    "CREATE INDEX tag_parent ON tag (parent_id)", """
                    CREATE TABLE anchor (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        report_id TEXT NOT NULL,
                        claim_id TEXT,
                        exact TEXT NOT NULL,
                        prefix TEXT NOT NULL,
                        suffix TEXT NOT NULL,
                        start_pos INTEGER NOT NULL CHECK (start_pos >= 0),
                        end_pos INTEGER NOT NULL CHECK (end_pos >= start_pos),
                        status TEXT NOT NULL CHECK (status IN ('ANCHORED', 'FUZZY', 'ORPHAN')),
                        method TEXT NOT NULL,
                        score REAL NOT NULL,
                        anchored_at TEXT NOT NULL)""",
                    "CREATE INDEX anchor_report ON anchor (report_id)",
                    "CREATE INDEX anchor_claim ON anchor (claim_id)",
                    "CREATE INDEX anchor_status ON anchor (status)", """
                    CREATE TABLE coding (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        tag_id INTEGER NOT NULL REFERENCES tag(id),
                        anchor_id INTEGER NOT NULL UNIQUE REFERENCES anchor(id),
                        target_kind TEXT NOT NULL CHECK (target_kind IN ('CLAIM', 'SELECTION')),
                        creator TEXT NOT NULL,
                        created_at TEXT NOT NULL,
                        modified_at TEXT NOT NULL)""",
                    "CREATE INDEX coding_tag ON coding (tag_id)", """
                    CREATE TABLE note (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        target_kind TEXT NOT NULL CHECK (target_kind IN ('CLAIM', 'SELECTION', 'REPORT', 'PERSON', 'TAG')),
                        anchor_id INTEGER UNIQUE REFERENCES anchor(id),
                        report_id TEXT,
                        person TEXT,
                        tag_id INTEGER REFERENCES tag(id),
                        text TEXT NOT NULL,
                        creator TEXT NOT NULL,
                        created_at TEXT NOT NULL,
                        modified_at TEXT NOT NULL)""",
                    "CREATE INDEX note_tag ON note (tag_id)",
                    "CREATE INDEX note_report ON note (report_id)", """
                    CREATE TABLE link (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        type TEXT NOT NULL,
                        source_anchor_id INTEGER NOT NULL UNIQUE REFERENCES anchor(id),
                        target_anchor_id INTEGER NOT NULL UNIQUE REFERENCES anchor(id),
                        note TEXT,
                        creator TEXT NOT NULL,
                        created_at TEXT NOT NULL,
                        modified_at TEXT NOT NULL)""", """
                    CREATE TABLE correction (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        kind TEXT NOT NULL,
                        anchor_id INTEGER UNIQUE REFERENCES anchor(id),
                        report_id TEXT,
                        subject TEXT,
                        value TEXT,
                        role TEXT,
                        affiliation TEXT,
                        country TEXT,
                        split_offset INTEGER,
                        creator TEXT NOT NULL,
                        created_at TEXT NOT NULL,
                        modified_at TEXT NOT NULL)""",
                    "CREATE INDEX correction_report ON correction (report_id)", """
                    CREATE TABLE change_log (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        type TEXT NOT NULL,
                        change_json TEXT NOT NULL,
                        summary TEXT NOT NULL,
                        entity_id INTEGER NOT NULL,
                        state TEXT NOT NULL CHECK (state IN ('DONE', 'UNDONE', 'DISCARDED')),
                        creator TEXT NOT NULL,
                        created_at TEXT NOT NULL)""",
                    "CREATE INDEX change_log_state ON change_log (state, id)", """
                    CREATE TABLE change_row (
                        change_id INTEGER NOT NULL REFERENCES change_log(id),
                        ord INTEGER NOT NULL,
                        table_name TEXT NOT NULL,
                        row_id INTEGER NOT NULL,
                        before_json TEXT,
                        after_json TEXT,
                        PRIMARY KEY (change_id, ord))""", """
                    CREATE TABLE change_event (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        change_id INTEGER NOT NULL,
                        action TEXT NOT NULL,
                        type TEXT NOT NULL,
                        summary TEXT NOT NULL,
                        entity_id INTEGER NOT NULL,
                        claim_ids TEXT NOT NULL,
                        report_ids TEXT NOT NULL,
                        codebook_changed INTEGER NOT NULL,
                        creator TEXT NOT NULL,
                        at TEXT NOT NULL)""")),
            // A changed file gets a new report id; the alias lets anchors that an undo brings back under the old id
            // be found (and re-anchored) under the new one.
            new Migration(2, "report id aliases after re-ingest", List.of("""
                    CREATE TABLE report_alias (
                        from_id TEXT PRIMARY KEY,
                        to_id TEXT NOT NULL,
                        at TEXT NOT NULL)""",
                    "CREATE INDEX report_alias_to ON report_alias (to_id)")),
            // Which program made each change (WORKBENCH, COMMAND_LINE, UNKNOWN), so a window can say where a change
            // it did not make came from. Rows written before stay NULL and read as UNKNOWN; nothing is rewritten.
            new Migration(3, "the origin of each change and event", List.of(
                    "ALTER TABLE change_log ADD COLUMN origin TEXT",
                    "ALTER TABLE change_event ADD COLUMN origin TEXT")),
            // The analyst's merges and splits of people, applied over the automatic merging of name variants in
            // their order (ADR 0021); names, not ids, so they outlive any re-index.
            new Migration(4, "people merged and split by the analyst", List.of("""
                    CREATE TABLE person_decision (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        kind TEXT NOT NULL CHECK (kind IN ('MERGE', 'SPLIT')),
                        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
                        other TEXT NOT NULL CHECK (length(trim(other)) > 0),
                        creator TEXT NOT NULL,
                        created_at TEXT NOT NULL)""")),
            // Code suggestions (ADR 0034): a coding remembers that the analyst accepted it from the suggestions and
            // with what confidence (old codings read as not suggested); a refused (claim, tag) pair is kept with who
            // refused it and when, so it is never suggested again. By claim id, like the anchors' claim_id: a claim
            // whose report is re-ingested with other text gets a new id, and may be suggested the tag once more.
            new Migration(5, "codings accepted from suggestions, and rejected suggestions", List.of(
                    "ALTER TABLE coding ADD COLUMN suggested INTEGER NOT NULL DEFAULT 0 CHECK (suggested IN (0, 1))",
                    "ALTER TABLE coding ADD COLUMN suggestion_confidence REAL", """
                    CREATE TABLE suggestion_rejection (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        claim_id TEXT NOT NULL,
                        tag_id INTEGER NOT NULL REFERENCES tag(id),
                        confidence REAL,
                        creator TEXT NOT NULL,
                        created_at TEXT NOT NULL)""",
                    "CREATE UNIQUE INDEX suggestion_rejection_pair ON suggestion_rejection (claim_id, tag_id)",
                    "CREATE INDEX suggestion_rejection_tag ON suggestion_rejection (tag_id)")));

    /** 6, part corpus (issue 17): the corpus manifest and the shared settings. */
    static final List<Migration> CORPUS = List.of(new Migration(6, CorpusSchema.DESCRIPTION, CorpusSchema.SQLITE));

    /** 7, part live (issue 17): what live collaboration needs, e.g. {@code change_event.overwrote}. */
    static final List<Migration> LIVE = List.of(
            // Live collaboration (ADR 0038). Who last wrote a tag or a note (older rows: NULL, read as their creator),
            // so an edit made over someone else's newer one can name them; the change and its event keep that name
            // (overwrote); a change kept on a machine while the server was away carries a key, so writing it twice
            // (a crash after the commit, before the local copy was cleared) writes it once.
            new Migration(7, LiveSchema.DESCRIPTION, LiveSchema.statements(SqlDialect.SQLITE)));

    /** Every step in order. Each part adds its steps to its own list above, here and in {@link PostgresSchema}. */
    static final List<Migration> MIGRATIONS = inOrder(CORE, CORPUS, LIVE);

    private SchemaMigrations() {
    }

    /**
     * The lists joined, checked to number their steps upwards from 1. A gap is allowed: the parts of issue 17 land on
     * their branches in any order (7 before 6), and {@link #migrate} applies every step the history lacks, so a store
     * made by a build with 1-5 and 7 gets 6 when it is there.
     */
    @SafeVarargs
    static List<Migration> inOrder(List<Migration>... parts) {
        List<Migration> all = java.util.Arrays.stream(parts).flatMap(List::stream).toList();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).version() <= (i == 0 ? 0 : all.get(i - 1).version())) {
                throw new IllegalStateException("schema step " + all.get(i).version() + " is out of order");
            }
        }
        return all;
    }

    static int latestVersion() {
        return MIGRATIONS.getLast().version();
    }

    static List<Migration> migrations(SqlDialect dialect) {
        return dialect == SqlDialect.POSTGRESQL ? PostgresSchema.MIGRATIONS : MIGRATIONS;
    }

    /**
     * Brings the store up to {@link #latestVersion()}; refuses a store written by a newer Rapporteur before changing
     * anything in it.
     */
    static void migrate(StoreDatabase db) {
        db.write(c -> {
            int current = version(c, db.dialect());
            if (current > latestVersion()) {
                throw newerSchema(db.location(), current);
            }
            java.util.Set<Integer> applied = current == 0 ? java.util.Set.of() : appliedSteps(c);
            int newestRun = applied.stream().mapToInt(Integer::intValue).max().orElse(0);
            for (Migration m : migrations(db.dialect())) {
                // A step above the version, or one a build without it skipped (its history has later steps only).
                if (m.version() > current || m.version() < newestRun && !applied.contains(m.version())) {
                    apply(c, db.dialect(), m);
                }
            }
            return null;
        });
    }

    static AnnotationException newerSchema(String location, int version) {
        return new AnnotationException("The annotation store " + location + " was written by a newer "
                + "Rapporteur (schema " + version + ", this one knows " + latestVersion()
                + "); update Rapporteur to open it.");
    }

    /** The schema version the store is at, 0 for an empty one. */
    static int version(Connection c, SqlDialect dialect) throws SQLException {
        return dialect == SqlDialect.POSTGRESQL ? PostgresSchema.version(c) : userVersion(c);
    }

    private static void apply(Connection c, SqlDialect dialect, Migration m) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String sql : m.statements()) {
                s.execute(sql);
            }
            if (dialect == SqlDialect.POSTGRESQL) {
                PostgresSchema.grantToTeam(c);
            } else {
                s.execute("PRAGMA user_version = " + Math.max(m.version(), userVersion(c)));
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO schema_history (version, description, applied_at) VALUES (?, ?, ?)")) {
            ps.setInt(1, m.version());
            ps.setString(2, m.description());
            ps.setString(3, Instant.now().toString());
            ps.executeUpdate();
        }
    }

    /** The steps {@code schema_history} says ran (every step since 1 writes its row there). */
    private static java.util.Set<Integer> appliedSteps(Connection c) throws SQLException {
        java.util.Set<Integer> out = new java.util.HashSet<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT version FROM schema_history")) {
            while (rs.next()) {
                out.add(rs.getInt(1));
            }
        }
        return out;
    }

    static int userVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}
