package org.rapporteur.ui.library;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.rapporteur.model.ReportSummary;

/** How the library groups reports, and the grouping itself (pure; groups sorted, unknowns last). */
public enum LibraryGrouping {
    /** By the report's organisation from its metadata: its publisher (the {@code publisher:} field and facet). */
    ORGANISATION("Publisher", r -> r.organisation(), "Unknown publisher"),
    KIND("Kind", r -> r.kind() == null ? null : capitalise(r.kind().label()), "Unknown kind"),
    YEAR("Year", r -> r.year() == null ? null : r.year().toString(), "Undated");

    /** A group of reports under one heading. */
    public record Group(String name, List<ReportSummary> reports) {
    }

    private final String label;
    private final Function<ReportSummary, String> key;
    private final String unknown;

    LibraryGrouping(String label, Function<ReportSummary, String> key, String unknown) {
        this.label = label;
        this.key = key;
        this.unknown = unknown;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }

    public List<Group> group(List<ReportSummary> reports) {
        Map<String, List<ReportSummary>> byKey = new TreeMap<>(this == YEAR ? Comparator.<String>reverseOrder()
                : String.CASE_INSENSITIVE_ORDER);
        List<ReportSummary> unknowns = new ArrayList<>();
        for (ReportSummary r : reports) {
            String k = key.apply(r);
            if (k == null || k.isBlank()) {
                unknowns.add(r);
            } else {
                byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(r);
            }
        }
        Comparator<ReportSummary> order = Comparator.comparing((ReportSummary r) -> r.date() == null ? "" : r.date())
                .reversed().thenComparing(r -> r.title() == null ? r.source() : r.title(),
                        String.CASE_INSENSITIVE_ORDER);
        List<Group> out = new ArrayList<>();
        byKey.forEach((k, list) -> {
            list.sort(order);
            out.add(new Group(k, List.copyOf(list)));
        });
        if (!unknowns.isEmpty()) {
            unknowns.sort(order);
            out.add(new Group(unknown, List.copyOf(unknowns)));
        }
        return out;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
