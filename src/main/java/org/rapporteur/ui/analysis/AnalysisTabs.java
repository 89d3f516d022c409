package org.rapporteur.ui.analysis;

import java.util.List;

import javafx.scene.Node;
import org.rapporteur.pipeline.ClaimAggregates;
import org.rapporteur.ui.main.WorkbenchContext;
import org.rapporteur.ui.main.WorkbenchTab;

/**
 * The analysis tabs the main window adds to its work area: Matrix, Charts, Network. Found by the main window through
 * reflection ({@code create(WorkbenchContext)}). Each tab follows the context's current request and data version,
 * computes only while showing, and lists claims through {@link WorkbenchContext#showClaims}.
 */
public final class AnalysisTabs {
    private AnalysisTabs() {
    }

    public static List<WorkbenchTab> create(WorkbenchContext context) {
        ClaimAggregates aggregates = new ClaimAggregates(context.workspace());
        return List.of(
                tab("Matrix", () -> new MatrixView(new MatrixViewModel(aggregates, context.background(),
                        context.currentRequest(), context.dataVersion(), context::showClaims)).node()),
                tab("Charts", () -> new ChartsView(new ChartsViewModel(aggregates, context.background(),
                        context.currentRequest(), context.dataVersion(), context::showClaims),
                        context.indexStateMessage()).node()),
                tab("Network", () -> new NetworkView(new NetworkViewModel(aggregates, context.background(),
                        context.currentRequest(), context.dataVersion(), context::showClaims, context::openClaim),
                        context.indexStateMessage()).node()));
    }

    private static WorkbenchTab tab(String title, java.util.function.Supplier<Node> build) {
        return new WorkbenchTab() {
            private Node view;

            @Override
            public String title() {
                return title;
            }

            @Override
            public Node view() {
                if (view == null) {
                    view = build.get();
                }
                return view;
            }
        };
    }
}
