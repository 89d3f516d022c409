package org.rapporteur.ui.team;

import java.time.ZoneId;
import java.util.List;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.rapporteur.annotations.Annotations;
import org.rapporteur.annotations.StoreHealth;
import org.rapporteur.annotations.TeamMember;
import org.rapporteur.ui.tasks.BackgroundTasks;

/**
 * The state of the status bar's team indicator: shown only for a team workspace; its line and tooltip follow the
 * store's health (pushed by the store's health listener, never polled on the FX thread) and who is online (read in
 * the background when the health changes, when a change arrives, and every half minute, since joining and leaving
 * send no event). Use on the FX thread; {@link #close()} when the window goes.
 */
public final class TeamIndicatorViewModel {
    /** Who is online is read again this often in the background (a connection ending sends nothing). */
    static final javafx.util.Duration MEMBERS_EVERY = javafx.util.Duration.seconds(30);

    private final Annotations annotations;
    private final BackgroundTasks tasks;
    private final ZoneId zone;
    private final SimpleBooleanProperty team = new SimpleBooleanProperty();
    private final SimpleObjectProperty<StoreHealth> health = new SimpleObjectProperty<>(StoreHealth.local());
    private final SimpleStringProperty line = new SimpleStringProperty("");
    private final SimpleStringProperty detail = new SimpleStringProperty("");
    private final ObservableList<TeamMember> members = FXCollections.observableArrayList();
    private final javafx.animation.Timeline membersTimer = new javafx.animation.Timeline(
            new javafx.animation.KeyFrame(MEMBERS_EVERY, e -> refreshMembers()));
    private String location = "";
    private AutoCloseable healthListener;
    private boolean membersReading;
    private boolean closed;

    public TeamIndicatorViewModel(Annotations annotations, BackgroundTasks tasks) {
        this(annotations, tasks, ZoneId.systemDefault());
    }

    TeamIndicatorViewModel(Annotations annotations, BackgroundTasks tasks, ZoneId zone) {
        this.annotations = annotations;
        this.tasks = tasks;
        this.zone = zone;
        membersTimer.setCycleCount(javafx.animation.Animation.INDEFINITE);
    }

    /** Reads whether this is a team workspace and its health in the background, then follows both. Once. */
    public void start() {
        tasks.run("Reading the team connection", () -> new Start(annotations.isTeam(), annotations.location(),
                annotations.health()), s -> {
                    if (closed || !s.team()) {
                        return; // a single-user workspace: the indicator stays hidden
                    }
                    location = s.location();
                    team.set(true);
                    accept(s.health());
                    healthListener = annotations.addHealthListener(h -> {
                        try {
                            Platform.runLater(() -> accept(h));
                        } catch (IllegalStateException toolkitGone) {
                            // shutting down
                        }
                    });
                    refreshMembers();
                    membersTimer.play();
                }, error -> { });
    }

    private record Start(boolean team, String location, StoreHealth health) {
    }

    /** A new health from the store (FX thread): the line says it, and who is online is read again. */
    void accept(StoreHealth given) {
        if (closed || given == null) {
            return;
        }
        // a team store that has not said otherwise is connected: it opened, so the server answered
        StoreHealth h = team.get() && given.state() == StoreHealth.State.LOCAL
                ? new StoreHealth(StoreHealth.State.CONNECTED, given.message(), given.since(), given.pendingChanges())
                : given;
        StoreHealth before = health.get();
        health.set(h);
        render();
        if (before.state() != h.state()) {
            refreshMembers();
        }
    }

    /** A change arrived from elsewhere: its author is online, perhaps newly. */
    public void changeArrived() {
        if (team.get()) {
            refreshMembers();
        }
    }

    /** Reads who is online in the background; a read already going on is enough. */
    public void refreshMembers() {
        if (closed || membersReading || !team.get()) {
            return;
        }
        if (health.get().state() == StoreHealth.State.LOST) {
            members.clear(); // nobody can be seen while the server is away
            render();
            return;
        }
        membersReading = true;
        tasks.run("Reading who is online", annotations::members, m -> {
            membersReading = false;
            if (!closed) {
                members.setAll(m);
                render();
            }
        }, error -> membersReading = false);
    }

    private void render() {
        line.set(TeamIndicatorText.line(location, health.get(), List.copyOf(members), zone));
        detail.set(TeamIndicatorText.detail(location, health.get()));
    }

    /** Stops following the store (the window closes or switches workspace). */
    public void close() {
        closed = true;
        membersTimer.stop();
        try {
            if (healthListener != null) {
                healthListener.close();
            }
        } catch (Exception e) {
            // nothing to keep: the store is closing too
        }
    }

    /** True for a team workspace (the indicator shows). */
    public ReadOnlyBooleanProperty teamProperty() {
        return team;
    }

    public ReadOnlyObjectProperty<StoreHealth> healthProperty() {
        return health;
    }

    public ReadOnlyStringProperty lineProperty() {
        return line;
    }

    public ReadOnlyStringProperty detailProperty() {
        return detail;
    }

    /** Who is online, as last read; empty while the server is away. */
    public ObservableList<TeamMember> members() {
        return members;
    }

    /** Where the team's database is, without a password. */
    public String location() {
        return location;
    }
}
