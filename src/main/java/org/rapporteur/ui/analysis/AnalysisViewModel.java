package org.rapporteur.ui.analysis;

import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import org.rapporteur.model.FacetDimension;
import org.rapporteur.model.SearchRequest;
import org.rapporteur.pipeline.ClaimAggregates;
import org.rapporteur.pipeline.ClaimTable;
import org.rapporteur.progress.Cancellation;

/**
 * What the three analysis view models share: they follow the workbench's current request (and its data version), and
 * while {@link #activeProperty() active} (their tab is showing) collect the claims of that request into a
 * {@link ClaimTable} in the background, one job at a time, dropping stale results. A request that changes while the
 * tab is hidden is collected when it shows again. Subclasses derive their display data {@code D} from the table, also
 * in the background ({@link #deriver()}), and re-derive without reading the index when only their options change.
 * FX thread only.
 */
abstract class AnalysisViewModel<D> {
    protected final ClaimAggregates aggregates;
    protected final LatestJobRunner runner;
    private final ObservableValue<SearchRequest> request;
    private final BiConsumer<String, SearchRequest> showClaims;
    private final Set<FacetDimension> dimensions;
    private final BooleanProperty active = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<ClaimTable> table = new ReadOnlyObjectWrapper<>();
    private boolean stale = true;
    /** Whether the running job (if any) reads the index, rather than only deriving from the table at hand. */
    private boolean collecting;

    AnalysisViewModel(ClaimAggregates aggregates, Executor background, ObservableValue<SearchRequest> request,
                      ObservableValue<? extends Number> dataVersion, BiConsumer<String, SearchRequest> showClaims,
                      Set<FacetDimension> dimensions) {
        this.aggregates = aggregates;
        this.runner = new LatestJobRunner(background);
        this.request = request;
        this.showClaims = showClaims;
        this.dimensions = Set.copyOf(dimensions);
        request.addListener((o, was, now) -> invalidate());
        if (dataVersion != null) {
            dataVersion.addListener((o, was, now) -> invalidate());
        }
        active.addListener((o, was, now) -> {
            if (now && stale) {
                refresh();
            }
        });
    }

    /** Whether the view is showing; the view binds it. Collecting happens only while active. */
    public BooleanProperty activeProperty() {
        return active;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return runner.runningProperty();
    }

    /** Progress of the running job, 0..1, or -1 when its size is unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return runner.progressProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return runner.messageProperty();
    }

    /** A readable message for the last failure (e.g. a query that does not parse), null when all went well. */
    public ReadOnlyStringProperty errorProperty() {
        return runner.errorProperty();
    }

    /** The claims of the current request, once collected. */
    public ReadOnlyObjectProperty<ClaimTable> tableProperty() {
        return table.getReadOnlyProperty();
    }

    /** Collects the current request's claims again (now, if active). */
    public void refresh() {
        if (!active.get()) {
            stale = true;
            return;
        }
        stale = false;
        SearchRequest r = request.getValue();
        if (r == null) {
            return;
        }
        BiFunction<ClaimTable, Cancellation, D> deriver = deriver();
        collecting = true;
        runner.run("Counting claims", job -> {
            ClaimTable t = aggregates.collect(r, dimensions, job.progress(), job.cancel());
            return new Result<>(t, deriver.apply(t, job.cancel()));
        }, result -> {
            collecting = false;
            table.set(result.table());
            derived(result.derived());
        });
    }

    /**
     * Derives the display data again from the table at hand (after an option changed), in the background; collects
     * first when there is no table yet, it is stale, or a collection is under way; a hidden view does it when shown.
     */
    protected void rederive() {
        if (!active.get()) {
            stale = true;
            return;
        }
        ClaimTable t = table.get();
        if (t == null || stale || collecting && runner.runningProperty().get()) {
            refresh();
            return;
        }
        BiFunction<ClaimTable, Cancellation, D> deriver = deriver();
        collecting = false;
        runner.run("Counting claims", job -> deriver.apply(t, job.cancel()), this::derived);
    }

    /**
     * Called on the FX thread when a job starts: returns the function that derives the display data, capturing the
     * current options, to be run in the background.
     */
    protected abstract BiFunction<ClaimTable, Cancellation, D> deriver();

    /** Called on the FX thread with freshly derived display data. */
    protected abstract void derived(D data);

    private record Result<D>(ClaimTable table, D derived) {
    }

    /** Cancels the running computation; the view keeps what it showed. */
    public void cancel() {
        runner.cancel();
        stale = true;
    }

    /** Lists the claims of {@code r} in the Results tab. */
    protected void show(String title, SearchRequest r) {
        showClaims.accept(title, r);
    }

    private void invalidate() {
        stale = true;
        if (active.get()) {
            refresh();
        }
    }
}
