package org.rapporteur.ui.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.rapporteur.model.ClaimRecord;
import org.rapporteur.model.SearchRequest;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.progress.NamedThreadFactory;
import org.rapporteur.ui.main.WorkbenchContext;

/** A workbench context without the main window: records the claims the analysis views ask to show. */
final class FakeWorkbenchContext implements WorkbenchContext {
    /** One {@code showClaims} call. */
    record Shown(String title, SearchRequest request) {
    }

    final Workspace workspace;
    final ExecutorService background = Executors.newFixedThreadPool(2, new NamedThreadFactory("analysis-test"));
    final SimpleObjectProperty<SearchRequest> request = new SimpleObjectProperty<>(SearchRequest.of("", 50));
    final SimpleLongProperty version = new SimpleLongProperty();
    final List<Shown> shown = new ArrayList<>();
    final List<ClaimRecord> opened = new ArrayList<>();

    FakeWorkbenchContext(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public Workspace workspace() {
        return workspace;
    }

    @Override
    public ExecutorService background() {
        return background;
    }

    @Override
    public ReadOnlyObjectProperty<SearchRequest> currentRequest() {
        return request;
    }

    @Override
    public ReadOnlyLongProperty dataVersion() {
        return version;
    }

    @Override
    public void showClaims(String title, SearchRequest r) {
        shown.add(new Shown(title, r));
    }

    @Override
    public void openClaim(ClaimRecord claim) {
        opened.add(claim);
    }
}
