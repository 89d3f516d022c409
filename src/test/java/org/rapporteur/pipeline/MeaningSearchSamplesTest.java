package org.rapporteur.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.model.ClaimHit;
import org.rapporteur.model.FacetDimension;
import org.rapporteur.model.MatchKind;
import org.rapporteur.model.SearchMode;
import org.rapporteur.model.SearchRequest;
import org.rapporteur.model.SearchResult;
import org.rapporteur.progress.Cancellation;
import org.rapporteur.progress.ProgressListener;
import org.rapporteur.testing.SharedData;

/**
 * Semantic and hybrid search with the shipped model on the five sample reports (embedded once for the class, a few
 * seconds). The query was written by reading sample 002 before any search of ours ran on it: it says in other words
 * what the sentence about the Pakistan-Afghanistan-Uzbekistan railway says, sharing no word stem with it.
 */
class MeaningSearchSamplesTest {
    /** Our paraphrase of the railway sentence of sample 002. */
    static final String PARAPHRASE = "a train line linking three neighbouring countries";

    @TempDir
    static Path dir;
    static Workspace ws;
    /** The same hybrid search before the claims had vectors. */
    static SearchResult beforeVectors;

    @BeforeAll
    static void indexAndEmbed() {
        ws = Workspace.open(dir.resolve("ws"));
        ws.index(List.of(SharedData.corpus()), ProgressListener.NONE, Cancellation.NEVER);
        beforeVectors = ws.corpus().search(SearchRequest.of(PARAPHRASE, 10));
        ws.meaning().embedMissing(ProgressListener.NONE, Cancellation.NEVER);
    }

    @AfterAll
    static void close() {
        ws.close();
    }

    private static SearchResult search(String query, SearchMode mode, Map<FacetDimension, Set<String>> filters) {
        return ws.corpus().search(SearchRequest.of(query, 10).withMode(mode).withFilters(filters));
    }

    private static boolean isRailway(ClaimHit h) {
        return h.record().claim().text().contains("PAKAFUZ");
    }

    @Test
    void theParaphraseFindsTheClaimByMeaningWhereWordsFindNothingOfIt() {
        SearchResult lexical = search(PARAPHRASE, SearchMode.LEXICAL, Map.of());
        assertTrue(lexical.hits().stream().noneMatch(MeaningSearchSamplesTest::isRailway), lexical.hits()::toString);
        for (SearchMode mode : List.of(SearchMode.HYBRID, SearchMode.SEMANTIC)) {
            SearchResult r = search(PARAPHRASE, mode, Map.of());
            ClaimHit railway = r.hits().stream().filter(MeaningSearchSamplesTest::isRailway).findFirst()
                    .orElseThrow(() -> new AssertionError(mode + ": not in the first 10: " + r.hits()));
            assertEquals(MatchKind.MEANING, railway.match());
            assertTrue(railway.highlights().isEmpty());
            assertNull(r.meaningNote(), "every claim has its vector");
            assertTrue(r.total() < 200, "the floor keeps the corpus out: " + r.total());
        }
    }

    @Test
    void aFacetFilterAndAFieldedClauseRestrictWhatMeaningFinds() {
        String railwayReport = search(PARAPHRASE, SearchMode.SEMANTIC, Map.of()).hits().stream()
                .filter(MeaningSearchSamplesTest::isRailway).findFirst().orElseThrow().record().reportTitle();
        SearchResult inIt = search(PARAPHRASE, SearchMode.HYBRID, Map.of(FacetDimension.REPORT,
                Set.of(railwayReport)));
        assertTrue(inIt.hits().stream().anyMatch(MeaningSearchSamplesTest::isRailway));
        inIt.hits().forEach(h -> assertEquals(railwayReport, h.record().reportTitle()));

        SearchResult elsewhere = search(PARAPHRASE + " NOT report:russia", SearchMode.HYBRID, Map.of());
        assertFalse(elsewhere.hits().isEmpty(), "other reports have claims near it");
        elsewhere.hits().forEach(h -> assertFalse(h.record().reportTitle().toLowerCase(Locale.ROOT).contains("russia"),
                h.record().reportTitle()));
        SearchResult only = search(PARAPHRASE + " AND report:russia", SearchMode.SEMANTIC, Map.of());
        assertTrue(only.hits().stream().anyMatch(MeaningSearchSamplesTest::isRailway));
        only.hits().forEach(h -> assertTrue(h.record().reportTitle().toLowerCase(Locale.ROOT).contains("russia"),
                h.record().reportTitle()));
    }

    @Test
    void withoutVectorsTheSearchWasByWordsAndSaidSo() {
        assertNotNull(beforeVectors.meaningNote());
        assertTrue(beforeVectors.meaningNote().startsWith("Searched by words only"), beforeVectors.meaningNote());
        beforeVectors.hits().forEach(h -> assertEquals(MatchKind.WORDS, h.match()));
        assertTrue(beforeVectors.hits().stream().noneMatch(MeaningSearchSamplesTest::isRailway));
    }
}
