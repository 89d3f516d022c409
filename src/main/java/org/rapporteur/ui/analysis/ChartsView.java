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
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
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
    private static final int MAX_CATEGORY_LABEL_NARROW = 24;
    /** Below this width of the tab the category names are cut shorter. */
    private static final double NARROW_WIDTH = 520;
    private static final int MAX_YEARS_AS_BARS = 24;
    /** Below this width of the tab the charts stand one under the other. */
    static final double SIDE_BY_SIDE_WIDTH = 960;
    private static final String STACKED_HEIGHT = "rapporteur.stackedHeight";

    private final ChartsViewModel vm;
    private final BorderPane root = new BorderPane();
    private final GridPane grid = new GridPane();
    private final Label empty = new Label("Counting claims…");
    private final VBox column = new VBox(8);
    private final ScrollPane scroll = new ScrollPane(column);
    private List<Node> charts = List.of();
    private final javafx.beans.value.ObservableStringValue indexState;
    private boolean arrangedSideBySide;
    private int shownLabelLimit = MAX_CATEGORY_LABEL;

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
        Label about = AnalysisStyles.caption("Charts of the claims matching the current search and filters; "
                + "click a bar to list its claims");
        about.setWrapText(true);
        about.setMinWidth(0);
        about.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(about, Priority.ALWAYS);
        refresh.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(about, refresh);
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
        column.setFillWidth(true);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        // two charts side by side need room for two category axes of long names: below that, one under the other
        // compared with what is shown, not with the last width: data may come before the first layout (width 0)
        root.widthProperty().addListener((o, was, now) -> {
            if (labelLimit(now.doubleValue()) != shownLabelLimit) {
                show(vm.dataProperty().get()); // the category names are cut to another length
            } else if (sideBySide() != arrangedSideBySide) {
                arrange();
            }
        });
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
            charts = List.of();
            root.setCenter(new StackPane(empty));
            return;
        }
        charts = List.of(
                stacked("Themes per report", "theme", "themes", d.themesPerReport(),
                        "No claim of these reports has a theme."),
                stacked("Countries mentioned per speaker", "country", "countries", d.countriesPerSpeaker(),
                        "No claim with a speaker mentions a country."),
                overTime(d.claimsPerYear()));
        arrange();
    }

    /** Side by side (two charts over the timeline) when the tab is wide, else one under the other, scrolling. */
    private void arrange() {
        if (charts.isEmpty()) {
            return;
        }
        grid.getChildren().clear();
        column.getChildren().clear();
        arrangedSideBySide = sideBySide();
        if (arrangedSideBySide) {
            for (Node c : charts) {
                if (c instanceof Region r) {
                    r.setMinHeight(Region.USE_COMPUTED_SIZE);
                }
            }
            grid.add(charts.get(0), 0, 0);
            grid.add(charts.get(1), 1, 0);
            grid.add(charts.get(2), 0, 1, 2, 1);
            root.setCenter(grid);
        } else {
            for (Node c : charts) {
                if (c instanceof Region r) {
                    r.setMinHeight(c.getProperties().get(STACKED_HEIGHT) instanceof Double h ? h : 300);
                }
            }
            column.getChildren().setAll(charts);
            root.setCenter(scroll);
        }
    }

    /** Rows of the matrix as horizontal bars, one series (colour) per column value. */
    private Node stacked(String title, String countedPer, String plural, ClaimMatrix m, String whenEmpty) {
        if (m.isEmpty()) {
            Label l = new Label(title + ": " + whenEmpty);
            l.getStyleClass().add(AnalysisStyles.EMPTY);
            return new StackPane(l);
        }
        NumberAxis x = new NumberAxis();
        // short enough for a narrow chart; the tooltip says what a bar's length counts
        x.setLabel("Claims, once per " + countedPer);
        explain(x, "A claim counts once for each " + countedPer + " it has: a claim on two " + plural
                + " adds to both.");
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
        // one under the other: tall enough for every row's bar and a legend of up to three lines
        chart.getProperties().put(STACKED_HEIGHT, Math.max(320.0, 26.0 * m.rows().size() + 190));
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

    /** A tooltip on an axis's title. */
    private static void explain(javafx.scene.chart.Axis<?> axis, String text) {
        Node title = axis.lookup(".axis-label");
        if (title instanceof Label l) {
            l.setTooltip(new Tooltip(text));
        }
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

    /** Wide enough for two charts side by side; not before the first layout (width 0) tells. */
    private boolean sideBySide() {
        return root.getWidth() >= SIDE_BY_SIDE_WIDTH;
    }

    /** How many characters of a category's name the axis shows: fewer in a narrow tab, so the bars keep room. */
    private static int labelLimit(double width) {
        return width > 0 && width < NARROW_WIDTH ? MAX_CATEGORY_LABEL_NARROW : MAX_CATEGORY_LABEL;
    }

    /** Row labels shortened for the axis and made unique (a category axis merges equal names). */
    private List<String> uniqueLabels(ClaimMatrix m) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int limit = labelLimit(root.getWidth());
        shownLabelLimit = limit;
        for (String row : m.rows()) {
            String label = ClaimFacetValues.label(m.rowDimension(), row);
            if (label.length() > limit) {
                label = label.substring(0, limit - 1).strip() + "…";
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
