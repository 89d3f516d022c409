package org.rapporteur.pipeline;

import java.util.List;

/** What to export: search results, a tag with its sub-tags, a report, every coded claim, chosen claims, or all work. */
public sealed interface ExportSelection {
    /** A one-line description for the export's header, e.g. {@code tag: Energy (with sub-tags)}. */
    String describe();

    /** The claims matching a query in the search language (blank: every claim). */
    record Query(String query) implements ExportSelection {
        public String describe() {
            return query == null || query.isBlank() ? "all claims" : "search: " + query;
        }
    }

    /** Codings of a tag (id, path or unique name) and of its sub-tags. */
    record Tag(String tag) implements ExportSelection {
        public String describe() {
            return "tag: " + tag + " (with sub-tags)";
        }
    }

    /** Every claim of a report (named as {@link ReportResolver} allows) with all annotations in it. */
    record Report(String report) implements ExportSelection {
        public String describe() {
            return "report: " + report;
        }
    }

    /**
     * The results of a search with its facet filters, as the workbench shows them (in their order), up to
     * {@link #MAX_SEARCH_ROWS}; {@code request}'s limit and offset are ignored.
     */
    record Search(org.rapporteur.model.SearchRequest request) implements ExportSelection {
        public static final int MAX_SEARCH_ROWS = 100_000;

        public String describe() {
            String q = request.query().isBlank() ? "all claims" : "search: " + request.query();
            if (request.filters().isEmpty()) {
                return q;
            }
            StringBuilder sb = new StringBuilder(q);
            request.filters().forEach((d, v) -> sb.append("; ").append(d.label()).append(": ")
                    .append(String.join(" or ", new java.util.TreeSet<>(v))));
            return sb.toString();
        }
    }

    /** Every claim that carries a coding. */
    record Coded() implements ExportSelection {
        public String describe() {
            return "all coded claims";
        }
    }

    /** Hand-picked claims by id. */
    record Claims(List<String> claimIds) implements ExportSelection {
        public Claims {
            claimIds = List.copyOf(claimIds);
        }

        public String describe() {
            return claimIds.size() + (claimIds.size() == 1 ? " chosen claim" : " chosen claims");
        }
    }

    /** All the analyst's work: every coding, note and link, and the claims they are on (a full backup). */
    record All() implements ExportSelection {
        public String describe() {
            return "all annotations";
        }
    }
}
