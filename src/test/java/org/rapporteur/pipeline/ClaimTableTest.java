package org.rapporteur.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rapporteur.model.Attribution;
import org.rapporteur.model.AttributionMethod;
import org.rapporteur.model.Claim;
import org.rapporteur.model.ClaimRecord;
import org.rapporteur.model.Enrichment;
import org.rapporteur.model.FacetDimension;
import org.rapporteur.model.Person;
import org.rapporteur.model.ReportKind;
import org.rapporteur.model.SearchRequest;
import org.rapporteur.model.ThemeMatch;
import org.rapporteur.progress.Cancellation;

/** Matrix, "Other" bucket, graph and CSV semantics on invented claims with known counts. */
class ClaimTableTest {
    private static int next;

    private static ClaimRecord claim(String speaker, List<String> countries, List<String> themes, String date,
                                     List<String> tags) {
        int at = next++ * 10;
        Claim c = new Claim("c" + at, "r1", at, at + 5, "text " + at, null, List.of(), Claim.Kind.SENTENCE,
                speaker == null ? null : Attribution.to(Person.named(speaker), AttributionMethod.SPEAKER_BLOCK, 1,
                        "test"),
                new Enrichment(countries, null, List.of(), themes.stream().map(t -> new ThemeMatch(t, List.of()))
                        .toList(), List.of()));
        return new ClaimRecord(c, "r1.txt", "Report One", "Institute", date, ReportKind.SEMINAR_REPORT, tags);
    }

    private static ClaimTable table(List<ClaimRecord> claims) {
        ClaimTable.Builder b = new ClaimTable.Builder(SearchRequest.of("", 10), ClaimAggregates.MATRIX_DIMENSIONS);
        claims.forEach(b::add);
        return b.build();
    }

    private static final List<ClaimRecord> CLAIMS = List.of(
            claim("Ana", List.of("India", "Pakistan"), List.of("Security/Terrorism", "Economy/Trade"), "2022-01-01",
                    List.of("key")),
            claim("Ana", List.of("India"), List.of("Economy/Trade"), "2022-05-01", List.of()),
            claim("Ben", List.of("China"), List.of("Security/Terrorism"), "2024-03-01", List.of()),
            claim("Ben", List.of(), List.of("Security/Terrorism"), "2024-03-01", List.of()),
            claim("Cy", List.of("Iran", "China"), List.of(), "2023-01-01", List.of("key")),
            claim("Cy", List.of("Iran"), List.of("Water"), "2023-01-01", List.of()),
            claim(null, List.of("India"), List.of("Water"), "2023-01-01", List.of()),
            claim("Dee", List.of("Nepal"), List.of("Water"), "2021-01-01", List.of()));

    @Test
    void matrixCountsDistinctClaimsHavingBothValues() {
        ClaimMatrix m = table(CLAIMS).matrix(FacetDimension.SPEAKER, FacetDimension.COUNTRY, 10, 10,
                Cancellation.NEVER);

        // claims with a speaker and a country: Ana×2, Ben×1, Cy×2, Dee×1
        assertEquals(6, m.total());
        assertEquals(List.of("Ana", "Cy", "Ben", "Dee"), m.rows());
        assertEquals(List.of("China", "India", "Iran", "Nepal", "Pakistan"), m.columns(), "by count, ties by name");
        assertEquals(2, m.count(0, 1));
        assertEquals(1, m.count(0, 4));
        assertEquals(0, m.count(0, 0));
        assertEquals(2, m.rowTotal(0), "Ana's two claims, though her cells sum to three");
        assertEquals(2, m.columnTotal(1), "India: Ana twice; the claim without speaker is not in the matrix");
        assertFalse(m.hasOtherRow());
    }

    @Test
    void valuesBeyondTopNFoldIntoOtherWithoutChangingTotals() {
        ClaimTable t = table(CLAIMS);
        ClaimMatrix full = t.matrix(FacetDimension.SPEAKER, FacetDimension.COUNTRY, 10, 10, Cancellation.NEVER);
        ClaimMatrix top = t.matrix(FacetDimension.SPEAKER, FacetDimension.COUNTRY, 2, 2, Cancellation.NEVER);

        assertEquals(List.of("Ana", "Cy", ClaimMatrix.OTHER), top.rows());
        assertEquals(List.of("China", "India", ClaimMatrix.OTHER), top.columns());
        assertEquals(List.of("Ben", "Dee"), top.otherRowValues());
        assertEquals(full.total(), top.total());
        assertEquals(2, top.rowTotal(2), "Ben's and Dee's claims");
        // Cy's first claim names Iran and China: China column once, Other (Iran) once, still one claim
        assertEquals(1, top.count(1, 0));
        assertEquals(2, top.count(1, 2));
        assertEquals(2, top.rowTotal(1));
        assertTrue(top.isOtherRow(2));
        SearchRequest drill = top.drillDown(2, 1).orElseThrow();
        assertEquals(Map.of(FacetDimension.SPEAKER, Set.of("Ben", "Dee"), FacetDimension.COUNTRY, Set.of("India")),
                drill.filters());
    }

    @Test
    void yearsStayInChronologicalOrder() {
        ClaimMatrix m = table(CLAIMS).matrix(FacetDimension.YEAR, FacetDimension.SPEAKER, 10, 10,
                Cancellation.NEVER);
        assertEquals(List.of("2021", "2022", "2023", "2024"), m.rows());
    }

    @Test
    void themeFilterMatchesThemesBelowIt() {
        assertTrue(ClaimFacetValues.matches(CLAIMS.get(0), Map.of(FacetDimension.THEME, Set.of("Security"))));
        assertFalse(ClaimFacetValues.matches(CLAIMS.get(1), Map.of(FacetDimension.THEME, Set.of("Security"))));
        assertFalse(ClaimFacetValues.matches(CLAIMS.get(0), Map.of(FacetDimension.THEME, Set.of("Sec"))));
        assertTrue(ClaimFacetValues.matches(CLAIMS.get(0), Map.of(FacetDimension.THEME, Set.of("Economy/Trade"),
                FacetDimension.TAG, Set.of("key", "other"))));
    }

    @Test
    void drillDownReplacesFiltersOfBothDimensionsAndKeepsTheOthers() {
        ClaimTable.Builder b = new ClaimTable.Builder(SearchRequest.of("border", 10).withFilters(Map.of(
                FacetDimension.SPEAKER, Set.of("Ana", "Ben"), FacetDimension.YEAR, Set.of("2022"))),
                EnumSet.of(FacetDimension.SPEAKER, FacetDimension.COUNTRY));
        CLAIMS.forEach(b::add);
        ClaimMatrix m = b.build().matrix(FacetDimension.SPEAKER, FacetDimension.COUNTRY, 10, 10, Cancellation.NEVER);
        SearchRequest r = m.drillDown(0, 1).orElseThrow();
        assertEquals("border", r.query());
        assertEquals(Map.of(FacetDimension.SPEAKER, Set.of("Ana"), FacetDimension.COUNTRY, Set.of("India"),
                FacetDimension.YEAR, Set.of("2022")), r.filters());
        assertEquals("Speaker: Ana × Country mentioned: India", m.describe(0, 1));
    }

    @Test
    void cooccurrenceJoinsValuesOfDifferentDimensionsOnly() {
        CooccurrenceGraph g = table(CLAIMS).cooccurrence(List.of(FacetDimension.SPEAKER, FacetDimension.COUNTRY),
                10, 1, Cancellation.NEVER);
        assertEquals(4 + 5, g.nodes().size());
        CooccurrenceGraph.Edge heaviest = g.edges().getFirst();
        assertEquals(2, heaviest.weight());
        Set<String> ends = Set.of(g.nodes().get(heaviest.source()).value(), g.nodes().get(heaviest.target()).value());
        assertTrue(ends.equals(Set.of("Ana", "India")) || ends.equals(Set.of("Cy", "Iran")), ends::toString);
        // India–Pakistan co-occur but are of one dimension: no edge
        assertTrue(g.edges().stream().allMatch(e -> g.nodes().get(e.source()).dimension()
                != g.nodes().get(e.target()).dimension()));
        assertEquals(2, table(CLAIMS).cooccurrence(List.of(FacetDimension.SPEAKER, FacetDimension.COUNTRY), 10, 2,
                Cancellation.NEVER).edges().size());
    }

    @Test
    void cancelledTokenStopsTheMatrix() {
        Cancellation c = new Cancellation();
        c.cancel();
        assertThrows(CancellationException.class,
                () -> table(CLAIMS).matrix(FacetDimension.SPEAKER, FacetDimension.THEME, 5, 5, c));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            =SUM(A1:A9)     | '=SUM(A1:A9)
            +1              | '+1
            -cmd            | '-cmd
            @import         | '@import
            Pakistan        | Pakistan
            South-East Asia | South-East Asia
            """)
    void csvCellsNeverStartAFormula(String cell, String written) {
        assertEquals(written, MatrixCsvWriter.safe(cell));
    }

    @Test
    void csvHasHeaderRowsAndTotals() throws Exception {
        ClaimMatrix m = table(CLAIMS).matrix(FacetDimension.SPEAKER, FacetDimension.THEME, 2, 10,
                Cancellation.NEVER);
        StringBuilder out = new StringBuilder();
        new MatrixCsvWriter().write(m, out);
        List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(out.toString())).getRecords();
        assertEquals(m.rows().size() + 2, rows.size());
        assertEquals("Speaker \\ Theme", rows.getFirst().get(0));
        assertEquals("Total", rows.getFirst().get(m.columns().size() + 1));
        assertEquals(Long.toString(m.total()), rows.getLast().get(m.columns().size() + 1));
        assertEquals(Long.toString(m.count(0, 0)), rows.get(1).get(1));
    }
}
