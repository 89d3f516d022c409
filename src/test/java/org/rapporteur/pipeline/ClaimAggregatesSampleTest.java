package org.rapporteur.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.model.ClaimRecord;
import org.rapporteur.model.FacetCount;
import org.rapporteur.model.FacetDimension;
import org.rapporteur.model.SearchRequest;
import org.rapporteur.model.SearchResult;
import org.rapporteur.progress.Cancellation;
import org.rapporteur.progress.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Aggregates over the five real sample reports, cross-checked against the index's own facet drill-down. */
class ClaimAggregatesSampleTest {
    private static final Logger LOG = LoggerFactory.getLogger(ClaimAggregatesSampleTest.class);
    @TempDir
    static Path dir;
    private static Workspace ws;
    private static ClaimAggregates aggregates;

    @BeforeAll
    static void index() {
        ws = AnalysisTestData.sampleWorkspace(dir);
        aggregates = new ClaimAggregates(ws);
    }

    @AfterAll
    static void close() {
        ws.close();
    }

    private static List<ClaimRecord> all() {
        List<ClaimRecord> out = new ArrayList<>();
        ws.corpus().forEachClaim("", out::add);
        return out;
    }

    @Test
    void speakerByThemeTotalIsTheNumberOfClaimsHavingBoth() {
        ClaimMatrix m = aggregates.matrix(SearchRequest.of("", 10), FacetDimension.SPEAKER, FacetDimension.THEME,
                1000, 1000, ProgressListener.NONE, Cancellation.NEVER);
        long both = all().stream().filter(r -> r.claim().attribution().speaker() != null
                && !r.claim().enrichment().themes().isEmpty()).count();
        LOG.info("Sample corpus: {} claims, {} with a speaker and a theme; {} speakers × {} themes", all().size(),
                both, m.rows().size(), m.columns().size());
        assertTrue(both > 20, "the sample reports have attributed, themed claims: " + both);
        assertEquals(both, m.total());
        long rowSum = 0;
        for (int r = 0; r < m.rows().size(); r++) {
            rowSum += m.rowTotal(r);
        }
        assertEquals(both, rowSum, "a claim has one speaker, so row totals partition the matrix");
    }

    @Test
    void everyCellEqualsTheIndexDrillDownCount() {
        SearchRequest base = SearchRequest.of("", 10);
        for (FacetDimension[] dims : List.of(
                new FacetDimension[] {FacetDimension.SPEAKER, FacetDimension.THEME},
                new FacetDimension[] {FacetDimension.REPORT, FacetDimension.COUNTRY},
                new FacetDimension[] {FacetDimension.YEAR, FacetDimension.REGION})) {
            ClaimMatrix m = aggregates.matrix(base, dims[0], dims[1], 6, 6, ProgressListener.NONE,
                    Cancellation.NEVER);
            assertTrue(m.total() > 0, "empty matrix " + dims[0] + " × " + dims[1]);
            int checked = 0;
            for (int r = 0; r < m.rows().size(); r++) {
                for (int c = 0; c < m.columns().size(); c++) {
                    SearchRequest drill = m.drillDown(r, c).orElseThrow();
                    assertEquals(m.count(r, c), ws.corpus().search(drill.withLimit(1)).total(),
                            m.describe(r, c) + " in " + dims[0] + " × " + dims[1]);
                    checked++;
                }
            }
            LOG.info("{} × {}: {} cells equal the index's drill-down counts", dims[0], dims[1], checked);
        }
    }

    @Test
    void queryAndFiltersNarrowTheTableExactlyAsSearchDoes() {
        SearchResult facets = ws.corpus().search(SearchRequest.of("", 1));
        String country = facets.facets().stream().filter(f -> f.dimension() == FacetDimension.COUNTRY)
                .flatMap(f -> f.values().stream()).map(FacetCount.Value::value).findFirst().orElseThrow();
        String theme = facets.facets().stream().filter(f -> f.dimension() == FacetDimension.THEME)
                .flatMap(f -> f.values().stream()).map(FacetCount.Value::value)
                .filter(v -> !v.contains("/")).findFirst().orElseThrow();
        for (SearchRequest r : List.of(
                SearchRequest.of("security", 10),
                SearchRequest.of("", 10).withFilters(Map.of(FacetDimension.COUNTRY, Set.of(country))),
                SearchRequest.of("", 10).withFilters(Map.of(FacetDimension.THEME, Set.of(theme))),
                SearchRequest.of("pak*", 10).withFilters(Map.of(FacetDimension.THEME, Set.of(theme),
                        FacetDimension.COUNTRY, Set.of(country))))) {
            ClaimTable t = aggregates.collect(r, EnumSet.of(FacetDimension.SPEAKER), ProgressListener.NONE,
                    Cancellation.NEVER);
            assertEquals(ws.corpus().search(r).total(), t.size(), r.query() + " " + r.filters());
        }
    }

    @Test
    void speakerCountsMatchTheSpeakerFacet() {
        ClaimTable t = aggregates.collect(SearchRequest.of("", 10), EnumSet.of(FacetDimension.SPEAKER),
                ProgressListener.NONE, Cancellation.NEVER);
        List<FacetCount.Value> facet = ws.corpus().search(new SearchRequest("", Map.of(), null, 1, 0, 1000)).facets().stream()
                .filter(f -> f.dimension() == FacetDimension.SPEAKER).findFirst().orElseThrow().values();
        assertTrue(facet.size() >= 3);
        for (FacetCount.Value v : facet) {
            assertEquals(v.count(), t.counts(FacetDimension.SPEAKER).stream()
                    .filter(c -> c.value().equals(v.value())).findFirst().orElseThrow().count(), v.value());
        }
    }

    @Test
    void progressReachesTheTotalAndCancellationStops() {
        AtomicLong last = new AtomicLong();
        AtomicLong expected = new AtomicLong();
        aggregates.collect(SearchRequest.of("", 10), EnumSet.of(FacetDimension.THEME), (done, total, msg) -> {
            last.set(done);
            expected.set(total);
        }, Cancellation.NEVER);
        assertEquals(ws.corpus().claimCount(), expected.get());
        assertEquals(ws.corpus().claimCount(), last.get());

        Cancellation cancel = new Cancellation();
        assertThrows(CancellationException.class, () -> aggregates.collect(SearchRequest.of("", 10),
                EnumSet.of(FacetDimension.THEME), (done, total, msg) -> cancel.cancel(), cancel));
    }

    @Test
    void cooccurrenceEdgeWeightsEqualDrillDownCounts() {
        CooccurrenceGraph g = aggregates.cooccurrence(SearchRequest.of("", 10), List.of(FacetDimension.SPEAKER,
                FacetDimension.COUNTRY, FacetDimension.THEME), 8, 1, ProgressListener.NONE, Cancellation.NEVER);
        assertTrue(g.edges().size() > 5, "edges: " + g.edges().size());
        for (CooccurrenceGraph.Edge e : g.edges().subList(0, 5)) {
            CooccurrenceGraph.Node a = g.nodes().get(e.source());
            CooccurrenceGraph.Node b = g.nodes().get(e.target());
            SearchRequest both = SearchRequest.of("", 1).withFilters(Map.of(a.dimension(), Set.of(a.value()),
                    b.dimension(), Set.of(b.value())));
            assertEquals(e.weight(), ws.corpus().search(both).total(), a + " – " + b);
        }
    }

    @Test
    void linksTouchingTheRequestBecomeAGraphOfClaims() {
        List<ClaimRecord> claims = all();
        ClaimRecord a = claims.get(3);
        ClaimRecord b = claims.stream().filter(r -> !r.claim().reportId().equals(a.claim().reportId())).findFirst()
                .orElseThrow();
        ClaimRecord c = claims.get(claims.size() - 2);
        ws.annotations().execute(new org.rapporteur.annotations.Change.AddLink(a.claim().id(), b.claim().id(),
                org.rapporteur.annotations.LinkType.CONTRADICTS, "test"));
        ws.annotations().execute(new org.rapporteur.annotations.Change.AddLink(b.claim().id(), c.claim().id(),
                org.rapporteur.annotations.LinkType.SUPPORTS, null));

        ClaimLinkGraph g = aggregates.links(SearchRequest.of("", 10), 20_000, ProgressListener.NONE,
                Cancellation.NEVER);
        assertEquals(3, g.nodes().size());
        assertEquals(2, g.edges().size(), "each link once, though both its ends are in the request");
        assertEquals(Set.of("contradicts", "supports"), Set.copyOf(g.edges().stream()
                .map(ClaimLinkGraph.LinkEdge::type).toList()));
        assertTrue(g.nodes().stream().allMatch(ClaimLinkGraph.ClaimNode::inRequest));

        // only a's report: the link to b shows, b is outside the request; b → c does not touch it
        SearchRequest onlyA = SearchRequest.of("", 10).withFilters(Map.of(FacetDimension.REPORT,
                Set.of(a.reportTitle())));
        ClaimLinkGraph narrow = aggregates.links(onlyA, 20_000, ProgressListener.NONE, Cancellation.NEVER);
        assertTrue(narrow.edges().size() >= 1);
        assertTrue(narrow.nodes().stream().anyMatch(n -> !n.inRequest()
                && n.claim().claim().id().equals(b.claim().id())));

        ClaimLinkGraph capped = aggregates.links(SearchRequest.of("", 10), 2, ProgressListener.NONE,
                Cancellation.NEVER);
        assertTrue(capped.truncated());
        assertEquals(2, capped.scanned());
    }
}
