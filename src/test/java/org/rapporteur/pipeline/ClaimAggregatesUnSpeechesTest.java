package org.rapporteur.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.model.ClaimRecord;
import org.rapporteur.model.FacetDimension;
import org.rapporteur.model.ReportSummary;
import org.rapporteur.model.SearchRequest;
import org.rapporteur.progress.Cancellation;
import org.rapporteur.progress.ProgressListener;

/**
 * Aggregates over a few real UN General Debate speeches of 2023 and 2024, whose speaker and country come from the
 * dataset's speakers.csv: one speech per country and year, so a country × year cell is one speech's claims. The same
 * over 300 speeches, with drill-downs and an independent count, is {@link ClaimAggregatesUngdcTest} (bin/bench).
 */
class ClaimAggregatesUnSpeechesTest {
    @TempDir
    Path dir;

    @Test
    void speakerCountryByYearCellIsOneSpeech() {
        try (Workspace ws = AnalysisTestData.ungdcWorkspace(dir, List.of(2023, 2024), 4)) {
            ClaimMatrix m = assertEachCellIsOneSpeech(ws, new ClaimAggregates(ws), 8);
            assertTrue(m.rows().size() >= 4, "countries: " + m.rows());
        }
    }

    /** The speaker country × year matrix of every claim: each speech's claims fill its own cell, and only those. */
    static ClaimMatrix assertEachCellIsOneSpeech(Workspace ws, ClaimAggregates aggregates, int speeches) {
        ClaimMatrix m = aggregates.matrix(SearchRequest.of("", 10), FacetDimension.SPEAKER_COUNTRY,
                FacetDimension.YEAR, 1000, 10, ProgressListener.NONE, Cancellation.NEVER);
        assertEquals(List.of("2023", "2024"), m.columns());
        List<ReportSummary> reports = ws.corpus().reports();
        assertEquals(speeches, reports.size());
        long claimsWithCountry = 0;
        for (ReportSummary r : reports) {
            List<ClaimRecord> claims = ws.corpus().claimsOf(r.id());
            String country = claims.getFirst().claim().enrichment().speakerCountry();
            assertTrue(country != null && !country.isBlank(), "speaker country from the sidecar: " + r.path());
            claimsWithCountry += claims.size();
            int row = m.rows().indexOf(country);
            int col = m.columns().indexOf(Integer.toString(r.year()));
            assertEquals(claims.size(), m.count(row, col), r.title());
        }
        assertEquals(claimsWithCountry, m.total());
        assertEquals(ws.corpus().claimCount(), m.total(), "every claim of a speech has its speaker's country and a year");
        return m;
    }
}
