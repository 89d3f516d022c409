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
        ReportSummary report = workspace.corpus().reports().stream()
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
        return workspace.corpus().reportText(onFx(() -> vm.reportProperty().get().id())).orElseThrow();
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
        assertWholeWordsAround(b, 10, 60, sel);

        // Dragging into the next row stops at the end of this paragraph; shift-click extends from the press.
        onFx(() -> vm.dragTo(row + 1, 5));
        TextSelection toEnd = onFx(() -> vm.selectionProperty().get());
        assertEquals(b.start() + b.text().stripTrailing().length(), toEnd.end(), "to the paragraph's end");
        assertWholeWordsAround(b, 60, b.text().length(), toEnd);
        onFx(() -> vm.extendTo(row, 80));
        assertWholeWordsAround(b, 60, 80, onFx(() -> vm.selectionProperty().get()));

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

    /**
     * {@code sel} covers row characters {@code [from, to)} (trimmed) and is widened only to whole words: it starts and
     * ends on a word boundary, and what it adds beyond the range is letters of the words cut.
     */
    private static void assertWholeWordsAround(ReaderBlock b, int from, int to, TextSelection sel) {
        String t = b.text();
        int s = sel.start() - b.start();
        int e = sel.end() - b.start();
        String range = t.substring(from, to).strip();
        assertTrue(sel.quote().contains(range), "the selection holds what was dragged over: " + sel.quote());
        assertTrue(s == 0 || !Character.isLetterOrDigit(t.charAt(s - 1)) || !Character.isLetterOrDigit(t.charAt(s)),
                "starts on a word boundary: '" + t.substring(Math.max(0, s - 10), Math.min(t.length(), s + 10)) + "'");
        assertTrue(e == t.length() || !Character.isLetterOrDigit(t.charAt(e))
                        || !Character.isLetterOrDigit(t.charAt(e - 1)),
                "ends on a word boundary: '" + t.substring(Math.max(0, e - 10), Math.min(t.length(), e + 10)) + "'");
        int r = sel.quote().indexOf(range);
        assertTrue(sel.quote().substring(0, r).chars().noneMatch(Character::isWhitespace)
                        && sel.quote().substring(r + range.length()).chars().noneMatch(Character::isWhitespace),
                "only the cut words are added: " + sel.quote());
    }

    @Test
    void aMouseSelectionStartingAndEndingMidWordSnapsToWholeWords() {
        ReaderViewModel vm = new ReaderViewModel(workspace, tasks, r -> { });
        int row = openLongParagraph(vm);
        ReaderBlock b = onFx(() -> vm.blocks().get(row));
        // Two plain words of six letters or more, apart; press inside the first, release inside the second.
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<![\\p{L}\\d'’-])\\p{L}{6,}(?![\\p{L}\\d'’-])")
                .matcher(b.text());
        assertTrue(m.find(), b.text());
        int firstStart = m.start();
        String first = m.group();
        assertTrue(m.find() && m.find(), b.text());
        int lastEnd = m.end();
        String last = m.group();
        onFx(() -> {
            vm.pressAt(row, firstStart + 2);
            vm.dragTo(row, lastEnd - 2);
        });
        TextSelection sel = onFx(() -> vm.selectionProperty().get());
        assertEquals(b.start() + firstStart, sel.start(), "the first word is whole: " + sel.quote());
        assertEquals(b.start() + lastEnd, sel.end(), "the last word is whole: " + sel.quote());
        assertTrue(sel.quote().startsWith(first) && sel.quote().endsWith(last), sel.quote());

        // Dragging backwards snaps the same; a drag inside one word takes that word.
        onFx(() -> {
            vm.pressAt(row, lastEnd - 2);
            vm.dragTo(row, firstStart + 2);
        });
        assertEquals(b.start() + firstStart, onFx(() -> vm.selectionProperty().get().start()));
        assertEquals(b.start() + lastEnd, onFx(() -> vm.selectionProperty().get().end()));
        onFx(() -> {
            vm.pressAt(row, firstStart + 1);
            vm.dragTo(row, firstStart + 3);
        });
        assertEquals(first, onFx(() -> vm.selectionProperty().get().quote()));
        // A press and release on the same spot is a click, not a selection.
        onFx(() -> {
            vm.pressAt(row, firstStart + 1);
            vm.dragTo(row, firstStart + 1);
        });
        assertNull(onFx(() -> vm.selectionProperty().get()));

        // Shift+→ takes the next whole word, Shift+← gives it back; a double-clicked word stays when extending back.
        onFx(() -> vm.selectWord(row, firstStart + 3));
        assertEquals(first, onFx(() -> vm.selectionProperty().get().quote()));
        onFx(() -> vm.extendByWord(true));
        String two = onFx(() -> vm.selectionProperty().get().quote());
        assertTrue(two.startsWith(first) && two.length() > first.length() + 1
                && !Character.isWhitespace(two.charAt(two.length() - 1)), two);
        assertWholeWordsAround(b, firstStart, firstStart + two.length(), onFx(() -> vm.selectionProperty().get()));
        onFx(() -> vm.extendByWord(false));
        assertEquals(first, onFx(() -> vm.selectionProperty().get().quote()));
        onFx(() -> {
            vm.selectWord(row, lastEnd - 3);
            vm.extendTo(row, firstStart + 2); // shift-click back from a double-clicked word keeps the word
        });
        assertEquals(b.start() + firstStart, onFx(() -> vm.selectionProperty().get().start()));
        assertEquals(b.start() + lastEnd, onFx(() -> vm.selectionProperty().get().end()));
    }

    @Test
    void copyingASelectionCitesItsSpeakerReportOrganisationDateAndPage() {
        ReaderViewModel vm = new ReaderViewModel(workspace, tasks, r -> { });
        openLongParagraph(vm);
        ReportSummary report = onFx(() -> vm.reportProperty().get());
        // A claim of this report whose speaker is a person with a role, as indexed.
        org.rapporteur.model.ClaimRecord said = workspace.corpus().claimsOf(report.id()).stream()
                .filter(c -> c.claim().attribution().speaker() != null
                        && c.claim().attribution().speaker().roleLine() != null && c.claim().text().length() > 40)
                .findFirst().orElseThrow(() -> new AssertionError("no claim with a speaker and a role"));
        int start = said.claim().start();
        int row = onFx(() -> vm.rowOf(start));
        assertTrue(row >= 0);
        int at = start - onFx(() -> vm.blocks().get(row).start());
        onFx(() -> {
            vm.pressAt(row, at + 1); // mid-word: the copy gets whole words
            vm.dragTo(row, at + 30);
        });
        TextSelection sel = onFx(() -> vm.selectionProperty().get());
        String citation = onFx(vm::citation);
        var speaker = said.claim().attribution().speaker();
        assertTrue(citation.startsWith("\u201c" + sel.quote().replaceAll("\\s+", " ") + "\u201d \u2014 "
                + speaker.name() + " (" + speaker.roleLine()), citation);
        assertTrue(citation.contains(report.title()), citation);
        if (report.organisation() != null) {
            assertTrue(citation.contains(", " + report.organisation()), citation);
        }
        if (report.date() != null) {
            assertTrue(citation.contains(", " + report.date()), citation);
        }
        if (said.claim().page() != null) {
            assertTrue(citation.endsWith(", p. " + said.claim().page()), citation);
        }
        assertFalse(citation.contains("\n"), "one line");
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
