package org.rapporteur.ui.facets;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
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
 * drops every selection. A pane shows its {@value FacetsViewModel#SHOWN_FIRST} most frequent values and a link to
 * show all of them. Panes keep their expanded and "show all" states across searches; a collapsed pane builds no
 * rows until it is opened (hundreds of check boxes at once held the FX thread for seconds on a large corpus).
 */
public final class FacetsView extends VBox {
    public static final String ID = "facets";

    private final FacetsViewModel vm;
    private final VBox panes = new VBox(2);
    private final Map<FacetDimension, Boolean> expanded = new HashMap<>();
    private final java.util.Set<FacetDimension> showAll = java.util.EnumSet.noneOf(FacetDimension.class);
    private final Map<FacetDimension, Hyperlink> moreLinks = new java.util.EnumMap<>(FacetDimension.class);
    private final Map<FacetDimension, TitledPane> paneByDimension = new java.util.EnumMap<>(FacetDimension.class);
    /** Rows per dimension, reused by position: a new query relabels them instead of creating check boxes. */
    private final Map<FacetDimension, List<Row>> rowsByDimension = new java.util.EnumMap<>(FacetDimension.class);
    private boolean updating;

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
        // A search answer also refills the results list: the facets take the frame after it.
        org.rapporteur.ui.common.NextFrame later = new org.rapporteur.ui.common.NextFrame(this::rebuild);
        vm.groups().addListener((ListChangeListener<FacetsViewModel.FacetGroup>) c -> later.request());
        rebuild();
    }

    /**
     * Updates the panes in place: rows are kept per value and only their counts and check marks change, so a search
     * (every keystroke, with search-as-you-type) costs the FX thread little.
     */
    private void rebuild() {
        updating = true;
        try {
            List<javafx.scene.Node> order = new java.util.ArrayList<>();
            java.util.Set<FacetDimension> seen = java.util.EnumSet.noneOf(FacetDimension.class);
            for (FacetsViewModel.FacetGroup g : vm.groups()) {
                FacetDimension d = g.dimension();
                seen.add(d);
                TitledPane pane = paneByDimension.computeIfAbsent(d, this::newPane);
                if (g.values().stream().anyMatch(FacetCount.Value::selected)) {
                    pane.setExpanded(true);
                }
                fill(pane, g);
                order.add(pane);
            }
            paneByDimension.keySet().retainAll(seen);
            rowsByDimension.keySet().retainAll(seen);
            if (!panes.getChildren().equals(order)) {
                panes.getChildren().setAll(order);
            }
        } finally {
            updating = false;
        }
    }

    /** Puts the group's rows into its pane (none while the pane is collapsed), reusing rows by position. */
    private void fill(TitledPane pane, FacetsViewModel.FacetGroup g) {
        FacetDimension d = g.dimension();
        List<FacetCount.Value> shown = !pane.isExpanded() ? List.of()
                : showAll.contains(d) ? g.values() : g.shown(FacetsViewModel.SHOWN_FIRST, vm);
        List<Row> rows = rowsByDimension.computeIfAbsent(d, x -> new java.util.ArrayList<>());
        List<javafx.scene.Node> rowNodes = new java.util.ArrayList<>(shown.size() + 1);
        for (int i = 0; i < shown.size(); i++) {
            FacetCount.Value v = shown.get(i);
            if (i == rows.size()) {
                rows.add(new Row(d));
            }
            Row row = rows.get(i);
            row.update(v, v.selected() || vm.isSelected(d, v.value()));
            rowNodes.add(row.boxRow);
        }
        int hidden = g.values().size() - shown.size();
        if (pane.isExpanded() && (hidden > 0 || showAll.contains(d)) && g.values().size() > FacetsViewModel.SHOWN_FIRST) {
            Hyperlink more = moreLinks.computeIfAbsent(d, x -> moreLink(x));
            more.setText(showAll.contains(d) ? "show fewer" : "show " + hidden + " more");
            rowNodes.add(more);
        }
        VBox content = (VBox) pane.getContent();
        if (!content.getChildren().equals(rowNodes)) {
            content.getChildren().setAll(rowNodes);
        }
    }

    private Hyperlink moreLink(FacetDimension d) {
        Hyperlink link = new Hyperlink();
        link.getStyleClass().add(Styles.FACET_MORE);
        link.setOnAction(e -> {
            if (!showAll.remove(d)) {
                showAll.add(d);
            }
            refill(d);
        });
        return link;
    }

    private void refill(FacetDimension d) {
        TitledPane pane = paneByDimension.get(d);
        vm.groups().stream().filter(g -> g.dimension() == d).findFirst().ifPresent(g -> {
            updating = true;
            try {
                fill(pane, g);
            } finally {
                updating = false;
            }
        });
    }

    private TitledPane newPane(FacetDimension d) {
        TitledPane pane = new TitledPane(d.label(), new VBox(1));
        pane.getStyleClass().add(Styles.FACET_PANE);
        pane.setId("facet-" + d.key());
        pane.setAnimated(false);
        pane.setExpanded(expanded.getOrDefault(d, defaultExpanded(d)));
        pane.expandedProperty().addListener((o, a, b) -> {
            expanded.put(d, b);
            refill(d);
        });
        return pane;
    }

    /** One value: a check box with the value and a count label; relabelled when reused for another value. */
    private final class Row {
        final FacetDimension dim;
        final CheckBox box = new CheckBox();
        final Label count = new Label();
        final HBox boxRow;
        String value;

        Row(FacetDimension dim) {
            this.dim = dim;
            box.setMnemonicParsing(false);
            box.setMaxWidth(Double.MAX_VALUE);
            box.setMinWidth(0);
            // a long value (a report's title) is cut to the pane's width: the whole of it shows on hover
            box.getStyleClass().add(Styles.FULL_TEXT_ON_HOVER);
            box.setOnMouseEntered(e -> {
                if (box.getTooltip() == null) {
                    box.setTooltip(new Tooltip());
                }
                box.getTooltip().setText(box.getText());
            });
            box.selectedProperty().addListener((o, a, on) -> {
                if (!updating) {
                    vm.toggle(dim, value, on);
                }
            });
            HBox.setHgrow(box, Priority.ALWAYS);
            count.getStyleClass().add(Styles.FACET_COUNT);
            count.setMinWidth(Region.USE_PREF_SIZE);
            boxRow = new HBox(4, box, count);
            boxRow.setAlignment(Pos.CENTER_LEFT);
            if (dim == FacetDimension.SPEAKER && vm.people() != null) {
                box.setContextMenu(PeopleMenu.of(vm.people(), () -> value, box));
            }
        }

        void update(FacetCount.Value v, boolean selected) {
            if (!v.value().equals(value)) {
                value = v.value();
                box.setText(display(dim, value));
                box.setUserData(value);
            }
            count.setText(String.format(Locale.ROOT, "%,d", v.count()));
            box.setSelected(selected);
        }
    }

    private static boolean defaultExpanded(FacetDimension d) {
        return d == FacetDimension.SPEAKER || d == FacetDimension.COUNTRY || d == FacetDimension.THEME
                || d == FacetDimension.TAG || d == FacetDimension.REPORT;
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
