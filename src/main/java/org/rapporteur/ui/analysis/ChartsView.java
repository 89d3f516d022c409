package org.rapporteur.ui.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import javafx.collections.FXCollections;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;
import org.rapporteur.pipeline.ClaimFacetValues;
import org.rapporteur.pipeline.ClaimMatrix;
import org.rapporteur.pipeline.ClaimTable.ValueCount;

/**
 * The charts tab: themes per report and countries mentioned per speaker as horizontal stacked bars (long names stay
 * readable on the category axis), claims per year as bars (a line when there are many years). Every bar segment and
 * year lists its claims on click. Charts are rebuilt whenever the view model publishes new data.
 */
public final class ChartsView {
    static final String CHART = "analysis-chart";
    private static final int MAX_CATEGORY_LABEL = 38;
    private static final int MAX_YEARS_AS_BARS = 24;

    private final ChartsViewModel vm;
    private final BorderPane root = new BorderPane();
    private final GridPane grid = new GridPane();
    private final Label empty = new Label("Counting claims…");
    private final javafx.beans.value.ObservableStringValue indexState;

    public ChartsView(ChartsViewModel vm) {
        this(vm, new javafx.beans.property.SimpleStringProperty());
    }

    /**
     * @param indexState what the workbench is doing while its index cannot answer (opening, the first index, no
     *                   reports), said instead of "no claims match"; null once the index holds claims
     */
    public ChartsView(ChartsViewModel vm, javafx.beans.value.ObservableStringValue indexState) {
        this.vm = vm;
        this.indexState = indexState;
        root.getStylesheets().add(AnalysisStyles.STYLESHEET);
        root.getStyleClass().add(AnalysisStyles.VIEW);
        Button refresh = new Button(null, new FontIcon(Material2MZ.REFRESH));
        refresh.setTooltip(new Tooltip("Count again"));
        refresh.setOnAction(e -> vm.refresh());
        HBox bar = new HBox(AnalysisStyles.caption("Charts of the claims matching the current search and filters; "
                + "click a bar to list its claims"), AnalysisStyles.spacer(), refresh);
        bar.getStyleClass().add(AnalysisStyles.TOOLBAR);
        root.setTop(bar);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        half.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(half, half);
        RowConstraints top = new RowConstraints();
        top.setPercentHeight(58);
        top.setVgrow(Priority.ALWAYS);
        RowConstraints bottom = new RowConstraints();
        bottom.setPercentHeight(42);
        bottom.setVgrow(Priority.ALWAYS);
        grid.getRowConstraints().addAll(top, bottom);
        empty.getStyleClass().add(AnalysisStyles.EMPTY);
        root.setCenter(new StackPane(empty));
        root.setBottom(AnalysisStyles.statusBar(vm, null));
        vm.dataProperty().addListener((o, was, now) -> show(now));
        vm.errorProperty().addListener((o, was, now) -> {
            if (now != null && vm.dataProperty().get() == null) {
                empty.setText(now);
            }
        });
        indexState.addListener((o, was, now) -> {
            ChartsViewModel.ChartData d = vm.dataProperty().get();
            if (d != null && d.claims() == 0) {
                show(d);
            }
        });
        show(vm.dataProperty().get());
        AnalysisStyles.trackShowing(root, vm.activeProperty());
    }

    public Node node() {
        return root;
    }

    private void show(ChartsViewModel.ChartData d) {
        if (d == null) {
            return;
        }
        if (d.claims() == 0) {
            empty.setText(AnalysisStyles.noClaims(indexState));
            root.setCenter(new StackPane(empty));
            return;
        }
        grid.getChildren().clear();
        grid.add(stacked("Themes per report", "Claims (a claim counts once per theme)", d.themesPerReport(),
                "No claim of these reports has a theme."), 0, 0);
        grid.add(stacked("Countries mentioned per speaker", "Claims (a claim counts once per country)",
                d.countriesPerSpeaker(),
                "No claim with a speaker mentions a country."), 1, 0);
        Node years = overTime(d.claimsPerYear());
        grid.add(years, 0, 1, 2, 1);
        root.setCenter(grid);
    }

    /** Rows of the matrix as horizontal bars, one series (colour) per column value. */
    private Node stacked(String title, String valueLabel, ClaimMatrix m, String whenEmpty) {
        if (m.isEmpty()) {
            Label l = new Label(title + ": " + whenEmpty);
            l.getStyleClass().add(AnalysisStyles.EMPTY);
            return new StackPane(l);
        }
        NumberAxis x = new NumberAxis();
        x.setLabel(valueLabel);
        x.setMinorTickVisible(false);
        CategoryAxis y = new CategoryAxis();
        List<String> categories = uniqueLabels(m);
        // the first row on top: a vertical category axis runs bottom-up
        y.setCategories(FXCollections.observableArrayList(categories.reversed()));
        StackedBarChart<Number, String> chart = new StackedBarChart<>(x, y);
        chart.setTitle(title);
        chart.getStyleClass().add(CHART);
        chart.setAnimated(false);
        chart.setCategoryGap(6);
        chart.setLegendVisible(true);
        for (int c = 0; c < m.columns().size(); c++) {
            XYChart.Series<Number, String> series = new XYChart.Series<>();
            series.setName(ClaimFacetValues.label(m.columnDimension(), m.columns().get(c)));
            for (int r = 0; r < m.rows().size(); r++) {
                if (m.count(r, c) > 0) {
                    series.getData().add(new XYChart.Data<>(m.count(r, c), categories.get(r)));
                }
            }
            chart.getData().add(series);
            int col = c;
            for (XYChart.Data<Number, String> point : series.getData()) {
                int row = categories.indexOf(point.getYValue());
                clickable(point, m.describe(row, col) + ": " + point.getXValue() + " claims",
                        n -> vm.openSegment(m, row, col));
            }
        }
        return chart;
    }

    private Node overTime(List<ValueCount> years) {
        if (years.isEmpty()) {
            Label l = new Label("Claims over time: no claim has a dated report.");
            l.getStyleClass().add(AnalysisStyles.EMPTY);
            return new StackPane(l);
        }
        CategoryAxis x = new CategoryAxis();
        x.setLabel("Year");
        NumberAxis y = new NumberAxis();
        y.setLabel("Claims");
        y.setMinorTickVisible(false);
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.setName("Claims");
        for (ValueCount v : years) {
            series.getData().add(new XYChart.Data<>(v.value(), v.count()));
        }
        XYChart<String, Number> chart;
        if (years.size() <= MAX_YEARS_AS_BARS) {
            BarChart<String, Number> bars = new BarChart<>(x, y);
            // bars about as wide as a third of their slot, however few the years
            int slots = years.size();
            bars.categoryGapProperty().bind(bars.widthProperty().divide(slots).multiply(0.6));
            chart = bars;
        } else {
            LineChart<String, Number> line = new LineChart<>(x, y);
            line.setCreateSymbols(true);
            chart = line;
        }
        chart.setTitle("Claims over time");
        chart.getStyleClass().add(CHART);
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.getData().add(series);
        for (XYChart.Data<String, Number> point : series.getData()) {
            clickable(point, point.getXValue() + ": " + point.getYValue() + " claims",
                    n -> vm.openYear(point.getXValue()));
        }
        return chart;
    }

    private static <X, Y> void clickable(XYChart.Data<X, Y> point, String tip, Consumer<Node> open) {
        Consumer<Node> wire = n -> {
            if (n != null) {
                n.getStyleClass().add("clickable");
                n.setCursor(Cursor.HAND);
                Tooltip.install(n, new Tooltip(tip + " — click to list them"));
                n.setOnMouseClicked(e -> open.accept(n));
            }
        };
        if (point.getNode() != null) {
            wire.accept(point.getNode());
        } else {
            point.nodeProperty().addListener((o, was, now) -> wire.accept(now));
        }
    }

    /** Row labels shortened for the axis and made unique (a category axis merges equal names). */
    private static List<String> uniqueLabels(ClaimMatrix m) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String row : m.rows()) {
            String label = ClaimFacetValues.label(m.rowDimension(), row);
            if (label.length() > MAX_CATEGORY_LABEL) {
                label = label.substring(0, MAX_CATEGORY_LABEL - 1).strip() + "…";
            }
            String unique = label;
            for (int i = 2; !seen.add(unique); i++) {
                unique = label + " (" + i + ")";
            }
            out.add(unique);
        }
        return out;
    }
}
