package org.rapporteur.ui.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapporteur.ui.FxTestSupport.onFx;
import static org.rapporteur.ui.FxTestSupport.waitUntil;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.model.FacetDimension;
import org.rapporteur.model.SearchRequest;
import org.rapporteur.pipeline.AnalysisTestData;
import org.rapporteur.pipeline.ClaimAggregates;
import org.rapporteur.pipeline.ClaimMatrix;
import org.rapporteur.pipeline.ClaimTable;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.ui.FxTestSupport;

/** The analysis view models without a window, over the sample corpus. */
class AnalysisViewModelsTest {
    @TempDir
    static Path dir;
    private static Workspace ws;
    private static FakeWorkbenchContext ctx;
    private static ClaimAggregates aggregates;

    @BeforeAll
    static void setUp() {
        FxTestSupport.startToolkit();
        ws = AnalysisTestData.sampleWorkspace(dir);
        ctx = new FakeWorkbenchContext(ws);
        aggregates = new ClaimAggregates(ws);
    }

    @AfterAll
    static void tearDown() {
        ctx.background.shutdownNow();
        ws.close();
    }

    private static MatrixViewModel matrixVm() throws Exception {
        return onFx(() -> new MatrixViewModel(aggregates, ctx.background, ctx.request, ctx.version,
                ctx::showClaims));
    }

    @Test
    void matrixComputesOnlyWhenActiveAndCellListsItsClaims() throws Exception {
        MatrixViewModel vm = matrixVm();
        Thread.sleep(200);
        assertNull(onFx(() -> vm.matrixProperty().get()), "nothing is computed for a hidden tab");

        onFx(() -> vm.activeProperty().set(true));
        waitUntil(60, () -> vm.matrixProperty().get() != null);
        ClaimMatrix m = onFx(() -> vm.matrixProperty().get());
        assertEquals(FacetDimension.SPEAKER, m.rowDimension());
        assertEquals(FacetDimension.THEME, m.columnDimension());
        assertTrue(m.total() > 0);

        int shownBefore = ctx.shown.size();
        assertTrue(onFx(() -> vm.openCell(0, 0)));
        FakeWorkbenchContext.Shown shown = ctx.shown.get(shownBefore);
        assertTrue(shown.title().startsWith("Matrix: Speaker: "), shown.title());
        assertEquals(Set.of(m.rows().get(0)), shown.request().filters().get(FacetDimension.SPEAKER));
        assertEquals(Set.of(m.columns().get(0)), shown.request().filters().get(FacetDimension.THEME));
        assertEquals(m.count(0, 0), ws.corpus().search(shown.request()).total());
    }

    @Test
    void changingDimensionsReusesTheCollectedClaims() throws Exception {
        MatrixViewModel vm = matrixVm();
        onFx(() -> vm.activeProperty().set(true));
        waitUntil(60, () -> vm.matrixProperty().get() != null && !vm.runningProperty().get());
        ClaimTable table = onFx(() -> vm.tableProperty().get());

        onFx(() -> vm.rowsProperty().set(FacetDimension.REPORT));
        waitUntil(60, () -> vm.matrixProperty().get().rowDimension() == FacetDimension.REPORT);
        onFx(vm::swap);
        waitUntil(60, () -> vm.matrixProperty().get().rowDimension() == FacetDimension.THEME);
        assertEquals(FacetDimension.REPORT, onFx(() -> vm.matrixProperty().get().columnDimension()));
        onFx(() -> vm.columnsProperty().set(FacetDimension.THEME));
        assertEquals(FacetDimension.REPORT, onFx(() -> vm.rowsProperty().get()),
                "choosing the rows' dimension for columns swaps them");
        onFx(() -> vm.maxRowsProperty().set(2));
        waitUntil(60, () -> vm.matrixProperty().get().rows().size() <= 3 && !vm.runningProperty().get());
        assertSame(table, onFx(() -> vm.tableProperty().get()), "no second pass over the index");
    }

    @Test
    void newerRequestWinsOverAnOlderOneStillRunning() throws Exception {
        FakeWorkbenchContext own = new FakeWorkbenchContext(ws);
        MatrixViewModel vm = onFx(() -> new MatrixViewModel(aggregates, own.background, own.request, own.version,
                own::showClaims));
        onFx(() -> vm.activeProperty().set(true));
        SearchRequest last = SearchRequest.of("security", 50);
        onFx(() -> {
            own.request.set(SearchRequest.of("", 50));
            own.request.set(SearchRequest.of("Pakistan", 50));
            own.request.set(last);
        });
        waitUntil(60, () -> vm.matrixProperty().get() != null && !vm.runningProperty().get());
        Thread.sleep(300);
        assertEquals(last, onFx(() -> vm.matrixProperty().get().request()));
        assertEquals(ws.corpus().search(last).total(), (long) onFx(() -> vm.tableProperty().get().size()));
        own.background.shutdownNow();
    }

    @Test
    void queryErrorBecomesAMessage() throws Exception {
        FakeWorkbenchContext own = new FakeWorkbenchContext(ws);
        MatrixViewModel vm = onFx(() -> new MatrixViewModel(aggregates, own.background, own.request, own.version,
                own::showClaims));
        onFx(() -> {
            vm.activeProperty().set(true);
            own.request.set(SearchRequest.of("speaker:(Khan AND", 50));
        });
        waitUntil(60, () -> vm.errorProperty().get() != null);
        assertTrue(onFx(() -> vm.errorProperty().get()).startsWith("The query does not parse"));
        onFx(() -> own.request.set(SearchRequest.of("", 50)));
        waitUntil(60, () -> vm.matrixProperty().get() != null);
        assertNull(onFx(() -> vm.errorProperty().get()));
        own.background.shutdownNow();
    }

    @Test
    void dataVersionChangeCountsAgain() throws Exception {
        MatrixViewModel vm = matrixVm();
        onFx(() -> vm.activeProperty().set(true));
        waitUntil(60, () -> vm.tableProperty().get() != null && !vm.runningProperty().get());
        ClaimTable first = onFx(() -> vm.tableProperty().get());
        onFx(() -> ctx.version.set(ctx.version.get() + 1));
        waitUntil(60, () -> vm.tableProperty().get() != first && !vm.runningProperty().get());
    }

    @Test
    void exportWritesTheMatrixInTheBackground() throws Exception {
        MatrixViewModel vm = matrixVm();
        onFx(() -> vm.activeProperty().set(true));
        waitUntil(60, () -> vm.matrixProperty().get() != null);
        Path file = dir.resolve("matrix.csv");
        onFx(() -> vm.exportCsv(file));
        waitUntil(60, () -> vm.noticeProperty().get().startsWith("Matrix saved"));
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        ClaimMatrix m = onFx(() -> vm.matrixProperty().get());
        assertEquals(m.rows().size() + 2, lines.size());
        assertTrue(lines.getFirst().startsWith("\uFEFFSpeaker \\ Theme,"), lines.getFirst());
    }

    @Test
    void chartsShowThemesPerReportCountriesPerSpeakerAndYears() throws Exception {
        ChartsViewModel vm = onFx(() -> new ChartsViewModel(aggregates, ctx.background, ctx.request, ctx.version,
                ctx::showClaims));
        onFx(() -> vm.activeProperty().set(true));
        waitUntil(60, () -> vm.dataProperty().get() != null);
        ChartsViewModel.ChartData d = onFx(() -> vm.dataProperty().get());
        assertEquals(ws.corpus().claimCount(), d.claims());
        assertEquals(FacetDimension.REPORT, d.themesPerReport().rowDimension());
        assertTrue(d.themesPerReport().total() > 0);
        assertTrue(d.countriesPerSpeaker().total() > 0);
        assertTrue(d.themesPerReport().columns().size() <= ChartsViewModel.MAX_SERIES + 1);
        assertFalse(d.claimsPerYear().isEmpty());
        for (int i = 1; i < d.claimsPerYear().size(); i++) {
            assertEquals(Integer.parseInt(d.claimsPerYear().get(i - 1).value()) + 1,
                    Integer.parseInt(d.claimsPerYear().get(i).value()), "consecutive years, gaps as zeros");
        }
        String year = d.claimsPerYear().getFirst().value();
        int before = ctx.shown.size();
        onFx(() -> vm.openYear(year));
        assertEquals(d.claimsPerYear().getFirst().count(), ws.corpus().search(ctx.shown.get(before).request()).total());
    }

    @Test
    void networkIsDeterministicInsideItsBoxAndFilterable() throws Exception {
        NetworkViewModel vm = onFx(() -> new NetworkViewModel(aggregates, ctx.background, ctx.request, ctx.version,
                ctx::showClaims, ctx::openClaim));
        onFx(() -> vm.activeProperty().set(true));
        waitUntil(60, () -> vm.networkProperty().get() != null && !vm.runningProperty().get());
        NetworkViewModel.Network n = onFx(() -> vm.networkProperty().get());
        assertTrue(n.nodes().size() >= 10, "nodes: " + n.nodes().size());
        Set<FacetDimension> types = new java.util.HashSet<>();
        for (NetworkViewModel.PlacedNode p : n.nodes()) {
            types.add(p.dimension());
            assertTrue(p.x() - p.radius() >= 0 && p.x() + p.radius() <= NetworkViewModel.WIDTH, p.toString());
            assertTrue(p.y() - p.radius() >= 0 && p.y() + p.radius() <= NetworkViewModel.HEIGHT, p.toString());
        }
        assertEquals(Set.of(FacetDimension.SPEAKER, FacetDimension.COUNTRY, FacetDimension.THEME), types);
        ClaimTable table = onFx(() -> vm.tableProperty().get());
        NetworkViewModel.Network again = NetworkViewModel.layout(table, List.of(FacetDimension.SPEAKER,
                FacetDimension.COUNTRY, FacetDimension.THEME), 15, 2, org.rapporteur.progress.Cancellation.NEVER);
        assertEquals(n, again, "same graph, same picture");

        onFx(() -> vm.speakersProperty().set(false));
        waitUntil(60, () -> vm.networkProperty().get().nodes().stream()
                .noneMatch(p -> p.dimension() == FacetDimension.SPEAKER) && !vm.runningProperty().get());
        onFx(() -> vm.minWeightProperty().set(3));
        waitUntil(60, () -> !vm.runningProperty().get() && vm.networkProperty().get().edges().stream()
                .allMatch(e -> e.weight() >= 3));

        NetworkViewModel.PlacedNode node = onFx(() -> vm.networkProperty().get().nodes().getFirst());
        int before = ctx.shown.size();
        onFx(() -> vm.openNode(node));
        assertEquals(node.count(), ws.corpus().search(ctx.shown.get(before).request()).total());
        assertEquals(Map.of(node.dimension(), Set.of(node.value())), ctx.shown.get(before).request().filters());
    }

    @Test
    void layoutKeepsLabelsApartAtSampleSize() {
        ClaimTable table = aggregates.collect(SearchRequest.of("", 10), Set.of(FacetDimension.SPEAKER,
                FacetDimension.COUNTRY, FacetDimension.THEME), org.rapporteur.progress.ProgressListener.NONE,
                org.rapporteur.progress.Cancellation.NEVER);
        NetworkViewModel.Network n = NetworkViewModel.layout(table, List.of(FacetDimension.SPEAKER,
                FacetDimension.COUNTRY, FacetDimension.THEME), 15, 1, org.rapporteur.progress.Cancellation.NEVER);
        List<ForceDirectedLayout.Item> items = n.nodes().stream()
                .map(p -> new ForceDirectedLayout.Item(p.radius(), p.label().length() * 6.6 + 6)).toList();
        double[][] pos = n.nodes().stream().map(p -> new double[] {p.x(), p.y()}).toArray(double[][]::new);
        int overlaps = ForceDirectedLayout.overlaps(items, pos);
        assertTrue(overlaps <= n.nodes().size() / 10, overlaps + " overlapping labels among " + n.nodes().size());
    }

    @Test
    void claimLinkModeDrawsLinkedClaimsAndOpensThem() throws Exception {
        FakeWorkbenchContext own = new FakeWorkbenchContext(ws);
        List<org.rapporteur.model.ClaimRecord> claims = new java.util.ArrayList<>();
        ws.corpus().forEachClaim("", claims::add);
        ws.annotations().execute(new org.rapporteur.annotations.Change.AddLink(claims.get(1).claim().id(),
                claims.getLast().claim().id(), org.rapporteur.annotations.LinkType.ELABORATES, null));
        NetworkViewModel vm = onFx(() -> new NetworkViewModel(aggregates, own.background, own.request, own.version,
                own::showClaims, own::openClaim));
        onFx(() -> {
            vm.modeProperty().set(NetworkViewModel.Mode.CLAIM_LINKS);
            vm.activeProperty().set(true);
        });
        waitUntil(60, () -> vm.networkProperty().get() != null && !vm.runningProperty().get());
        NetworkViewModel.Network n = onFx(() -> vm.networkProperty().get());
        assertTrue(n.nodes().size() >= 2 && n.nodes().stream().allMatch(p -> p.claim() != null), n.toString());
        assertTrue(n.edges().stream().anyMatch(e -> "elaborates".equals(e.type())));
        onFx(() -> vm.openNode(n.nodes().getFirst()));
        assertEquals(List.of(n.nodes().getFirst().claim()), own.opened);
        assertTrue(own.shown.isEmpty());
        own.background.shutdownNow();
    }
}
