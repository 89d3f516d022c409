package org.rapporteur.ui.meaning;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.rapporteur.annotations.Tag;
import org.rapporteur.model.ClaimRecord;
import org.rapporteur.pipeline.ExampleCandidate;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.ui.common.UserMessages;
import org.rapporteur.ui.tasks.BackgroundTasks;

/**
 * Code by example: pick a tag, review the claims not coded with it that are most like those that are, and accept
 * (an ordinary coding, undoable) or reject (never offered again for this tag) each. Candidates and their nearest
 * examples load off the FX thread; a newer tag drops an older answer. An answered row leaves the list at once and a
 * line says what was done and how to undo it. Use on the FX thread.
 */
public final class ExampleViewModel {
    public static final int CANDIDATES = 50;

    /** A candidate with the coded claim it is nearest to (null when that claim is no longer in the index). */
    public record Row(ExampleCandidate candidate, ClaimRecord nearestExample) {
        public ClaimRecord claim() {
            return candidate.claim();
        }
    }

    private final Workspace workspace;
    private final BackgroundTasks tasks;
    private final MeaningServices meaning;
    private final ObservableList<Tag> tags = FXCollections.observableArrayList();
    private final ObjectProperty<Tag> tag = new SimpleObjectProperty<>();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty();
    private final StringProperty done = new SimpleStringProperty("");
    private final StringProperty empty = new SimpleStringProperty("Pick a tag: the claims most like those already "
            + "coded with it are listed here.");
    private long generation;
    private Task<?> running;
    private Long wanted;

    public ExampleViewModel(Workspace workspace, BackgroundTasks tasks, MeaningServices meaning) {
        this.workspace = workspace;
        this.tasks = tasks;
        this.meaning = meaning;
        tag.addListener((o, a, t) -> load());
    }

    /** Re-reads the codebook (when the view is shown, and after changes to it), keeping the chosen tag. */
    public void refreshTags() {
        tasks.run("Reading the codebook", () -> workspace.annotations().tags(), list -> {
            List<Tag> sorted = new ArrayList<>(list);
            sorted.sort((a, b) -> String.CASE_INSENSITIVE_ORDER.compare(a.path(), b.path()));
            Tag chosen = tag.get();
            tags.setAll(sorted);
            Long pick = wanted != null ? wanted : chosen == null ? null : chosen.id();
            if (pick != null) {
                sorted.stream().filter(t -> t.id() == pick).findFirst().ifPresent(t -> {
                    wanted = null;
                    if (chosen == null || chosen.id() != t.id()) {
                        tag.set(t);
                    }
                });
            }
            if (sorted.isEmpty()) {
                empty.set("No tags yet: tag a few claims (Ctrl+K in the inspector), then come back to find more.");
            }
        }, error -> message.set(UserMessages.describe("Reading the codebook", error)));
    }

    /** Shows the candidates for the tag with this id (from "Find more like this tag…"). */
    public void chooseTag(long tagId) {
        for (Tag t : tags) {
            if (t.id() == tagId) {
                tag.set(t);
                return;
            }
        }
        wanted = tagId; // the codebook is still being read
        refreshTags();
    }

    /** Loads the candidates of the chosen tag again. */
    public void load() {
        Tag t = tag.get();
        long mine = ++generation;
        if (running != null) {
            running.cancel(false);
        }
        rows.clear();
        message.set(null);
        if (t == null) {
            loading.set(false);
            return;
        }
        loading.set(true);
        empty.set("Finding the claims most like those coded #" + t.path() + "…");
        running = tasks.run("Finding claims like #" + t.path(), () -> {
            List<Row> found = candidates(t.id());
            String whyNone = found.isEmpty() ? meaning.whyNoCandidates(t.id()).orElse("No more candidates for #"
                    + t.path() + ": the claims most like those coded with it are coded or were rejected.") : "";
            return new Found(found, whyNone);
        }, answer -> {
            if (mine != generation) {
                return;
            }
            rows.setAll(answer.rows());
            loading.set(false);
            empty.set(answer.whyNone());
        }, error -> {
            if (mine != generation) {
                return;
            }
            loading.set(false);
            empty.set("");
            message.set(UserMessages.describe("Finding claims like #" + t.path(), error));
        });
    }

    private record Found(List<Row> rows, String whyNone) {
    }

    private List<Row> candidates(long tagId) {
        List<Row> out = new ArrayList<>();
        for (ExampleCandidate c : meaning.byExample(tagId, CANDIDATES)) {
            ClaimRecord nearest = c.nearestExampleId() == null ? null
                    : workspace.corpus().claim(c.nearestExampleId()).orElse(null);
            out.add(new Row(c, nearest));
        }
        return out;
    }

    /** A: codes the row's claim with the tag; the row leaves the list (Ctrl+Z undoes the coding). */
    public void accept(Row row) {
        Tag t = tag.get();
        if (row == null || t == null || !rows.remove(row)) {
            return;
        }
        String what = shortText(row.claim());
        tasks.run("Coding with #" + t.path(), () -> meaning.accept(row.claim().claim().id(), t.id()), event -> {
            message.set(null);
            done.set("Coded #" + t.path() + ": " + what + " — Ctrl+Z undoes.");
        }, error -> {
            putBack(row);
            message.set(UserMessages.describe("Coding with #" + t.path(), error));
        });
    }

    /** R: refuses the tag for the row's claim; it leaves the list and is not offered for this tag again. */
    public void reject(Row row) {
        Tag t = tag.get();
        if (row == null || t == null || !rows.remove(row)) {
            return;
        }
        String what = shortText(row.claim());
        tasks.run("Rejecting #" + t.path(), () -> {
            meaning.reject(row.claim().claim().id(), t.id());
            return Boolean.TRUE;
        }, ok -> {
            message.set(null);
            done.set("Not #" + t.path() + ": " + what + " — not offered for this tag again (Ctrl+Z undoes).");
        }, error -> {
            putBack(row);
            message.set(UserMessages.describe("Rejecting #" + t.path(), error));
        });
    }

    private void putBack(Row row) {
        if (!rows.contains(row)) {
            rows.add(0, row);
        }
    }

    /**
     * An annotation changed: the codebook is read again (a tag made or renamed); the candidates are not — reloading
     * would move the rows under the analyst's keys. Choosing the tag again reloads them.
     */
    public void annotationsChanged() {
        if (!tags.isEmpty() || tag.get() != null) {
            refreshTags();
        }
    }

    static String shortText(ClaimRecord r) {
        String t = r.claim().text().strip().replaceAll("\\s+", " ");
        return "“" + (t.length() > 60 ? t.substring(0, 60) + "…" : t) + "”";
    }

    public ObservableList<Tag> tags() {
        return tags;
    }

    public ObjectProperty<Tag> tagProperty() {
        return tag;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    /** What failed, in one sentence; null when nothing did. */
    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    /** What the last answer did and how to undo it. */
    public ReadOnlyStringProperty doneProperty() {
        return done;
    }

    /** What the list says when it is empty. */
    public ReadOnlyStringProperty emptyProperty() {
        return empty;
    }
}
