package org.rapporteur.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rapporteur.ui.search.EmptyResults.IndexContent;
import org.rapporteur.ui.search.EmptyResults.Indexing;

/**
 * What the empty results list says: "No claims match" only when a search over an index holding claims answered with
 * none; otherwise what the workbench is doing. Columns: what the index held at the last answer, the indexing run's
 * files done and total (blank: no run; total -1: still checking), whether a search is running, the message.
 */
class EmptyResultsTest {
    @ParameterizedTest(name = "{0}, indexing {1}/{2}, searching {3}: {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            UNKNOWN    | -  | -  | true  | Opening the workspace…
            UNKNOWN    | 0  | -1 | true  | Opening the workspace…
            NO_REPORTS | 0  | -1 | false | Indexing the corpus — looking for reports…
            NO_REPORTS | 3  | 10 | false | Indexing the corpus — 3 of 10 reports…
            NO_REPORTS | 3  | 10 | true  | Indexing the corpus — 3 of 10 reports…
            NO_REPORTS | 1  | 1  | false | Indexing the corpus — 1 of 1 report…
            NO_CLAIMS  | 2  | 10 | false | Indexing the corpus — 2 of 10 reports…
            NO_REPORTS | -  | -  | false | No reports yet: add a folder of reports (File ▸ Add folder…, Ctrl+Shift+O) or drop files on the window.
            NO_REPORTS | -  | -  | true  | Searching…
            CLAIMS     | -  | -  | false | No claims match. Loosen the query or clear the facets.
            CLAIMS     | -  | -  | true  | Searching…
            CLAIMS     | 3  | 10 | false | No claims match. Loosen the query or clear the facets.
            CLAIMS     | 3  | 10 | true  | Searching…
            """)
    void theEmptyListSaysWhatIsGoingOn(IndexContent content, Long done, Long total, boolean searching,
                                       String expected) {
        Indexing run = done == null ? null : new Indexing(done, total);
        assertEquals(expected, EmptyResults.forResults(content, run, searching, null));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            UNKNOWN    | true
            NO_REPORTS | false
            CLAIMS     | true
            """)
    void aFailedSearchSaysWhy(IndexContent content, boolean searching) {
        assertEquals("The search failed: the index is damaged.",
                EmptyResults.forResults(content, null, searching, "The search failed: the index is damaged."));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            UNKNOWN    | -  | Opening the workspace…
            NO_REPORTS | 4  | Indexing the corpus — 4 of 10 reports…
            NO_REPORTS | -  | No reports yet: add a folder of reports (File ▸ Add folder…, Ctrl+Shift+O) or drop files on the window.
            """)
    void analysisViewsSayWhatTheIndexIsDoing(IndexContent content, Long done, String expected) {
        assertEquals(expected, EmptyResults.forIndex(content, done == null ? null : new Indexing(done, 10)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"CLAIMS"})
    void analysisViewsSayNothingOfTheirOwnOnceTheIndexHoldsClaims(IndexContent content) {
        assertNull(EmptyResults.forIndex(content, new Indexing(4, 10)));
        assertNull(EmptyResults.forIndex(content, null));
    }
}
