package org.rapporteur.ui.reader;

import java.util.ArrayList;
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
import org.rapporteur.annotations.Coding;
import org.rapporteur.annotations.Note;
import org.rapporteur.annotations.Tag;
import org.rapporteur.annotations.TargetKind;
import org.rapporteur.export.ExcerptCitation;
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
import org.rapporteur.ui.inspector.AnnotationCommands;
import org.rapporteur.ui.tasks.BackgroundTasks;

/**
 * The reader: opens a report (read and analysed again off the FX thread), lays it out as rows, highlights the hits of
 * the current query in it, and keeps the selected claim and the row to scroll to. Selecting a claim is handed to
 * {@code onClaimSelected} with its indexed record. Also holds the analyst's text selection (one range inside one
 * paragraph, in offsets of the report's text), tags or notes it through the annotation store off the FX thread, and
 * keeps the marks of earlier selection tags and notes. Use on the FX thread.
 */
public final class ReaderViewModel {
    /**
     * What is open: the summary, the report as re-read for layout, its claims as indexed (speakers with the analyst's
     * corrections, for citations), and the query whose hits are marked.
     */
    private record Opened(ReportSummary summary, Report report, List<ClaimRecord> indexed, String query) {
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
    private final ObjectProperty<TextSelection> selection = new SimpleObjectProperty<>();
    private final ObservableList<SelectionMark> marks = FXCollections.observableArrayList();
    private final ObservableList<String> tagPaths = FXCollections.observableArrayList();
    private final StringProperty notice = new SimpleStringProperty();
    private final AnnotationCommands commands;
    private Opened opened;
    private long generation;
    private long codingsGeneration;
    /**
     * Where the current press or shift-click selection started: row and absolute offsets, or -1. A press anchors at
     * one point ({@code anchorOffset == anchorEnd}); a double-clicked word anchors at the whole word, so extending
     * from it either way keeps the word.
     */
    private int anchorOffset = -1;
    private int anchorEnd = -1;
    private int anchorRow = -1;
    /** Whether the selection's end (not its start) is the end that moves: it was dragged forward from the anchor. */
    private boolean endIsFree = true;

    public ReaderViewModel(Workspace workspace, BackgroundTasks tasks, Consumer<ClaimRecord> onClaimSelected) {
        this.workspace = workspace;
        this.tasks = tasks;
        this.onClaimSelected = onClaimSelected;
        this.commands = new AnnotationCommands(workspace);
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
            ReportSummary summary = workspace.corpus().report(reportId).orElse(null);
            Report r = summary == null ? null : workspace.openReport(reportId).orElse(null);
            if (r == null) {
                return new Laid(summary, null, List.of(), List.of());
            }
            return new Laid(summary, r, ReaderLayout.layout(r, hits(summary, r, q)), workspace.corpus().claimsOf(reportId));
        }, laid -> {
            if (mine != generation) {
                return;
            }
            loading.set(false);
            report.set(laid.summary());
            if (laid.report() == null) {
                opened = null;
                clearSelection();
                blocks.clear();
                message.set("The file of this report is gone or has changed since indexing. Re-index to read it.");
                return;
            }
            if (opened == null || !opened.summary().id().equals(laid.summary().id())) {
                clearSelection();
            }
            opened = new Opened(laid.summary(), laid.report(), laid.indexed(), q);
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
    private record Laid(ReportSummary summary, Report report, List<ReaderBlock> blocks, List<ClaimRecord> indexed) {
    }

    private Map<String, List<Highlight>> hits(ReportSummary summary, Report r, String query) {
        if (query.isEmpty() || summary.title() == null) {
            return Map.of();
        }
        try {
            SearchRequest req = new SearchRequest(query, Map.of(FacetDimension.REPORT, Set.of(summary.title())), null,
                    Math.max(1, r.claims().size()), 0, 1);
            SearchResult res = workspace.corpus().search(req);
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
        tasks.run("Loading the claim", () -> workspace.corpus().claim(claimId).orElse(null), rec -> {
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

    /**
     * Re-reads the open report's annotations (after an annotation change, undo or redo): which claims are coded with
     * which tags, the tags and notes on free selections (as marks), and the codebook for completion.
     */
    public void refreshCodings() {
        Opened o = opened;
        long mine = ++codingsGeneration;
        if (o == null) {
            codings.clear();
            marks.clear();
            return;
        }
        String reportId = o.summary().id();
        tasks.run("Loading the report's codings", () -> loadAnnotations(reportId), loaded -> {
            if (mine == codingsGeneration && opened != null && opened.summary().id().equals(reportId)) {
                codings.clear();
                codings.putAll(loaded.byClaim());
                marks.setAll(loaded.marks());
                tagPaths.setAll(loaded.tagPaths());
            }
        }, error -> { });
    }

    /** What {@link #refreshCodings()} reads off the FX thread. */
    private record LoadedAnnotations(Map<String, List<String>> byClaim, List<SelectionMark> marks,
                                     List<String> tagPaths) {
    }

    private LoadedAnnotations loadAnnotations(String reportId) {
        var service = workspace.annotations();
        Map<Long, String> colours = new HashMap<>();
        for (Tag t : service.tags()) {
            colours.put(t.id(), t.colour());
        }
        Map<String, List<String>> byClaim = new HashMap<>();
        List<SelectionMark> found = new ArrayList<>();
        for (Coding c : service.codingsByReport(reportId)) {
            if (c.anchor().orphan()) {
                continue; // its recorded position no longer holds its words
            }
            if (c.targetKind() == TargetKind.SELECTION) {
                found.add(new SelectionMark(SelectionMark.Kind.TAG, c.id(), c.anchor().position().start(),
                        c.anchor().position().end(), c.tagPath(), colours.get(c.tagId())));
            } else if (c.anchor().claimId() != null) {
                byClaim.computeIfAbsent(c.anchor().claimId(), k -> new ArrayList<>()).add(c.tagPath());
            }
        }
        for (Note n : service.notesByReport(reportId)) {
            if (n.targetKind() == TargetKind.SELECTION && n.anchor() != null && !n.anchor().orphan()) {
                found.add(new SelectionMark(SelectionMark.Kind.NOTE, n.id(), n.anchor().position().start(),
                        n.anchor().position().end(), n.text(), null));
            }
        }
        found.sort(java.util.Comparator.comparingInt(SelectionMark::start).thenComparingInt(SelectionMark::end));
        return new LoadedAnnotations(byClaim, found, commands.tagPaths());
    }

    /** Tag paths by claim id for the open report: the reader marks coded claims. */
    public javafx.collections.ObservableMap<String, List<String>> codings() {
        return codings;
    }

    // ---- text selection -------------------------------------------------------------------------------------------

    /** The selected text range of the open report, or null. */
    public ReadOnlyObjectProperty<TextSelection> selectionProperty() {
        return selection;
    }

    /** Tags and notes on free selections of the open report, by start offset; reloaded on every change. */
    public ObservableList<SelectionMark> marks() {
        return marks;
    }

    /** The marks that overlap row {@code block} (for drawing it). */
    public List<SelectionMark> marksIn(ReaderBlock block) {
        int from = block.start();
        int to = from + block.text().length();
        List<SelectionMark> out = new ArrayList<>();
        for (SelectionMark m : marks) {
            if (m.overlaps(from, to)) {
                out.add(m);
            }
        }
        return out;
    }

    /** Every tag path in the codebook, for completing a tag name. */
    public ObservableList<String> tagPaths() {
        return tagPaths;
    }

    /** The outcome of the last tag, note or copy on a selection when it failed (one sentence), else null. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice;
    }

    /** A press (or a shift-click with no selection started) at {@code offset} characters into row {@code row}. */
    public void pressAt(int row, int offset) {
        selection.set(null);
        ReaderBlock b = selectableRow(row);
        if (b == null) {
            anchorRow = -1;
            anchorOffset = -1;
            anchorEnd = -1;
            return;
        }
        anchorRow = row;
        anchorOffset = b.start() + clamp(offset, 0, b.text().length());
        anchorEnd = anchorOffset;
    }

    /**
     * The mouse dragged (or shift-clicked) to {@code offset} characters into row {@code row}: selects from where the
     * press was to there, widened to whole words at both ends (a word cut in half is never what the analyst means to
     * tag or cite). A selection stays inside the row it began in; going past it selects to the row's edge. Dragging
     * back to the press point selects nothing, so a click stays a click.
     */
    public void dragTo(int row, int offset) {
        if (anchorRow < 0 || anchorRow >= blocks.size()) {
            return;
        }
        ReaderBlock b = blocks.get(anchorRow);
        int at = row == anchorRow ? b.start() + clamp(offset, 0, b.text().length())
                : row > anchorRow ? b.start() + b.text().length() : b.start();
        if (at == anchorOffset && anchorEnd == anchorOffset) {
            selection.set(null);
            return;
        }
        String t = b.text();
        endIsFree = at >= anchorOffset;
        int from = WordBounds.startOfWord(t, Math.min(anchorOffset, at) - b.start());
        int to = WordBounds.endOfWord(t, Math.max(anchorEnd, at) - b.start());
        selectRange(b.start() + from, b.start() + to);
    }

    /** Shift-click: extends the current selection (or starts one) to {@code offset} in row {@code row}. */
    public void extendTo(int row, int offset) {
        if (anchorRow < 0) {
            pressAt(row, offset);
        } else {
            dragTo(row, offset);
        }
    }

    /**
     * Shift+→ / Shift+←: moves the free end of the selection (the one away from where it was started) to the end of
     * the next word or the start of the previous one, within the row; a selection shrinks back to its anchor word but
     * never to nothing. Does nothing without a selection.
     */
    public void extendByWord(boolean forward) {
        TextSelection sel = selection.get();
        if (sel == null || anchorRow < 0 || anchorRow >= blocks.size()) {
            return;
        }
        ReaderBlock b = blocks.get(anchorRow);
        String t = b.text();
        int free = (endIsFree ? sel.end() : sel.start()) - b.start();
        int moved = forward ? WordBounds.nextWordEnd(t, free) : WordBounds.previousWordStart(t, free);
        int at = b.start() + moved;
        int from = Math.min(anchorOffset, at);
        int to = Math.max(anchorEnd, at);
        if (from >= to) {
            return;
        }
        endIsFree = at >= anchorOffset;
        selectRange(b.start() + WordBounds.startOfWord(t, from - b.start()),
                b.start() + WordBounds.endOfWord(t, to - b.start()));
    }

    /** Double-click: selects the word at {@code offset} characters into row {@code row} (letters, digits, - and '). */
    public void selectWord(int row, int offset) {
        ReaderBlock b = selectableRow(row);
        if (b == null) {
            return;
        }
        String t = b.text();
        int at = clamp(offset, 0, t.length());
        int s = WordBounds.wordStartAround(t, at);
        int e = WordBounds.wordEndAround(t, at);
        if (s < e) {
            anchorRow = row;
            anchorOffset = b.start() + s;
            anchorEnd = b.start() + e;
            endIsFree = true;
            selectRange(b.start() + s, b.start() + e);
        }
    }

    /**
     * Selects characters {@code [start, end)} of the open report's text, trimmed of surrounding white space. Refused
     * (selection cleared, false returned) when no report is open, the range is empty or blank, or it is not inside
     * one paragraph of the reader.
     */
    public boolean selectRange(int start, int end) {
        Opened o = opened;
        if (o == null || start >= end) {
            selection.set(null);
            return false;
        }
        int row = rowOf(start);
        ReaderBlock b = row < 0 ? null : blocks.get(row);
        if (b == null || end > b.start() + b.text().length()) {
            selection.set(null);
            return false;
        }
        String text = o.report().source().text();
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (s >= e) {
            selection.set(null);
            return false;
        }
        if (anchorRow != row) {
            anchorRow = row;
            anchorOffset = s;
            anchorEnd = e;
            endIsFree = true;
        }
        selection.set(new TextSelection(o.summary().id(), s, e, text.substring(s, e)));
        return true;
    }

    public void clearSelection() {
        selection.set(null);
        anchorRow = -1;
        anchorOffset = -1;
        anchorEnd = -1;
    }

    /** The paragraph row holding offset {@code at} of the report's text, or -1. */
    public int rowOf(int at) {
        for (int i = 0; i < blocks.size(); i++) {
            ReaderBlock b = blocks.get(i);
            if (b.kind() == ReaderBlock.Kind.PARAGRAPH && at >= b.start() && at < b.start() + b.text().length()) {
                return i;
            }
        }
        return -1;
    }

    private ReaderBlock selectableRow(int row) {
        if (opened == null || row < 0 || row >= blocks.size()) {
            return null;
        }
        ReaderBlock b = blocks.get(row);
        return b.kind() == ReaderBlock.Kind.PARAGRAPH ? b : null;
    }

    private static int clamp(int v, int lo, int hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    /** Tags the selection with the tag named (created when new); the selection is cleared once it is stored. */
    public void tagSelection(String tagRef) {
        TextSelection sel = selection.get();
        if (sel == null || tagRef == null || tagRef.isBlank()) {
            return;
        }
        writeOnSelection("Tagging the selection", sel,
                () -> commands.tagSelection(sel.reportId(), sel.start(), sel.end(), tagRef));
    }

    /** Puts a note on the selection. */
    public void noteSelection(String text) {
        TextSelection sel = selection.get();
        if (sel == null || text == null || text.isBlank()) {
            return;
        }
        writeOnSelection("Adding the note", sel,
                () -> commands.noteSelection(sel.reportId(), sel.start(), sel.end(), text));
    }

    private void writeOnSelection(String doing, TextSelection sel, Runnable change) {
        notice.set(null);
        tasks.run(doing, () -> {
            change.run();
            return Boolean.TRUE;
        }, ok -> {
            if (sel.equals(selection.get())) {
                clearSelection();
            }
            refreshCodings();
        }, error -> notice.set(UserMessages.describe(doing, error)));
    }

    /**
     * The selection with where it comes from, for the clipboard, on one line: the quote, then who said it (the speaker
     * of the claim the words lie in, with role and country when known), the report's title, organisation, date and
     * page — the citation the exports give ({@link ExcerptCitation}). Null without a selection.
     */
    public String citation() {
        TextSelection sel = selection.get();
        Opened o = opened;
        if (sel == null || o == null || !o.summary().id().equals(sel.reportId())) {
            return null;
        }
        ClaimRecord around = claimAround(o.indexed(), sel.start(), sel.end());
        Integer page = org.rapporteur.model.Pages.pageAt(o.report().source().pages(), sel.start());
        ReportSummary r = o.summary();
        ReportSummary titled = r.title() != null && !r.title().isBlank() ? r
                : new ReportSummary(r.id(), r.source(), r.path(), title(r), r.organisation(), r.date(), r.kind(),
                        r.authors(), r.claims(), r.problems(), r.otherPaths());
        return ExcerptCitation.of(around, titled, page, around == null ? null : around.claim().section())
                .quoting(sel.quote());
    }

    /** The indexed claim sharing the most characters with {@code [start, end)}, or null when none does. */
    static ClaimRecord claimAround(List<ClaimRecord> claims, int start, int end) {
        ClaimRecord best = null;
        int most = 0;
        for (ClaimRecord c : claims) {
            int shared = Math.min(end, c.claim().end()) - Math.max(start, c.claim().start());
            if (shared > most) {
                most = shared;
                best = c;
            }
        }
        return best;
    }

    /**
     * The OCR confidence (0–100) of page {@code page} of the open report, or null when the page's text came from its
     * text layer (or nothing is open), so the reader can mark pages whose words may be misread.
     */
    public Double pageOcrConfidence(Integer page) {
        Opened o = opened;
        if (page == null || o == null) {
            return null;
        }
        for (org.rapporteur.model.PageSpan s : o.report().source().pages()) {
            if (s.number() == page) {
                return s.ocrConfidence();
            }
        }
        return null;
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
