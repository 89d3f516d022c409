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
    private long generation;

    public InspectorViewModel(Workspace workspace, BackgroundTasks tasks) {
        this.workspace = workspace;
        this.tasks = tasks;
    }

    public void show(ClaimRecord record) {
        claim.set(record);
        related.clear();
        long mine = ++generation;
        if (record == null) {
            relatedLoading.set(false);
            return;
        }
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
