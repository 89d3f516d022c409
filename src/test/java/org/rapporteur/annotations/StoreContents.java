package org.rapporteur.annotations;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.rapporteur.model.Claim;

/**
 * A store holding one of everything a body of annotations can hold (nested and deleted tags, codings on claims and
 * on a selection, notes on each kind of target, links, corrections, a person merge, a rejected suggestion, an
 * orphan, an undone change and history), and a dump of any store's tables for comparing two of them value by value.
 */
final class StoreContents {
    static final String TEXT = """
            The minister said the new pipeline would be finished by June. Critics replied that the costs were hidden \
            from parliament. A farmers' union warned that groundwater would be at risk. The ministry later admitted \
            the contract had been signed without a tender. Nobody mentioned the second pipeline.
            """;

    private StoreContents() {
    }

    /** Fills {@code store} (over {@code reports}, which gets the report) with one of everything. */
    static void fill(AnnotationStore store, TestReports reports) {
        String id = reports.add(TEXT);
        Claim pipeline = reports.claimWith(id, "new pipeline");
        Claim costs = reports.claimWith(id, "costs were hidden");
        Claim farmers = reports.claimWith(id, "groundwater");
        Claim tender = reports.claimWith(id, "without a tender");
        Claim second = reports.claimWith(id, "second pipeline");
        long security = store.execute(new Change.CreateTag("Security", null, "#D62728", "Threats")).entityId();
        long water = store.execute(new Change.CreateTag("Water", null, "#1F77B4", null)).entityId();
        // a tag moved under a newer one: copied rows must put the parent first, whatever the ids say
        long older = store.execute(new Change.CreateTag("Energy", null, null, null)).entityId();
        long newer = store.execute(new Change.CreateTag("Infrastructure", null, null, null)).entityId();
        store.execute(new Change.MoveTag(older, newer));
        store.execute(new Change.CreateTag("Energy", security, null, "same name, other parent"));
        // the newest tag deleted: the next id is past it, which only a copied sequence remembers
        long doomed = store.execute(new Change.CreateTag("Doomed", null, null, null)).entityId();
        store.execute(new Change.DeleteTag(doomed, DeletePolicy.REFUSE_IF_USED));
        store.execute(new Change.AddCoding(security, Target.claim(pipeline.id())));
        store.execute(new Change.AddCoding(water, Target.claim(farmers.id()), true, 0.83));
        store.execute(new Change.AddCoding(older, new Target.Selection(id, pipeline.start(), pipeline.start() + 12)));
        store.execute(new Change.AddCoding(water, Target.claim(second.id())));
        store.execute(new Change.AddNote(Target.claim(costs.id()), "x'); DROP TABLE coding; -- and a quote ' \" \\"));
        store.execute(new Change.AddNote(new Target.Report(id), "Ünïcödé ✓, a tab\tand a\nnewline"));
        store.execute(new Change.AddNote(new Target.Person("Amina Rao"), "Trade economist."));
        store.execute(new Change.AddNote(new Target.Tag(water), "Rivers and aquifers."));
        store.execute(new Change.AddLink(pipeline.id(), costs.id(), LinkType.CONTRADICTS, "Cost claims."));
        store.execute(new Change.AddCorrection(new CorrectionRequest.SetSpeaker(tender.id(), "Amina Rao", "economist",
                null, "India")));
        store.execute(new Change.AddCorrection(new CorrectionRequest.AddCountry(costs.id(), "Norway")));
        store.execute(new Change.MergePeople("Amina Rao", "A. Rao"));
        store.execute(new Change.RejectSuggestion(costs.id(), security, 0.41));
        store.execute(new Change.AddNote(Target.claim(tender.id()), "to be undone"));
        store.undo();
        // the second pipeline's sentence is deleted upstream: its coding becomes an orphan
        String changed = TEXT.replace(" Nobody mentioned the second pipeline.", "");
        String newId = reports.add(changed);
        store.reanchor(id, newId, changed, reports.claims(newId));
    }

    /** Every table's rows, each row as its values in column-name order, rows sorted: for comparing two stores. */
    static Map<String, List<String>> dump(Connection c, boolean sqlite) throws SQLException {
        List<String> tables = new ArrayList<>();
        String sql = sqlite ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                : "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()";
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        Map<String, List<String>> out = new TreeMap<>();
        for (String t : tables) {
            if (t.equals("schema_history")) {
                continue;
            }
            List<String> rows = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + t)) {
                ResultSetMetaData m = rs.getMetaData();
                while (rs.next()) {
                    Map<String, String> row = new TreeMap<>();
                    for (int i = 1; i <= m.getColumnCount(); i++) {
                        row.put(m.getColumnName(i).toLowerCase(Locale.ROOT), value(rs.getObject(i)));
                    }
                    rows.add(row.toString());
                }
            }
            rows.sort(null);
            out.put(t, rows);
        }
        return out;
    }

    /** A value as a string that does not depend on which Java type the driver chose for a number. */
    private static String value(Object v) {
        if (v instanceof Number n && !(v instanceof Double) && !(v instanceof Float)) {
            return Long.toString(n.longValue());
        }
        if (v instanceof Boolean b) {
            return b ? "1" : "0";
        }
        return String.valueOf(v);
    }

    static Map<String, List<String>> dump(Path sqliteFile) throws SQLException {
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + sqliteFile)) {
            return dump(c, true);
        }
    }
}
