package org.rapporteur.ui.inspector;

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
import org.rapporteur.model.ClaimHit;
import org.rapporteur.model.ClaimRecord;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.ui.common.UserMessages;
import org.rapporteur.ui.tasks.BackgroundTasks;

/**
 * The inspector: the selected claim and its related claims in other reports (MoreLikeThis, loaded off the FX
 * thread; a newer selection drops an older answer). Use on the FX thread.
 */
public final class InspectorViewModel {
    public static final int RELATED = 6;

    private final Workspace workspace;
    private final BackgroundTasks tasks;
    private final ObjectProperty<ClaimRecord> claim = new SimpleObjectProperty<>();
    private final ObservableList<ClaimHit> related = FXCollections.observableArrayList();
    private final BooleanProperty relatedLoading = new SimpleBooleanProperty();
    private final StringProperty relatedMessage = new SimpleStringProperty();
    private final ObjectProperty<ClaimAnnotations> annotations = new SimpleObjectProperty<>();
    private final ObservableList<String> tagPaths = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty();
    private final AnnotationCommands commands;
    private long generation;
    private long annotationGeneration;

    public InspectorViewModel(Workspace workspace, BackgroundTasks tasks) {
        this.workspace = workspace;
        this.tasks = tasks;
        this.commands = new AnnotationCommands(workspace);
    }

    public void show(ClaimRecord record) {
        claim.set(record);
        related.clear();
        long mine = ++generation;
        message.set(null);
        if (record == null) {
            relatedLoading.set(false);
            annotations.set(null);
            return;
        }
        loadAnnotations(record.claim().id());
        relatedLoading.set(true);
        relatedMessage.set(null);
        String id = record.claim().id();
        tasks.run("Finding related claims", () -> workspace.related(id, RELATED), list -> {
            if (mine == generation) {
                related.setAll(list);
                relatedLoading.set(false);
                relatedMessage.set(list.isEmpty() ? "No similar claims in other reports." : null);
            }
        }, error -> {
            if (mine == generation) {
                relatedLoading.set(false);
                relatedMessage.set(UserMessages.describe("Finding related claims", error));
            }
        });
    }

    private void loadAnnotations(String claimId) {
        long mine = ++annotationGeneration;
        tasks.run("Loading tags, notes and links", () -> new Loaded(commands.load(claimId), commands.tagPaths()),
                loaded -> {
                    if (mine == annotationGeneration) {
                        annotations.set(loaded.annotations());
                        tagPaths.setAll(loaded.tagPaths());
                    }
                }, error -> {
                    if (mine == annotationGeneration) {
                        annotations.set(ClaimAnnotations.none(claimId));
                        message.set(UserMessages.describe("Loading the annotations", error));
                    }
                });
    }

    private record Loaded(ClaimAnnotations annotations, java.util.List<String> tagPaths) {
    }

    /**
     * Re-reads the shown claim (its tags, or its speaker after a correction) and its annotations, after a change; the
     * related list is kept.
     */
    public void reload() {
        ClaimRecord current = claim.get();
        if (current == null) {
            return;
        }
        String id = current.claim().id();
        long mine = generation;
        tasks.run("Reloading the claim", () -> workspace.claim(id).orElse(null), rec -> {
            if (mine == generation && rec != null) {
                claim.set(rec);
            }
        }, error -> { });
        loadAnnotations(id);
    }

    // ---- commands (each runs in the background; the store's change event refreshes the views) -----------------

    private void write(String doing, Runnable change) {
        tasks.run(doing, () -> {
            change.run();
            return Boolean.TRUE;
        }, ok -> message.set(null), error -> message.set(UserMessages.describe(doing, error)));
    }

    private String claimId() {
        ClaimRecord c = claim.get();
        return c == null ? null : c.claim().id();
    }

    public void addTag(String tag) {
        String id = claimId();
        if (id != null && tag != null && !tag.isBlank()) {
            write("Tagging the claim", () -> commands.addTag(id, tag));
        }
    }

    public void removeCoding(long codingId) {
        write("Removing the tag", () -> commands.removeCoding(codingId));
    }

    public void saveNote(String text) {
        String id = claimId();
        ClaimAnnotations a = annotations.get();
        if (id != null && a != null && a.claimId().equals(id)) {
            org.rapporteur.annotations.Note existing = a.note();
            String before = existing == null ? "" : existing.text();
            if (!before.equals(text == null ? "" : text.strip())) {
                write("Saving the note", () -> commands.saveNote(id, existing, text));
            }
        }
    }

    public void link(String targetClaimId, org.rapporteur.annotations.LinkType type, String note) {
        String id = claimId();
        if (id != null) {
            write("Linking the claims", () -> commands.link(id, targetClaimId, type, note));
        }
    }

    public void removeLink(long linkId) {
        write("Removing the link", () -> commands.removeLink(linkId));
    }

    public void correctSpeaker(String name, String role, String affiliation, String country) {
        String id = claimId();
        if (id != null) {
            write("Correcting the speaker", () -> commands.correctSpeaker(id, name, role, affiliation, country));
        }
    }

    /** Looks a claim up by id (the other end of a link) and hands it to {@code open}. */
    public void openById(String claimId, java.util.function.Consumer<ClaimRecord> open) {
        tasks.run("Opening the linked claim", () -> workspace.claim(claimId).orElse(null), rec -> {
            if (rec == null) {
                message.set("The linked claim is no longer in the index.");
            } else {
                open.accept(rec);
            }
        }, error -> message.set(UserMessages.describe("Opening the linked claim", error)));
    }

    public ReadOnlyObjectProperty<ClaimAnnotations> annotationsProperty() {
        return annotations;
    }

    public ObservableList<String> tagPaths() {
        return tagPaths;
    }

    /** The outcome of the last command when it failed (one readable sentence), else null. */
    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyObjectProperty<ClaimRecord> claimProperty() {
        return claim;
    }

    public ObservableList<ClaimHit> related() {
        return related;
    }

    public ReadOnlyBooleanProperty relatedLoadingProperty() {
        return relatedLoading;
    }

    public ReadOnlyStringProperty relatedMessageProperty() {
        return relatedMessage;
    }
}
