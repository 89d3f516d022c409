package org.rapporteur.ui.library;

import java.util.List;
import java.util.function.Consumer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.rapporteur.model.ReportSummary;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.ui.common.UserMessages;
import org.rapporteur.ui.tasks.BackgroundTasks;

/**
 * The library: the indexed reports, grouped by the chosen {@link LibraryGrouping} (both off the FX thread).
 * Opening a report is handed to {@code onOpen}. Use on the FX thread.
 */
public final class LibraryViewModel {
    private final Workspace workspace;
    private final BackgroundTasks tasks;
    private final Consumer<ReportSummary> onOpen;
    private final ObservableList<ReportSummary> reports = FXCollections.observableArrayList();
    private final ObjectProperty<LibraryGrouping> grouping = new SimpleObjectProperty<>(LibraryGrouping.ORGANISATION);
    private final ObjectProperty<List<LibraryGrouping.Group>> groups = new SimpleObjectProperty<>(List.of());
    private final StringProperty message = new SimpleStringProperty();
    private long generation;

    public LibraryViewModel(Workspace workspace, BackgroundTasks tasks, Consumer<ReportSummary> onOpen) {
        this.workspace = workspace;
        this.tasks = tasks;
        this.onOpen = onOpen;
        grouping.addListener((o, a, b) -> regroup());
    }

    private record Loaded(List<ReportSummary> reports, List<LibraryGrouping.Group> groups, boolean unchanged) {
    }

    /**
     * Reloads the report list from the index. Loading, grouping and comparing with what is shown happen in the
     * background (10,952 reports took the FX thread 150 ms to group and compare); an unchanged library touches
     * nothing on screen.
     */
    public void refresh() {
        long mine = ++generation;
        LibraryGrouping by = grouping.get();
        List<LibraryGrouping.Group> before = groups.get();
        tasks.run("Loading the library", () -> {
            List<ReportSummary> list = workspace.corpus().reports();
            List<LibraryGrouping.Group> grouped = by.group(list);
            return new Loaded(list, grouped, grouped.equals(before));
        }, loaded -> {
            if (mine == generation) {
                message.set(loaded.reports().isEmpty() ? "No reports yet. Add a folder with File ▸ Add folder…"
                        : null);
                if (!loaded.unchanged()) {
                    reports.setAll(loaded.reports());
                    if (grouping.get() == by) {
                        groups.set(loaded.groups());
                    } else {
                        regroup();
                    }
                }
            }
        }, error -> message.set(UserMessages.describe("Loading the library", error)));
    }

    private void regroup() {
        long mine = ++generation;
        LibraryGrouping by = grouping.get();
        List<ReportSummary> list = List.copyOf(reports);
        tasks.run("Grouping the library", () -> by.group(list), grouped -> {
            if (mine == generation) {
                groups.set(grouped);
            }
        }, error -> message.set(UserMessages.describe("Grouping the library", error)));
    }

    public void open(ReportSummary report) {
        if (report != null) {
            onOpen.accept(report);
        }
    }

    public ObservableList<ReportSummary> reports() {
        return reports;
    }

    public ObjectProperty<LibraryGrouping> groupingProperty() {
        return grouping;
    }

    public ReadOnlyObjectProperty<List<LibraryGrouping.Group>> groupsProperty() {
        return groups;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }
}
