package org.rapporteur.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapporteur.ui.FxTestSupport.onFx;
import static org.rapporteur.ui.FxTestSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.annotations.Change;
import org.rapporteur.annotations.Target;
import org.rapporteur.export.ExportFormat;
import org.rapporteur.export.ExportOptions;
import org.rapporteur.model.ClaimHit;
import org.rapporteur.model.ClaimRecord;
import org.rapporteur.model.FacetDimension;
import org.rapporteur.model.ReportSummary;
import org.rapporteur.model.SearchRequest;
import org.rapporteur.model.SortOrder;
import org.rapporteur.pipeline.ExportResult;
import org.rapporteur.pipeline.ExportSelection;
import org.rapporteur.pipeline.ImportResult;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.ui.FxTestSupport;
import org.rapporteur.ui.tasks.BackgroundTasks;

/**
 * The export dialog's view model without a window, on a workspace indexed from the sample corpus with a small
 * codebook (a tag and a sub-tag, each coding one claim): choices map to selections, formats and options; previews
 * for CSV, Markdown and REFI-QDA; a stale preview never replaces a newer one; an export writes its file; an import
 * reports what it did.
 */
class ExportDialogViewModelTest {
    @TempDir
    static Path dir;
    private static Workspace workspace;
    private static List<ClaimRecord> coded;
    private static ReportSummary report;
    private static SearchRequest request;

    private BackgroundTasks tasks;

    @BeforeAll
    static void setUp() {
        FxTestSupport.startToolkit();
        workspace = FxTestSupport.freshWorkspace(dir.resolve("ws"));
        var annotations = workspace.annotations();
        long parent = annotations.execute(new Change.CreateTag("Security", null, "#cc3333", null)).entityId();
        long child = annotations.execute(new Change.CreateTag("Nuclear", parent, "#3333cc", null)).entityId();
        List<ClaimHit> hits = workspace.corpus().search(new SearchRequest("", Map.of(), SortOrder.RELEVANCE, 2, 0, 0)).hits();
        coded = hits.stream().map(ClaimHit::record).toList();
        annotations.execute(new Change.AddCoding(parent, new Target.Claim(coded.get(0).claim().id())));
        annotations.execute(new Change.AddCoding(child, new Target.Claim(coded.get(1).claim().id())));
        report = workspace.corpus().reports().getFirst();
        String firstReport = report.organisation() == null ? null : report.organisation();
        request = firstReport == null ? new SearchRequest("Afghanistan", Map.of(), SortOrder.DATE, 50, 0, 20)
                : new SearchRequest("Afghanistan", Map.of(FacetDimension.ORGANISATION, Set.of(firstReport)),
                SortOrder.DATE, 50, 0, 20);
    }

    @AfterAll
    static void tearDown() {
        workspace.close();
    }

    @BeforeEach
    void startTasks() {
        tasks = new BackgroundTasks();
    }

    @AfterEach
    void stopTasks() throws InterruptedException {
        tasks.shutdown();
        // A preview still gathering must not outlive the workspace, which closes after the last test.
        assertTrue(tasks.executor().awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS));
    }

    private ExportDialogViewModel loaded(ExportSources sources) {
        ExportDialogViewModel vm = onFx(() -> new ExportDialogViewModel(workspace, tasks, sources));
        onFx(vm::load);
        waitUntil(30, () -> vm.loadedProperty().get());
        return vm;
    }

    private static String previewWhenReady(ExportDialogViewModel vm) {
        waitUntil(60, () -> !vm.previewLoadingProperty().get() && !vm.previewProperty().get().isEmpty());
        return onFx(() -> vm.previewProperty().get());
    }

    @Test
    void choicesMapToTheSelectionFormatAndOptions() {
        ExportDialogViewModel vm = loaded(ExportSources.of(request, report, coded.get(0)));
        onFx(() -> {
            assertEquals(List.of("Security", "Security/Nuclear"), List.copyOf(vm.tags()), "the codebook, paths");
            assertEquals(ExportScope.SEARCH, vm.scopeProperty().get(), "the current results by default");
            assertEquals(new ExportSelection.Search(request), vm.selection(), "query, facet filters and sort kept");

            vm.scopeProperty().set(ExportScope.TAG);
            vm.tagProperty().set("Security");
            assertEquals(new ExportSelection.Tag("Security"), vm.selection());

            vm.scopeProperty().set(ExportScope.REPORT);
            assertEquals(new ExportSelection.Report(report.id()), vm.selection(), "the report open in the reader");

            vm.scopeProperty().set(ExportScope.CODED);
            assertEquals(new ExportSelection.Coded(), vm.selection());

            vm.scopeProperty().set(ExportScope.CLAIMS);
            assertEquals(new ExportSelection.Claims(List.of(coded.get(0).claim().id())), vm.selection(),
                    "the inspector's claim");
            assertTrue(vm.available(ExportScope.CLAIMS));

            assertEquals(ExportFormat.CSV, vm.formatProperty().get());
            assertEquals(ExportOptions.DEFAULT, vm.options());
            assertTrue(vm.hasByteOrderMark());
            assertFalse(vm.hasGrouping());
            vm.byteOrderMarkProperty().set(true);
            assertEquals(new ExportOptions(true, ExportOptions.GroupBy.TAG), vm.options());

            vm.formatProperty().set(ExportFormat.MARKDOWN);
            vm.groupByProperty().set(ExportOptions.GroupBy.SPEAKER);
            assertTrue(vm.hasGrouping());
            assertFalse(vm.hasByteOrderMark());
            assertEquals(ExportOptions.GroupBy.SPEAKER, vm.options().groupBy());
            assertEquals("rapporteur-chosen-claims.md", vm.suggestedFileName());
            vm.scopeProperty().set(ExportScope.TAG);
            vm.tagProperty().set("Security/Nuclear");
            vm.formatProperty().set(ExportFormat.BIBTEX);
            assertEquals("rapporteur-security-nuclear.bib", vm.suggestedFileName());
            assertTrue(vm.canExportProperty().get());
            vm.close();
            return null;
        });
        assertEquals(Path.of("out", "a.csv"), ExportDialogViewModel.withExtension(Path.of("out", "a"),
                ExportFormat.CSV));
        assertEquals(Path.of("out", "a.tsv"), ExportDialogViewModel.withExtension(Path.of("out", "a.tsv"),
                ExportFormat.CSV), "a name the user typed with an extension is kept");
    }

    @Test
    void withoutAPickedClaimTheHandPickedChoiceIsUnavailable() {
        ExportDialogViewModel vm = loaded(ExportSources.of(null, null, null));
        String preview = onFx(() -> {
            assertFalse(vm.available(ExportScope.CLAIMS));
            assertEquals(new ExportSelection.Search(new SearchRequest("", Map.of(), SortOrder.RELEVANCE, 200, 0, 0)),
                    vm.selection(), "no search yet: every claim");
            vm.scopeProperty().set(ExportScope.CLAIMS);
            assertNull(vm.selection());
            assertFalse(vm.canExportProperty().get());
            assertFalse(vm.export(dir.resolve("never.csv")));
            return vm.previewProperty().get();
        });
        assertTrue(preview.startsWith("No claim is picked"), preview);
        assertFalse(Files.exists(dir.resolve("never.csv")));
        onFx(vm::close);
    }

    @Test
    void previewsCsvMarkdownAndAProjectSummary() {
        ExportDialogViewModel vm = loaded(ExportSources.of(null, report, null));
        // Every claim of the corpus: more than the preview shows.
        String csv = previewWhenReady(vm);
        List<String> lines = csv.lines().toList();
        assertTrue(lines.getFirst().toLowerCase(Locale.ROOT).contains("speaker"), "the CSV header: " + lines.getFirst());
        assertTrue(lines.getLast().startsWith("… the preview stops after " + ExportPreviews.PREVIEW_LINES + " lines"),
                lines.getLast());
        assertEquals(ExportPreviews.PREVIEW_LINES + 1, lines.size());
        assertTrue(onFx(() -> vm.previewCountsProperty().get()).startsWith(
                String.format(java.util.Locale.ROOT, "%,d claims", workspace.corpus().claimCount())),
                onFx(() -> vm.previewCountsProperty().get()));

        onFx(() -> {
            vm.scopeProperty().set(ExportScope.TAG);
            vm.tagProperty().set("Security");
            vm.formatProperty().set(ExportFormat.MARKDOWN);
        });
        String md = previewWhenReady(vm);
        assertTrue(md.contains("# "), "a Markdown dossier: " + md);
        assertTrue(md.contains("Security/Nuclear") || md.contains("Nuclear"), "grouped by tag, sub-tag included");
        assertFalse(md.contains("the preview stops"), "two excerpts fit");
        assertTrue(onFx(() -> vm.previewCountsProperty().get()).startsWith("2 claims from "),
                onFx(() -> vm.previewCountsProperty().get()));

        onFx(() -> vm.formatProperty().set(ExportFormat.QDPX));
        String qdpx = previewWhenReady(vm);
        assertTrue(qdpx.contains("zip archive"), qdpx);
        assertTrue(qdpx.matches("(?s).*\\b2\\s+claims.*\\b2\\s+codings.*"), qdpx);
        onFx(vm::close);
    }

    @Test
    void theLastChoiceWinsWhenPreviewsOverlap() {
        ExportDialogViewModel vm = loaded(ExportSources.of(null, report, null));
        onFx(() -> {
            vm.formatProperty().set(ExportFormat.JSONLD); // slow: re-reads the reports
            vm.scopeProperty().set(ExportScope.REPORT);
            vm.formatProperty().set(ExportFormat.MARKDOWN);
            vm.scopeProperty().set(ExportScope.CODED);
            vm.formatProperty().set(ExportFormat.HTML);
        });
        String html = previewWhenReady(vm);
        assertTrue(html.toLowerCase(Locale.ROOT).contains("<html"), html.substring(0, Math.min(300, html.length())));
        assertTrue(onFx(() -> vm.previewCountsProperty().get()).startsWith("2 claims"));
        onFx(vm::close);
    }

    @Test
    void exportWritesTheFileAndSaysWhatItHolds() throws Exception {
        ExportDialogViewModel vm = loaded(ExportSources.of(request, report, coded.get(1)));
        Path file = dir.resolve("out").resolve("tagged.csv");
        onFx(() -> {
            vm.scopeProperty().set(ExportScope.TAG);
            vm.tagProperty().set("Security");
            vm.byteOrderMarkProperty().set(true);
            assertTrue(vm.export(file));
            assertNotNull(vm.exportingProperty().get(), "running");
            assertFalse(vm.canExportProperty().get(), "one export at a time");
        });
        waitUntil(60, () -> vm.exportingProperty().get() == null);
        ExportResult r = onFx(() -> vm.lastResultProperty().get());
        assertNotNull(r, onFx(() -> vm.outcomeProperty().get()));
        assertFalse(onFx(() -> vm.failedProperty().get()));
        assertEquals(2, r.claims());
        assertEquals(2, r.codings());
        byte[] bytes = Files.readAllBytes(file);
        assertEquals(r.bytes(), bytes.length);
        assertEquals((byte) 0xEF, bytes[0], "starts with the byte order mark");
        String outcome = onFx(() -> vm.outcomeProperty().get());
        assertTrue(outcome.startsWith("Exported 2 claims from "), outcome);
        assertTrue(outcome.contains(file.toAbsolutePath().toString()), outcome);
        assertTrue(outcome.contains("2 codings"), outcome);

        // A failing export says why, in a sentence, and writes nothing.
        Path blocked = dir.resolve("blocker");
        Files.writeString(blocked, "a file where a folder should be");
        onFx(() -> assertTrue(vm.export(blocked.resolve("x.csv"))));
        waitUntil(60, () -> vm.exportingProperty().get() == null);
        String error = onFx(() -> vm.outcomeProperty().get());
        assertTrue(onFx(() -> vm.failedProperty().get()), error);
        assertTrue(error.contains("Cannot write") || error.contains("failed"), error);
        assertFalse(error.contains("Exception"), "no class names: " + error);
        onFx(vm::close);
    }

    @Test
    void importingACodebookSaysWhatItDid() {
        ExportDialogViewModel export = loaded(ExportSources.of(null, null, null));
        Path file = dir.resolve("codebook.qdc");
        onFx(() -> {
            export.formatProperty().set(ExportFormat.QDC);
            assertTrue(export.export(file));
        });
        waitUntil(60, () -> export.exportingProperty().get() == null && export.lastResultProperty().get() != null);
        onFx(export::close);

        ImportViewModel vm = onFx(() -> new ImportViewModel(workspace, tasks));
        onFx(() -> assertTrue(vm.importFile(file)));
        waitUntil(60, () -> vm.importingProperty().get() == null);
        ImportResult r = onFx(() -> vm.lastResultProperty().get());
        assertNotNull(r, onFx(() -> vm.outcomeProperty().get()));
        assertEquals(0, r.tagsCreated(), "the workspace has these tags already");
        assertEquals(2, r.tagsExisting());
        String outcome = onFx(() -> vm.outcomeProperty().get());
        assertTrue(outcome.startsWith("Imported codebook.qdc (REFI-QDA codebook): 0 new tags."), outcome);
        assertTrue(outcome.contains("2 tags were in the codebook already."), outcome);

        onFx(() -> assertTrue(vm.importFile(dir.resolve("missing.jsonld"))));
        waitUntil(30, () -> vm.importingProperty().get() == null);
        assertTrue(onFx(() -> vm.failedProperty().get()));
        assertFalse(onFx(() -> vm.outcomeProperty().get()).contains("Exception"),
                onFx(() -> vm.outcomeProperty().get()));
    }
}
