package org.rapporteur.ui.analysis;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import org.rapporteur.model.FacetDimension;
import org.rapporteur.model.SearchRequest;
import org.rapporteur.pipeline.ClaimAggregates;
import org.rapporteur.pipeline.ClaimMatrix;
import org.rapporteur.pipeline.ClaimTable;
import org.rapporteur.pipeline.MatrixCsvWriter;
import org.rapporteur.progress.Cancellation;

/**
 * The matrix tab: rows × columns of two dimensions (speaker × theme by default), the top N of each with an "Other"
 * bucket, recomputed in the background when the current request, the dimensions or N change; a cell lists its claims
 * in Results; the matrix exports as CSV. One pass over the request's claims serves every choice of dimensions.
 */
public final class MatrixViewModel extends AnalysisViewModel<ClaimMatrix> {
    /** The dimensions offered for rows and columns, in menu order. */
    public static final List<FacetDimension> DIMENSIONS = List.of(FacetDimension.SPEAKER,
            FacetDimension.SPEAKER_COUNTRY, FacetDimension.COUNTRY, FacetDimension.REGION, FacetDimension.THEME,
            FacetDimension.TAG, FacetDimension.REPORT, FacetDimension.ORGANISATION, FacetDimension.PUBLISHER,
            FacetDimension.YEAR);

    private final ObjectProperty<FacetDimension> rows = new SimpleObjectProperty<>(FacetDimension.SPEAKER);
    private final ObjectProperty<FacetDimension> columns = new SimpleObjectProperty<>(FacetDimension.THEME);
    private final IntegerProperty maxRows = new SimpleIntegerProperty(25);
    private final IntegerProperty maxColumns = new SimpleIntegerProperty(10);
    private final ReadOnlyObjectWrapper<ClaimMatrix> matrix = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final LatestJobRunner export;

    public MatrixViewModel(ClaimAggregates aggregates, Executor background, ObservableValue<SearchRequest> request,
                           ObservableValue<? extends Number> dataVersion,
                           BiConsumer<String, SearchRequest> showClaims) {
        super(aggregates, background, request, dataVersion, showClaims, ClaimAggregates.MATRIX_DIMENSIONS);
        this.export = new LatestJobRunner(background);
        rows.addListener((o, was, now) -> {
            if (now == columns.get()) {
                columns.set(was);
            }
            rebuild();
        });
        columns.addListener((o, was, now) -> {
            if (now == rows.get()) {
                rows.set(was);
            }
            rebuild();
        });
        maxRows.addListener((o, was, now) -> rebuild());
        maxColumns.addListener((o, was, now) -> rebuild());
        export.errorProperty().addListener((o, was, now) -> {
            if (now != null) {
                notice.set(now);
            }
        });
    }

    public ObjectProperty<FacetDimension> rowsProperty() {
        return rows;
    }

    public ObjectProperty<FacetDimension> columnsProperty() {
        return columns;
    }

    public IntegerProperty maxRowsProperty() {
        return maxRows;
    }

    public IntegerProperty maxColumnsProperty() {
        return maxColumns;
    }

    /** The matrix on display; null before the first computation. */
    public ReadOnlyObjectProperty<ClaimMatrix> matrixProperty() {
        return matrix.getReadOnlyProperty();
    }

    /** A one-line status for the view: what the matrix holds, or why a click did nothing, or an export result. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Whether an export is being written. */
    public javafx.beans.property.ReadOnlyBooleanProperty exportingProperty() {
        return export.runningProperty();
    }

    /** Swaps rows and columns. */
    public void swap() {
        FacetDimension r = rows.get();
        FacetDimension c = columns.get();
        // set both before the listeners see a clash
        rows.set(c);
        columns.set(r);
    }

    /**
     * Lists the claims behind a cell in Results ({@code -1} for a whole row or column). Returns false, with a notice,
     * when the cell is an "Other" bucket too wide to list.
     */
    public boolean openCell(int row, int column) {
        ClaimMatrix m = matrix.get();
        if (m == null) {
            return false;
        }
        Optional<SearchRequest> drill = m.drillDown(row, column);
        if (drill.isEmpty()) {
            notice.set("\"" + ClaimMatrix.OTHER + "\" stands for more than " + ClaimMatrix.MAX_DRILL_DOWN_VALUES
                    + " values: raise the number of rows or columns, or filter first.");
            return false;
        }
        show("Matrix: " + m.describe(row, column), drill.get());
        return true;
    }

    /** Writes the matrix on display to {@code file} as CSV, in the background; the notice reports the outcome. */
    public void exportCsv(Path file) {
        ClaimMatrix m = matrix.get();
        if (m == null) {
            return;
        }
        export.run("Exporting the matrix", job -> {
            new MatrixCsvWriter().write(m, file);
            return file;
        }, f -> notice.set("Matrix saved to " + f));
    }

    @Override
    protected BiFunction<ClaimTable, Cancellation, ClaimMatrix> deriver() {
        FacetDimension r = rows.get();
        FacetDimension c = columns.get();
        int nr = maxRows.get();
        int nc = maxColumns.get();
        return (t, cancel) -> t.matrix(r, c, nr, nc, cancel);
    }

    @Override
    protected void derived(ClaimMatrix m) {
        matrix.set(m);
        notice.set(summary(m, tableProperty().get()));
    }

    private void rebuild() {
        if (rows.get() != columns.get()) {
            rederive();
        }
    }

    private static String summary(ClaimMatrix m, ClaimTable t) {
        if (m.isEmpty()) {
            return String.format(Locale.ROOT, "None of the %,d claims has both a %s and a %s.", t.size(),
                    m.rowDimension().label().toLowerCase(Locale.ROOT),
                    m.columnDimension().label().toLowerCase(Locale.ROOT));
        }
        return String.format(Locale.ROOT, "%,d of %,d claims have both; click a cell to list its claims.", m.total(),
                t.size());
    }
}
