package org.rapporteur.ui.analysis;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import org.rapporteur.model.FacetDimension;
import org.rapporteur.model.SearchRequest;
import org.rapporteur.pipeline.ClaimAggregates;
import org.rapporteur.pipeline.ClaimMatrix;
import org.rapporteur.pipeline.ClaimTable;
import org.rapporteur.pipeline.ClaimTable.ValueCount;
import org.rapporteur.progress.Cancellation;

/**
 * The charts tab: themes per report, countries mentioned per speaker (both stacked: the top reports or speakers, each
 * split by the top themes or countries plus "Other"), and claims per year, all for the current request and computed
 * from one pass over its claims. Clicking a bar segment lists its claims.
 */
public final class ChartsViewModel extends AnalysisViewModel<ChartsViewModel.ChartData> {
    static final int MAX_BARS = 12;
    /** Seven values and "Other": the eighth chart colour of the theme is grey, which suits "Other". */
    static final int MAX_SERIES = 7;
    private static final Set<FacetDimension> DIMENSIONS = EnumSet.of(FacetDimension.REPORT, FacetDimension.THEME,
            FacetDimension.SPEAKER, FacetDimension.COUNTRY, FacetDimension.YEAR);

    /** What the three charts show. {@code claimsPerYear} is in chronological order. */
    public record ChartData(ClaimMatrix themesPerReport, ClaimMatrix countriesPerSpeaker,
                            List<ValueCount> claimsPerYear, int claims) {
    }

    private final ReadOnlyObjectWrapper<ChartData> data = new ReadOnlyObjectWrapper<>();

    public ChartsViewModel(ClaimAggregates aggregates, Executor background, ObservableValue<SearchRequest> request,
                           ObservableValue<? extends Number> dataVersion,
                           BiConsumer<String, SearchRequest> showClaims) {
        super(aggregates, background, request, dataVersion, showClaims, DIMENSIONS);
    }

    public ReadOnlyObjectProperty<ChartData> dataProperty() {
        return data.getReadOnlyProperty();
    }

    /** Lists the claims behind a segment of a stacked bar ({@code column} -1 for the whole bar). */
    public void openSegment(ClaimMatrix m, int row, int column) {
        m.drillDown(row, column).ifPresent(r -> show("Chart: " + m.describe(row, column), r));
    }

    /** Lists the claims of one year. */
    public void openYear(String year) {
        SearchRequest base = tableProperty().get() == null ? null : tableProperty().get().request();
        if (base == null) {
            return;
        }
        Map<FacetDimension, Set<String>> filters = new java.util.HashMap<>(base.filters());
        filters.put(FacetDimension.YEAR, Set.of(year));
        show("Chart: Year " + year, base.withFilters(filters));
    }

    @Override
    protected BiFunction<ClaimTable, Cancellation, ChartData> deriver() {
        return ChartsViewModel::chartData;
    }

    @Override
    protected void derived(ChartData d) {
        data.set(d);
    }

    /** Years in order with the missing ones between them as zeros, so the time axis does not skip a gap. */
    static List<ValueCount> continuous(List<ValueCount> years) {
        if (years.size() < 2) {
            return years;
        }
        int first = Integer.parseInt(years.getFirst().value());
        int last = Integer.parseInt(years.getLast().value());
        if (last - first > 300) {
            return years;
        }
        Map<String, Long> byYear = new java.util.HashMap<>();
        years.forEach(v -> byYear.put(v.value(), v.count()));
        List<ValueCount> out = new java.util.ArrayList<>();
        for (int y = first; y <= last; y++) {
            out.add(new ValueCount(Integer.toString(y), byYear.getOrDefault(Integer.toString(y), 0L)));
        }
        return out;
    }

    static ChartData chartData(ClaimTable t, Cancellation cancel) {
        List<ValueCount> years = continuous(t.counts(FacetDimension.YEAR).stream()
                .sorted(Comparator.comparingInt(v -> Integer.parseInt(v.value()))).toList());
        return new ChartData(
                t.matrix(FacetDimension.REPORT, FacetDimension.THEME, MAX_BARS, MAX_SERIES, cancel),
                t.matrix(FacetDimension.SPEAKER, FacetDimension.COUNTRY, MAX_BARS, MAX_SERIES, cancel),
                years, t.size());
    }
}
