package org.rapporteur.annotations;

import java.util.List;

/**
 * Migration 7 (issue 17, part live, ADR 0038), the same on both databases: who last wrote a tag or a note
 * ({@code modified_by}; older rows NULL, read as their creator), whose edit a change replaced ({@code overwrote} on
 * the change and its event), and the key of a change kept on a machine while the server was away
 * ({@code change_log.client_key}, unique), so writing it twice after a crash writes it once.
 */
final class LiveSchema {
    static final String DESCRIPTION = "who last edited tags and notes, overwritten edits, keys of changes kept offline";

    // Plain ADD COLUMN of a nullable TEXT: the same SQL on both, and instant on PostgreSQL (no table rewrite).
    static final List<String> STATEMENTS = List.of("ALTER TABLE tag ADD COLUMN modified_by TEXT",
            "ALTER TABLE note ADD COLUMN modified_by TEXT",
            "ALTER TABLE change_log ADD COLUMN overwrote TEXT",
            "ALTER TABLE change_log ADD COLUMN client_key TEXT",
            "CREATE UNIQUE INDEX change_log_client_key ON change_log (client_key)",
            "ALTER TABLE change_event ADD COLUMN overwrote TEXT");

    private LiveSchema() {
    }

}
