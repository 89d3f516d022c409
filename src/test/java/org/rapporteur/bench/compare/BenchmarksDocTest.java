package org.rapporteur.bench.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class BenchmarksDocTest {
    private static final String DOC = """
            # Benchmarks

            Intro paragraph.

            ## Older section

            Hand-written figures that must survive.
            """;

    private static String block(String run, List<ComparisonRow> rows, Map<String, String> before) {
        return BenchmarksDoc.runLine(run) + "\n\n" + ComparisonTable.render(rows, before, "x", false)
                + "\nDetails:\n\n| a | b | c | d |\n|---|---|---|---|\n| detail | 1 | 2 | 3 |\n";
    }

    @Test
    void aFirstRunIsInsertedBeforeTheFirstSectionAndTheRestIsKept() {
        String out = BenchmarksDoc.replaceBlock(DOC, block("run A", List.of(), Map.of()));
        assertTrue(out.startsWith("# Benchmarks\n\nIntro paragraph.\n\n" + BenchmarksDoc.START), out);
        assertTrue(out.contains(BenchmarksDoc.END + "\n\n## Older section\n\nHand-written figures that must survive."));
    }

    @Test
    void aSecondRunReplacesOnlyTheBlockAndReadsTheFirstRunsFiguresAsBefore() {
        ComparisonRow ingest = new ComparisonRow("Text ingest", "134.5 s", "plain: 21.8 s", "6.17×", "≤ 2.5×", false);
        ComparisonRow query = new ComparisonRow("Search `a | b`", "27 / 42 ms", "—", "—", "p99 ≤ 40 ms", false);
        String first = BenchmarksDoc.replaceBlock(DOC, block("run A", List.of(ingest, query), Map.of()));
        assertEquals("run A", BenchmarksDoc.previousRun(first));
        Map<String, String> before = BenchmarksDoc.previousFigures(first);
        assertEquals(Map.of("Text ingest", "134.5 s (6.17×)", "Search `a | b`", "27 / 42 ms"), before,
                "ratios in parentheses, escaped pipes read back, detail tables ignored");

        ComparisonRow faster = new ComparisonRow("Text ingest", "50.0 s", "plain: 21.0 s", "2.38×", "≤ 2.5×", true);
        String second = BenchmarksDoc.replaceBlock(first, block("run B", List.of(faster), before));
        assertEquals(1, second.split(java.util.regex.Pattern.quote(BenchmarksDoc.START), -1).length - 1);
        assertTrue(second.contains("| Text ingest | 50.0 s | plain: 21.0 s | 2.38× | ≤ 2.5× | yes | 134.5 s (6.17×) |"));
        assertFalse(second.contains("run A"));
        assertTrue(second.endsWith("Hand-written figures that must survive.\n"));
    }

    @Test
    void aDocumentWithOneMarkerIsNotTouched() {
        assertThrows(IllegalStateException.class,
                () -> BenchmarksDoc.replaceBlock(DOC + BenchmarksDoc.START + "\n", "x"));
    }

    @Test
    void noBlockMeansNoPreviousRun() {
        assertNull(BenchmarksDoc.previousRun(DOC));
        assertTrue(BenchmarksDoc.previousFigures(DOC).isEmpty());
    }

    @Test
    void cellsKeepEscapedPipesTogether() {
        assertEquals(List.of("`a | b`", "1", ""), BenchmarksDoc.cells("| `a \\| b` | 1 |  |"));
    }

    @Test
    void aTargetMetUnderLoadIsNotClaimed() {
        ComparisonRow met = new ComparisonRow("w", "1 s", "—", "—", "≤ 2 s", true);
        ComparisonRow noTarget = new ComparisonRow("v", "1 s", "—", "—", "—", null);
        String loaded = ComparisonTable.render(List.of(met, noTarget), Map.of(), "x", true);
        assertTrue(loaded.contains("| w | 1 s | — | — | ≤ 2 s | yes? | — |"));
        assertTrue(loaded.contains("| v | 1 s | — | — | — | — | — |"));
        assertTrue(ComparisonTable.render(List.of(met), Map.of(), "x", false).contains("| yes |"));
    }
}
