package org.rapporteur.annotations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The undo journal in the database: {@code change_log} (one row per change, its state), {@code change_row} (before
 * and after image of every row it touched) and {@code change_event} (every do/undo/redo/re-anchor, so other
 * processes can follow). History is one line for the whole store, but each analyst undoes their own changes (issue
 * 17): undo takes back the newest change in effect made by the analyst undoing, so {@code rapporteur undo} in a new
 * process undoes what the same analyst's GUI did last, and never a colleague's work. A new change discards only the
 * same analyst's undone changes (no branching redo). An undo or redo over a row someone else has changed since, or
 * that someone else's later work depends on, is refused with a sentence naming them.
 */
final class UndoJournal {
    record Affected(Set<String> claimIds, Set<String> reportIds, boolean codebookChanged) {
    }

    record Applied(long changeId, String type, String summary, long entityId, List<JournalTx.RowChange> rows) {
    }

    private static final TypeReference<Map<String, Object>> ROW = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    private final ObjectMapper json = new ObjectMapper()
            .disable(com.fasterxml.jackson.databind.SerializationFeature.FAIL_ON_EMPTY_BEANS);

    /** Journals an applied change: {@code summary} says what it did in words, {@code origin} which program did it. */
    long record(Connection c, Change change, String summary, long entityId, List<JournalTx.RowChange> rows,
                String creator, ChangeOrigin origin, String now) throws SQLException {
        try (PreparedStatement ps = StoreQueries.prepare(c, "UPDATE change_log SET state = 'DISCARDED' WHERE state ="
                + " 'UNDONE' AND creator = ?", creator)) {
            ps.executeUpdate();
        }
        long id = ChangeExecutor.ids(c, "INSERT INTO change_log (type, change_json, summary, entity_id, state,"
                + " creator, created_at, origin) VALUES (?, ?, ?, ?, 'DONE', ?, ?, ?) RETURNING id",
                change.getClass().getSimpleName(), write(change), summary, entityId, creator, now, origin.name())
                .getFirst();
        int ord = 0;
        for (JournalTx.RowChange r : rows) {
            try (PreparedStatement ps = StoreQueries.prepare(c, "INSERT INTO change_row (change_id, ord, table_name,"
                    + " row_id, before_json, after_json) VALUES (?, ?, ?, ?, ?, ?)", id, ord++, r.table(), r.id(),
                    r.before() == null ? null : write(r.before()), r.after() == null ? null : write(r.after()))) {
                ps.executeUpdate();
            }
        }
        return id;
    }

    boolean canUndo(Connection c, String user) throws SQLException {
        return !ChangeExecutor.ids(c, "SELECT id FROM change_log WHERE state = 'DONE' AND creator = ? LIMIT 1", user)
                .isEmpty();
    }

    boolean canRedo(Connection c, String user) throws SQLException {
        return !ChangeExecutor.ids(c, "SELECT id FROM change_log WHERE state = 'UNDONE' AND creator = ? LIMIT 1",
                user).isEmpty();
    }

    /** Takes back {@code user}'s newest change in effect; empty when there is none. */
    Optional<Applied> undo(Connection c, String user) throws SQLException {
        List<Long> last = ChangeExecutor.ids(c, "SELECT max(id) FROM change_log WHERE state = 'DONE' AND creator = ?",
                user);
        if (last.isEmpty() || last.getFirst() == 0) {
            return Optional.empty();
        }
        Applied entry = load(c, last.getFirst());
        List<JournalTx.RowChange> rows = entry.rows();
        for (JournalTx.RowChange r : rows) {
            requireUnchanged(c, r, r.after(), entry, "undo", user);
        }
        for (int i = rows.size() - 1; i >= 0; i--) {
            JournalTx.RowChange r = rows.get(i);
            restore(c, r, r.before(), entry, "undo", user);
        }
        setState(c, entry.changeId(), "UNDONE");
        return Optional.of(entry);
    }

    /** Re-applies {@code user}'s oldest undone change; empty when there is none. */
    Optional<Applied> redo(Connection c, String user) throws SQLException {
        List<Long> first = ChangeExecutor.ids(c, "SELECT min(id) FROM change_log WHERE state = 'UNDONE' AND creator"
                + " = ?", user);
        if (first.isEmpty() || first.getFirst() == 0) {
            return Optional.empty();
        }
        Applied entry = load(c, first.getFirst());
        for (JournalTx.RowChange r : entry.rows()) {
            requireUnchanged(c, r, r.before(), entry, "redo", user);
        }
        for (JournalTx.RowChange r : entry.rows()) {
            restore(c, r, r.after(), entry, "redo", user);
        }
        setState(c, entry.changeId(), "DONE");
        return Optional.of(entry);
    }

    /**
     * Restores one row image. A constraint that still fails (a colleague's new tag took the name the undo brings
     * back, a tag the redo needs is gone) refuses the whole undo with a sentence; the transaction rolls back.
     */
    private static void restore(Connection c, JournalTx.RowChange r, Map<String, Object> image, Applied entry,
                                String verb, String user) throws SQLException {
        if (image == null) {
            requireNoDependents(c, r, entry, verb, user);
        }
        try {
            Rows.restore(c, r.table(), r.id(), image);
        } catch (SQLException e) {
            if (!constraintViolated(e)) {
                throw e;
            }
            throw new AnnotationException("Cannot " + verb + " '" + entry.summary() + "': it clashes with what was"
                    + " changed since (" + firstLine(e.getMessage()) + ").", e);
        }
        followReportAlias(c, r.table(), r.id(), image);
    }

    /** SQLite's SQLITE_CONSTRAINT (19, with its extended codes) or PostgreSQL's SQLState class 23. */
    private static boolean constraintViolated(SQLException e) {
        String state = e.getSQLState();
        return (state != null && state.startsWith("23")) || (e.getErrorCode() & 0xff) == 19;
    }

    private static String firstLine(String s) {
        String t = String.valueOf(s);
        int nl = t.indexOf('\n');
        return (nl < 0 ? t : t.substring(0, nl)).strip();
    }

    /**
     * Refuses to undo or redo over a row that no longer looks as the change left it: someone else changed or deleted
     * it since (they are named), or something wrote outside the journal. Anchors are only checked for being there or
     * not, because re-anchoring moves them on purpose.
     */
    private void requireUnchanged(Connection c, JournalTx.RowChange r, Map<String, Object> expected, Applied entry,
                                  String verb, String user) throws SQLException {
        Map<String, Object> now = Rows.read(c, r.table(), r.id());
        boolean same = r.table().equals("anchor") ? (now == null) == (expected == null) : sameRow(now, expected);
        if (same) {
            return;
        }
        String what = "the " + words(r.table()) + " " + r.id();
        String who = lastChangedBy(c, r.table(), r.id(), entry.changeId());
        if (who == null || who.equals(user)) {
            throw new AnnotationException("Cannot " + verb + " '" + entry.summary() + "': " + what + " it touched has"
                    + " been changed since.");
        }
        String did = now == null ? "deleted " : expected == null ? "created " : "changed ";
        throw new AnnotationException("Cannot " + verb + " '" + entry.summary() + "': " + who + " has " + did + what
                + " since.");
    }

    /** Who last changed this row through the journal after change {@code after}, or null when nobody did. */
    private static String lastChangedBy(Connection c, String table, long id, long after) throws SQLException {
        List<String> who = ChangeExecutor.strings(c, "SELECT l.creator FROM change_row r JOIN change_log l ON l.id ="
                + " r.change_id WHERE r.table_name = ? AND r.row_id = ? AND r.change_id > ? AND l.state = 'DONE'"
                + " ORDER BY r.change_id DESC LIMIT 1", table, id, after);
        return who.isEmpty() ? null : who.getFirst();
    }

    /** What points at a row of a table, as (table, column): the references the schema has. */
    private static final Map<String, List<String[]>> REFERENCES = Map.of(
            "tag", List.of(new String[]{"tag", "parent_id"}, new String[]{"coding", "tag_id"},
                    new String[]{"note", "tag_id"}, new String[]{"suggestion_rejection", "tag_id"}),
            "anchor", List.of(new String[]{"coding", "anchor_id"}, new String[]{"note", "anchor_id"},
                    new String[]{"link", "source_anchor_id"}, new String[]{"link", "target_anchor_id"},
                    new String[]{"correction", "anchor_id"}));

    /**
     * Refuses to delete a row (a tag the undo takes back) that other rows still point at once the change's earlier
     * steps are restored: a colleague's coding with the tag, their sub-tag. Their work stays, and they are named.
     */
    private static void requireNoDependents(Connection c, JournalTx.RowChange r, Applied entry, String verb,
                                            String user) throws SQLException {
        for (String[] ref : REFERENCES.getOrDefault(r.table(), List.of())) {
            try (PreparedStatement ps = StoreQueries.prepare(c, "SELECT id, creator FROM " + ref[0] + " WHERE "
                    + ref[1] + " = ? ORDER BY id LIMIT 1", r.id()); ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    String who = rs.getString(2);
                    String whose = who == null || who.equals(user) ? "the " : who + "'s ";
                    throw new AnnotationException("Cannot " + verb + " '" + entry.summary() + "': " + whose
                            + words(ref[0]) + " " + rs.getLong(1) + " depends on the " + words(r.table()) + " "
                            + r.id() + ".");
                }
            }
        }
    }

    private static String words(String table) {
        return switch (table) {
            case "person_decision" -> "decision about people";
            case "suggestion_rejection" -> "rejected suggestion";
            default -> table;
        };
    }

    private boolean sameRow(Map<String, Object> a, Map<String, Object> b) {
        if (a == null || b == null) {
            return a == b;
        }
        // report_id of notes and corrections follows a re-ingested report outside the journal, see reanchor.
        Map<String, Object> x = new LinkedHashMap<>(a);
        Map<String, Object> y = normalise(b);
        x.remove("report_id");
        y.remove("report_id");
        // A column added by a later migration (coding.suggested) is not in an image journalled before it; the change
        // never touched it, so only the columns the image has are compared.
        x.keySet().retainAll(y.keySet());
        return json.valueToTree(x).equals(json.valueToTree(y));
    }

    /**
     * A row brought back by undo or redo may name a report that has since been re-ingested under a new id. Notes and
     * corrections follow the report; an anchor keeps its old id and position but becomes an orphan, so it is listed
     * and re-anchored with the report next time, never silently misplaced.
     */
    private static void followReportAlias(Connection c, String table, long id, Map<String, Object> image)
            throws SQLException {
        if (image == null || !(image.get("report_id") instanceof String rid)) {
            return;
        }
        List<String> to = ChangeExecutor.strings(c, "SELECT to_id FROM report_alias WHERE from_id = ?", rid);
        if (to.isEmpty()) {
            return;
        }
        if (table.equals("anchor")) {
            Rows.update(c, table, id, Map.of("status", AnchorStatus.ORPHAN.name(), "method",
                    AnchorMethod.NONE.name(), "score", 0.0));
        } else if (table.equals("note") || table.equals("correction")) {
            Rows.update(c, table, id, Map.of("report_id", to.getFirst()));
        }
    }

    /** Integers from JSON come back as Integer; rows read from JDBC use Long. */
    private static Map<String, Object> normalise(Map<String, Object> m) {
        Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, v instanceof Integer n ? Long.valueOf(n.longValue()) : v));
        return out;
    }

    private Applied load(Connection c, long id) throws SQLException {
        String type;
        String summary;
        long entity;
        try (PreparedStatement ps = StoreQueries.prepare(c, "SELECT type, summary, entity_id FROM change_log WHERE"
                + " id = ?", id); ResultSet rs = ps.executeQuery()) {
            rs.next();
            type = rs.getString(1);
            summary = rs.getString(2);
            entity = rs.getLong(3);
        }
        List<JournalTx.RowChange> rows = new ArrayList<>();
        try (PreparedStatement ps = StoreQueries.prepare(c, "SELECT table_name, row_id, before_json, after_json FROM"
                + " change_row WHERE change_id = ? ORDER BY ord", id); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.add(new JournalTx.RowChange(rs.getString(1), rs.getLong(2), readRow(rs.getString(3)),
                        readRow(rs.getString(4))));
            }
        }
        return new Applied(id, type, summary, entity, rows);
    }

    private void setState(Connection c, long id, String state) throws SQLException {
        try (PreparedStatement ps = StoreQueries.prepare(c, "UPDATE change_log SET state = ? WHERE id = ?", state,
                id)) {
            ps.executeUpdate();
        }
    }

    List<HistoryEntry> history(Connection c, int limit) throws SQLException {
        List<HistoryEntry> out = new ArrayList<>();
        try (PreparedStatement ps = StoreQueries.prepare(c, "SELECT id, type, summary, creator, created_at, state,"
                + " origin FROM change_log ORDER BY id DESC LIMIT ?", Math.max(0, limit));
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new HistoryEntry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), HistoryEntry.State.valueOf(rs.getString(6)),
                        ChangeOrigin.of(rs.getString(7))));
            }
        }
        return out;
    }

    /** Claims, reports and codebook touched by these row changes (claims coded under a changed tag included). */
    Affected affected(Connection c, List<JournalTx.RowChange> rows) throws SQLException {
        Set<String> claims = new TreeSet<>();
        Set<String> reports = new TreeSet<>();
        boolean codebook = false;
        Map<Long, List<Map<String, Object>>> anchorImages = new HashMap<>();
        for (JournalTx.RowChange r : rows) {
            if (r.table().equals("anchor")) {
                for (Map<String, Object> img : images(r)) {
                    anchorImages.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(img);
                }
            }
        }
        Set<Long> tagIds = new TreeSet<>();
        for (JournalTx.RowChange r : rows) {
            for (Map<String, Object> img : images(r)) {
                addIfText(reports, img.get("report_id"));
                addIfText(claims, img.get("claim_id"));
                for (String col : List.of("anchor_id", "source_anchor_id", "target_anchor_id")) {
                    if (img.get(col) instanceof Number n) {
                        List<Map<String, Object>> imgs = anchorImages.get(n.longValue());
                        if (imgs == null) {
                            Map<String, Object> cur = Rows.read(c, "anchor", n.longValue());
                            imgs = cur == null ? List.of() : List.of(cur);
                        }
                        for (Map<String, Object> a : imgs) {
                            addIfText(claims, a.get("claim_id"));
                            addIfText(reports, a.get("report_id"));
                        }
                    }
                }
            }
            if (r.table().equals("tag")) {
                codebook = true;
                tagIds.add(r.id());
            }
        }
        for (long tagId : tagIds) {
            for (long sub : StoreQueries.subtreeIds(c, tagId)) {
                claims.addAll(ChangeExecutor.strings(c, "SELECT a.claim_id FROM coding k JOIN anchor a ON a.id ="
                        + " k.anchor_id WHERE k.tag_id = ? AND a.claim_id IS NOT NULL", sub));
            }
        }
        return new Affected(claims, reports, codebook);
    }

    private static List<Map<String, Object>> images(JournalTx.RowChange r) {
        List<Map<String, Object>> l = new ArrayList<>(2);
        if (r.before() != null) {
            l.add(r.before());
        }
        if (r.after() != null) {
            l.add(r.after());
        }
        return l;
    }

    private static void addIfText(Set<String> set, Object v) {
        if (v instanceof String s && !s.isBlank()) {
            set.add(s);
        }
    }

    long recordEvent(Connection c, long changeId, ChangeEvent.Action action, String type, String summary,
                     long entityId, Affected a, String creator, ChangeOrigin origin, String now)
            throws SQLException {
        return ChangeExecutor.ids(c, "INSERT INTO change_event (change_id, action, type, summary, entity_id,"
                + " claim_ids, report_ids, codebook_changed, creator, at, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?) RETURNING id", changeId, action.name(), type, summary, entityId, write(a.claimIds()),
                write(a.reportIds()), a.codebookChanged() ? 1 : 0, creator, now, origin.name()).getFirst();
    }

    long lastEventId(Connection c) throws SQLException {
        return ChangeExecutor.ids(c, "SELECT coalesce(max(id), 0) FROM change_event").getFirst();
    }

    /** Events after {@code afterId}, own ones included ({@link ChangeEvent#external()} tells them apart). */
    List<ChangeEvent> eventsAfter(Connection c, long afterId, Set<Long> own) throws SQLException {
        List<ChangeEvent> out = new ArrayList<>();
        try (PreparedStatement ps = StoreQueries.prepare(c, "SELECT id, change_id, action, type, summary, entity_id,"
                + " claim_ids, report_ids, codebook_changed, origin, creator, overwrote FROM change_event WHERE id > ?"
                + " ORDER BY id",
                afterId);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                out.add(new ChangeEvent(id, rs.getLong(2), ChangeEvent.Action.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getString(5), rs.getLong(6), readStrings(rs.getString(7)),
                        readStrings(rs.getString(8)), rs.getInt(9) != 0, !own.contains(id),
                        ChangeOrigin.of(rs.getString(10)), rs.getString(11), rs.getString(12)));
            }
        }
        return out;
    }

    // ---- live collaboration (issue 17, ADR 0038)

    /**
     * Notes on a journalled change whose edit it replaced ({@code overwrote}, may be null) and the key it was kept
     * under on the analyst's machine while the server was away (may be null).
     */
    void markChange(Connection c, long changeId, String overwrote, String clientKey) throws SQLException {
        if (overwrote == null && clientKey == null) {
            return;
        }
        try (PreparedStatement ps = StoreQueries.prepare(c, "UPDATE change_log SET overwrote = ?, client_key = ?"
                + " WHERE id = ?", overwrote, clientKey, changeId)) {
            ps.executeUpdate();
        }
    }

    void markEventOverwrote(Connection c, long eventId, String overwrote) throws SQLException {
        if (overwrote == null) {
            return;
        }
        try (PreparedStatement ps = StoreQueries.prepare(c, "UPDATE change_event SET overwrote = ? WHERE id = ?",
                overwrote, eventId)) {
            ps.executeUpdate();
        }
    }

    /** True when a change kept offline under {@code clientKey} is in the journal already (written before a crash). */
    boolean written(Connection c, String clientKey) throws SQLException {
        return !ChangeExecutor.ids(c, "SELECT id FROM change_log WHERE client_key = ?", clientKey).isEmpty();
    }

    /**
     * What change {@code changeId} replaced when it overwrote another analyst's edit: the tag or note row as that
     * analyst left it (the change's before image) and as the change left it. Empty when the change overwrote nobody.
     */
    Optional<OverwrittenEdit> overwritten(Connection c, long changeId) throws SQLException {
        String overwrote;
        String by;
        String at;
        try (PreparedStatement ps = StoreQueries.prepare(c, "SELECT overwrote, creator, created_at FROM change_log"
                + " WHERE id = ?", changeId); ResultSet rs = ps.executeQuery()) {
            if (!rs.next() || rs.getString(1) == null) {
                return Optional.empty();
            }
            overwrote = rs.getString(1);
            by = rs.getString(2);
            at = rs.getString(3);
        }
        for (JournalTx.RowChange r : load(c, changeId).rows()) {
            if ((r.table().equals("tag") || r.table().equals("note")) && r.before() != null && r.after() != null) {
                return Optional.of(new OverwrittenEdit(changeId, r.table().equals("tag")
                        ? OverwrittenEdit.Kind.TAG : OverwrittenEdit.Kind.NOTE, r.id(), overwrote, by, at,
                        OverwrittenEdit.fields(r.before()), OverwrittenEdit.fields(r.after())));
            }
        }
        return Optional.empty();
    }

    private String write(Object o) {
        try {
            return json.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new AnnotationException("Cannot record a change in the journal: " + e.getOriginalMessage(), e);
        }
    }

    private Map<String, Object> readRow(String s) {
        if (s == null) {
            return null;
        }
        try {
            return normalise(json.readValue(s, ROW));
        } catch (JsonProcessingException e) {
            throw new AnnotationException("The undo journal is damaged: " + e.getOriginalMessage(), e);
        }
    }

    private Set<String> readStrings(String s) {
        try {
            return new TreeSet<>(json.readValue(s, STRINGS));
        } catch (JsonProcessingException e) {
            throw new AnnotationException("The change log is damaged: " + e.getOriginalMessage(), e);
        }
    }
}
