package org.rapporteur.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.model.FacetDimension;
import org.rapporteur.model.SearchRequest;
import org.rapporteur.progress.Cancellation;
import org.rapporteur.progress.ProgressListener;

/**
 * Aggregates over 300 real UN General Debate speeches (150 each of 2023 and 2024), whose speaker and country come from
 * the dataset's speakers.csv: one speech per country and year, so a country × year cell is one speech's claims. Indexing
 * them takes seconds, so it is a corpus-scale check run by bin/bench (tag {@code bench}); the default suite checks the
 * cells on eight speeches ({@link ClaimAggregatesUnSpeechesTest}).
 */
@Tag("bench")
class ClaimAggregatesUngdcTest {
    @TempDir
    static Path dir;
    private static Workspace ws;
    private static ClaimAggregates aggregates;

    @BeforeAll
    static void index() {
        ws = AnalysisTestData.ungdcWorkspace(dir, List.of(2023, 2024), 150);
        aggregates = new ClaimAggregates(ws);
    }

    @AfterAll
    static void close() {
        ws.close();
    }

    @Test
    void speakerCountryByYearCellIsOneSpeech() {
        ClaimMatrix m = ClaimAggregatesUnSpeechesTest.assertEachCellIsOneSpeech(ws, aggregates, 300);
        assertTrue(m.rows().size() >= 150, "countries: " + m.rows().size());
    }

    @Test
    void matrixEqualsAnIndependentCountAndTheIndexDrillDown() {
        SearchRequest request = SearchRequest.of("develop*", 10);
        ClaimTable t = aggregates.collect(request, EnumSet.of(FacetDimension.SPEAKER_COUNTRY, FacetDimension.COUNTRY,
                FacetDimension.THEME), ProgressListener.NONE, Cancellation.NEVER);
        assertEquals(ws.corpus().search(request).total(), t.size());
        // filters narrow the read through the query language; the exact filter keeps the index's semantics
        for (String country : List.of(t.counts(FacetDimension.SPEAKER_COUNTRY).getFirst().value(), "Saint Lucia",
                "Congo")) {
            SearchRequest filtered = request.withFilters(Map.of(FacetDimension.SPEAKER_COUNTRY, Set.of(country),
                    FacetDimension.YEAR, Set.of("2023", "2024")));
            assertEquals(ws.corpus().search(filtered).total(), aggregates.collect(filtered, EnumSet.of(FacetDimension.THEME),
                    ProgressListener.NONE, Cancellation.NEVER).size(), country);
        }
        ClaimMatrix m = t.matrix(FacetDimension.SPEAKER_COUNTRY, FacetDimension.COUNTRY, 20, 15, Cancellation.NEVER);
        assertTrue(m.hasOtherRow() && m.hasOtherColumn());

        // independent count: every claim of the query, by the record's own fields
        Map<String, Map<String, Long>> expected = new HashMap<>();
        long[] both = {0};
        ws.corpus().forEachClaim(request.query(), r -> {
            String from = r.claim().enrichment().speakerCountry();
            List<String> mentioned = r.claim().enrichment().countries().stream().distinct().toList();
            if (from == null || mentioned.isEmpty()) {
                return;
            }
            both[0]++;
            for (String c : mentioned) {
                expected.computeIfAbsent(from, k -> new HashMap<>()).merge(c, 1L, Long::sum);
            }
        });
        assertTrue(both[0] > 500, "claims with both: " + both[0]);
        assertEquals(both[0], m.total());
        List<int[]> drills = new ArrayList<>();
        for (int r = 0; r < m.rows().size(); r++) {
            for (int c = 0; c < m.columns().size(); c++) {
                if (m.isOtherRow(r) || m.isOtherColumn(c)) {
                    continue;
                }
                assertEquals(expected.getOrDefault(m.rows().get(r), Map.of()).getOrDefault(m.columns().get(c), 0L),
                        m.count(r, c), m.describe(r, c));
                if ((r * 31 + c) % 17 == 0) {
                    drills.add(new int[] {r, c});
                }
            }
        }
        for (int[] rc : drills) {
            assertEquals(m.count(rc[0], rc[1]), ws.corpus().search(m.drillDown(rc[0], rc[1]).orElseThrow()).total(),
                    m.describe(rc[0], rc[1]));
        }
        // the "Other" row: the claims of every country beyond the top 20 that mention some country
        int other = m.rows().size() - 1;
        Set<String> others = Set.copyOf(m.otherRowValues());
        long[] otherClaims = {0};
        ws.corpus().forEachClaim(request.query(), r -> {
            if (others.contains(r.claim().enrichment().speakerCountry())
                    && !r.claim().enrichment().countries().isEmpty()) {
                otherClaims[0]++;
            }
        });
        assertEquals(otherClaims[0], m.rowTotal(other));
        assertTrue(ws.corpus().search(m.drillDown(other, -1).orElseThrow()).total() >= m.rowTotal(other));
    }
}
