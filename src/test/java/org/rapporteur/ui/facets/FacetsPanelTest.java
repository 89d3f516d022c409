package org.rapporteur.ui.facets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapporteur.ui.FxTestSupport.onFx;
import static org.rapporteur.ui.FxTestSupport.waitUntil;

import java.util.List;

import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;
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
 * The facet panel on the sample corpus: an open pane shows its most frequent values and a "show more" link, the
 * link shows them all, a checked value far down stays visible, and a collapsed pane holds no rows until opened.
 */
class FacetsPanelTest {
    private static Workspace workspace;
    private BackgroundTasks tasks;
    private MainViewModel main;
    private FacetsView view;
    private javafx.stage.Stage stage;

    @BeforeAll
    static void setUp() {
        FxTestSupport.startToolkit();
        workspace = FxTestSupport.sampleWorkspace();
    }

    @BeforeEach
    void open() {
        tasks = new BackgroundTasks();
        main = onFx(() -> new MainViewModel(workspace, tasks, 50));
        view = onFx(() -> {
            FacetsView v = new FacetsView(main.facets());
            stage = new javafx.stage.Stage();
            stage.setScene(new Scene(v, 300, 900));
            stage.show();
            main.show();
            main.search().setQuietly("");
            main.search().submit();
            return v;
        });
        waitUntil(10, () -> !main.results().loadingProperty().get() && pane(FacetDimension.SPEAKER) != null
                && !rows(FacetDimension.SPEAKER).isEmpty());
    }

    @AfterEach
    void close() {
        onFx(() -> stage.close());
        tasks.shutdown();
    }

    private TitledPane pane(FacetDimension d) {
        return (TitledPane) view.lookup("#facet-" + d.key());
    }

    private List<CheckBox> rows(FacetDimension d) {
        return ((VBox) pane(d).getContent()).getChildren().stream()
                .flatMap(n -> n instanceof javafx.scene.layout.HBox h ? h.getChildren().stream() : java.util.stream.Stream.of())
                .filter(CheckBox.class::isInstance).map(CheckBox.class::cast).toList();
    }

    private Hyperlink more(FacetDimension d) {
        return ((VBox) pane(d).getContent()).getChildren().stream().filter(Hyperlink.class::isInstance)
                .map(Hyperlink.class::cast).findFirst().orElseThrow();
    }

    private List<FacetCount.Value> values(FacetDimension d) {
        return main.facets().groups().stream().filter(g -> g.dimension() == d).findFirst().orElseThrow().values();
    }

    @Test
    void anOpenPaneShowsTheTopValuesAndAllOnRequest() {
        int all = onFx(() -> values(FacetDimension.SPEAKER).size());
        assertTrue(all > FacetsViewModel.SHOWN_FIRST, "the samples have more speakers than a pane shows first");
        assertEquals(FacetsViewModel.SHOWN_FIRST, onFx(() -> rows(FacetDimension.SPEAKER).size()));
        assertEquals(values(FacetDimension.SPEAKER).getFirst().value(),
                onFx(() -> rows(FacetDimension.SPEAKER).getFirst().getText()), "the most frequent value comes first");
        assertEquals("show " + (all - FacetsViewModel.SHOWN_FIRST) + " more",
                onFx(() -> more(FacetDimension.SPEAKER).getText()));

        onFx(() -> more(FacetDimension.SPEAKER).fire());
        assertEquals(all, onFx(() -> rows(FacetDimension.SPEAKER).size()));
        assertEquals("show fewer", onFx(() -> more(FacetDimension.SPEAKER).getText()));
        onFx(() -> more(FacetDimension.SPEAKER).fire());
        assertEquals(FacetsViewModel.SHOWN_FIRST, onFx(() -> rows(FacetDimension.SPEAKER).size()));
    }

    @Test
    void aCheckedValueBelowTheFirstOnesStaysVisible() {
        FacetCount.Value last = onFx(() -> values(FacetDimension.SPEAKER).getLast());
        onFx(() -> main.facets().toggle(FacetDimension.SPEAKER, last.value(), true));
        waitUntil(10, () -> !main.results().loadingProperty().get()
                && rows(FacetDimension.SPEAKER).stream().anyMatch(b -> b.getText().equals(last.value())
                && b.isSelected()));
        assertEquals(FacetsViewModel.SHOWN_FIRST + 1, onFx(() -> rows(FacetDimension.SPEAKER).size()));
    }

    @Test
    void aCollapsedPaneBuildsItsRowsWhenOpened() {
        FacetDimension closed = FacetDimension.YEAR;
        assertTrue(onFx(() -> !pane(closed).isExpanded()), "the year pane starts collapsed");
        assertTrue(onFx(() -> rows(closed).isEmpty()));
        onFx(() -> pane(closed).setExpanded(true));
        int expected = onFx(() -> Math.min(values(closed).size(), FacetsViewModel.SHOWN_FIRST));
        assertEquals(expected, onFx(() -> rows(closed).size()));
        assertTrue(expected > 0);
    }
}
