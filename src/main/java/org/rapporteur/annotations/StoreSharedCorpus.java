package org.rapporteur.annotations;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@link SharedCorpus} on the store's own database (tables of migration 6). Each write is one transaction with its
 * change event, through {@link AnnotationStore#recordSharedChange}, so listeners here and in other workbenches hear
 * of it like any change, and nothing reaches the undo journal.
 */
final class StoreSharedCorpus implements SharedCorpus {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final StoreDatabase db;
    private final AnnotationStore store;

    StoreSharedCorpus(StoreDatabase db, AnnotationStore store) {
        this.db = db;
        this.store = store;
    }

    @Override
    public List<ManifestEntry> entries() {
        return entries("SELECT path, sha256, size, recorded_by, recorded_at FROM corpus_manifest WHERE removed_at IS"
                + " NULL ORDER BY path");
    }

    @Override
    public List<ManifestEntry> removedEntries() {
        return entries("SELECT path, sha256, size, removed_by, removed_at FROM corpus_manifest WHERE removed_at IS"
                + " NOT NULL ORDER BY path");
    }

    private List<ManifestEntry> entries(String sql) {
        return db.read(c -> {
            List<ManifestEntry> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql);
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ManifestEntry(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                            Instant.parse(rs.getString(5))));
                }
            }
            return out;
        });
    }

    @Override
    public void record(Collection<ManifestEntry> entries, Collection<String> removedPaths) {
        List<ManifestEntry> checked = new ArrayList<>(entries.size());
        for (ManifestEntry e : entries) {
            String path = checkedPath(e.relativePath());
            String sha = e.sha256() == null ? "" : e.sha256().toLowerCase(Locale.ROOT);
            if (!SHA256.matcher(sha).matches()) {
                throw new AnnotationException("The manifest entry for " + path + " has no valid SHA-256 ('"
                        + e.sha256() + "'); nothing was recorded.");
            }
            if (e.size() < 0) {
                throw new AnnotationException("The manifest entry for " + path + " has a negative size; nothing was"
                        + " recorded.");
            }
            checked.add(new ManifestEntry(path, sha, e.size(), e.recordedBy(), e.recordedAt()));
        }
        List<String> removed = removedPaths.stream().map(StoreSharedCorpus::checkedPath).toList();
        if (checked.isEmpty() && removed.isEmpty()) {
            return;
        }
        String summary = summary(checked.size(), removed.size());
        store.recordSharedChange(MANIFEST_CHANGED, summary, c -> {
            String now = AnnotationStore.now();
            for (ManifestEntry e : checked) {
                try (PreparedStatement ps = StoreQueries.prepare(c, "INSERT INTO corpus_manifest (path, sha256, size,"
                        + " recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (path) DO UPDATE SET sha256 ="
                        + " excluded.sha256, size = excluded.size, recorded_by = excluded.recorded_by, recorded_at ="
                        + " excluded.recorded_at, removed_by = NULL, removed_at = NULL", e.relativePath(), e.sha256(), e.size(),
                        e.recordedBy() == null || e.recordedBy().isBlank() ? store.user() : e.recordedBy(),
                        e.recordedAt() == null ? now : e.recordedAt().toString())) {
                    ps.executeUpdate();
                }
            }
            for (String path : removed) {
                try (PreparedStatement ps = StoreQueries.prepare(c, "UPDATE corpus_manifest SET removed_by = ?,"
                        + " removed_at = ? WHERE path = ? AND removed_at IS NULL", store.user(), now, path)) {
                    ps.executeUpdate();
                }
            }
            return null;
        });
    }

    private static String summary(int recorded, int removed) {
        List<String> parts = new ArrayList<>();
        if (recorded > 0) {
            parts.add(recorded + (recorded == 1 ? " report" : " reports") + " recorded");
        }
        if (removed > 0) {
            parts.add(removed + (removed == 1 ? " report" : " reports") + " removed");
        }
        return "the team's corpus manifest: " + String.join(", ", parts);
    }

    /** A manifest path is relative and {@code /}-separated, so it names the same file on every member's machine. */
    static String checkedPath(String path) {
        String p = path == null ? "" : path.strip();
        if (p.isEmpty() || p.startsWith("/") || p.contains("\\") || p.matches("^[A-Za-z]:.*")
                || List.of(p.split("/")).contains("..")) {
            throw new AnnotationException("'" + path + "' is not a path inside the shared folder ('/'-separated,"
                    + " relative, without '..'); nothing was recorded.");
        }
        return p;
    }

    @Override
    public Optional<String> setting(String key) {
        String k = checkedKey(key);
        return db.read(c -> {
            try (PreparedStatement ps = StoreQueries.prepare(c, "SELECT value_json FROM shared_setting WHERE key = ?",
                    k);
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
            }
        });
    }

    @Override
    public void putSetting(String key, String json) {
        String k = checkedKey(key);
        if (json == null || json.isBlank()) {
            throw new AnnotationException("The shared setting '" + k + "' needs a value (a JSON document).");
        }
        store.recordSharedChange(SETTING_CHANGED, "shared setting ‘" + k + "’", c -> {
            try (PreparedStatement ps = StoreQueries.prepare(c, "INSERT INTO shared_setting (key, value_json,"
                    + " modified_by, modified_at) VALUES (?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET value_json ="
                    + " excluded.value_json, modified_by = excluded.modified_by, modified_at = excluded.modified_at",
                    k, json, store.user(), AnnotationStore.now())) {
                ps.executeUpdate();
            }
            return null;
        });
    }

    private static String checkedKey(String key) {
        if (key == null || key.isBlank()) {
            throw new AnnotationException("A shared setting needs a name.");
        }
        return key.strip();
    }
}
