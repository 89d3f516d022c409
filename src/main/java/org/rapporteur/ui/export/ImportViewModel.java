package org.rapporteur.ui.export;

import java.nio.file.Path;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.rapporteur.pipeline.ImportResult;
import org.rapporteur.pipeline.ImportService;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.ui.common.UserMessages;
import org.rapporteur.ui.tasks.BackgroundTasks;

/**
 * Imports annotations (our JSON-LD) or a REFI-QDA codebook ({@code .qdc}, {@code .qdpx}) into the workspace on a
 * background task with progress and Cancel. The import is all or nothing (see {@link ImportService}); the workbench
 * refreshes its codebook, tag facet and inspector itself, from the annotation store's change events. Use on the FX
 * thread.
 */
public final class ImportViewModel {
    /** The extensions {@link ImportService#importFile} accepts, as file-chooser patterns. */
    public static final String[] ANNOTATION_PATTERNS = {"*.jsonld", "*.json"};
    public static final String[] CODEBOOK_PATTERNS = {"*.qdc", "*.qdpx"};

    private final ImportService service;
    private final BackgroundTasks tasks;
    private final ObjectProperty<ServiceTask<ImportResult>> importing = new SimpleObjectProperty<>();
    private final ObjectProperty<ImportResult> lastResult = new SimpleObjectProperty<>();
    private final StringProperty outcome = new SimpleStringProperty("");
    private final BooleanProperty failed = new SimpleBooleanProperty();

    public ImportViewModel(Workspace workspace, BackgroundTasks tasks) {
        this.service = new ImportService(workspace);
        this.tasks = tasks;
    }

    /** Starts importing {@code file}; refused (false) while another import runs. */
    public boolean importFile(Path file) {
        if (file == null || importing.get() != null) {
            return false;
        }
        ServiceTask<ImportResult> task = new ServiceTask<>("Importing " + file.getFileName(),
                (progress, cancel) -> service.importFile(file, progress, cancel));
        importing.set(task);
        outcome.set("");
        failed.set(false);
        tasks.submit("Importing " + file.getFileName(), task, r -> {
            importing.set(null);
            lastResult.set(r);
            outcome.set(ExportPreviews.imported(r));
        }, e -> {
            importing.set(null);
            failed.set(true);
            outcome.set(UserMessages.describe("The import", e));
        });
        return true;
    }

    /** Stops a running import; what it wrote is undone. */
    public void cancel() {
        ServiceTask<ImportResult> t = importing.get();
        if (t != null) {
            t.cancel();
        }
    }

    public ReadOnlyObjectProperty<ServiceTask<ImportResult>> importingProperty() {
        return importing;
    }

    public ReadOnlyObjectProperty<ImportResult> lastResultProperty() {
        return lastResult;
    }

    public ReadOnlyStringProperty outcomeProperty() {
        return outcome;
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return failed;
    }
}
