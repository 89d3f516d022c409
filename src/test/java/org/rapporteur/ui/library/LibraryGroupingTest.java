package org.rapporteur.ui.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.rapporteur.model.ReportKind;
import org.rapporteur.model.ReportSummary;

class LibraryGroupingTest {
    private static ReportSummary report(String id, String title, String org, String date, ReportKind kind) {
        return new ReportSummary(id, id + ".txt", "/x/" + id, title, org, date, kind, List.of(), 3, List.of());
    }

    private final List<ReportSummary> reports = List.of(
            report("a", "Water talks", "Delta Institute", "2021-05-02", ReportKind.SEMINAR_REPORT),
            report("b", "Border trade", "alpha forum", "2023", ReportKind.POLICY_REPORT),
            report("c", "Ports", "Delta Institute", "2024-01", ReportKind.SEMINAR_REPORT),
            report("d", "Untitled notes", null, null, null));

    @Test
    void groupsByOrganisationAlphabeticallyWithUnknownsLast() {
        List<LibraryGrouping.Group> g = LibraryGrouping.ORGANISATION.group(reports);
        assertEquals(List.of("alpha forum", "Delta Institute", "Unknown publisher"),
                g.stream().map(LibraryGrouping.Group::name).toList());
        // newest first inside a group
        assertEquals(List.of("c", "a"), g.get(1).reports().stream().map(ReportSummary::id).toList());
    }

    @Test
    void groupsByYearNewestFirst() {
        List<LibraryGrouping.Group> g = LibraryGrouping.YEAR.group(reports);
        assertEquals(List.of("2024", "2023", "2021", "Undated"), g.stream().map(LibraryGrouping.Group::name).toList());
    }

    @Test
    void groupsByKindWithReadableLabels() {
        List<LibraryGrouping.Group> g = LibraryGrouping.KIND.group(reports);
        assertEquals(List.of("Policy report", "Seminar report", "Unknown kind"),
                g.stream().map(LibraryGrouping.Group::name).toList());
        assertEquals(2, g.get(1).reports().size());
    }
}
