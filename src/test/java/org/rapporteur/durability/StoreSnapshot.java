package org.rapporteur.durability;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.rapporteur.model.Ids;

/**
 * What the analyst's work in an {@code annotations.db} amounts to, read with plain SQL (not through the store under
 * test): the codebook by path, codings, notes, links and corrections by the words they are on, and the state of
 * every journalled change. Anchors are described by their quote, not their report or claim id, so re-indexing a
 * changed file (which moves anchors to a new report id) leaves the snapshot as it was, while any change the analyst
 * made, or undid, alters it. Two snapshots are compared by {@link #workDigest()} and {@link #journalDigest()}.
 *
 * @param lines       the sorted description, one line per row
 * @param lastEventId the newest entry of {@code change_event} (0 when none)
 */
record StoreSnapshot(List<String> lines, long lastEventId) {
    static StoreSnapshot read(Path db) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
             Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout = 10000");
            s.execute("BEGIN"); // one snapshot of the file, even while another process writes
            try {
                return read(s);
            } finally {
                s.execute("COMMIT");
            }
        }
    }

    private static StoreSnapshot read(Statement s) throws SQLException {
        Map<Long, String> paths = tagPaths(s);
        List<String> lines = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("SELECT id, colour, description FROM tag")) {
            while (rs.next()) {
                lines.add("tag|" + paths.get(rs.getLong(1)) + "|" + rs.getString(2) + "|" + rs.getString(3));
            }
        }
        try (ResultSet rs = s.executeQuery("SELECT k.tag_id, k.target_kind, a.exact FROM coding k JOIN anchor a ON"
                + " a.id = k.anchor_id")) {
            while (rs.next()) {
                lines.add("coding|" + paths.get(rs.getLong(1)) + "|" + rs.getString(2) + "|" + rs.getString(3));
            }
        }
        try (ResultSet rs = s.executeQuery("SELECT n.target_kind, n.text, a.exact, n.person, n.tag_id FROM note n"
                + " LEFT JOIN anchor a ON a.id = n.anchor_id")) {
            while (rs.next()) {
                long tag = rs.getLong(5);
                lines.add("note|" + rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|"
                        + rs.getString(4) + "|" + (rs.wasNull() ? "" : paths.get(tag)));
            }
        }
        try (ResultSet rs = s.executeQuery("SELECT l.type, a.exact, b.exact, l.note FROM link l JOIN anchor a ON"
                + " a.id = l.source_anchor_id JOIN anchor b ON b.id = l.target_anchor_id")) {
            while (rs.next()) {
                lines.add("link|" + rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|"
                        + rs.getString(4));
            }
        }
        try (ResultSet rs = s.executeQuery("SELECT r.kind, r.subject, r.value, a.exact FROM correction r LEFT JOIN"
                + " anchor a ON a.id = r.anchor_id")) {
            while (rs.next()) {
                lines.add("correction|" + rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|"
                        + rs.getString(4));
            }
        }
        try (ResultSet rs = s.executeQuery("SELECT id, type, state FROM change_log")) {
            while (rs.next()) {
                lines.add(String.format(Locale.ROOT, "change|%08d|%s|%s", rs.getLong(1), rs.getString(2), rs.getString(3)));
            }
        }
        lines.sort(null);
        long last;
        try (ResultSet rs = s.executeQuery("SELECT ifnull(max(id), 0) FROM change_event")) {
            last = rs.getLong(1);
        }
        return new StoreSnapshot(List.copyOf(lines), last);
    }

    private static Map<Long, String> tagPaths(Statement s) throws SQLException {
        Map<Long, String> names = new HashMap<>();
        Map<Long, Long> parents = new HashMap<>();
        try (ResultSet rs = s.executeQuery("SELECT id, name, parent_id FROM tag")) {
            while (rs.next()) {
                names.put(rs.getLong(1), rs.getString(2));
                long p = rs.getLong(3);
                if (!rs.wasNull()) {
                    parents.put(rs.getLong(1), p);
                }
            }
        }
        Map<Long, String> paths = new HashMap<>();
        for (long id : names.keySet()) {
            StringBuilder sb = new StringBuilder(names.get(id));
            Long p = parents.get(id);
            for (int depth = 0; p != null && depth < 100; depth++) {
                sb.insert(0, names.get(p) + "/");
                p = parents.get(p);
            }
            paths.put(id, sb.toString());
        }
        return paths;
    }

    /** Events after {@code afterId} that change the analyst's work (re-anchoring only records where it lies). */
    static List<String> changesAfter(Path db, long afterId) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
             Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout = 10000");
            try (ResultSet rs = s.executeQuery("SELECT id, action, summary FROM change_event WHERE id > " + afterId
                    + " AND action <> 'REANCHORED' ORDER BY id")) {
                while (rs.next()) {
                    out.add(rs.getLong(1) + " " + rs.getString(2) + " " + rs.getString(3));
                }
            }
        }
        return out;
    }

    /** The analyst's work: codebook, codings, notes, links, corrections. */
    String workDigest() {
        return digest(lines.stream().filter(l -> !l.startsWith("change|")).toList());
    }

    /**
     * The undo history: every journalled change and its state. Taking back a change does not restore this (its
     * entry stays, undone; redo entries it discarded stay discarded), so only {@link #workDigest} is compared then.
     */
    String journalDigest() {
        return digest(lines.stream().filter(l -> l.startsWith("change|")).toList());
    }

    private static String digest(List<String> part) {
        return Ids.sha256(String.join("\n", part).getBytes(StandardCharsets.UTF_8)).substring(0, 16);
    }

    /** How many rows of each kind, for messages. */
    String counts() {
        Map<String, Integer> n = new java.util.TreeMap<>();
        lines.forEach(l -> n.merge(l.substring(0, l.indexOf('|')), 1, Integer::sum));
        return n.toString();
    }
}
