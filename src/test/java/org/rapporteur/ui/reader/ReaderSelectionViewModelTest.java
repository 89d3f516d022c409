package org.rapporteur.ui.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapporteur.ui.FxTestSupport.onFx;
import static org.rapporteur.ui.FxTestSupport.waitUntil;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.annotations.Coding;
import org.rapporteur.annotations.Note;
import org.rapporteur.annotations.TargetKind;
import org.rapporteur.model.ReportSummary;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.ui.FxTestSupport;
import org.rapporteur.ui.tasks.BackgroundTasks;

/**
 * The reader's text selection without a window: press and drag inside a paragraph, clamping at the paragraph's
 * edge, refusal of ranges across paragraphs, and tagging and noting a selection, which stores a selection coding or
 * note on exactly those characters and comes back as a mark.
 */
class ReaderSelectionViewModelTest {
    @TempDir
    static Path dir;
    private static Workspace workspace;
    private static BackgroundTasks tasks;

    @BeforeAll
    static void setUp() {
        FxTestSupport.startToolkit();
        workspace = FxTestSupport.freshWorkspace(dir.resolve("ws"));
        tasks = new BackgroundTasks();
    }

    @AfterAll
    static void tearDown() {
        tasks.shutdown();
        workspace.close();
    }

    /** Opens the report with the most claims and returns the index of a long paragraph row in it. */
    private static int openLongParagraph(ReaderViewModel vm) {
        ReportSummary report = workspace.reports().stream()
                .max(java.util.Comparator.comparingInt(ReportSummary::claims)).orElseThrow();
        onFx(() -> vm.open(report.id(), "", null));
        waitUntil(30, () -> !vm.loadingProperty().get() && !vm.blocks().isEmpty()
                && vm.reportProperty().get() != null);
        return onFx(() -> {
            for (int i = 0; i < vm.blocks().size(); i++) {
                ReaderBlock b = vm.blocks().get(i);
                if (b.kind() == ReaderBlock.Kind.PARAGRAPH && b.text().length() > 120 && i + 1 < vm.blocks().size()) {
                    return i;
                }
            }
            throw new AssertionError("no long paragraph");
        });
    }

    private static String reportText(ReaderViewModel vm) {
        return workspace.reportText(onFx(() -> vm.reportProperty().get().id())).orElseThrow();
    }

    @Test
    void pressAndDragSelectTheWordsBetweenInOffsetsOfTheReportText() {
        ReaderViewModel vm = new ReaderViewModel(workspace, tasks, r -> { });
        int row = openLongParagraph(vm);
        ReaderBlock b = onFx(() -> vm.blocks().get(row));
        String text = reportText(vm);
        assertEquals(b.text(), text.substring(b.start(), b.start() + b.text().length()),
                "rows are cut from the same text the store anchors on");

        onFx(() -> {
            vm.pressAt(row, 60);
            vm.dragTo(row, 10); // dragging backwards selects the same way
        });
        TextSelection sel = onFx(() -> vm.selectionProperty().get());
        assertNotNull(sel);
        assertEquals(text.substring(sel.start(), sel.end()), sel.quote());
        assertEquals(b.text().substring(10, 60).strip(), sel.quote(), "white space at the ends is trimmed");
        assertTrue(sel.start() >= b.start() + 10 && sel.end() <= b.start() + 60);

        // Dragging into the next row stops at the end of this paragraph; shift-click extends from the press.
        onFx(() -> vm.dragTo(row + 1, 5));
        assertEquals(b.text().substring(60).strip(), onFx(() -> vm.selectionProperty().get().quote()));
        onFx(() -> vm.extendTo(row, 80));
        assertEquals(b.text().substring(60, 80).strip(), onFx(() -> vm.selectionProperty().get().quote()));

        // A double-click selects the word under it.
        int word = b.text().indexOf(' ', 30) + 2;
        onFx(() -> vm.selectWord(row, word));
        String w = onFx(() -> vm.selectionProperty().get().quote());
        assertTrue(!w.isEmpty() && b.text().substring(word - 1).startsWith(w) && !w.contains(" "), w);

        // A plain press starts over; a range across two paragraphs is refused.
        onFx(() -> vm.pressAt(row, 3));
        assertNull(onFx(() -> vm.selectionProperty().get()));
        ReaderBlock next = onFx(() -> vm.blocks().stream().skip(row + 1)
                .filter(x -> x.kind() == ReaderBlock.Kind.PARAGRAPH).findFirst().orElseThrow());
        assertFalse(onFx(() -> vm.selectRange(b.start() + 5, next.start() + 5)));
        assertNull(onFx(() -> vm.selectionProperty().get()));
        assertTrue(onFx(() -> vm.selectRange(b.start() + 5, b.start() + 40)));
        String citation = onFx(vm::citation);
        assertTrue(citation.contains(text.substring(b.start() + 5, b.start() + 40).strip().replaceAll("\\s+", " ")));
        assertTrue(citation.contains(ReaderViewModel.title(onFx(() -> vm.reportProperty().get()))), citation);
    }

    @Test
    void taggingAndNotingASelectionStoresItAndMarksIt() {
        ReaderViewModel vm = new ReaderViewModel(workspace, tasks, r -> { });
        int row = openLongParagraph(vm);
        ReaderBlock b = onFx(() -> vm.blocks().get(row));
        String reportId = onFx(() -> vm.reportProperty().get().id());
        int start = b.start() + 20;
        int end = b.start() + 70;
        assertTrue(onFx(() -> vm.selectRange(start, end)));
        TextSelection sel = onFx(() -> vm.selectionProperty().get());

        onFx(() -> vm.tagSelection("Invented tag for a selection"));
        waitUntil(20, () -> vm.marks().stream().anyMatch(m -> m.kind() == SelectionMark.Kind.TAG
                && m.label().equals("Invented tag for a selection")));
        assertNull(onFx(() -> vm.selectionProperty().get()), "the selection is cleared once tagged");
        List<Coding> codings = workspace.annotations().codingsByReport(reportId).stream()
                .filter(c -> c.targetKind() == TargetKind.SELECTION).toList();
        assertEquals(1, codings.size());
        Coding c = codings.getFirst();
        assertEquals(sel.start(), c.anchor().position().start());
        assertEquals(sel.end(), c.anchor().position().end());
        assertEquals(sel.quote(), c.anchor().quote().exact());
        SelectionMark mark = onFx(() -> vm.marks().getFirst());
        assertEquals(sel.start(), mark.start());
        assertNotNull(mark.colour(), "the tag's colour comes with the mark");
        assertEquals(1, onFx(() -> vm.marksIn(b).size()));
        assertTrue(onFx(() -> vm.tagPaths().contains("Invented tag for a selection")), "the codebook is loaded");
        assertFalse(onFx(() -> vm.codings().values().stream().anyMatch(t -> t.contains("Invented tag for a selection"))),
                "a selection tag does not mark its whole claim");

        // Tagging the same words with the same tag again adds nothing.
        onFx(() -> vm.selectRange(start, end));
        onFx(() -> vm.tagSelection("Invented tag for a selection"));
        waitUntil(20, () -> vm.selectionProperty().get() == null);
        assertEquals(1, workspace.annotations().codingsByReport(reportId).stream()
                .filter(k -> k.targetKind() == TargetKind.SELECTION).count());

        onFx(() -> vm.selectRange(start, end));
        onFx(() -> vm.noteSelection("check this against the recording"));
        waitUntil(20, () -> vm.marks().stream().anyMatch(m -> m.kind() == SelectionMark.Kind.NOTE));
        List<Note> notes = workspace.annotations().notesByReport(reportId).stream()
                .filter(n -> n.targetKind() == TargetKind.SELECTION).toList();
        assertEquals(1, notes.size());
        assertEquals("check this against the recording", notes.getFirst().text());
        assertEquals(sel.quote(), notes.getFirst().anchor().quote().exact());

        // Undo (as Ctrl+Z does) and the reader, refreshed, no longer marks the note.
        workspace.annotations().undo();
        onFx(vm::refreshCodings);
        waitUntil(20, () -> vm.marks().stream().noneMatch(m -> m.kind() == SelectionMark.Kind.NOTE));
    }
}
