package org.rapporteur.annotations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Generic single-row access by id to the annotation tables, used by the journal to take before/after images and to
 * restore them. Table and column names come from {@link #TABLES} and the rows themselves, never from user input.
 */
final class Rows {
    static final Set<String> TABLES = Set.of("tag", "anchor", "coding", "note", "link", "correction",
            "person_decision", "suggestion_rejection");

    private Rows() {
    }

    /**
     * The row as column → value, or null when there is no such row. Integers are Long and reals Double on both
     * databases (PostgreSQL's int4 comes as Integer, SQLite's small integers too), so an image taken here compares
     * equal to the same image read back from the journal's JSON.
     */
    static Map<String, Object> read(Connection c, String table, long id) throws SQLException {
        check(table);
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM " + table + " WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                ResultSetMetaData md = rs.getMetaData();
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    Object v = rs.getObject(i);
                    row.put(md.getColumnName(i), v instanceof Integer n ? Long.valueOf(n.longValue()) : v);
                }
                return row;
            }
        }
    }

    static long insert(Connection c, String table, Map<String, Object> values) throws SQLException {
        check(table);
        String cols = String.join(", ", values.keySet());
        String marks = values.keySet().stream().map(k -> "?").collect(Collectors.joining(", "));
        // RETURNING works on both databases (SQLite since 3.35), unlike last_insert_rowid().
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " (" + cols + ") VALUES (" + marks
                + ") RETURNING id")) {
            bind(ps, values);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static void update(Connection c, String table, long id, Map<String, Object> values) throws SQLException {
        check(table);
        String sets = values.keySet().stream().map(k -> k + " = ?").collect(Collectors.joining(", "));
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + table + " SET " + sets + " WHERE id = ?")) {
            int i = bind(ps, values);
            ps.setLong(i, id);
            ps.executeUpdate();
        }
    }

    static void delete(Connection c, String table, long id) throws SQLException {
        check(table);
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }

    /** Makes the row with this id equal to {@code image}: deleted when null, else updated or inserted. */
    static void restore(Connection c, String table, long id, Map<String, Object> image) throws SQLException {
        if (image == null) {
            delete(c, table, id);
        } else if (read(c, table, id) != null) {
            Map<String, Object> values = new LinkedHashMap<>(image);
            values.remove("id");
            update(c, table, id, values);
        } else {
            Map<String, Object> values = new LinkedHashMap<>(image);
            values.put("id", id);
            insert(c, table, values);
        }
    }

    private static int bind(PreparedStatement ps, Map<String, Object> values) throws SQLException {
        int i = 1;
        for (Object v : values.values()) {
            // PostgreSQL cannot keep a NUL in text and SQLite would cut it in places: refuse it on both, in words.
            if (v instanceof String text && text.indexOf('\u0000') >= 0) {
                throw new AnnotationException("The text '" + StoreQueries.shorten(text.replace('\u0000', ' '))
                        + "' contains a NUL character, which the store cannot keep; remove it and try again.");
            }
            ps.setObject(i++, v instanceof Enum<?> e ? e.name() : v);
        }
        return i;
    }

    private static void check(String table) {
        if (!TABLES.contains(table)) {
            throw new IllegalArgumentException("not an annotation table: " + table);
        }
    }
}
