package org.rapporteur.pipeline;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.rapporteur.model.FacetDimension;
import org.rapporteur.model.SearchRequest;

/**
 * Counts of claims by two dimensions for one {@link SearchRequest}: {@code cells[r][c]} claims have row value
 * {@code rows.get(r)} and column value {@code columns.get(c)}. When a dimension had more values than were kept, its
 * last label is {@link #OTHER}, standing for all of {@code otherRows} (or {@code otherColumns}). Totals count distinct
 * claims. Immutable; the arrays are copied in and never handed out.
 */
public final class ClaimMatrix {
    /** The label of the bucket holding every value beyond the top N. */
    public static final String OTHER = "Other";
    /** Above this many values an "Other" bucket is too wide to list its claims with a facet filter. */
    public static final int MAX_DRILL_DOWN_VALUES = 500;

    private final SearchRequest request;
    private final FacetDimension rowDimension;
    private final FacetDimension columnDimension;
    private final List<String> rows;
    private final List<String> columns;
    private final boolean otherRow;
    private final boolean otherColumn;
    private final List<String> otherRows;
    private final List<String> otherColumns;
    private final long[][] cells;
    private final long[] rowTotals;
    private final long[] columnTotals;
    private final long total;

    ClaimMatrix(SearchRequest request, FacetDimension rowDimension, FacetDimension columnDimension, List<String> rows,
                List<String> columns, boolean otherRow, boolean otherColumn, List<String> otherRows,
                List<String> otherColumns, long[][] cells, long[] rowTotals, long[] columnTotals, long total) {
        this.request = request;
        this.rowDimension = rowDimension;
        this.columnDimension = columnDimension;
        this.rows = List.copyOf(rows);
        this.columns = List.copyOf(columns);
        this.otherRow = otherRow;
        this.otherColumn = otherColumn;
        this.otherRows = List.copyOf(otherRows);
        this.otherColumns = List.copyOf(otherColumns);
        this.cells = new long[cells.length][];
        for (int r = 0; r < cells.length; r++) {
            this.cells[r] = cells[r].clone();
        }
        this.rowTotals = rowTotals.clone();
        this.columnTotals = columnTotals.clone();
        this.total = total;
    }

    public SearchRequest request() {
        return request;
    }

    public FacetDimension rowDimension() {
        return rowDimension;
    }

    public FacetDimension columnDimension() {
        return columnDimension;
    }

    /** Row labels: values of the row dimension, the last one {@link #OTHER} when {@link #hasOtherRow()}. */
    public List<String> rows() {
        return rows;
    }

    public List<String> columns() {
        return columns;
    }

    public boolean hasOtherRow() {
        return otherRow;
    }

    public boolean hasOtherColumn() {
        return otherColumn;
    }

    public boolean isOtherRow(int r) {
        return otherRow && r == rows.size() - 1;
    }

    public boolean isOtherColumn(int c) {
        return otherColumn && c == columns.size() - 1;
    }

    /** The values folded into the "Other" row, most frequent first. */
    public List<String> otherRowValues() {
        return otherRows;
    }

    public long count(int row, int column) {
        return cells[row][column];
    }

    public long rowTotal(int row) {
        return rowTotals[row];
    }

    public long columnTotal(int column) {
        return columnTotals[column];
    }

    /** Claims having a value in both dimensions. */
    public long total() {
        return total;
    }

    /** The largest cell count (0 for an empty matrix): the top of the colour scale. */
    public long maxCount() {
        long max = 0;
        for (long[] row : cells) {
            for (long v : row) {
                max = Math.max(max, v);
            }
        }
        return max;
    }

    public boolean isEmpty() {
        return total == 0;
    }

    /**
     * The request listing the claims behind a cell: the matrix's request with the row value and the column value as
     * facet filters (replacing any earlier filter on those two dimensions; the cell's value was among them). Pass
     * {@code -1} as {@code column} (or {@code row}) for a row (or column) total. Empty for an "Other" bucket of more
     * than {@link #MAX_DRILL_DOWN_VALUES} values.
     */
    public Optional<SearchRequest> drillDown(int row, int column) {
        Map<FacetDimension, Set<String>> filters = new HashMap<>(request.filters());
        if (row >= 0) {
            Optional<Set<String>> values = values(rows, row, isOtherRow(row), otherRows);
            if (values.isEmpty()) {
                return Optional.empty();
            }
            filters.put(rowDimension, values.get());
        }
        if (column >= 0) {
            Optional<Set<String>> values = values(columns, column, isOtherColumn(column), otherColumns);
            if (values.isEmpty()) {
                return Optional.empty();
            }
            filters.put(columnDimension, values.get());
        }
        return Optional.of(request.withFilters(filters));
    }

    /** A short title for a cell's claims, e.g. {@code Speaker: Jane Doe × Theme: Trade}. */
    public String describe(int row, int column) {
        StringBuilder sb = new StringBuilder();
        if (row >= 0) {
            sb.append(rowDimension.label()).append(": ").append(ClaimFacetValues.label(rowDimension, rows.get(row)));
        }
        if (column >= 0) {
            if (!sb.isEmpty()) {
                sb.append(" × ");
            }
            sb.append(columnDimension.label()).append(": ")
                    .append(ClaimFacetValues.label(columnDimension, columns.get(column)));
        }
        return sb.toString();
    }

    private static Optional<Set<String>> values(List<String> labels, int i, boolean other, List<String> others) {
        if (!other) {
            return Optional.of(Set.of(labels.get(i)));
        }
        if (others.size() > MAX_DRILL_DOWN_VALUES) {
            return Optional.empty();
        }
        return Optional.of(new LinkedHashSet<>(others));
    }
}
