package org.rapporteur.ui.facets;

import java.util.HashMap;
import java.util.Map;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.rapporteur.model.FacetCount;
import org.rapporteur.model.FacetDimension;
import org.rapporteur.ui.common.Styles;

/**
 * The facet panel: a titled pane per dimension with values, each value a check box with its count; "Clear all"
 * drops every selection. Panes keep their expanded state across searches.
 */
public final class FacetsView extends VBox {
    public static final String ID = "facets";

    private final FacetsViewModel vm;
    private final VBox panes = new VBox(2);
    private final Map<FacetDimension, Boolean> expanded = new HashMap<>();

    public FacetsView(FacetsViewModel vm) {
        this.vm = vm;
        setId(ID);
        Label title = new Label("FACETS");
        title.getStyleClass().add(Styles.PANE_TITLE);
        Hyperlink clear = new Hyperlink("Clear all");
        clear.setId("clearFacets");
        clear.disableProperty().bind(vm.anySelectedProperty().not());
        clear.setOnAction(e -> vm.clearAll());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox header = new HBox(title, grow, clear);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("pane-header");

        ScrollPane scroll = new ScrollPane(panes);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(header, scroll);
        vm.groups().addListener((ListChangeListener<FacetsViewModel.FacetGroup>) c -> rebuild());
        rebuild();
    }

    private void rebuild() {
        panes.getChildren().clear();
        for (FacetsViewModel.FacetGroup g : vm.groups()) {
            VBox values = new VBox(1);
            for (FacetCount.Value v : g.values()) {
                values.getChildren().add(row(g.dimension(), v));
            }
            TitledPane pane = new TitledPane(g.dimension().label(), values);
            pane.getStyleClass().add(Styles.FACET_PANE);
            pane.setId("facet-" + g.dimension().key());
            boolean selectedHere = g.values().stream().anyMatch(FacetCount.Value::selected);
            pane.setExpanded(expanded.getOrDefault(g.dimension(), defaultExpanded(g.dimension())) || selectedHere);
            pane.expandedProperty().addListener((o, a, b) -> expanded.put(g.dimension(), b));
            panes.getChildren().add(pane);
        }
    }

    private static boolean defaultExpanded(FacetDimension d) {
        return d == FacetDimension.SPEAKER || d == FacetDimension.COUNTRY || d == FacetDimension.THEME
                || d == FacetDimension.TAG || d == FacetDimension.REPORT;
    }

    private HBox row(FacetDimension dim, FacetCount.Value v) {
        CheckBox box = new CheckBox(display(dim, v.value()));
        box.setSelected(v.selected() || vm.isSelected(dim, v.value()));
        box.setMnemonicParsing(false);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setMinWidth(0);
        box.setUserData(v.value());
        box.selectedProperty().addListener((o, a, on) -> vm.toggle(dim, v.value(), on));
        HBox.setHgrow(box, Priority.ALWAYS);
        Label count = new Label(String.format("%,d", v.count()));
        count.getStyleClass().add(Styles.FACET_COUNT);
        count.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(4, box, count);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** Hierarchical theme paths show their leaf, indented by depth. */
    private static String display(FacetDimension dim, String value) {
        if (dim != FacetDimension.THEME) {
            return value;
        }
        int depth = value.length() - value.replace("/", "").length();
        int slash = value.lastIndexOf('/');
        return "  ".repeat(depth) + (slash < 0 ? value : value.substring(slash + 1));
    }
}
