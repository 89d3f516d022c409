package org.rapporteur.annotations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The manifest and shared settings on a team's PostgreSQL database (a fresh one per test on the throwaway server), two
 * stores on it standing in for two analysts' workbenches: the same assertions as on SQLite.
 */
class TeamSharedCorpusTest {
    private final StoreBackend team = StoreBackend.postgres();

    @Test
    void theManifestRecordsReplacesAndRemembersWhoRemovedAReport() {
        try (AnnotationStore alice = team.open(ClaimResolver.none(), "alice");
             AnnotationStore bob = team.open(ClaimResolver.none(), "bob")) {
            SharedCorpusTest.SharedCorpusContract.manifestRoundTrip(alice, bob);
        }
    }

    @Test
    void aBadPathOrDigestIsRefusedAndNothingIsRecorded() {
        try (AnnotationStore alice = team.open(ClaimResolver.none(), "alice")) {
            SharedCorpusTest.SharedCorpusContract.badEntriesRefused(alice);
        }
    }

    @Test
    void aSettingIsSeenByTheOtherWorkbenchAndIsNoUndoableChange() {
        try (AnnotationStore alice = team.open(ClaimResolver.none(), "alice");
             AnnotationStore bob = team.open(ClaimResolver.none(), "bob")) {
            SharedCorpusTest.SharedCorpusContract.settingsShared(alice, bob);
        }
    }

    @Test
    void migrationSixMadeBothTablesWithTheSameColumnsAsOnSqlite() throws Exception {
        try (AnnotationStore s = team.open(ClaimResolver.none(), "alice")) {
            s.sharedCorpus().entries();
        }
        List<String> columns = new ArrayList<>();
        try (Connection c = team.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT table_name || '.' || column_name FROM information_schema.columns"
                     + " WHERE table_name IN ('corpus_manifest', 'shared_setting') ORDER BY table_name,"
                     + " ordinal_position")) {
            while (rs.next()) {
                columns.add(rs.getString(1));
            }
        }
        assertEquals(List.of("corpus_manifest.path", "corpus_manifest.sha256", "corpus_manifest.size",
                "corpus_manifest.recorded_by", "corpus_manifest.recorded_at", "corpus_manifest.removed_by",
                "corpus_manifest.removed_at", "shared_setting.key", "shared_setting.value_json",
                "shared_setting.modified_by", "shared_setting.modified_at"), columns);
    }
}
