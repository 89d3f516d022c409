package org.rapporteur.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.rapporteur.model.RapporteurException;
import org.rapporteur.model.ReportKind;
import org.rapporteur.model.ReportSummary;

/** How a typed name finds a report: ids, file names, prefixes of either, paths; ambiguity is refused, not guessed. */
class ReportResolverTest {
    private static final ReportSummary BRIEF = report("a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9",
            "/data/briefs/2021_brief.pdf");
    private static final ReportSummary BRIEF_V2 = report("a1ffee00e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9",
            "/data/briefs/2021_brief_v2.pdf");
    private static final ReportSummary SEMINAR = report("9c9c9c9c0000111122223333444455556666777788889999aaaabbbbccccdddd",
            "/data/seminars/harbour-seminar.html");
    private static final ReportSummary SEMINAR_COPY = report("77777777000011112222333344445555666677778888999900001111aaaabbbb",
            "/data/archive/harbour-seminar.html");
    private static final List<ReportSummary> ALL = List.of(BRIEF, BRIEF_V2, SEMINAR);

    private static ReportSummary report(String id, String path) {
        String source = path.substring(path.lastIndexOf('/') + 1);
        return new ReportSummary(id, source, path, "Title of " + source, "An Institute", "2021-03-04",
                ReportKind.POLICY_REPORT, List.of(), 3, List.of());
    }

    private static String resolved(String typed) {
        return ReportResolver.resolve(ALL, typed).id();
    }

    @Test
    void aWholeIdOrAnyUniquePrefixOfItNamesTheReport() {
        assertEquals(SEMINAR.id(), resolved(SEMINAR.id()));
        assertEquals(SEMINAR.id(), resolved("9c9c"));
        assertEquals(SEMINAR.id(), resolved("9"), "one character is enough when it is unique");
        assertEquals(BRIEF.id(), resolved("A1B2"), "ids are matched ignoring case");
    }

    @Test
    void aFileNameWithOrWithoutExtensionOrFolderOrAPrefixOfItNamesTheReport() {
        assertEquals(SEMINAR.id(), resolved("harbour-seminar.html"));
        assertEquals(SEMINAR.id(), resolved("harbour-seminar"));
        assertEquals(SEMINAR.id(), resolved("harb"));
        assertEquals(SEMINAR.id(), resolved("seminars/harbour-seminar.html"));
        assertEquals(SEMINAR.id(), resolved("/data/seminars/harbour-seminar.html"));
        assertEquals(SEMINAR.id(), resolved("seminars/harb"));
    }

    @Test
    void anExactNameWinsOverTheLongerNamesItIsAPrefixOf() {
        assertEquals(BRIEF.id(), resolved("2021_brief.pdf"));
        assertEquals(BRIEF.id(), resolved("2021_brief"), "the name without extension is exact, not a prefix");
        assertEquals(BRIEF_V2.id(), resolved("2021_brief_v"));
    }

    @Test
    void anAmbiguousNameIsRefusedNamingEveryReportItMatches() {
        RapporteurException e = assertThrows(RapporteurException.class, () -> resolved("a1"));
        assertTrue(e.getMessage().contains("matches 2 reports"), e.getMessage());
        assertTrue(e.getMessage().contains("2021_brief.pdf (id a1b2c3d4e5f6)"), e.getMessage());
        assertTrue(e.getMessage().contains("2021_brief_v2.pdf (id a1ffee00e5f6)"), e.getMessage());

        List<ReportSummary> twoFolders = List.of(SEMINAR, SEMINAR_COPY);
        RapporteurException same = assertThrows(RapporteurException.class,
                () -> ReportResolver.resolve(twoFolders, "harbour-seminar.html"));
        assertTrue(same.getMessage().contains("matches 2 reports"), same.getMessage());
        assertEquals(SEMINAR_COPY.id(), ReportResolver.resolve(twoFolders, "archive/harbour-seminar.html").id(),
                "the folder tells two files of one name apart");
    }

    @Test
    void anUnknownOrBlankNameSaysHowToListTheReports() {
        RapporteurException e = assertThrows(RapporteurException.class, () -> resolved("zzz"));
        assertTrue(e.getMessage().contains("No report 'zzz'") && e.getMessage().contains("rapporteur reports"),
                e.getMessage());
        assertThrows(RapporteurException.class, () -> resolved("  "));
        assertThrows(RapporteurException.class, () -> resolved("elsewhere/harb"),
                "a folder the report is not in does not match");
    }
}
