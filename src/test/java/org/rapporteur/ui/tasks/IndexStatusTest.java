package org.rapporteur.ui.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rapporteur.model.Problem;
import org.rapporteur.model.ProblemKind;
import org.rapporteur.pipeline.CorpusChanges;
import org.rapporteur.pipeline.IndexSummary;

/** The status bar's words for what an index run's check found and how the run ended. */
class IndexStatusTest {
    @ParameterizedTest(name = "{0} before, {1} unchanged, {2} new, {3} changed, {4} removed: {5}")
    @CsvSource(delimiter = '|', textBlock = """
            10952 | 10952 | 0 | 0 | 0 | Corpus unchanged
            10952 | 10949 | 0 | 3 | 0 | 3 reports changed, re-indexing…
            10952 | 10950 | 1 | 1 | 0 | 1 report changed, 1 new report, re-indexing…
            10952 | 10950 | 2 | 0 | 0 | 2 new reports, re-indexing…
            10952 | 10950 | 0 | 0 | 2 | 2 reports removed
            10952 | 10950 | 0 | 1 | 1 | 1 report changed, 1 report removed, re-indexing…
            0     | 0     | 5 | 0 | 0 | Indexing the corpus — 5 reports to read…
            0     | 0     | 1 | 0 | 0 | Indexing the corpus — 1 report to read…
            """)
    void whatTheCheckFound(long before, int unchanged, int added, int changed, int removed, String expected) {
        assertEquals(expected, IndexStatus.found(new CorpusChanges(before, unchanged, added, changed, removed)));
    }

    @ParameterizedTest(name = "{0} files, {1} indexed, {2} unchanged, {3} removed, {4} failed: {5}")
    @CsvSource(delimiter = '|', textBlock = """
            10952 | 0 | 10952 | 0 | 0 | Corpus unchanged: 10,952 reports (checked in 18.3 s)
            1     | 0 | 1     | 0 | 0 | Corpus unchanged: 1 report (checked in 18.3 s)
            0     | 0 | 0     | 0 | 0 | No report files in the corpus folders: add a folder (File ▸ Add folder…) or drop files here
            10952 | 3 | 10949 | 0 | 0 | 3 reports indexed (120 claims), 10949 unchanged, 0 removed, 0 failed in 18.3 s
            10952 | 0 | 10951 | 0 | 1 | 0 reports indexed (120 claims), 10951 unchanged, 0 removed, 1 failed in 18.3 s
            10950 | 0 | 10950 | 2 | 0 | 0 reports indexed (120 claims), 10950 unchanged, 2 removed, 0 failed in 18.3 s
            """)
    void howTheRunEnded(int files, int indexed, int unchanged, int removed, int failed, String expected) {
        List<Problem> failures = failed == 0 ? List.of() : List.of(Problem.error("x.pdf", ProblemKind.DAMAGED, "damaged", null));
        IndexSummary s = new IndexSummary(files, indexed, 120, unchanged, removed, failures, List.of(), 18_300, false);
        assertEquals(expected, IndexStatus.finished(s));
    }
}
