package org.rapporteur.bench.compare;

import java.util.List;
import java.util.Map;

/**
 * Renders the comparison as Markdown: work | Rapporteur | reference | ratio | target | met? | before, where "before"
 * is the same line's Rapporteur figure (and ratio) in the previous run's table.
 */
public final class ComparisonTable {
    private ComparisonTable() {
    }

    /**
     * @param before    previous figures by work (see {@link BenchmarksDoc#previousFigures}); lines without one get "—"
     * @param beforeLabel what the previous run was, for the column header
     * @param loaded    true when the run started on a busy machine: a met target is then shown as "yes?", not a claim
     */
    public static String render(List<ComparisonRow> rows, Map<String, String> before, String beforeLabel,
                                boolean loaded) {
        StringBuilder sb = new StringBuilder();
        sb.append("| work | Rapporteur | reference | ratio | target | met? | before (").append(cell(beforeLabel))
                .append(") |\n|---|---|---|---|---|---|---|\n");
        for (ComparisonRow r : rows) {
            sb.append("| ").append(cell(r.work()))
                    .append(" | ").append(cell(r.rapporteur()))
                    .append(" | ").append(cell(r.reference()))
                    .append(" | ").append(cell(r.ratio()))
                    .append(" | ").append(cell(r.target()))
                    .append(" | ").append(met(r.met(), loaded))
                    .append(" | ").append(cell(before.getOrDefault(r.work(), "—")))
                    .append(" |\n");
        }
        return sb.toString();
    }

    private static String met(Boolean met, boolean loaded) {
        if (met == null) {
            return "—";
        }
        if (met) {
            return loaded ? "yes?" : "yes";
        }
        return "**no**";
    }

    /** A table cell: pipes escaped (queries may hold them), line breaks flattened. */
    static String cell(String s) {
        return s == null || s.isBlank() ? "—" : s.replace("|", "\\|").replace('\n', ' ');
    }
}
