package org.rapporteur.ui.reader;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.rapporteur.model.ClaimHit;
import org.rapporteur.model.ClaimRecord;
import org.rapporteur.model.FacetDimension;
import org.rapporteur.model.Highlight;
import org.rapporteur.model.Report;
import org.rapporteur.model.ReportSummary;
import org.rapporteur.model.SearchRequest;
import org.rapporteur.model.SearchResult;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.ui.common.UserMessages;
import org.rapporteur.ui.tasks.BackgroundTasks;

/**
 * The reader: opens a report (read and analysed again off the FX thread), lays it out as rows, highlights the hits of
 * the current query in it, and keeps the selected claim and the row to scroll to. Selecting a claim is handed to
 * {@code onClaimSelected} with its indexed record. Use on the FX thread.
 */
public final class ReaderViewModel {
    /** What is open: the summary, the laid-out rows, and the query whose hits are marked. */
    private record Opened(ReportSummary summary, Report report, String query) {
    }

    private final Workspace workspace;
    private final BackgroundTasks tasks;
    private final Consumer<ClaimRecord> onClaimSelected;
    private final ObservableList<ReaderBlock> blocks = FXCollections.observableArrayList();
    private final ObjectProperty<ReportSummary> report = new SimpleObjectProperty<>();
    private final StringProperty selectedClaimId = new SimpleStringProperty();
    private final IntegerProperty scrollTarget = new SimpleIntegerProperty(-1);
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("Pick a report in the library, or a result.");
    private final javafx.collections.ObservableMap<String, List<String>> codings =
            FXCollections.observableHashMap();
    private Opened opened;
    private long generation;

    public ReaderViewModel(Workspace workspace, BackgroundTasks tasks, Consumer<ClaimRecord> onClaimSelected) {
        this.workspace = workspace;
        this.tasks = tasks;
        this.onClaimSelected = onClaimSelected;
    }

    /** Opens report {@code reportId} with the hits of {@code query} marked, then scrolls to {@code claimId} (may be null). */
    public void open(String reportId, String query, String claimId) {
        String q = query == null ? "" : query.strip();
        if (opened != null && opened.summary().id().equals(reportId) && opened.query().equals(q)) {
            select(claimId);
            return;
        }
        long mine = ++generation;
        loading.set(true);
        message.set("Opening the report…");
        tasks.run("Opening the report", () -> {
            ReportSummary summary = workspace.report(reportId).orElse(null);
            Report r = summary == null ? null : workspace.openReport(reportId).orElse(null);
            if (r == null) {
                return new Laid(summary, null, List.of());
            }
            return new Laid(summary, r, ReaderLayout.layout(r, hits(summary, r, q)));
        }, laid -> {
            if (mine != generation) {
                return;
            }
            loading.set(false);
            report.set(laid.summary());
            if (laid.report() == null) {
                opened = null;
                blocks.clear();
                message.set("The file of this report is gone or has changed since indexing. Re-index to read it.");
                return;
            }
            opened = new Opened(laid.summary(), laid.report(), q);
            refreshCodings();
            message.set(laid.blocks().isEmpty() ? "This report has no text." : null);
            blocks.setAll(laid.blocks());
            select(claimId);
        }, error -> {
            if (mine == generation) {
                loading.set(false);
                message.set(UserMessages.describe("Opening the report", error));
            }
        });
    }

    /** Rows and the report they came from, handed from the worker to the FX thread. */
    private record Laid(ReportSummary summary, Report report, List<ReaderBlock> blocks) {
    }

    private Map<String, List<Highlight>> hits(ReportSummary summary, Report r, String query) {
        if (query.isEmpty() || summary.title() == null) {
            return Map.of();
        }
        try {
            SearchRequest req = new SearchRequest(query, Map.of(FacetDimension.REPORT, Set.of(summary.title())), null,
                    Math.max(1, r.claims().size()), 0, 1);
            SearchResult res = workspace.search(req);
            Map<String, List<Highlight>> out = new HashMap<>();
            for (ClaimHit h : res.hits()) {
                if (h.record().claim().reportId().equals(summary.id())) {
                    out.put(h.record().claim().id(), h.highlights());
                }
            }
            return out;
        } catch (RuntimeException e) {
            return Map.of(); // a query that does not parse marks nothing; the search bar already says why
        }
    }

    /** Selects a claim of the open report and asks the view to scroll to its row. */
    public void select(String claimId) {
        selectedClaimId.set(claimId);
        if (claimId == null) {
            return;
        }
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).containsClaim(claimId)) {
                scrollTarget.set(-1);
                scrollTarget.set(i);
                return;
            }
        }
    }

    /** The user clicked a claim in the text: select it and look up its record for the inspector. */
    public void clickClaim(String claimId) {
        selectedClaimId.set(claimId);
        tasks.run("Loading the claim", () -> workspace.claim(claimId).orElse(null), rec -> {
            if (rec != null && claimId.equals(selectedClaimId.get())) {
                onClaimSelected.accept(rec);
            }
        }, error -> message.set(UserMessages.describe("Loading the claim", error)));
    }

    public ObservableList<ReaderBlock> blocks() {
        return blocks;
    }

    public ReadOnlyObjectProperty<ReportSummary> reportProperty() {
        return report;
    }

    public ReadOnlyStringProperty selectedClaimIdProperty() {
        return selectedClaimId;
    }

    /** Index of the row to bring into view; set again (via -1) on every jump. */
    public ReadOnlyIntegerProperty scrollTargetProperty() {
        return scrollTarget;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    /** Re-reads which claims of the open report are coded with which tags (after an annotation change). */
    public void refreshCodings() {
        Opened o = opened;
        if (o == null) {
            codings.clear();
            return;
        }
        String reportId = o.summary().id();
        tasks.run("Loading the report's codings", () -> {
            Map<String, List<String>> byClaim = new HashMap<>();
            for (org.rapporteur.annotations.Coding c : workspace.annotations().codingsByReport(reportId)) {
                String claimId = c.anchor().claimId();
                if (claimId != null) {
                    byClaim.computeIfAbsent(claimId, k -> new java.util.ArrayList<>()).add(c.tagPath());
                }
            }
            return byClaim;
        }, byClaim -> {
            if (opened != null && opened.summary().id().equals(reportId)) {
                codings.clear();
                codings.putAll(byClaim);
            }
        }, error -> { });
    }

    /** Tag paths by claim id for the open report: the reader marks coded claims. */
    public javafx.collections.ObservableMap<String, List<String>> codings() {
        return codings;
    }

    /** Reads the open report again (after a correction changed its speakers or claims), keeping the selection. */
    public void reload() {
        Opened o = opened;
        if (o != null) {
            opened = null;
            open(o.summary().id(), o.query(), selectedClaimId.get());
        }
    }

    /** Forgets the laid-out report, so the next open reads it again (after re-indexing). */
    public void invalidate() {
        opened = null;
    }

    public static String title(ReportSummary s) {
        return s.title() != null && !s.title().isBlank() ? s.title() : s.source();
    }
}
