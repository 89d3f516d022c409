package org.rapporteur.bench.compare;

import java.util.ArrayList;
import java.util.List;

/** What the rows of one run found: the table's lines, and the detail lines printed below the table. */
public final class RowReport {
    private final List<ComparisonRow> rows = new ArrayList<>();
    private final List<String> details = new ArrayList<>();

    public void add(ComparisonRow row) {
        rows.add(row);
        System.err.println("  " + row.work() + ": " + row.rapporteur() + " | ref " + row.reference() + " | "
                + row.ratio() + " | target " + row.target() + " | met " + row.met());
    }

    /** A detail line (Markdown), printed at once too so a long run shows progress. */
    public void detail(String line) {
        details.add(line);
        System.err.println("  " + line);
    }

    public List<ComparisonRow> rows() {
        return rows;
    }

    public List<String> details() {
        return details;
    }
}
