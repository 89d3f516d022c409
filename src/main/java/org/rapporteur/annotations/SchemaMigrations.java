package org.rapporteur.annotations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

/**
 * The store's schema as numbered migrations, written once for both databases with the dialect's words in braces
 * ({@link SqlDialect}): the same numbers, tables, columns and meaning on SQLite and PostgreSQL
 * ({@link #migrations(SqlDialect)}). A SQLite file keeps its version in
 * {@code PRAGMA user_version}, a team database in {@code schema_history} (its largest version); both record when
 * each step ran there. A migration is never edited once released, in either dialect (the DDL of every released step
 * is pinned by {@code SchemaDdlPinTest}): a change is a new step.
 * Migrations run in one write transaction (SQLite's write lock, PostgreSQL's advisory lock), and the version is
 * re-read inside it, so two processes opening a new store at once apply each step exactly once.
 */
final class SchemaMigrations {
    record Migration(int version, String description, List<String> statements) {
    }

    // No ON DELETE CASCADE anywhere on purpose: every deleted row is deleted by the change executor, so the undo
    // journal sees it; a cascade would drop rows behind the journal's back.
    private static final List<Migration> CORE = List.of(
            new Migration(1, "codebook, codings, notes, links, corrections, anchors, undo journal", List.of("""
                    CREATE TABLE schema_history (
                        version INTEGER PRIMARY KEY,
                        description TEXT NOT NULL,
                        applied_at TEXT NOT NULL)""", """
                    CREATE TABLE tag (
                        id {id},
                        name TEXT NOT NULL CHECK (length(trim(name)) > 0 AND {no slash in name}),
                        parent_id {bigint} REFERENCES tag(id),
                        colour TEXT NOT NULL CHECK ({colour check}),
                        description TEXT,
                        creator TEXT NOT NULL,
                        created_at TEXT NOT NULL,
                        modified_at TEXT NOT NULL)""",
                    "CREATE UNIQUE INDEX tag_sibling_name ON tag ({sibling key})",
                    "CREATE INDEX tag_parent ON tag (parent_id)", """
                    CREATE TABLE anchor (
                        id {id},
                        report_id TEXT NOT NULL,
                        claim_id TEXT,
                        exact TEXT NOT NULL,
                        prefix TEXT NOT NULL,
                        suffix TEXT NOT NULL,
                        start_pos INTEGER NOT NULL CHECK (start_pos >= 0),
                        end_pos INTEGER NOT NULL CHECK (end_pos >= start_pos),
                        status TEXT NOT NULL CHECK (status IN ('ANCHORED', 'FUZZY', 'ORPHAN')),
                        method TEXT NOT NULL,
                        score {real} NOT NULL,
                        anchored_at TEXT NOT NULL)""",
                    "CREATE INDEX anchor_report ON anchor (report_id)",
                    "CREATE INDEX anchor_claim ON anchor (claim_id)",
                    "CREATE INDEX anchor_status ON anchor (status)", """
                    CREATE TABLE coding (
                        id {id},
                        tag_id {bigint} NOT NULL REFERENCES tag(id),
                        anchor_id {bigint} NOT NULL UNIQUE REFERENCES anchor(id),
                        target_kind TEXT NOT NULL CHECK (target_kind IN ('CLAIM', 'SELECTION')),
                        creator TEXT NOT NULL,
                        created_at TEXT NOT NULL,
                        modified_at TEXT NOT NULL)""",
                    "CREATE INDEX coding_tag ON coding (tag_id)", """
                    CREATE TABLE note (
                        id {id},
                        target_kind TEXT NOT NULL CHECK (target_kind IN ('CLAIM', 'SELECTION', 'REPORT', 'PERSON', 'TAG')),
                        anchor_id {bigint} UNIQUE REFERENCES anchor(id),
                        report_id TEXT,
                        person TEXT,
                        tag_id {bigint} REFERENCES tag(id),
                        text TEXT NOT NULL,
                        creator TEXT NOT NULL,
                        created_at TEXT NOT NULL,
                        modified_at TEXT NOT NULL)""",
                    "CREATE INDEX note_tag ON note (tag_id)",
                    "CREATE INDEX note_report ON note (report_id)", """
                    CREATE TABLE link (
                        id {id},
                        type TEXT NOT NULL,
                        source_anchor_id {bigint} NOT NULL UNIQUE REFERENCES anchor(id),
                        target_anchor_id {bigint} NOT NULL UNIQUE REFERENCES anchor(id),
                        note TEXT,
                        creator TEXT NOT NULL,
                        created_at TEXT NOT NULL,
                        modified_at TEXT NOT NULL)""", """
                    CREATE TABLE correction (
                        id {id},
                        kind TEXT NOT NULL,
                        anchor_id {bigint} UNIQUE REFERENCES anchor(id),
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
                        id {id},
                        type TEXT NOT NULL,
                        change_json TEXT NOT NULL,
                        summary TEXT NOT NULL,
                        entity_id {bigint} NOT NULL,
                        state TEXT NOT NULL CHECK (state IN ('DONE', 'UNDONE', 'DISCARDED')),
                        creator TEXT NOT NULL,
                        created_at TEXT NOT NULL)""",
                    "CREATE INDEX change_log_state ON change_log (state, id)",
                    // Undo is per analyst in a team (the newest change of mine in effect): found by this index.
                    SqlDialect.POSTGRESQL_ONLY + "CREATE INDEX change_log_creator_state ON change_log (creator, state, id)",
                    """
                    CREATE TABLE change_row (
                        change_id {bigint} NOT NULL REFERENCES change_log(id),
                        ord INTEGER NOT NULL,
                        table_name TEXT NOT NULL,
                        row_id {bigint} NOT NULL,
                        before_json TEXT,
                        after_json TEXT,
                        PRIMARY KEY (change_id, ord))""",
                    // Who changed a row last is looked up when an undo is refused over someone else's change.
                    SqlDialect.POSTGRESQL_ONLY + "CREATE INDEX change_row_row ON change_row (table_name, row_id)",
                    """
                    CREATE TABLE change_event (
                        id {id},
                        change_id {bigint} NOT NULL,
                        action TEXT NOT NULL,
                        type TEXT NOT NULL,
                        summary TEXT NOT NULL,
                        entity_id {bigint} NOT NULL,
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
                        id {id},
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
                    "ALTER TABLE coding ADD COLUMN suggestion_confidence {real}", """
                    CREATE TABLE suggestion_rejection (
                        id {id},
                        claim_id TEXT NOT NULL,
                        tag_id {bigint} NOT NULL REFERENCES tag(id),
                        confidence {real},
                        creator TEXT NOT NULL,
                        created_at TEXT NOT NULL)""",
                    "CREATE UNIQUE INDEX suggestion_rejection_pair ON suggestion_rejection (claim_id, tag_id)",
                    "CREATE INDEX suggestion_rejection_tag ON suggestion_rejection (tag_id)")));

    /** 6, part corpus (issue 17): the corpus manifest and the shared settings. */
    private static final List<Migration> CORPUS = List.of(new Migration(6, CorpusSchema.DESCRIPTION,
            CorpusSchema.STATEMENTS));

    /** 7, part live (issue 17): what live collaboration needs, e.g. {@code change_event.overwrote}. */
    private static final List<Migration> LIVE = List.of(
            // Live collaboration (ADR 0038). Who last wrote a tag or a note (older rows: NULL, read as their creator),
            // so an edit made over someone else's newer one can name them; the change and its event keep that name
            // (overwrote); a change kept on a machine while the server was away carries a key, so writing it twice
            // (a crash after the commit, before the local copy was cleared) writes it once.
            new Migration(7, LiveSchema.DESCRIPTION, LiveSchema.STATEMENTS));

    /** Every step in order, as written: in both dialects' words. Each part adds its steps to its own list above. */
    private static final List<Migration> STEPS = inOrder(CORE, CORPUS, LIVE);

    private static final List<Migration> SQLITE = inDialect(SqlDialect.SQLITE);
    private static final List<Migration> POSTGRESQL = inDialect(SqlDialect.POSTGRESQL);

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

    private static List<Migration> inDialect(SqlDialect dialect) {
        return STEPS.stream().map(m -> new Migration(m.version(), m.description(),
                m.statements().stream().flatMap(sql -> dialect.ddl(sql).stream()).toList())).toList();
    }

    static int latestVersion() {
        return STEPS.getLast().version();
    }

    /** Every step in order, in the words of {@code dialect}: the same numbers and meaning on both databases. */
    static List<Migration> migrations(SqlDialect dialect) {
        return dialect == SqlDialect.POSTGRESQL ? POSTGRESQL : SQLITE;
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
