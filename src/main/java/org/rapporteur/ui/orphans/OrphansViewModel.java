package org.rapporteur.ui.orphans;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.rapporteur.annotations.Annotations;
import org.rapporteur.annotations.Coding;
import org.rapporteur.annotations.Correction;
import org.rapporteur.annotations.Note;
import org.rapporteur.annotations.Orphan;
import org.rapporteur.annotations.Target;
import org.rapporteur.model.ClaimRecord;
import org.rapporteur.model.ReportSummary;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.ui.common.UserMessages;
import org.rapporteur.ui.inspector.AnnotationCommands;
import org.rapporteur.ui.reader.TextSelection;
import org.rapporteur.ui.tasks.BackgroundTasks;

/**
 * The orphaned annotations of the workspace (tags, notes, links and corrections whose words are no longer in their
 * report's text after a re-index), read off the FX thread, with re-attaching one to the selected claim or to the
 * reader's text selection, and deleting it; each an undoable change. The list follows every change to the store
 * (also re-anchoring during indexing) while {@link #listen()} is on. Use on the FX thread.
 */
public final class OrphansViewModel {
    private final Workspace workspace;
    private final BackgroundTasks tasks;
    private final Supplier<ClaimRecord> selectedClaim;
    private final Supplier<TextSelection> selectedText;
    private final AnnotationCommands commands;
    private final ObservableList<OrphanRow> rows = FXCollections.observableArrayList();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty();
    private long generation;

    /**
     * @param selectedClaim the claim selected in the inspector (results or reader), or null
     * @param selectedText  the reader's text selection, or null
     */
    public OrphansViewModel(Workspace workspace, BackgroundTasks tasks, Supplier<ClaimRecord> selectedClaim,
                            Supplier<TextSelection> selectedText) {
        this.workspace = workspace;
        this.tasks = tasks;
        this.selectedClaim = selectedClaim;
        this.selectedText = selectedText;
        this.commands = new AnnotationCommands(workspace);
    }

    /** Re-reads the orphans (and what each one was) in the background. */
    public void refresh() {
        long mine = ++generation;
        loading.set(true);
        tasks.run("Listing orphaned annotations", this::load, list -> {
            if (mine == generation) {
                loading.set(false);
                rows.setAll(list);
            }
        }, error -> {
            if (mine == generation) {
                loading.set(false);
                message.set(UserMessages.describe("Listing orphaned annotations", error));
            }
        });
    }

    /** Refreshes on every change to the annotations until closed (the window closes it when it closes). */
    public AutoCloseable listen() {
        return workspace.annotations().addListener(e -> {
            try {
                Platform.runLater(this::refresh);
            } catch (IllegalStateException toolkitGone) {
                // shutting down
            }
        });
    }

    private List<OrphanRow> load() {
        Annotations s = workspace.annotations();
        List<Orphan> orphans = s.orphans();
        Map<String, List<Coding>> codings = new HashMap<>();
        Map<String, List<Note>> notes = new HashMap<>();
        Map<String, String> reports = new HashMap<>();
        List<Correction> corrections = null;
        List<OrphanRow> out = new ArrayList<>(orphans.size());
        for (Orphan o : orphans) {
            String reportId = o.anchor().reportId();
            String report = reports.computeIfAbsent(reportId, this::reportLabel);
            String quote = o.anchor().quote() == null ? "" : o.anchor().quote().exact();
            String what;
            String created = null;
            switch (o.kind()) {
                case "coding" -> {
                    Optional<Coding> c = codings.computeIfAbsent(reportId, s::codingsByReport).stream()
                            .filter(k -> k.id() == o.annotationId()).findFirst();
                    what = c.map(k -> "Tag '" + k.tagPath() + "'").orElse("Tag");
                    created = c.map(Coding::createdAt).orElse(null);
                }
                case "note" -> {
                    Optional<Note> n = notes.computeIfAbsent(reportId, s::notesByReport).stream()
                            .filter(k -> k.id() == o.annotationId()).findFirst();
                    what = n.map(k -> "Note \u201c" + shorten(k.text()) + "\u201d").orElse("Note");
                    created = n.map(Note::createdAt).orElse(null);
                }
                case "correction" -> {
                    if (corrections == null) {
                        corrections = s.corrections();
                    }
                    Optional<Correction> c = corrections.stream().filter(k -> k.id() == o.annotationId())
                            .findFirst();
                    what = "Correction (" + c.map(k -> k.kind().name().toLowerCase(java.util.Locale.ROOT)
                            .replace('_', ' ')).orElse("?") + ")";
                    created = c.map(Correction::createdAt).orElse(null);
                }
                case "link" -> what = "Link: " + o.label();
                default -> what = o.label();
            }
            out.add(new OrphanRow(o, what, quote, report, created));
        }
        return out;
    }

    private String reportLabel(String reportId) {
        Optional<ReportSummary> now = workspace.corpus().report(reportId);
        if (now.isPresent()) {
            return title(now.get());
        }
        // A changed file gets a new id; the orphan keeps the id of the version it was made on.
        return workspace.corpus().report(workspace.annotations().currentReportId(reportId))
                .map(r -> title(r) + " (earlier version)")
                .orElse("a report no longer indexed (" + reportId.substring(0, Math.min(12, reportId.length()))
                        + ")");
    }

    private static String title(ReportSummary r) {
        return r.title() != null && !r.title().isBlank() ? r.title() : r.source();
    }

    private static String shorten(String s) {
        String t = s == null ? "" : s.replaceAll("\\s+", " ").strip();
        return t.length() <= 60 ? t : t.substring(0, 57) + "…";
    }

    /** Re-attaches the orphan to the claim selected in the inspector; says so when no claim is selected. */
    public void reattachToSelectedClaim(OrphanRow row) {
        ClaimRecord claim = selectedClaim.get();
        if (row == null) {
            message.set("Pick an orphaned annotation first.");
        } else if (claim == null) {
            message.set("Select the claim to re-attach to, in the results or the reader, then try again.");
        } else {
            write("Re-attaching the annotation", () -> commands.reattach(row.anchorId(),
                    Target.claim(claim.claim().id())));
        }
    }

    /** Re-attaches the orphan to the words selected in the reader; says so when nothing is selected. */
    public void reattachToSelectedText(OrphanRow row) {
        TextSelection sel = selectedText.get();
        if (row == null) {
            message.set("Pick an orphaned annotation first.");
        } else if (sel == null) {
            message.set("Select the words to re-attach to in the reader, then try again.");
        } else {
            write("Re-attaching the annotation", () -> commands.reattach(row.anchorId(),
                    Target.selection(sel.reportId(), sel.start(), sel.end())));
        }
    }

    /** Deletes the annotation (undoable with Ctrl+Z in the main window). */
    public void delete(OrphanRow row) {
        if (row != null) {
            write("Deleting the annotation", () -> commands.delete(row.orphan()));
        }
    }

    private void write(String doing, Runnable change) {
        message.set(null);
        tasks.run(doing, () -> {
            change.run();
            return Boolean.TRUE;
        }, ok -> refresh(), error -> message.set(UserMessages.describe(doing, error)));
    }

    public ObservableList<OrphanRow> rows() {
        return rows;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    /** Why the last action did not happen (one sentence), else null. */
    public ReadOnlyStringProperty messageProperty() {
        return message;
    }
}
