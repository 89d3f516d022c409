package org.rapporteur.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapporteur.model.Attribution;
import org.rapporteur.model.AttributionMethod;
import org.rapporteur.model.Claim;
import org.rapporteur.model.ClaimHit;
import org.rapporteur.model.ClaimRecord;
import org.rapporteur.model.Enrichment;
import org.rapporteur.model.FacetCount;
import org.rapporteur.model.FacetDimension;
import org.rapporteur.model.Ids;
import org.rapporteur.model.MatchKind;
import org.rapporteur.model.MeaningState;
import org.rapporteur.model.Person;
import org.rapporteur.model.QuerySyntaxException;
import org.rapporteur.model.ReportKind;
import org.rapporteur.model.ReportSummary;
import org.rapporteur.model.SearchMode;
import org.rapporteur.model.SearchRequest;
import org.rapporteur.model.SearchResult;
import org.rapporteur.model.SortOrder;

/**
 * Semantic and hybrid search against a test double of meaning ({@link ConceptMeaning}): what each mode finds, the
 * filters and fielded clauses on the meaning side, totals and facets of the union, paging and sorting, match kinds and
 * highlights, and the note when meaning cannot be fully used.
 */
class HybridSearchTest {
    private static final String R1 = Ids.sha256("hybrid one".getBytes(StandardCharsets.UTF_8));
    private static final String R2 = Ids.sha256("hybrid two".getBytes(StandardCharsets.UTF_8));
    /** Claim text → claim id. */
    private final Map<String, String> ids = new LinkedHashMap<>();
    private ClaimIndex index;
    private ConceptMeaning meaning;

    private static final String HAVENS = "Militants find safe havens in Afghanistan beyond the reach of the army.";
    private static final String TRADE = "Trade with India could double within five years.";
    private static final String HARVEST = "Water shortages threaten the harvest in Sindh.";
    private static final String SHELTER = "Armed groups shelter across the frontier where no patrol reaches them.";
    private static final String DROUGHT = "Drought has emptied the reservoirs of the north.";
    private static final String TARIFFS = "Tariffs on steel will rise next spring.";
    private static final String AGENDA = "The committee met twice and adopted its agenda.";

    @BeforeEach
    void fill() {
        index = ClaimIndex.inMemory();
        meaning = new ConceptMeaning();
        report(R1, "Border Webinar", "2021-03-01", "Amina Rauf", List.of(HAVENS, TRADE, HARVEST));
        report(R2, "Frontier Seminar", "2023-06-01", "Lena Ortiz", List.of(SHELTER, DROUGHT, TARIFFS, AGENDA));
        index.commit();
        meaning.complete();
        index.useMeaning(meaning);
    }

    @AfterEach
    void close() throws Exception {
        index.close();
    }

    private void report(String report, String title, String date, String speaker, List<String> texts) {
        List<ClaimRecord> claims = new ArrayList<>();
        int at = 0;
        for (String text : texts) {
            Claim c = new Claim(Ids.claimId(report, at, at + text.length()), report, at, at + text.length(), text, 1,
                    List.of("Session I"), Claim.Kind.SENTENCE,
                    Attribution.to(new Person(speaker, List.of(), "Director", "Institute", null),
                            AttributionMethod.SPEAKER_BLOCK, 0.9, "named above the block"),
                    new Enrichment(List.of(), null, List.of(), List.of(), List.of()));
            claims.add(new ClaimRecord(c, title + ".txt", title, "Institute", date, ReportKind.SEMINAR_REPORT,
                    List.of()));
            ids.put(text, c.id());
            meaning.add(c.id(), report, text);
            at += text.length() + 1;
        }
        index.replaceReport(new ReportSummary(report, title + ".txt", "/c/" + title + ".txt", title, "Institute",
                date, ReportKind.SEMINAR_REPORT, List.of(), claims.size(), List.of()), String.join(" ", texts),
                claims);
    }

    private SearchResult search(String query, SearchMode mode) {
        return index.corpus().search(SearchRequest.of(query, 10).withMode(mode));
    }

    private static Map<String, MatchKind> kinds(SearchResult r) {
        Map<String, MatchKind> out = new LinkedHashMap<>();
        r.hits().forEach(h -> out.put(h.record().claim().text(), h.match()));
        return out;
    }

    private static ClaimHit hit(SearchResult r, String text) {
        return r.hits().stream().filter(h -> h.record().claim().text().equals(text)).findFirst().orElseThrow();
    }

    @Test
    void aParaphraseSharingNoWordIsFoundByMeaningAloneInHybridAndSemanticModes() {
        assertEquals(0, search("insurgent sanctuaries", SearchMode.LEXICAL).total());
        for (SearchMode mode : List.of(SearchMode.HYBRID, SearchMode.SEMANTIC)) {
            SearchResult r = search("insurgent sanctuaries", mode);
            assertEquals(Map.of(HAVENS, MatchKind.MEANING, SHELTER, MatchKind.MEANING), kinds(r), mode.label());
            assertEquals(2, r.total());
            r.hits().forEach(h -> assertTrue(h.highlights().isEmpty(), "nothing to mark in a claim found by meaning"));
            assertNull(r.meaningNote());
        }
        assertEquals(List.of("insurgent sanctuaries"), meaning.embedded.subList(0, 1));
    }

    @Test
    void hybridFusesWordsAndMeaningAndMarksOnlyWhatMatchedByWords() {
        SearchResult r = search("safe havens", SearchMode.HYBRID);
        assertEquals(List.of(HAVENS, SHELTER), List.copyOf(kinds(r).keySet()), "the claim found both ways first");
        assertEquals(MatchKind.BOTH, hit(r, HAVENS).match());
        assertEquals(MatchKind.MEANING, hit(r, SHELTER).match());
        assertEquals("Militants find [safe] [havens] in", hit(r, HAVENS).marked("[", "]").substring(0, 33));
        assertTrue(hit(r, SHELTER).highlights().isEmpty());
        assertTrue(hit(r, HAVENS).score() > hit(r, SHELTER).score());
        assertEquals(2, r.total());

        SearchResult lexical = search("safe havens", SearchMode.LEXICAL);
        assertEquals(Map.of(HAVENS, MatchKind.WORDS), kinds(lexical));
        assertNull(lexical.meaningNote());
    }

    @Test
    void theSimilarityFloorKeepsUnrelatedClaimsOut() {
        SearchResult r = search("drought", SearchMode.SEMANTIC);
        // five claims name no water at all: similarity 0, under the floor, so not listed although they are "nearest"
        assertEquals(Map.of(DROUGHT, MatchKind.BOTH, HARVEST, MatchKind.MEANING), kinds(r));
        assertEquals(2, r.total());
        assertEquals(List.of(DROUGHT, HARVEST), r.hits().stream().map(h -> h.record().claim().text()).toList(),
                "semantic order is similarity order");
        assertTrue(hit(r, DROUGHT).score() > hit(r, HARVEST).score());
    }

    @Test
    void aSemanticSearchThatFindsNothingNearSaysSo() {
        SearchResult r = search("quantum chromodynamics", SearchMode.SEMANTIC);
        assertEquals(0, r.total());
        assertEquals(MeaningSearch.NOTHING_NEAR, r.meaningNote(), "an empty list is explained");
    }

    @Test
    void facetFiltersRestrictTheMeaningSideExactlyWhenTheyLeaveFewClaims() {
        SearchRequest byOrtiz = SearchRequest.of("safe havens", 10)
                .withFilters(Map.of(FacetDimension.SPEAKER, Set.of("Lena Ortiz")));
        SearchResult r = index.corpus().search(byOrtiz);
        assertEquals(Map.of(SHELTER, MatchKind.MEANING), kinds(r));
        assertEquals(1, r.total());
        // few claims pass the filter: meaning is asked among exactly those
        assertEquals(Set.of(ids.get(SHELTER), ids.get(DROUGHT), ids.get(TARIFFS), ids.get(AGENDA)),
                Set.copyOf(meaning.askedOnly.getLast()));
        assertEquals(0, index.corpus().search(byOrtiz.withMode(SearchMode.LEXICAL)).total());
    }

    @Test
    void fieldedClausesAndNegationsRestrictTheMeaningSide() {
        assertEquals(Map.of(HAVENS, MatchKind.MEANING), kinds(search("sanctuaries AND speaker:Rauf",
                SearchMode.HYBRID)));
        assertEquals(Map.of(SHELTER, MatchKind.MEANING), kinds(search("sanctuaries year:2023", SearchMode.SEMANTIC)));
        assertEquals(Map.of(SHELTER, MatchKind.MEANING), kinds(search("sanctuaries NOT afghanistan",
                SearchMode.HYBRID)));
        assertEquals("sanctuaries", meaning.embedded.getLast(), "the negated word is not what is searched for");
        // an OR with a word in it restricts nothing: Rauf's claims by their speaker, Ortiz's shelter by meaning
        SearchResult or = search("sanctuaries OR speaker:Rauf", SearchMode.HYBRID);
        assertEquals(Map.of(HAVENS, MatchKind.BOTH, TRADE, MatchKind.WORDS, HARVEST, MatchKind.WORDS, SHELTER,
                MatchKind.MEANING), kinds(or));
        assertEquals(4, or.total());
    }

    @Test
    void totalsAndFacetCountsAreThoseOfTheUnion() {
        SearchResult r = search("safe havens", SearchMode.HYBRID);
        Map<String, Long> speakers = r.facets().stream().filter(f -> f.dimension() == FacetDimension.SPEAKER)
                .findFirst().orElseThrow().values().stream()
                .collect(Collectors.toMap(FacetCount.Value::value, FacetCount.Value::count));
        assertEquals(Map.of("Amina Rauf", 1L, "Lena Ortiz", 1L), speakers);
        SearchResult lexical = search("safe havens", SearchMode.LEXICAL);
        Map<String, Long> lexicalSpeakers = lexical.facets().stream()
                .filter(f -> f.dimension() == FacetDimension.SPEAKER).findFirst().orElseThrow().values().stream()
                .collect(Collectors.toMap(FacetCount.Value::value, FacetCount.Value::count));
        assertEquals(Map.of("Amina Rauf", 1L), lexicalSpeakers, "lexical counts are not those of hybrid");
    }

    @Test
    void pagesOfAHybridSearchCoverTheUnionOnceWithTheSameTotal() {
        Set<String> seen = new LinkedHashSet<>();
        for (int offset = 0; offset < 5; offset++) {
            SearchResult page = index.corpus().search(new SearchRequest("water OR trade", Map.of(), SortOrder.RELEVANCE, 1,
                    offset, 10, SearchMode.HYBRID));
            assertEquals(4, page.total());
            assertEquals(offset < 4 ? 1 : 0, page.hits().size());
            page.hits().forEach(h -> assertTrue(seen.add(h.record().claim().text()), "a claim on two pages"));
        }
        assertEquals(Set.of(TRADE, HARVEST, DROUGHT, TARIFFS), seen);
        SearchResult all = index.corpus().search(new SearchRequest("water OR trade", Map.of(), SortOrder.RELEVANCE, 10, 0, 10,
                SearchMode.HYBRID));
        assertEquals(List.copyOf(seen), all.hits().stream().map(h -> h.record().claim().text()).toList());
    }

    @Test
    void ordersOtherThanRelevanceSortTheUnion() {
        SearchResult byDate = index.corpus().search(new SearchRequest("safe havens", Map.of(), SortOrder.DATE, 10, 0, 10,
                SearchMode.HYBRID));
        assertEquals(List.of(SHELTER, HAVENS), byDate.hits().stream().map(h -> h.record().claim().text()).toList());
        assertEquals(MatchKind.MEANING, hit(byDate, SHELTER).match());
        assertEquals(MatchKind.BOTH, hit(byDate, HAVENS).match());
        assertFalse(hit(byDate, HAVENS).highlights().isEmpty());
        SearchResult semanticByDate = index.corpus().search(new SearchRequest("drought", Map.of(), SortOrder.DATE, 1, 1, 10,
                SearchMode.SEMANTIC));
        assertEquals(2, semanticByDate.total());
        assertEquals(List.of(HARVEST), semanticByDate.hits().stream().map(h -> h.record().claim().text()).toList());
    }

    @Test
    void withoutVectorsEveryModeFindsTheWordsAndSaysWhy() {
        meaning.state(new MeaningState("test-concepts", 0, 7, true, null));
        for (SearchMode mode : List.of(SearchMode.HYBRID, SearchMode.SEMANTIC)) {
            SearchResult r = search("safe havens", mode);
            assertEquals(Map.of(HAVENS, MatchKind.WORDS), kinds(r));
            assertEquals("Searched by words only: the claims have no meaning vectors yet (they are being made).",
                    r.meaningNote());
        }
        assertTrue(meaning.embedded.isEmpty(), "nothing embedded without vectors to compare with");

        meaning.state(MeaningState.unavailable("the claim vectors are damaged and will be rebuilt"));
        assertEquals("Searched by words only: the claim vectors are damaged and will be rebuilt.",
                search("safe havens", SearchMode.HYBRID).meaningNote());
        index.useMeaning(null);
        assertEquals("Searched by words only: meaning search is not set up.",
                search("safe havens", SearchMode.HYBRID).meaningNote());
    }

    @Test
    void partlyEmbeddedClaimsAreSearchedAndTheNoteSaysHowFar() {
        meaning.state(new MeaningState("test-concepts", 3, 7, true, null));
        SearchResult r = search("insurgent sanctuaries", SearchMode.HYBRID);
        assertEquals(2, r.total());
        assertEquals("Meaning compared for 42 % of claims so far (3 of 7 have vectors); the others are found by their "
                + "words only.", r.meaningNote());
    }

    @Test
    void aBlankQueryOrOneOfFieldedClausesAloneListsClaimsAsBefore() {
        SearchResult blank = search("", SearchMode.HYBRID);
        assertEquals(7, blank.total());
        assertNull(blank.meaningNote());
        blank.hits().forEach(h -> assertEquals(MatchKind.WORDS, h.match()));
        SearchResult fielded = search("speaker:Rauf", SearchMode.HYBRID);
        assertEquals(3, fielded.total());
        assertNull(fielded.meaningNote());
        assertTrue(meaning.embedded.isEmpty());
        assertNotNull(search("speaker:Rauf", SearchMode.SEMANTIC).meaningNote(), "semantic mode says it used words");
    }

    @Test
    void aFailingModelOrVectorIndexLeavesTheWords() {
        meaning.failEmbedding(new IllegalStateException("the model file is damaged"));
        SearchResult r = search("safe havens", SearchMode.HYBRID);
        assertEquals(Map.of(HAVENS, MatchKind.WORDS), kinds(r));
        assertEquals("Searched by words only: the query could not be compared by meaning (the model file is "
                + "damaged).", r.meaningNote());
        meaning.failEmbedding(null).failNearest(new IllegalStateException("read past EOF"));
        SearchResult s = search("safe havens", SearchMode.SEMANTIC);
        assertEquals(Map.of(HAVENS, MatchKind.WORDS), kinds(s));
        assertEquals("Searched by words only: the claim vectors could not be read (read past EOF).", s.meaningNote());
    }

    @Test
    void queryErrorsAreReportedInEveryMode() {
        for (SearchMode mode : SearchMode.values()) {
            assertThrows(QuerySyntaxException.class, () -> search("safe AND (havens", mode), mode.label());
            assertThrows(QuerySyntaxException.class, () -> search("havens nosuchfield:x", mode), mode.label());
        }
        assertTrue(meaning.embedded.isEmpty());
    }
}
