package org.rapporteur.annotations;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The write side of one change: every insert, update and delete goes through here, so the journal holds a before
 * and an after image of every row the change touched, in order. Undo restores the before images in reverse order,
 * redo the after images in order; each intermediate state was valid, so constraints hold at every step.
 */
final class JournalTx {
    record RowChange(String table, long id, Map<String, Object> before, Map<String, Object> after) {
    }

    final Connection c;
    private final List<RowChange> rows = new ArrayList<>();
    /** The analyst whose newer edit of the same tag or note this change replaces (last writer wins), or null. */
    private String overwrote;

    JournalTx(Connection c) {
        this.c = c;
    }

    long insert(String table, Map<String, Object> values) throws SQLException {
        long id = Rows.insert(c, table, values);
        rows.add(new RowChange(table, id, null, Rows.read(c, table, id)));
        return id;
    }

    void update(String table, long id, Map<String, Object> values) throws SQLException {
        Map<String, Object> before = Rows.read(c, table, id);
        Rows.update(c, table, id, values);
        rows.add(new RowChange(table, id, before, Rows.read(c, table, id)));
    }

    void delete(String table, long id) throws SQLException {
        Map<String, Object> before = Rows.read(c, table, id);
        if (before == null) {
            return;
        }
        Rows.delete(c, table, id);
        rows.add(new RowChange(table, id, before, null));
    }

    void overwrote(String analyst) {
        overwrote = analyst;
    }

    String overwrote() {
        return overwrote;
    }

    List<RowChange> rows() {
        return List.copyOf(rows);
    }
}
