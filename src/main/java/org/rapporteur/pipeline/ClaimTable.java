package org.rapporteur.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.rapporteur.model.ClaimRecord;
import org.rapporteur.model.FacetDimension;
import org.rapporteur.model.SearchRequest;
import org.rapporteur.progress.Cancellation;

/**
 * The facet values of every claim matching one {@link SearchRequest}, kept compactly (value ordinals per claim and
 * dimension, a few ints per claim), so that matrices, series and co-occurrence graphs over any of the collected
 * dimensions are computed in memory without reading the index again. Built by {@link ClaimAggregates#collect}.
 * Immutable once built and thread-safe; about {@code 8 * claims * dimensions} bytes.
 */
public final class ClaimTable {
    private final SearchRequest request;
    private final Map<FacetDimension, Column> columns;
    private final int size;

    private ClaimTable(SearchRequest request, Map<FacetDimension, Column> columns, int size) {
        this.request = request;
        this.columns = columns;
        this.size = size;
    }

    /** The request whose claims this table holds. */
    public SearchRequest request() {
        return request;
    }

    /** Number of claims collected. */
    public int size() {
        return size;
    }

    public Set<FacetDimension> dimensions() {
        return Collections.unmodifiableSet(columns.keySet());
    }

    /** Number of claims having each value of {@code dimension}, most frequent first (ties by value). */
    public List<ValueCount> counts(FacetDimension dimension) {
        Column c = column(dimension);
        long[] n = new long[c.values.size()];
        for (int i = 0; i < size; i++) {
            for (int k = c.offsets[i]; k < c.offsets[i + 1]; k++) {
                n[c.data[k]]++;
            }
        }
        List<ValueCount> out = new ArrayList<>();
        for (int o = 0; o < n.length; o++) {
            if (n[o] > 0) {
                out.add(new ValueCount(c.values.get(o), n[o]));
            }
        }
        out.sort(ValueCount.BY_COUNT);
        return out;
    }

    /** Number of claims having at least one value of {@code dimension}. */
    public long claimsWith(FacetDimension dimension) {
        Column c = column(dimension);
        long n = 0;
        for (int i = 0; i < size; i++) {
            if (c.offsets[i + 1] > c.offsets[i]) {
                n++;
            }
        }
        return n;
    }

    /**
     * Counts of claims by two dimensions. Only claims having a value in both dimensions count. The rows are the
     * {@code maxRows} values with the most such claims (years in chronological order), the remaining values are
     * folded into one {@link ClaimMatrix#OTHER} row; likewise the columns. A cell, a total and the grand total count
     * distinct claims, so with a multi-valued dimension a row's cells may sum to more than its total.
     */
    public ClaimMatrix matrix(FacetDimension rowDim, FacetDimension colDim, int maxRows, int maxCols,
                              Cancellation cancel) {
        if (rowDim == colDim) {
            throw new IllegalArgumentException("rows and columns must be different dimensions: " + rowDim);
        }
        Column rc = column(rowDim);
        Column cc = column(colDim);
        long[] rowAll = new long[rc.values.size()];
        long[] colAll = new long[cc.values.size()];
        for (int i = 0; i < size; i++) {
            if (rc.offsets[i + 1] == rc.offsets[i] || cc.offsets[i + 1] == cc.offsets[i]) {
                continue;
            }
            for (int k = rc.offsets[i]; k < rc.offsets[i + 1]; k++) {
                rowAll[rc.data[k]]++;
            }
            for (int k = cc.offsets[i]; k < cc.offsets[i + 1]; k++) {
                colAll[cc.data[k]]++;
            }
        }
        Axis rows = Axis.top(rowDim, rc.values, rowAll, Math.max(1, maxRows));
        Axis cols = Axis.top(colDim, cc.values, colAll, Math.max(1, maxCols));
        int nr = rows.labels.size();
        int nc = cols.labels.size();
        long[][] cells = new long[nr][nc];
        long[] rowTotals = new long[nr];
        long[] colTotals = new long[nc];
        long total = 0;
        int[] rowSeen = new int[nr];
        int[] colSeen = new int[nc];
        int[] rowsOfClaim = new int[nr];
        int[] colsOfClaim = new int[nc];
        Arrays.fill(rowSeen, -1);
        Arrays.fill(colSeen, -1);
        for (int i = 0; i < size; i++) {
            if ((i & 0xFFFF) == 0) {
                cancel.check();
            }
            if (rc.offsets[i + 1] == rc.offsets[i] || cc.offsets[i + 1] == cc.offsets[i]) {
                continue;
            }
            int nRows = 0;
            for (int k = rc.offsets[i]; k < rc.offsets[i + 1]; k++) {
                int r = rows.slotOf[rc.data[k]];
                if (rowSeen[r] != i) {
                    rowSeen[r] = i;
                    rowsOfClaim[nRows++] = r;
                }
            }
            int nCols = 0;
            for (int k = cc.offsets[i]; k < cc.offsets[i + 1]; k++) {
                int c = cols.slotOf[cc.data[k]];
                if (colSeen[c] != i) {
                    colSeen[c] = i;
                    colsOfClaim[nCols++] = c;
                }
            }
            total++;
            for (int a = 0; a < nRows; a++) {
                rowTotals[rowsOfClaim[a]]++;
                for (int b = 0; b < nCols; b++) {
                    cells[rowsOfClaim[a]][colsOfClaim[b]]++;
                }
            }
            for (int b = 0; b < nCols; b++) {
                colTotals[colsOfClaim[b]]++;
            }
        }
        return new ClaimMatrix(request, rowDim, colDim, rows.labels, cols.labels, rows.hasOther, cols.hasOther,
                rows.otherValues, cols.otherValues, cells, rowTotals, colTotals, total);
    }

    /**
     * The co-occurrence graph of the given dimensions: per dimension the {@code maxNodesPerDimension} most frequent
     * values as nodes (weighted by their number of claims), and an edge between two values of different dimensions
     * weighted by the number of claims having both. Edges lighter than {@code minWeight} are left out.
     */
    public CooccurrenceGraph cooccurrence(List<FacetDimension> dims, int maxNodesPerDimension, long minWeight,
                                          Cancellation cancel) {
        List<CooccurrenceGraph.Node> nodes = new ArrayList<>();
        Map<FacetDimension, int[]> nodeOf = new EnumMap<>(FacetDimension.class);
        for (FacetDimension d : dims) {
            Column c = column(d);
            int[] map = new int[c.values.size()];
            Arrays.fill(map, -1);
            long[] n = new long[c.values.size()];
            for (int i = 0; i < size; i++) {
                for (int k = c.offsets[i]; k < c.offsets[i + 1]; k++) {
                    n[c.data[k]]++;
                }
            }
            for (int o : topOrdinals(c.values, n, maxNodesPerDimension)) {
                map[o] = nodes.size();
                nodes.add(new CooccurrenceGraph.Node(d, c.values.get(o), n[o]));
            }
            nodeOf.put(d, map);
        }
        Map<Long, long[]> weights = new HashMap<>();
        int[] present = new int[nodes.size()];
        int[] dimOfPresent = new int[nodes.size()];
        for (int i = 0; i < size; i++) {
            if ((i & 0xFFFF) == 0) {
                cancel.check();
            }
            int np = 0;
            for (int di = 0; di < dims.size(); di++) {
                Column c = columns.get(dims.get(di));
                int[] map = nodeOf.get(dims.get(di));
                for (int k = c.offsets[i]; k < c.offsets[i + 1]; k++) {
                    int node = map[c.data[k]];
                    if (node >= 0) {
                        present[np] = node;
                        dimOfPresent[np++] = di;
                    }
                }
            }
            for (int a = 0; a < np; a++) {
                for (int b = a + 1; b < np; b++) {
                    if (dimOfPresent[a] != dimOfPresent[b]) {
                        int x = Math.min(present[a], present[b]);
                        int y = Math.max(present[a], present[b]);
                        weights.computeIfAbsent(((long) x << 32) | y, key -> new long[1])[0]++;
                    }
                }
            }
        }
        List<CooccurrenceGraph.Edge> edges = new ArrayList<>();
        weights.forEach((key, w) -> {
            if (w[0] >= minWeight) {
                edges.add(new CooccurrenceGraph.Edge((int) (key >>> 32), (int) (key & 0xFFFFFFFFL), w[0]));
            }
        });
        edges.sort(Comparator.comparingLong(CooccurrenceGraph.Edge::weight).reversed()
                .thenComparingInt(CooccurrenceGraph.Edge::source).thenComparingInt(CooccurrenceGraph.Edge::target));
        return new CooccurrenceGraph(request, nodes, edges);
    }

    private Column column(FacetDimension d) {
        Column c = columns.get(d);
        if (c == null) {
            throw new IllegalArgumentException(d + " was not collected; collected: " + columns.keySet());
        }
        return c;
    }

    /** Ordinals of the {@code max} most frequent values with a non-zero count (ties by value). */
    private static List<Integer> topOrdinals(List<String> values, long[] counts, int max) {
        List<Integer> ords = new ArrayList<>();
        for (int o = 0; o < counts.length; o++) {
            if (counts[o] > 0) {
                ords.add(o);
            }
        }
        ords.sort((a, b) -> counts[a] != counts[b] ? Long.compare(counts[b], counts[a])
                : values.get(a).compareTo(values.get(b)));
        return ords.size() > max ? ords.subList(0, max) : ords;
    }

    /** Values kept on one axis of a matrix, and where every other ordinal goes. */
    private record Axis(List<String> labels, boolean hasOther, List<String> otherValues, int[] slotOf) {
        static Axis top(FacetDimension d, List<String> values, long[] counts, int max) {
            List<Integer> nonZero = topOrdinals(values, counts, Integer.MAX_VALUE);
            List<Integer> kept = new ArrayList<>(nonZero.subList(0, Math.min(max, nonZero.size())));
            if (d == FacetDimension.YEAR) {
                kept.sort(Comparator.comparing(o -> values.get(o), ClaimTable::compareNumeric));
            }
            boolean hasOther = nonZero.size() > kept.size();
            List<String> labels = new ArrayList<>();
            int[] slot = new int[values.size()];
            Arrays.fill(slot, kept.size());
            for (int i = 0; i < kept.size(); i++) {
                slot[kept.get(i)] = i;
                labels.add(values.get(kept.get(i)));
            }
            List<String> other = new ArrayList<>();
            for (int o : nonZero.subList(kept.size(), nonZero.size())) {
                other.add(values.get(o));
            }
            if (hasOther) {
                labels.add(ClaimMatrix.OTHER);
            }
            return new Axis(List.copyOf(labels), hasOther, List.copyOf(other), slot);
        }
    }

    private static int compareNumeric(String a, String b) {
        try {
            return Long.compare(Long.parseLong(a), Long.parseLong(b));
        } catch (NumberFormatException e) {
            return a.compareTo(b);
        }
    }

    /** One value and its number of claims. */
    public record ValueCount(String value, long count) {
        static final Comparator<ValueCount> BY_COUNT = Comparator.comparingLong(ValueCount::count).reversed()
                .thenComparing(ValueCount::value);
    }

    /** Collects claims into a table; not thread-safe (one builder per collecting thread). */
    static final class Builder {
        private final SearchRequest request;
        private final Map<FacetDimension, Column> columns = new LinkedHashMap<>();
        private int size;

        Builder(SearchRequest request, Set<FacetDimension> dims) {
            this.request = request;
            for (FacetDimension d : FacetDimension.values()) {
                if (dims.contains(d)) {
                    columns.put(d, new Column());
                }
            }
        }

        void add(ClaimRecord r) {
            for (Map.Entry<FacetDimension, Column> e : columns.entrySet()) {
                e.getValue().add(ClaimFacetValues.of(r, e.getKey()));
            }
            size++;
        }

        ClaimTable build() {
            Map<FacetDimension, Column> done = new EnumMap<>(FacetDimension.class);
            columns.forEach((d, c) -> done.put(d, c.trim()));
            return new ClaimTable(request, done, size);
        }
    }

    /** Per claim, the ordinals of its values of one dimension: {@code data[offsets[i] .. offsets[i + 1])}. */
    private static final class Column {
        private final List<String> values = new ArrayList<>();
        private final Map<String, Integer> ordinals = new HashMap<>();
        private int[] offsets = new int[1024];
        private int[] data = new int[1024];
        private int claims;
        private int used;

        void add(List<String> claimValues) {
            if (claims + 2 > offsets.length) {
                offsets = Arrays.copyOf(offsets, offsets.length * 2);
            }
            if (used + claimValues.size() > data.length) {
                data = Arrays.copyOf(data, Math.max(data.length * 2, used + claimValues.size()));
            }
            for (String v : claimValues) {
                Integer o = ordinals.get(v);
                if (o == null) {
                    o = values.size();
                    values.add(v);
                    ordinals.put(v, o);
                }
                data[used++] = o;
            }
            offsets[++claims] = used;
        }

        Column trim() {
            offsets = Arrays.copyOf(offsets, claims + 1);
            data = Arrays.copyOf(data, used);
            return this;
        }
    }
}
