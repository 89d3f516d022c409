package org.rapporteur.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapporteur.ui.FxTestSupport.onFx;
import static org.rapporteur.ui.FxTestSupport.waitUntil;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.sun.javafx.scene.input.DragboardHelper;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.annotations.ChangeOrigin;
import org.rapporteur.model.ReportSummary;
import org.rapporteur.model.SearchRequest;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.progress.Cancellation;
import org.rapporteur.progress.ProgressListener;
import org.rapporteur.ui.main.MainViewModel;
import org.rapporteur.ui.main.MainWindow;
import org.rapporteur.ui.reader.ReaderView;
import org.rapporteur.ui.search.ResultsView;
import org.rapporteur.ui.search.SearchBarView;
import org.rapporteur.ui.tasks.BackgroundTasks;
import org.rapporteur.ui.tasks.CorpusAdditions;

/**
 * Files and folders dropped on the workbench window, as the operating system delivers them (a drag over, then a drop,
 * with the files on the dragboard), wherever on the window they land — the welcome page of the empty workspace too: a generated PDF is copied into the workspace's
 * {@code imports/} and a folder of invented text reports becomes a corpus root; both are indexed and searchable.
 * Also: a change made by the command line on the open workspace is announced in the window as coming from it.
 */
class DragAndDropTest {
    @TempDir
    static Path dir;
    private static BackgroundTasks tasks;
    private static Workspace workspace;
    private static MainViewModel vm;
    private static MainWindow window;
    private static Stage stage;

    @BeforeAll
    static void openWindow() throws IOException {
        FxTestSupport.startToolkit();
        Path empty = Files.createDirectories(dir.resolve("empty-corpus"));
        workspace = Workspace.open(dir.resolve("ws"), ChangeOrigin.WORKBENCH);
        workspace.updateSettings(s -> s.withCorpusRoots(List.of(empty.toString())));
        onFx(() -> {
            stage = new Stage();
            TestWorkbench workbench = TestWorkbench.show(stage, workspace, null);
            tasks = workbench.tasks();
            vm = workbench.vm();
            window = workbench.window();
        });
    }

    @AfterAll
    static void closeWindow() {
        onFx(() -> stage.close());
        tasks.shutdown();
        workspace.close();
    }

    private static boolean drop(Node target, List<File> files) {
        return FileDrops.drop(target, files);
    }

    private static Path writeNote(String name, String title, String sentence) throws IOException {
        return Files.writeString(dir.resolve(name), title + "\n\n" + sentence + "\n");
    }

    /** A one-page PDF with a title and a few lines of invented text. */
    private static Path pdf(Path file, String title, List<String> lines) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), 16);
                cs.newLineAtOffset(72, 700);
                cs.showText(title);
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                for (String line : lines) {
                    cs.newLineAtOffset(0, -22);
                    cs.showText(line);
                }
                cs.endText();
            }
            doc.save(file.toFile());
        }
        return file;
    }

    private static long hits(String query) {
        workspace.refresh();
        return workspace.corpus().search(SearchRequest.of(query, 1)).total();
    }

    @Test
    void filesAndFoldersDroppedAnywhereOnTheWindowAreAddedAndIndexed() throws Exception {
        Path outside = Files.createDirectories(dir.resolve("downloads"));
        Path brief = pdf(outside.resolve("quillmoor-brief.pdf"), "Quillmoor Water Brief", List.of(
                "Ambassador Selma Okonkwo said the Quillmoor basin feeds eleven million people.",
                "She argued that sharing the Quillmoor river is a question of regional security."));
        Path folder = Files.createDirectories(dir.resolve("seminar-notes"));
        Files.writeString(folder.resolve("tarnwick-seminar.txt"), """
                Tarnwick Seminar on Grain Corridors

                Dr. Piet Vandermolen said that the Tarnwick corridor carries most of the grain trade.

                Professor Anika Sorensen replied that the Tarnwick ports lack the scanners they need.
                """);
        Files.writeString(folder.resolve("ostrava-roundtable.txt"), """
                Roundtable on Fisheries in Velmark

                Mr. Tomasz Wielgosz said that catches in the Velmark fisheries have fallen six years in a row.
                """);

        // The workspace holds no report yet: the welcome page stands where the results go (ADR 0027). The folder
        // dropped on it, and at once (while it is being added and indexed) the PDF dropped on the search field: the
        // folder becomes a corpus root, the PDF is copied into imports/, both are indexed.
        waitUntil(30, () -> window.showsWelcome());
        Node field = onFx(() -> window.scene().lookup("#" + SearchBarView.FIELD_ID));
        Node welcome = onFx(() -> window.scene().lookup("#" + org.rapporteur.ui.welcome.WelcomeView.ID));
        assertNotNull(field);
        assertNotNull(welcome);
        assertTrue(drop(welcome, List.of(folder.toFile())), "a folder dropped on the welcome page is taken");
        assertTrue(drop(field, List.of(brief.toFile())), "a file dropped on the search field is taken");
        waitUntil(60, () -> vm.indexingProperty().get() == null && hits("Quillmoor") > 0 && hits("Tarnwick") > 0
                && hits("Velmark") > 0);
        assertTrue(Files.isRegularFile(workspace.dir().resolve(CorpusAdditions.IMPORTS).resolve(brief.getFileName())),
                "a single file is copied into the workspace");
        assertTrue(workspace.corpus().reports().stream().map(ReportSummary::path).anyMatch(p -> p.endsWith(
                "quillmoor-brief.pdf")));
        assertTrue(workspace.corpusRoots().contains(folder.toAbsolutePath().normalize()), workspace.corpusRoots()
                .toString());
        assertEquals(3, workspace.corpus().reports().size(), "the PDF and the folder's two reports");
        waitUntil(20, () -> vm.library().reports().size() == 3); // the library shows them
        waitUntil(20, () -> !window.showsWelcome()); // the welcome page gave way to the results
        Node results = onFx(() -> window.scene().lookup("#" + ResultsView.LIST_ID));
        assertNotNull(results);
        assertTrue(drop(results, List.of(writeNote("results-note.txt", "Results Note on Mills",
                "Mr. Oskar Lindqvist said the Farrowdale mill must reopen.").toFile())),
                "a file dropped on the results is taken");
        waitUntil(60, () -> vm.indexingProperty().get() == null && hits("Farrowdale") > 0);

        // Anywhere else on the window too: the reader, the inspector's side, the status bar.
        Path late = Files.writeString(dir.resolve("late-note.txt"), "Late Note on Harbours\n\nMs. Leila Haddad said"
                + " the Brennholm harbour needs a new breakwater.\n");
        Node reader = onFx(() -> window.scene().lookup("#" + ReaderView.LIST_ID));
        assertNotNull(reader);
        assertTrue(drop(reader, List.of(late.toFile())), "a file dropped on the reader is taken");
        waitUntil(60, () -> vm.indexingProperty().get() == null && hits("Brennholm") > 0);

        // Not files (text dragged from a browser): refused, nothing added.
        DragEvent[] over = new DragEvent[1];
        onFx(() -> {
            Dragboard board = DragboardHelper.createDragboard(new FileDrops.FileDrag(Map.of(DataFormat.PLAIN_TEXT,
                    "some words")));
            over[0] = new DragEvent(DragEvent.DRAG_OVER, board, 10, 10, 10, 10, TransferMode.COPY, null, null, null);
            Event.fireEvent(field, over[0]);
        });
        assertNull(over[0].getAcceptedTransferMode(), "only files are taken");
    }
}
