package org.rapporteur.ui.facets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapporteur.ui.FxTestSupport.onFx;
import static org.rapporteur.ui.FxTestSupport.waitUntil;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rapporteur.model.FacetCount;
import org.rapporteur.model.FacetDimension;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.ui.FxTestSupport;
import org.rapporteur.ui.main.MainViewModel;
import org.rapporteur.ui.tasks.BackgroundTasks;

/**
 * Facet selection through the main view model, without a window: a checked value becomes a filter of the request,
 * the results shrink to its count, the other values of that dimension keep their counts (drill-sideways), and
 * "clear all" brings everything back.
 */
class FacetSelectionTest {
    private static Workspace workspace;
    private BackgroundTasks tasks;
    private MainViewModel main;

    @BeforeAll
    static void setUp() {
        FxTestSupport.startToolkit();
        workspace = FxTestSupport.sampleWorkspace();
    }

    @BeforeEach
    void open() {
        tasks = new BackgroundTasks();
        main = onFx(() -> new MainViewModel(workspace, tasks, 50));
        onFx(() -> {
            main.show();
            main.search().setQuietly("");
            main.search().submit();
        });
        waitUntil(10, () -> !main.results().loadingProperty().get() && !main.facets().groups().isEmpty());
    }

    @AfterEach
    void close() {
        tasks.shutdown();
    }

    private FacetsViewModel.FacetGroup group(FacetDimension d) {
        return onFx(() -> main.facets().groups().stream().filter(g -> g.dimension() == d).findFirst()
                .orElseThrow());
    }

    @Test
    void checkingAValueFiltersAndKeepsSiblingCounts() {
        long all = onFx(() -> main.results().totalProperty().get());
        List<FacetCount.Value> before = group(FacetDimension.REPORT).values();
        assertTrue(before.size() >= 2, "the sample corpus has several reports");
        FacetCount.Value pick = before.get(1);

        onFx(() -> main.facets().toggle(FacetDimension.REPORT, pick.value(), true));
        assertEquals(Map.of(FacetDimension.REPORT, Set.of(pick.value())),
                onFx(() -> main.currentRequest().get().filters()));
        waitUntil(10, () -> !main.results().loadingProperty().get() && main.results().totalProperty().get()
                == pick.count());
        FacetsViewModel.FacetGroup after = group(FacetDimension.REPORT);
        assertTrue(after.values().stream().anyMatch(v -> v.value().equals(pick.value()) && v.selected()));
        for (FacetCount.Value v : before) {
            long now = after.values().stream().filter(x -> x.value().equals(v.value())).mapToLong(
                    FacetCount.Value::count).findFirst().orElse(-1);
            assertEquals(v.count(), now, "drill-sideways keeps the count of " + v.value());
        }
        assertTrue(all > pick.count());

        onFx(() -> main.facets().toggle(FacetDimension.REPORT, before.get(0).value(), true));
        waitUntil(10, () -> !main.results().loadingProperty().get() && main.results().totalProperty().get()
                == pick.count() + before.get(0).count());

        onFx(() -> main.facets().clearAll());
        assertEquals(Map.of(), onFx(() -> main.currentRequest().get().filters()));
        waitUntil(10, () -> !main.results().loadingProperty().get() && main.results().totalProperty().get() == all);
    }

    @Test
    void showClaimsFromAnotherViewSetsQueryAndFacetsWithoutASecondSearch() {
        String report = group(FacetDimension.REPORT).values().getFirst().value();
        var request = new org.rapporteur.model.SearchRequest("", Map.of(FacetDimension.REPORT, Set.of(report)),
                org.rapporteur.model.SortOrder.DATE, 10, 0, 10);
        onFx(() -> main.showClaims("Matrix: a cell", request));
        waitUntil(10, () -> !main.results().loadingProperty().get());
        assertEquals("Matrix: a cell", onFx(() -> main.results().originProperty().get()));
        assertEquals(org.rapporteur.model.SortOrder.DATE, onFx(() -> main.sortProperty().get()));
        assertTrue(onFx(() -> main.facets().isSelected(FacetDimension.REPORT, report)));
        assertEquals(MainViewModel.Tab.RESULTS, onFx(() -> main.requestedTabProperty().get()));
        assertEquals(Set.of(report), onFx(() -> main.currentRequest().get().filters().get(FacetDimension.REPORT)));
    }
}
