package org.rapporteur.ui.review;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.IntFunction;

import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.rapporteur.annotations.ChangeEvent;
import org.rapporteur.model.Attribution;
import org.rapporteur.model.ClaimRecord;
import org.rapporteur.model.ReviewPage;
import org.rapporteur.pipeline.AttributionReview;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.ui.common.UserMessages;
import org.rapporteur.ui.tasks.BackgroundTasks;

/**
 * The Review tab: the claims whose attribution is weak or has a close runner-up, worst first, read from the index in
 * the background ({@link AttributionReview#DEFAULT_LIMIT} at a time, never all claims), and the analyst's answers —
 * accept, take the runner-up, type a speaker, rename a label in the report — each one undoable correction. A row
 * leaves the list as soon as it is answered (in place: the rows around it stay); the list re-reads itself after every
 * correction in the store (an undo brings the claim back, and {@link #focusProperty()} names it so the view can select
 * it). Rows with an answer on its way are kept out of a re-read that overtakes it. Use on the FX thread.
 */
public final class ReviewViewModel {
    private final Workspace workspace;
    private final BackgroundTasks tasks;
    private final AttributionReview review;
    private final IntFunction<ReviewPage> loader;
    private final ObservableList<ClaimRecord> rows = FXCollections.observableArrayList();
    private final LongProperty total = new SimpleLongProperty(-1);
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty();
    private final StringProperty done = new SimpleStringProperty();
    private final ObjectProperty<String> focus = new SimpleObjectProperty<>();
    private final ObservableList<String> speakerNames = FXCollections.observableArrayList();
    /** Claims whose answer is being written: a re-read that started before it finished must not bring them back. */
    private final Set<String> pending = new HashSet<>();
    private long generation;
    private boolean namesLoaded;

    public ReviewViewModel(Workspace workspace, BackgroundTasks tasks) {
        this(workspace, tasks, null);
    }

    /**
     * @param loader where the rows come from (limit → page); null reads the index through {@link AttributionReview}.
     *               Tests pass one that adds runner-ups the structurer does not make yet.
     */
    public ReviewViewModel(Workspace workspace, BackgroundTasks tasks, IntFunction<ReviewPage> loader) {
        this.workspace = workspace;
        this.tasks = tasks;
        this.review = new AttributionReview(workspace);
        this.loader = loader != null ? loader : review::claimsToReview;
    }

    /** Re-reads the claims to review in the background; the newest read wins. */
    public void refresh() {
        long mine = ++generation;
        loading.set(true);
        tasks.run("Listing the attributions to review", () -> loader.apply(AttributionReview.DEFAULT_LIMIT),
                page -> {
                    if (mine != generation) {
                        return;
                    }
                    loading.set(false);
                    List<ClaimRecord> fresh = page.claims().stream()
                            .filter(r -> !pending.contains(r.claim().id())).toList();
                    total.set(Math.max(0, page.total() - (page.claims().size() - fresh.size())));
                    rows.setAll(fresh);
                }, error -> {
                    if (mine == generation) {
                        loading.set(false);
                        message.set(UserMessages.describe("Listing the attributions to review", error));
                    }
                });
        if (!namesLoaded) {
            namesLoaded = true;
            tasks.run("Reading the corpus's speakers", () -> review.speakerNames(2000), speakerNames::setAll,
                    error -> namesLoaded = false);
        }
    }

    /**
     * Re-reads the list after every correction (done, undone or redone) until closed; after an undo or redo it asks the view to
     * select the claim it touched.
     */
    public AutoCloseable listen() {
        return workspace.annotations().addListener(e -> {
            try {
                Platform.runLater(() -> changed(e));
            } catch (IllegalStateException toolkitGone) {
                // shutting down
            }
        });
    }

    private void changed(ChangeEvent e) {
        if (e.action() == ChangeEvent.Action.REANCHORED) {
            return; // part of an indexing run; the window refreshes when it ends
        }
        if (!e.correctionsChanged()) {
            return; // tags, notes and links leave attributions as they are
        }
        if (e.action() == ChangeEvent.Action.UNDONE || e.action() == ChangeEvent.Action.REDONE) {
            e.claimIds().stream().findFirst().ifPresent(focus::set);
        }
        refresh();
    }

    /** Enter or A: the speaker (or body) is right; recorded as a correction with confidence 1. */
    public void accept(ClaimRecord row) {
        if (row == null) {
            return;
        }
        Attribution a = row.claim().attribution();
        if (a.creditedName() == null) {
            message.set("This claim has no speaker to accept: press N and type one.");
            return;
        }
        answer(List.of(row), "Accepted " + a.creditedName(), () -> review.accept(row));
    }

    /** R: the runner-up said it. Refused (with a sentence) when there is none. */
    public void takeRunnerUp(ClaimRecord row) {
        if (row == null) {
            return;
        }
        Attribution.RunnerUp r = row.claim().attribution().runnerUp();
        if (r == null) {
            message.set("This claim has no runner-up: accept it (A) or type a speaker (N).");
            return;
        }
        answer(List.of(row), "Credited to the runner-up " + r.name(), () -> review.takeRunnerUp(row));
    }

    /** N, then a name and Enter: {@code name} said it. */
    public void setSpeaker(ClaimRecord row, String name) {
        if (row == null) {
            return;
        }
        if (name == null || name.isBlank()) {
            message.set("Type the speaker's name, then Enter (Esc cancels).");
            return;
        }
        String id = row.claim().id();
        answer(List.of(row), "Credited to " + name.strip(), () -> review.setSpeaker(id, name));
    }

    /**
     * L, then a name and Enter: every claim of this row's report credited to the row's name or label becomes
     * {@code name}'s — one correction, one undo step; the listed claims of that label leave the list at once.
     */
    public void renameLabel(ClaimRecord row, String name) {
        if (row == null) {
            return;
        }
        String label = row.claim().attribution().creditedName();
        if (label == null) {
            message.set("This claim has no name or label to rename: press N and type its speaker.");
            return;
        }
        if (name == null || name.isBlank()) {
            message.set("Type the speaker's name, then Enter (Esc cancels).");
            return;
        }
        String reportId = row.claim().reportId();
        List<ClaimRecord> same = rows.stream().filter(r -> r.claim().reportId().equals(reportId)
                && label.strip().equalsIgnoreCase(nz(r.claim().attribution().creditedName()).strip())).toList();
        answer(same, "Renamed '" + label + "' to " + name.strip() + " in " + reportName(row),
                () -> review.relabel(reportId, label, name));
    }

    private void answer(List<ClaimRecord> leaving, String what, Callable<ChangeEvent> change) {
        message.set(null);
        List<String> ids = new ArrayList<>();
        for (ClaimRecord r : leaving) {
            ids.add(r.claim().id());
        }
        pending.addAll(ids);
        List<ClaimRecord> removed = new ArrayList<>(leaving);
        List<Integer> at = new ArrayList<>();
        for (ClaimRecord r : removed) {
            at.add(rows.indexOf(r));
        }
        rows.removeAll(removed);
        total.set(Math.max(0, total.get() - removed.size()));
        tasks.run(what, change, e -> {
            ids.forEach(pending::remove);
            done.set(what + " — Ctrl+Z undoes");
        }, error -> {
            ids.forEach(pending::remove);
            for (int i = 0; i < removed.size(); i++) {
                int index = at.get(i);
                if (index >= 0 && !rows.contains(removed.get(i))) {
                    rows.add(Math.min(index, rows.size()), removed.get(i));
                }
            }
            total.set(total.get() + removed.size());
            message.set(UserMessages.describe(what, error));
        });
    }

    private static String reportName(ClaimRecord r) {
        return r.reportTitle() != null && !r.reportTitle().isBlank() ? r.reportTitle() : r.source();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** Names starting with (else containing) what was typed, for the name field: at most {@code limit}. */
    public List<String> complete(String typed, int limit) {
        String t = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            return List.of();
        }
        List<String> first = new ArrayList<>();
        List<String> then = new ArrayList<>();
        for (String n : speakerNames) {
            String l = n.toLowerCase(Locale.ROOT);
            if (l.startsWith(t) || l.contains(" " + t)) {
                first.add(n);
            } else if (l.contains(t)) {
                then.add(n);
            }
        }
        first.addAll(then);
        return first.subList(0, Math.min(limit, first.size()));
    }

    /** The rows, worst first; answered rows leave it in place. */
    public ObservableList<ClaimRecord> rows() {
        return rows;
    }

    /** How many claims need review in the whole workspace (the list shows the first {@code DEFAULT_LIMIT}); -1 before the first read. */
    public ReadOnlyLongProperty totalProperty() {
        return total;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    /** Why the last action did not happen (one sentence), else null. */
    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    /** What the last answer did, e.g. {@code Accepted Dr. X — Ctrl+Z undoes}. */
    public ReadOnlyStringProperty doneProperty() {
        return done;
    }

    /** The claim the view should select after an undo or redo brought it back (or changed it), else null. */
    public ReadOnlyObjectProperty<String> focusProperty() {
        return focus;
    }

    /** Clears {@link #focusProperty()} once the view has selected the claim. */
    public void focusTaken() {
        focus.set(null);
    }

    /** How many listed rows the rename of {@code row}'s name or label in its report would take off. */
    public long sameLabelListed(ClaimRecord row) {
        String label = row == null ? null : row.claim().attribution().creditedName();
        if (label == null) {
            return 0;
        }
        return rows.stream().filter(r -> r.claim().reportId().equals(row.claim().reportId())
                && label.strip().equalsIgnoreCase(nz(r.claim().attribution().creditedName()).strip())).count();
    }

    /** The corpus's speakers, for completing a typed name. */
    public ObservableList<String> speakerNames() {
        return speakerNames;
    }
}
