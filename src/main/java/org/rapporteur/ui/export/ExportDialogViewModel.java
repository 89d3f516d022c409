package org.rapporteur.ui.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.rapporteur.annotations.Tag;
import org.rapporteur.export.ExportBundle;
import org.rapporteur.export.ExportFormat;
import org.rapporteur.export.ExportOptions;
import org.rapporteur.model.ClaimRecord;
import org.rapporteur.model.ReportSummary;
import org.rapporteur.model.SearchRequest;
import org.rapporteur.model.SortOrder;
import org.rapporteur.pipeline.ExportResult;
import org.rapporteur.pipeline.ExportSelection;
import org.rapporteur.pipeline.ExportService;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.progress.Cancellation;
import org.rapporteur.progress.ProgressListener;
import org.rapporteur.ui.common.ChooserFolders;
import org.rapporteur.ui.common.UserMessages;
import org.rapporteur.ui.reader.ReaderViewModel;
import org.rapporteur.ui.tasks.BackgroundTasks;

/**
 * The export dialog's state: what to export ({@link ExportScope} plus the chosen tag or report), the format and its
 * options, a preview recomputed in the background whenever a choice changes (an older preview finishing late is
 * dropped, and its gathering cancelled), and the export itself as a cancellable background task with progress.
 * Use on the FX thread; every service call runs on the {@link BackgroundTasks} executor.
 */
public final class ExportDialogViewModel {
    private final Workspace workspace;
    private final BackgroundTasks tasks;
    private final ExportSources sources;
    private final ExportService service;

    private final ObjectProperty<ExportScope> scope = new SimpleObjectProperty<>(ExportScope.SEARCH);
    private final StringProperty tag = new SimpleStringProperty();
    private final ObjectProperty<ReportSummary> report = new SimpleObjectProperty<>();
    private final ObjectProperty<ExportFormat> format = new SimpleObjectProperty<>(ExportFormat.CSV);
    private final BooleanProperty byteOrderMark = new SimpleBooleanProperty();
    private final ObjectProperty<ExportOptions.GroupBy> groupBy = new SimpleObjectProperty<>(ExportOptions.GroupBy.TAG);
    private final ObservableList<String> tags = FXCollections.observableArrayList();
    private final ObservableList<ReportSummary> reports = FXCollections.observableArrayList();

    private final StringProperty preview = new SimpleStringProperty("");
    private final StringProperty previewCounts = new SimpleStringProperty("");
    private final BooleanProperty previewLoading = new SimpleBooleanProperty();
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    private final ObjectProperty<ServiceTask<ExportResult>> exporting = new SimpleObjectProperty<>();
    private final ObjectProperty<ExportResult> lastResult = new SimpleObjectProperty<>();
    private final StringProperty outcome = new SimpleStringProperty("");
    private final BooleanProperty failed = new SimpleBooleanProperty();
    private final BooleanBinding canExport;

    /** The bundle of the last preview: a format or option change re-writes it without gathering again. */
    private final AtomicReference<Gathered> lastGathered = new AtomicReference<>();
    private long previewGeneration;
    private Cancellation previewCancel = new Cancellation();

    private final ChooserFolders folders;

    public ExportDialogViewModel(Workspace workspace, BackgroundTasks tasks, ExportSources sources) {
        this.workspace = workspace;
        this.tasks = tasks;
        this.sources = sources;
        this.service = new ExportService(workspace);
        this.folders = new ChooserFolders(workspace, tasks.executor());
        if (sources.openReport() != null) {
            report.set(sources.openReport());
        }
        canExport = Bindings.createBooleanBinding(() -> exporting.get() == null && loaded.get() && selection() != null,
                exporting, loaded, scope, tag, report);
        for (Observable o : List.<Observable>of(scope, tag, report, format, byteOrderMark, groupBy)) {
            o.addListener(x -> refreshPreview());
        }
    }

    /** Where the file chooser opens: the last export folder, else the documents folder. */
    public ChooserFolders folders() {
        return folders;
    }

    /** Reads the codebook and the report list in the background, then shows the first preview. */
    public void load() {
        tasks.run("Reading the codebook and reports", () -> new Choices(
                        workspace.annotations().tags().stream().map(Tag::path).toList(), workspace.corpus().reports()),
                c -> {
                    tags.setAll(c.tags());
                    reports.setAll(c.reports());
                    if (tag.get() == null && !tags.isEmpty()) {
                        tag.set(tags.getFirst());
                    }
                    if (report.get() == null && !reports.isEmpty()) {
                        report.set(reports.getFirst());
                    }
                    loaded.set(true);
                    refreshPreview();
                }, e -> {
                    loaded.set(true);
                    outcome.set(UserMessages.describe("Reading the codebook", e));
                    failed.set(true);
                });
    }

    private record Choices(List<String> tags, List<ReportSummary> reports) {
    }

    // ---- the choices as the pipeline's values ------------------------------------------------------------------

    /** The selection the current choices make, or null while one is missing (no tag, no report, nothing picked). */
    public ExportSelection selection() {
        return switch (scope.get()) {
            case SEARCH -> new ExportSelection.Search(searchRequest());
            case TAG -> tag.get() == null || tag.get().isBlank() ? null : new ExportSelection.Tag(tag.get());
            case REPORT -> report.get() == null ? null : new ExportSelection.Report(report.get().id());
            case CODED -> new ExportSelection.Coded();
            case CLAIMS -> sources.picked().isEmpty() ? null
                    : new ExportSelection.Claims(sources.picked().stream().map(c -> c.claim().id()).toList());
        };
    }

    private SearchRequest searchRequest() {
        return sources.search() != null ? sources.search()
                : new SearchRequest("", Map.of(), SortOrder.RELEVANCE, 200, 0, 0);
    }

    public ExportOptions options() {
        return new ExportOptions(byteOrderMark.get(), groupBy.get());
    }

    /** Whether a scope can be chosen at all: a tag needs a codebook, hand-picked claims a claim in the inspector. */
    public boolean available(ExportScope s) {
        return switch (s) {
            case SEARCH, CODED -> true;
            case TAG -> !tags.isEmpty();
            case REPORT -> !reports.isEmpty();
            case CLAIMS -> !sources.picked().isEmpty();
        };
    }

    /** A short line under a scope's choice saying what it covers here. */
    public String detail(ExportScope s) {
        return switch (s) {
            case SEARCH -> new ExportSelection.Search(searchRequest()).describe();
            case TAG -> tags.isEmpty() ? "the codebook has no tags yet" : "codings of the tag and of its sub-tags";
            case REPORT -> "every claim of the report, with all annotations in it";
            case CODED -> "every claim that carries a tag";
            case CLAIMS -> sources.picked().isEmpty() ? "select a claim in Results or the Reader first"
                    : quote(sources.picked().getFirst())
                    + (sources.picked().size() > 1 ? " and " + (sources.picked().size() - 1) + " more" : "");
        };
    }

    private static String quote(ClaimRecord c) {
        String t = c.claim().text().strip().replaceAll("\\s+", " ");
        return "“" + (t.length() <= 70 ? t : t.substring(0, 69) + "…") + "”";
    }

    /** Whether the current format has a byte-order-mark option (CSV) and a grouping (dossiers). */
    public boolean hasByteOrderMark() {
        return format.get() == ExportFormat.CSV;
    }

    public boolean hasGrouping() {
        return format.get() == ExportFormat.MARKDOWN || format.get() == ExportFormat.HTML;
    }

    /** A file name for the chooser: the selection in a few words and the format's extension. */
    public String suggestedFileName() {
        String words = switch (scope.get()) {
            case SEARCH -> searchRequest().query().isBlank() ? "results" : "search " + searchRequest().query();
            case TAG -> tag.get() == null ? "tag" : tag.get();
            case REPORT -> report.get() == null ? "report" : ReaderViewModel.title(report.get());
            case CODED -> "coded claims";
            case CLAIMS -> "chosen claims";
        };
        String slug = words.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 48) {
            slug = slug.substring(0, 48).replaceAll("-+$", "");
        }
        return "rapporteur-" + (slug.isEmpty() ? "export" : slug) + "." + format.get().extension();
    }

    /** {@code file} with the format's extension added when its name has no extension (some choosers drop it). */
    public static Path withExtension(Path file, ExportFormat format) {
        String name = file.getFileName().toString();
        return name.lastIndexOf('.') > 0 ? file
                : file.resolveSibling(name + "." + format.extension());
    }

    // ---- preview ------------------------------------------------------------------------------------------------

    /** Recomputes the preview for the current choices; a preview still running for older choices is dropped. */
    public void refreshPreview() {
        if (!loaded.get()) {
            return;
        }
        long generation = ++previewGeneration;
        previewCancel.cancel();
        Cancellation cancel = new Cancellation();
        previewCancel = cancel;
        ExportSelection sel = selection();
        if (sel == null) {
            previewLoading.set(false);
            preview.set(missingChoice());
            previewCounts.set("");
            return;
        }
        ExportFormat f = format.get();
        ExportOptions o = options();
        previewLoading.set(true);
        tasks.run("Preparing the export preview", () -> computePreview(sel, f, o, cancel), p -> {
            if (generation != previewGeneration || p == null) {
                return; // stale or cancelled: a newer preview is on its way
            }
            previewLoading.set(false);
            preview.set(p.text());
            previewCounts.set(p.counts());
        }, e -> {
            if (generation == previewGeneration) {
                previewLoading.set(false);
                preview.set(UserMessages.describe("The preview", e));
                previewCounts.set("");
            }
        });
    }

    private record Preview(String text, String counts) {
    }

    private record Gathered(ExportSelection selection, boolean texts, ExportBundle bundle) {
    }

    /** Runs on the background thread; null when cancelled by a newer choice. */
    private Preview computePreview(ExportSelection sel, ExportFormat f, ExportOptions o, Cancellation cancel) {
        try {
            boolean texts = f.needsReportText();
            Gathered g = lastGathered.get();
            ExportBundle bundle;
            if (g != null && g.selection().equals(sel) && (g.texts() || !texts)) {
                bundle = g.bundle();
            } else {
                bundle = service.gather(sel, texts, ProgressListener.NONE, cancel);
                lastGathered.set(new Gathered(sel, texts, bundle));
            }
            cancel.check();
            String text = ExportPreviews.binary(f) ? ExportPreviews.contents(bundle, f)
                    : ExportPreviews.text(service, bundle, f, o, ExportPreviews.PREVIEW_LINES);
            return new Preview(text, ExportPreviews.counts(bundle));
        } catch (CancellationException e) {
            return null;
        }
    }

    private String missingChoice() {
        return switch (scope.get()) {
            case TAG -> "Choose a tag to export.";
            case REPORT -> "Choose a report to export.";
            case CLAIMS -> "No claim is picked: select a claim in Results or the Reader, then open Export again.";
            default -> "";
        };
    }

    // ---- export -------------------------------------------------------------------------------------------------

    /**
     * Exports the current choices to {@code file} in the background; {@link #outcomeProperty()} then says what was
     * written, or why not. Refused (false) while an export runs or a choice is missing.
     */
    public boolean export(Path file) {
        ExportSelection sel = selection();
        if (sel == null || exporting.get() != null || file == null) {
            return false;
        }
        ExportFormat f = format.get();
        ExportOptions o = options();
        ServiceTask<ExportResult> task = new ServiceTask<>("Exporting " + sel.describe(),
                (progress, cancel) -> service.export(sel, f, o, file, progress, cancel));
        exporting.set(task);
        outcome.set("");
        failed.set(false);
        tasks.submit("Exporting", task, r -> {
            exporting.set(null);
            lastResult.set(r);
            outcome.set(ExportPreviews.result(r));
        }, e -> {
            exporting.set(null);
            failed.set(true);
            outcome.set(UserMessages.describe("The export", e));
        });
        return true;
    }

    /** Stops a running export; the target file is left as it was. */
    public void cancelExport() {
        ServiceTask<ExportResult> t = exporting.get();
        if (t != null) {
            t.cancel();
        }
    }

    /** Stops background work when the dialog closes. */
    public void close() {
        previewGeneration++;
        previewCancel.cancel();
        cancelExport();
    }

    // ---- properties ---------------------------------------------------------------------------------------------

    public ObjectProperty<ExportScope> scopeProperty() {
        return scope;
    }

    public StringProperty tagProperty() {
        return tag;
    }

    public ObjectProperty<ReportSummary> reportProperty() {
        return report;
    }

    public ObjectProperty<ExportFormat> formatProperty() {
        return format;
    }

    public BooleanProperty byteOrderMarkProperty() {
        return byteOrderMark;
    }

    public ObjectProperty<ExportOptions.GroupBy> groupByProperty() {
        return groupBy;
    }

    public ObservableList<String> tags() {
        return tags;
    }

    public ObservableList<ReportSummary> reports() {
        return reports;
    }

    public ReadOnlyStringProperty previewProperty() {
        return preview;
    }

    /** One line on what the selection holds (claims, reports, codings...), from the last preview. */
    public ReadOnlyStringProperty previewCountsProperty() {
        return previewCounts;
    }

    public ReadOnlyBooleanProperty previewLoadingProperty() {
        return previewLoading;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded;
    }

    /** The running export (its progress and message), or null. */
    public ReadOnlyObjectProperty<ServiceTask<ExportResult>> exportingProperty() {
        return exporting;
    }

    public ReadOnlyObjectProperty<ExportResult> lastResultProperty() {
        return lastResult;
    }

    /** What the last export did, or why it failed, in sentences; empty before the first export. */
    public ReadOnlyStringProperty outcomeProperty() {
        return outcome;
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return failed;
    }

    public BooleanBinding canExportProperty() {
        return canExport;
    }
}
