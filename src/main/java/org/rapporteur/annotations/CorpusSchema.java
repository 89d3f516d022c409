package org.rapporteur.annotations;

import java.util.List;

/**
 * Migration 6 (issue 17, ADR 0039): the team's corpus manifest and shared settings, the same tables in both
 * databases but for the size ({@code {bigint}}, {@link SqlDialect}). Kept apart from {@link SchemaMigrations} so that
 * its list names it in one line.
 *
 * <p>Timestamps are ISO-8601 text in both databases, as everywhere else in the store, so one query reads them both.
 * Setting values are JSON held as text rather than PostgreSQL's {@code jsonb}: the store never queries inside them,
 * it hands the document back as it was given, and one binding ({@code setString}) serves both databases.
 */
final class CorpusSchema {
    private CorpusSchema() {
    }

    static final String DESCRIPTION = "the team's corpus manifest and shared settings";

    /**
     * The path is relative to the shared folder, {@code /}-separated: the same report on every member's machine. A
     * removed report keeps its row with who removed it when ({@code removed_at} set): a member whose copy of the folder
     * still has those bytes sees it as removed by the team, instead of recording it again (ADR 0039).
     */
    static final List<String> STATEMENTS = List.of("""
            CREATE TABLE corpus_manifest (
                path TEXT PRIMARY KEY CHECK (length(path) > 0 AND substr(path, 1, 1) <> '/'),
                sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
                size {bigint} NOT NULL CHECK (size >= 0),
                recorded_by TEXT NOT NULL,
                recorded_at TEXT NOT NULL,
                removed_by TEXT,
                removed_at TEXT)""", """
            CREATE TABLE shared_setting (
                key TEXT PRIMARY KEY CHECK (length(trim(key)) > 0),
                value_json TEXT NOT NULL,
                modified_by TEXT NOT NULL,
                modified_at TEXT NOT NULL)""");
}
