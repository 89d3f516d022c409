package org.rapporteur.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapporteur.ui.FxTestSupport.onFx;
import static org.rapporteur.ui.FxTestSupport.waitUntil;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.export.ExportFormat;
import org.rapporteur.model.ClaimHit;
import org.rapporteur.model.SearchRequest;
import org.rapporteur.model.SortOrder;
import org.rapporteur.pipeline.ExportResult;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.ui.FxTestSupport;
import org.rapporteur.ui.common.Styles;
import org.rapporteur.ui.tasks.BackgroundTasks;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The export dialog in a (headless) window over the sample corpus: it opens on the current search with a CSV
 * preview, the user ticks the byte order mark and exports (the file chooser bypassed through the view model), the
 * progress gives way to a summary, and the file reads back as CSV with one row per result. With
 * {@code -Drapporteur.screenshots=DIR} the dialog is also written to {@code DIR/export.png}.
 */
@ExtendWith(ApplicationExtension.class)
class ExportDialogTest {
    private static final String QUERY = "Afghanistan";

    @TempDir
    Path dir;
    private static Workspace workspace;
    private BackgroundTasks tasks;
    private ExportDialog dialog;

    @BeforeAll
    static void setUp() {
        FxTestSupport.startToolkit();
        workspace = FxTestSupport.sampleWorkspace();
    }

    @Start
    void start(Stage stage) {
        org.rapporteur.ui.main.ThemeSwitcher.LIGHT.apply();
        tasks = new BackgroundTasks();
        SearchRequest request = new SearchRequest(QUERY, Map.of(), SortOrder.RELEVANCE, 50, 0, 20);
        ClaimHit first = workspace.corpus().search(request).hits().getFirst();
        ExportSources sources = ExportSources.of(request, workspace.corpus().report(first.record().claim().reportId())
                .orElse(null), first.record());
        dialog = new ExportDialog(new ExportDialogViewModel(workspace, tasks, sources), null,
                List.of(ExportDialog.class.getResource(Styles.STYLESHEET).toExternalForm()));
        dialog.viewModel().load();
        dialog.stage().show();
    }

    @AfterEach
    void tearDown() throws InterruptedException {
        onFx(() -> dialog.stage().close());
        tasks.shutdown();
        tasks.executor().awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
    }

    @Test
    void exportsTheCurrentSearchAsCsv(FxRobot robot) throws IOException {
        ExportDialogViewModel vm = dialog.viewModel();
        TextArea preview = robot.lookup("#" + ExportDialog.PREVIEW_ID).queryAs(TextArea.class);
        waitUntil(60, () -> !vm.previewLoadingProperty().get() && preview.getText().toLowerCase(Locale.ROOT).contains("speaker"));
        ComboBox<?> format = robot.lookup("#" + ExportDialog.FORMAT_ID).queryAs(ComboBox.class);
        assertEquals(ExportFormat.CSV, onFx(format::getValue));
        long total = workspace.corpus().search(new SearchRequest(QUERY, Map.of(), SortOrder.RELEVANCE, 1, 0, 0)).total();
        String counts = onFx(() -> vm.previewCountsProperty().get());
        assertTrue(counts.startsWith(total + " claim"), counts + " for " + total + " results");

        robot.clickOn(robot.lookup(".check-box").queryAs(CheckBox.class));
        waitUntil(10, () -> vm.byteOrderMarkProperty().get());
        screenshot();

        Path file = dir.resolve("search.csv");
        onFx(() -> assertTrue(vm.export(file)));
        waitUntil(60, () -> vm.exportingProperty().get() == null);
        Label outcome = robot.lookup("#" + ExportDialog.OUTCOME_ID).queryAs(Label.class);
        String text = onFx(outcome::getText);
        assertTrue(onFx(outcome::isVisible));
        assertTrue(text.startsWith("Exported " + total + " claim"), text);

        ExportResult r = onFx(() -> vm.lastResultProperty().get());
        assertEquals(total, r.claims());
        byte[] bytes = Files.readAllBytes(file);
        assertEquals((byte) 0xEF, bytes[0], "the byte order mark");
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            assertEquals('\uFEFF', in.read());
            List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(in).getRecords();
            assertEquals(total, rows.size(), "one row per result");
            assertTrue(rows.stream().anyMatch(row -> row.toString().contains(QUERY)));
        }
    }

    private void screenshot() throws IOException {
        String out = System.getProperty("rapporteur.screenshots");
        if (out == null || out.isBlank()) {
            return;
        }
        Path target = Path.of(out).resolve("export.png");
        Files.createDirectories(target.getParent());
        WritableImage image = onFx(() -> dialog.stage().getScene().snapshot(null));
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", target.toFile());
    }
}
