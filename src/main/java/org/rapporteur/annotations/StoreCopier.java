package org.rapporteur.annotations;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.rapporteur.progress.Cancellation;
import org.rapporteur.progress.ProgressListener;

/**
 * Moves a body of annotations between a workspace's own SQLite file and a team's PostgreSQL database, losslessly:
 * every table of the source (codebook, codings, notes, links, corrections, anchors and orphans, the undo journal and
 * the change events, and whatever later migrations add) is copied row by row with its ids into an empty target, the
 * targets' id sequences are set to where the source's were (so an undo that brings back a deleted row finds its id
 * free), and then the copy is verified inside the same transaction: per table the row count and a digest of every
 * row's values must equal the source's. Any difference rolls the whole copy back and names the table; the target
 * is then as empty as it was.
 *
 * <p>The source is read in one snapshot, so changes others make to a team database meanwhile are either all in the
 * copy or none are. A target that already holds anything is refused: two bodies of work are never mixed. Both
 * stores are first brought to this build's schema, so both have the same tables.
 */
public final class StoreCopier {
    /** Each database's own record of which migrations ran in it: not part of the body of annotations. */
    private static final Set<String> NOT_COPIED = Set.of("schema_history");
    private static final int BATCH = 1000;

    /** What a copy moved: rows per table, in the order they were copied. */
    public record CopyReport(String from, String to, Map<String, Long> rows) {
        public CopyReport {
            rows = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rows));
        }

        public long totalRows() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private StoreCopier() {
    }

    /** Copies the workspace file {@code sqliteFile} into the empty team database {@code team}, verified. */
    public static CopyReport toTeam(Path sqliteFile, PgEndpoint team, ProgressListener progress,
                                    Cancellation cancel) {
        if (!Files.isRegularFile(sqliteFile)) {
            throw new AnnotationException("There is no annotation store at " + sqliteFile + " to copy.");
        }
        try (StoreDatabase from = new SqliteDatabase(sqliteFile); StoreDatabase to = TeamDatabases.open(team)) {
            return copy(from, to, progress, cancel);
        }
    }

    /**
     * Copies the team database {@code team} into the workspace file {@code sqliteFile} (created when missing; an
     * existing one must hold nothing), verified. A file this call created is deleted again when the copy fails.
     */
    public static CopyReport fromTeam(PgEndpoint team, Path sqliteFile, ProgressListener progress,
                                      Cancellation cancel) {
        boolean existed = Files.exists(sqliteFile);
        try (StoreDatabase from = TeamDatabases.open(team)) {
            try (StoreDatabase to = new SqliteDatabase(sqliteFile)) {
                return copy(from, to, progress, cancel);
            } catch (RuntimeException e) {
                if (!existed) {
                    deleteQuietly(sqliteFile);
                }
                throw e;
            }
        }
    }

    /**
     * How many rows of annotations (anything but the schema's own history) the workspace file holds; 0 when there
     * is no file. Read without changing it.
     */
    public static long rowsIn(Path sqliteFile) {
        if (!Files.isRegularFile(sqliteFile)) {
            return 0;
        }
        try (StoreDatabase db = new SqliteDatabase(sqliteFile)) {
            return db.read(c -> rowsIn(c, db.dialect()));
        }
    }

    /** How many rows of annotations the team database holds (0 for one without Rapporteur's tables). */
    public static long rowsIn(PgEndpoint team) {
        try (StoreDatabase db = TeamDatabases.open(team)) {
            return db.read(c -> rowsIn(c, db.dialect()));
        }
    }

    static long rowsIn(Connection c, SqlDialect dialect) throws SQLException {
        return rowCounts(c, dialect).values().stream().mapToLong(Long::longValue).sum();
    }

    static CopyReport copy(StoreDatabase from, StoreDatabase to, ProgressListener progress, Cancellation cancel) {
        SchemaMigrations.migrate(from);
        SchemaMigrations.migrate(to);
        return from.read(src -> to.write(dst -> {
            List<String> tables = copyOrder(src, from.dialect(), dst, to.dialect());
            requireEmpty(dst, to, tables);
            Map<String, Long> copied = new LinkedHashMap<>();
            long total = 0;
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String t : tables) {
                counts.put(t, count(src, t));
                total += counts.get(t);
            }
            long done = 0;
            for (String t : tables) {
                cancel.check();
                progress.progress(done, total, t);
                long n = copyTable(src, dst, to.dialect(), t, cancel);
                copied.put(t, n);
                done += n;
            }
            progress.progress(done, total, "checking the copy");
            for (String t : tables) {
                String problem = compare(src, dst, t);
                if (problem != null) {
                    throw new AnnotationException("The copy of " + from.location() + " into " + to.location()
                            + " does not match the original in table " + t + " (" + problem + "), so nothing was "
                            + "copied.");
                }
            }
            copySequences(src, from.dialect(), dst, to.dialect(), tables);
            progress.progress(done, total, "copied");
            return new CopyReport(from.location(), to.location(), copied);
        }));
    }

    // ---- which tables, in which order

    private static List<String> tablesOf(Connection c, SqlDialect dialect) throws SQLException {
        String sql = dialect == SqlDialect.SQLITE
                ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
                : "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
                        + "AND table_type = 'BASE TABLE'";
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                String t = rs.getString(1);
                if (!NOT_COPIED.contains(t)) {
                    out.add(t);
                }
            }
        }
        out.sort(null);
        return out;
    }

    private static Map<String, Long> rowCounts(Connection c, SqlDialect dialect) throws SQLException {
        Map<String, Long> out = new TreeMap<>();
        for (String t : tablesOf(c, dialect)) {
            out.put(t, count(c, t));
        }
        return out;
    }

    /**
     * The source's tables, referenced ones before those that reference them. A table only the source has must be
     * empty (else its rows would be lost); one only the target has is left as it is.
     */
    private static List<String> copyOrder(Connection src, SqlDialect srcDialect, Connection dst,
                                          SqlDialect dstDialect) throws SQLException {
        List<String> source = tablesOf(src, srcDialect);
        Set<String> target = new TreeSet<>(tablesOf(dst, dstDialect));
        List<String> common = new ArrayList<>();
        for (String t : source) {
            if (target.contains(t)) {
                common.add(t);
            } else if (count(src, t) > 0) {
                throw new AnnotationException("The table " + t + " has no counterpart in the target store, so its "
                        + count(src, t) + " rows could not be copied; nothing was copied.");
            }
        }
        Map<String, Set<String>> references = new TreeMap<>();
        DatabaseMetaData meta = src.getMetaData();
        for (String t : common) {
            Set<String> refs = new TreeSet<>();
            try (ResultSet rs = meta.getImportedKeys(null, null, t)) {
                while (rs.next()) {
                    String parent = rs.getString("PKTABLE_NAME");
                    if (parent != null && !parent.equals(t) && common.contains(parent)) {
                        refs.add(parent);
                    }
                }
            }
            references.put(t, refs);
        }
        List<String> ordered = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        while (ordered.size() < common.size()) {
            boolean progressed = false;
            for (String t : common) {
                if (!placed.contains(t) && placed.containsAll(references.get(t))) {
                    ordered.add(t);
                    placed.add(t);
                    progressed = true;
                }
            }
            if (!progressed) {
                throw new AnnotationException("The annotation tables refer to each other in a circle, so they "
                        + "cannot be copied one after the other.");
            }
        }
        return ordered;
    }

    private static void requireEmpty(Connection dst, StoreDatabase to, List<String> tables) throws SQLException {
        List<String> full = new ArrayList<>();
        long rows = 0;
        for (String t : tables) {
            long n = count(dst, t);
            if (n > 0) {
                full.add(t + " " + n);
                rows += n;
            }
        }
        if (!full.isEmpty()) {
            throw new AnnotationException(to.location() + " already holds annotations (" + rows + " rows: "
                    + String.join(", ", full) + "); copying into it would mix two bodies of work, so nothing was "
                    + "copied.");
        }
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + q(table))) {
            rs.next();
            return rs.getLong(1);
        }
    }

    // ---- copying rows

    private record Columns(List<String> names, int[] targetTypes) {
    }

    private static Columns columns(Connection src, Connection dst, String table) throws SQLException {
        List<String> source = columnNames(src, table, null);
        int[] types = new int[source.size()];
        List<String> target = columnNames(dst, table, types);
        if (!new TreeSet<>(source).equals(new TreeSet<>(target))) {
            throw new AnnotationException("The table " + table + " has the columns " + source + " in the source but "
                    + target + " in the target, so nothing was copied.");
        }
        int[] ordered = new int[source.size()];
        for (int i = 0; i < source.size(); i++) {
            ordered[i] = types[target.indexOf(source.get(i))];
        }
        return new Columns(source, ordered);
    }

    private static List<String> columnNames(Connection c, String table, int[] types) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT * FROM " + q(table) + " WHERE 1 = 0")) {
            ResultSetMetaData m = rs.getMetaData();
            for (int i = 1; i <= m.getColumnCount(); i++) {
                out.add(m.getColumnName(i).toLowerCase(java.util.Locale.ROOT));
                if (types != null) {
                    types[i - 1] = m.getColumnType(i);
                }
            }
        }
        return out;
    }

    private static long copyTable(Connection src, Connection dst, SqlDialect dstDialect, String table,
                                  Cancellation cancel) throws SQLException {
        Columns cols = columns(src, dst, table);
        String list = String.join(", ", cols.names().stream().map(StoreCopier::q).toList());
        String insert = "INSERT INTO " + q(table) + " (" + list + ")"
                + (dstDialect == SqlDialect.POSTGRESQL ? " OVERRIDING SYSTEM VALUE" : "")
                + " VALUES (" + String.join(", ", java.util.Collections.nCopies(cols.names().size(), "?")) + ")";
        String parentColumn = selfReference(src, table);
        long n = 0;
        try (Statement s = src.createStatement();
             ResultSet rs = s.executeQuery("SELECT " + list + " FROM " + q(table));
             PreparedStatement ps = dst.prepareStatement(insert)) {
            int width = cols.names().size();
            if (parentColumn == null) {
                while (rs.next()) {
                    Object[] row = new Object[width];
                    for (int i = 0; i < width; i++) {
                        row[i] = rs.getObject(i + 1);
                    }
                    add(ps, row, cols.targetTypes());
                    if (++n % BATCH == 0) {
                        ps.executeBatch();
                        cancel.check();
                    }
                }
            } else {
                List<Object[]> rows = new ArrayList<>();
                while (rs.next()) {
                    Object[] row = new Object[width];
                    for (int i = 0; i < width; i++) {
                        row[i] = rs.getObject(i + 1);
                    }
                    rows.add(row);
                }
                for (Object[] row : parentsFirst(rows, cols.names().indexOf("id"),
                        cols.names().indexOf(parentColumn), table)) {
                    add(ps, row, cols.targetTypes());
                    n++;
                }
            }
            ps.executeBatch();
        }
        return n;
    }

    /** The column of {@code table} that refers to {@code table.id} (a tag's parent), or null. */
    private static String selfReference(Connection src, String table) throws SQLException {
        try (ResultSet rs = src.getMetaData().getImportedKeys(null, null, table)) {
            while (rs.next()) {
                if (table.equalsIgnoreCase(rs.getString("PKTABLE_NAME"))) {
                    return rs.getString("FKCOLUMN_NAME").toLowerCase(java.util.Locale.ROOT);
                }
            }
        }
        return null;
    }

    /** Rows ordered so that each row's parent is inserted before it (a tag may have moved under a newer one). */
    private static List<Object[]> parentsFirst(List<Object[]> rows, int id, int parent, String table) {
        if (id < 0) {
            throw new AnnotationException("The table " + table + " refers to itself without an id column.");
        }
        List<Object[]> out = new ArrayList<>(rows.size());
        Set<String> inserted = new java.util.HashSet<>();
        List<Object[]> waiting = new ArrayList<>(rows);
        while (!waiting.isEmpty()) {
            List<Object[]> next = new ArrayList<>();
            for (Object[] r : waiting) {
                if (r[parent] == null || inserted.contains(canonical(r[parent]))) {
                    out.add(r);
                    inserted.add(canonical(r[id]));
                } else {
                    next.add(r);
                }
            }
            if (next.size() == waiting.size()) {
                // A parent that is not there: the insert fails on the foreign key and names the row.
                out.addAll(next);
                break;
            }
            waiting = next;
        }
        return out;
    }

    private static void add(PreparedStatement ps, Object[] row, int[] targetTypes) throws SQLException {
        for (int i = 0; i < row.length; i++) {
            Object v = row[i];
            int type = targetTypes[i];
            if (v == null) {
                ps.setNull(i + 1, type);
            } else if ((type == Types.BOOLEAN || type == Types.BIT) && v instanceof Number num) {
                ps.setBoolean(i + 1, num.longValue() != 0);
            } else if (v instanceof Boolean b && type != Types.BOOLEAN && type != Types.BIT) {
                ps.setLong(i + 1, b ? 1 : 0);
            } else {
                ps.setObject(i + 1, v);
            }
        }
        ps.addBatch();
    }

    // ---- checking the copy

    /** Null when both tables hold the same rows (count and digest), else what differs. */
    private static String compare(Connection src, Connection dst, String table) throws SQLException {
        List<String> names = new ArrayList<>(columnNames(src, table, null));
        names.sort(null);
        long a = count(src, table);
        long b = count(dst, table);
        if (a != b) {
            return a + " rows in the original, " + b + " in the copy";
        }
        if (!Arrays.equals(digest(src, table, names), digest(dst, table, names))) {
            return "the same number of rows, but different values";
        }
        return null;
    }

    /**
     * A digest of every row's values, independent of row order and of how each database types a value: integers
     * compare as integers whether SQLite or PostgreSQL returned an Integer, Long or BigDecimal, booleans as 0/1.
     */
    static byte[] digest(Connection c, String table, List<String> columns) throws SQLException {
        String list = String.join(", ", columns.stream().map(StoreCopier::q).toList());
        List<byte[]> rows = new ArrayList<>();
        MessageDigest row = sha256();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT " + list + " FROM " + q(table))) {
            while (rs.next()) {
                for (int i = 1; i <= columns.size(); i++) {
                    row.update(canonical(rs.getObject(i)).getBytes(StandardCharsets.UTF_8));
                    row.update((byte) 0);
                }
                rows.add(row.digest());
            }
        }
        rows.sort(Arrays::compare);
        MessageDigest all = sha256();
        rows.forEach(all::update);
        return all.digest();
    }

    static String canonical(Object v) {
        return switch (v) {
            case null -> "n";
            case Boolean b -> "i" + (b ? 1 : 0);
            case Integer i -> "i" + i;
            case Long l -> "i" + l;
            case Short s -> "i" + s;
            case BigInteger bi -> "i" + bi;
            case BigDecimal bd when bd.stripTrailingZeros().scale() <= 0 -> "i" + bd.toBigIntegerExact();
            case BigDecimal bd -> "r" + bd.doubleValue();
            case Double d -> "r" + d;
            case Float f -> "r" + f.doubleValue();
            case byte[] bytes -> "b" + HexFormat.of().formatHex(bytes);
            default -> "s" + v;
        };
    }

    // ---- id sequences

    /** Sets each target table's next id past the source's, so ids the source handed out are never reused. */
    private static void copySequences(Connection src, SqlDialect srcDialect, Connection dst, SqlDialect dstDialect,
                                      List<String> tables) throws SQLException {
        Map<String, Long> used = srcDialect == SqlDialect.SQLITE ? sqliteSequences(src) : pgSequences(src, tables);
        for (String t : tables) {
            if (!columnNames(dst, t, null).contains("id")) {
                continue;
            }
            long max;
            try (Statement s = dst.createStatement();
                 ResultSet rs = s.executeQuery("SELECT coalesce(max(id), 0) FROM " + q(t))) {
                rs.next();
                max = rs.getLong(1);
            }
            long next = Math.max(max, used.getOrDefault(t, 0L));
            if (dstDialect == SqlDialect.SQLITE) {
                if (sqliteSequences(dst).containsKey(t) || next > 0 && autoincrement(dst, t)) {
                    try (PreparedStatement del = dst.prepareStatement("DELETE FROM sqlite_sequence WHERE name = ?");
                         PreparedStatement ins = dst.prepareStatement(
                                 "INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)")) {
                        del.setString(1, t);
                        del.executeUpdate();
                        ins.setString(1, t);
                        ins.setLong(2, next);
                        ins.executeUpdate();
                    }
                }
            } else {
                String seq = pgSequence(dst, t);
                if (seq != null) {
                    try (PreparedStatement ps = dst.prepareStatement("SELECT setval(?::regclass, ?, ?)")) {
                        ps.setString(1, seq);
                        ps.setLong(2, Math.max(next, 1));
                        ps.setBoolean(3, next > 0);
                        ps.executeQuery().close();
                    }
                }
            }
        }
    }

    private static boolean autoincrement(Connection c, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getString(1) != null
                        && rs.getString(1).toUpperCase(java.util.Locale.ROOT).contains("AUTOINCREMENT");
            }
        }
    }

    private static Map<String, Long> sqliteSequences(Connection c) throws SQLException {
        Map<String, Long> out = new TreeMap<>();
        try (Statement s = c.createStatement()) {
            try (ResultSet has = s.executeQuery("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'")) {
                if (!has.next()) {
                    return out;
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT name, seq FROM sqlite_sequence")) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return out;
    }

    private static String pgSequence(Connection c, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_get_serial_sequence(?, 'id')")) {
            ps.setString(1, q(table));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            return null; // no id column with a sequence
        }
    }

    private static Map<String, Long> pgSequences(Connection c, List<String> tables) throws SQLException {
        Map<String, Long> out = new TreeMap<>();
        for (String t : tables) {
            if (!columnNames(c, t, null).contains("id")) {
                continue;
            }
            String seq = pgSequence(c, t);
            if (seq == null) {
                continue;
            }
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT last_value, is_called FROM " + seq)) {
                if (rs.next()) {
                    out.put(t, rs.getBoolean(2) ? rs.getLong(1) : rs.getLong(1) - 1);
                }
            }
        }
        return out;
    }

    // ---- helpers

    private static String q(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteQuietly(Path file) {
        for (String suffix : List.of("", "-wal", "-shm")) {
            try {
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
            } catch (java.io.IOException e) {
                // left behind: an empty store, harmless
            }
        }
    }
}
