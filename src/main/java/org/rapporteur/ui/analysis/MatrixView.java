package org.rapporteur.ui.analysis;

import java.io.File;
import java.util.Locale;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;
import org.rapporteur.model.FacetDimension;
import org.rapporteur.pipeline.ClaimFacetValues;
import org.rapporteur.pipeline.ClaimMatrix;

/**
 * The matrix tab: a toolbar to choose rows, columns and how many of each, a heat-map table of claim counts with row
 * and column totals, and a status line. Clicking a cell (or pressing Enter on it) lists its claims in Results.
 * Items of the table are row indexes of the matrix; the last item is the totals row.
 */
public final class MatrixView {
    static final String TABLE = "matrix-table";
    static final String HEAT_CELL = "heat-cell";
    private static final double CELL_WIDTH = 104;
    private static final double HEADER_HEIGHT = 50;
    /** Rows are virtualised, columns are not: every visible row builds a cell per column. */
    private static final int MAX_ROWS = 500;
    private static final int MAX_COLUMNS = 60;

    private final MatrixViewModel vm;
    private final BorderPane root = new BorderPane();
    private final TableView<Integer> table = new TableView<>();
    private final Label placeholder = new Label("Counting claims…");

    public MatrixView(MatrixViewModel vm) {
        this.vm = vm;
        root.getStylesheets().add(AnalysisStyles.STYLESHEET);
        root.getStyleClass().add(AnalysisStyles.VIEW);
        root.setTop(toolbar());
        table.getStyleClass().add(TABLE);
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        placeholder.getStyleClass().add(AnalysisStyles.EMPTY);
        placeholder.setMaxWidth(480);
        table.setPlaceholder(placeholder);
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                TablePosition<Integer, ?> pos = table.getFocusModel().getFocusedCell();
                if (pos != null && pos.getRow() >= 0) {
                    openAt(pos.getRow(), pos.getTableColumn());
                    e.consume();
                }
            }
        });
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Integer item, boolean empty) {
                super.updateItem(item, empty);
                ClaimMatrix m = vm.matrixProperty().get();
                getStyleClass().removeAll("total-row", "other-row");
                if (!empty && item != null && m != null) {
                    if (item == m.rows().size()) {
                        getStyleClass().add("total-row");
                    } else if (m.isOtherRow(item)) {
                        getStyleClass().add("other-row");
                    }
                }
            }
        });
        root.setCenter(table);
        root.setBottom(AnalysisStyles.statusBar(vm, vm.noticeProperty()));
        vm.matrixProperty().addListener((o, was, now) -> show(now));
        vm.errorProperty().addListener((o, was, now) -> {
            if (now != null && vm.matrixProperty().get() == null) {
                placeholder.setText(now);
            }
        });
        show(vm.matrixProperty().get());
        AnalysisStyles.trackShowing(root, vm.activeProperty());
    }

    public Node node() {
        return root;
    }

    private Region toolbar() {
        ComboBox<FacetDimension> rows = dimensionBox();
        rows.valueProperty().bindBidirectional(vm.rowsProperty());
        ComboBox<FacetDimension> columns = dimensionBox();
        columns.valueProperty().bindBidirectional(vm.columnsProperty());
        Button swap = new Button(null, new FontIcon(Material2MZ.SWAP_HORIZ));
        swap.setTooltip(new Tooltip("Swap rows and columns"));
        swap.setOnAction(e -> vm.swap());
        Spinner<Integer> maxRows = topSpinner(vm.maxRowsProperty().get(), MAX_ROWS);
        maxRows.valueProperty().addListener((o, was, now) -> vm.maxRowsProperty().set(now));
        maxRows.setTooltip(new Tooltip("Rows shown; the rest are summed in \"Other\""));
        Spinner<Integer> maxColumns = topSpinner(vm.maxColumnsProperty().get(), MAX_COLUMNS);
        maxColumns.valueProperty().addListener((o, was, now) -> vm.maxColumnsProperty().set(now));
        maxColumns.setTooltip(new Tooltip("Columns shown; the rest are summed in \"Other\""));
        Button export = new Button("Export CSV…", new FontIcon(Material2MZ.SAVE_ALT));
        export.disableProperty().bind(vm.matrixProperty().isNull().or(vm.exportingProperty()));
        export.setOnAction(e -> exportCsv());
        Button refresh = new Button(null, new FontIcon(Material2MZ.REFRESH));
        refresh.setTooltip(new Tooltip("Count again"));
        refresh.setOnAction(e -> vm.refresh());
        return AnalysisStyles.toolbar(AnalysisStyles.labelled("Rows", rows, swap),
                AnalysisStyles.labelled("Columns", columns), AnalysisStyles.labelled("Top rows", maxRows),
                AnalysisStyles.labelled("Top columns", maxColumns), AnalysisStyles.group(refresh, export));
    }

    private static ComboBox<FacetDimension> dimensionBox() {
        ComboBox<FacetDimension> box = new ComboBox<>();
        box.getItems().setAll(MatrixViewModel.DIMENSIONS);
        box.setConverter(AnalysisStyles.dimensionConverter());
        return box;
    }

    private static Spinner<Integer> topSpinner(int initial, int max) {
        Spinner<Integer> s = new Spinner<>(2, max, initial, 5);
        s.setEditable(true);
        s.setPrefWidth(82);
        return s;
    }

    private void exportCsv() {
        ClaimMatrix m = vm.matrixProperty().get();
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the matrix as CSV");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV files", "*.csv"));
        chooser.setInitialFileName(("matrix-" + m.rowDimension().key() + "-by-" + m.columnDimension().key())
                .toLowerCase(java.util.Locale.ROOT) + ".csv");
        File file = chooser.showSaveDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (file != null) {
            vm.exportCsv(file.toPath());
        }
    }

    private void show(ClaimMatrix m) {
        table.getColumns().clear();
        table.getItems().clear();
        if (m == null) {
            return;
        }
        if (m.isEmpty()) {
            placeholder.setText(vm.noticeProperty().get());
            return;
        }
        double max = m.maxCount();
        TableColumn<Integer, Integer> label = new TableColumn<>(m.rowDimension().label());
        label.setPrefWidth(200);
        label.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        label.setCellFactory(c -> new RowLabelCell(m));
        label.setSortable(false);
        table.getColumns().add(label);
        for (int c = 0; c < m.columns().size(); c++) {
            int col = c;
            String text = ClaimFacetValues.label(m.columnDimension(), m.columns().get(c));
            TableColumn<Integer, Integer> column = new TableColumn<>();
            Label header = new Label(text);
            header.getStyleClass().add("matrix-header");
            header.setTooltip(new Tooltip(m.columns().get(c) + " — " + m.columnTotal(c) + " claims"));
            header.setWrapText(true);
            header.setPrefWidth(CELL_WIDTH - 8);
            header.setMaxWidth(CELL_WIDTH - 8);
            // three lines: the header does not grow with a wrapped graphic by itself
            header.setMinHeight(HEADER_HEIGHT);
            header.setPrefHeight(HEADER_HEIGHT);
            column.setGraphic(header);
            if (m.isOtherColumn(c)) {
                column.getStyleClass().add("other-column");
            }
            column.setUserData(col);
            column.setPrefWidth(CELL_WIDTH);
            column.setSortable(false);
            column.setReorderable(false);
            column.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue()));
            column.setCellFactory(cc -> new HeatCell(m, col, max));
            table.getColumns().add(column);
        }
        TableColumn<Integer, Integer> total = new TableColumn<>("Total");
        total.setUserData(-1);
        total.setPrefWidth(84);
        total.setSortable(false);
        total.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue()));
        total.setCellFactory(cc -> new HeatCell(m, -1, max));
        table.getColumns().add(total);
        for (int r = 0; r <= m.rows().size(); r++) {
            table.getItems().add(r);
        }
    }

    private void openAt(int rowItem, TableColumn<Integer, ?> column) {
        ClaimMatrix m = vm.matrixProperty().get();
        if (m == null || !(column.getUserData() instanceof Integer c)) {
            return;
        }
        int row = rowItem >= m.rows().size() ? -1 : rowItem;
        vm.openCell(row, c);
    }

    /** The row's value, in full in a tooltip. */
    private static final class RowLabelCell extends TableCell<Integer, Integer> {
        private final ClaimMatrix m;

        RowLabelCell(ClaimMatrix m) {
            this.m = m;
            getStyleClass().add("row-label");
        }

        @Override
        protected void updateItem(Integer r, boolean empty) {
            super.updateItem(r, empty);
            if (empty || r == null) {
                setText(null);
                setTooltip(null);
            } else if (r == m.rows().size()) {
                setText("Total");
                setTooltip(null);
            } else {
                setText(ClaimFacetValues.label(m.rowDimension(), m.rows().get(r)));
                setTooltip(new Tooltip(m.isOtherRow(r) ? m.otherRowValues().size() + " more values"
                        : m.rows().get(r)));
            }
        }
    }

    /** A count on a fill of the accent colour, more opaque the larger the count (log scale). */
    private final class HeatCell extends TableCell<Integer, Integer> {
        private final ClaimMatrix m;
        private final int column;
        private final double max;
        private final Region fill = new Region();
        private final Label text = new Label();
        private final Tooltip tip = new Tooltip();

        HeatCell(ClaimMatrix m, int column, double max) {
            this.m = m;
            this.column = column;
            this.max = max;
            getStyleClass().add(HEAT_CELL);
            fill.getStyleClass().add("heat-fill");
            text.getStyleClass().add("heat-text");
            StackPane stack = new StackPane(fill, text);
            stack.setMinHeight(24);
            setGraphic(stack);
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && !isEmpty() && getItem() != null) {
                    openAt(getItem(), getTableColumn());
                }
            });
        }

        @Override
        protected void updateItem(Integer r, boolean empty) {
            super.updateItem(r, empty);
            getStyleClass().remove("total");
            if (empty || r == null) {
                getGraphic().setVisible(false);
                setTooltip(null);
                return;
            }
            getGraphic().setVisible(true);
            boolean totalRow = r == m.rows().size();
            long count;
            if (totalRow) {
                count = column < 0 ? m.total() : m.columnTotal(column);
            } else {
                count = column < 0 ? m.rowTotal(r) : m.count(r, column);
            }
            boolean isTotal = totalRow || column < 0;
            if (isTotal) {
                getStyleClass().add("total");
            }
            double level = isTotal || max <= 0 ? 0 : Math.log1p(count) / Math.log1p(max);
            fill.setOpacity(count == 0 || isTotal ? 0 : 0.12 + 0.88 * level);
            text.setText(count == 0 ? "·" : String.format(Locale.ROOT, "%,d", count));
            text.getStyleClass().removeAll("strong", "zero");
            if (count == 0) {
                text.getStyleClass().add("zero");
            } else if (level > 0.6) {
                text.getStyleClass().add("strong");
            }
            String what = m.describe(totalRow ? -1 : r, column);
            tip.setText((what.isEmpty() ? "All" : what) + ": " + count + " claims — click to list them");
            setTooltip(tip);
        }
    }
}
