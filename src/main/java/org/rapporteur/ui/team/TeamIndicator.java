package org.rapporteur.ui.team;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.stage.Popup;
import org.rapporteur.annotations.StoreHealth;
import org.rapporteur.annotations.TeamMember;
import org.rapporteur.ui.common.Styles;

/**
 * The status bar's team indicator: a coloured dot (green connected, red lost) and the line of
 * {@link TeamIndicatorText}; a click (or Enter when focused) opens who is online — name, program, machine, since —
 * above it. Hidden for a single-user workspace.
 */
public final class TeamIndicator extends Button {
    public static final String ID = "teamIndicator";
    public static final String MEMBERS_ID = "teamMembers";
    static final String DOT = "team-dot";
    static final String CONNECTED = "team-connected";
    static final String LOST = "team-lost";
    private static final DateTimeFormatter SINCE = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private final TeamIndicatorViewModel vm;
    private final Circle dot = new Circle(4.5);
    private final Popup popup = new Popup();
    private final VBox membersBox = new VBox(6);
    private double anchorTop;

    public TeamIndicator(TeamIndicatorViewModel vm) {
        this.vm = vm;
        setId(ID);
        getStyleClass().addAll("flat", "small", "team-indicator");
        dot.getStyleClass().add(DOT);
        setGraphic(dot);
        setMinWidth(USE_PREF_SIZE);
        textProperty().bind(vm.lineProperty());
        Tooltip tip = new Tooltip();
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        tip.textProperty().bind(vm.detailProperty());
        setTooltip(tip);
        visibleProperty().bind(vm.teamProperty());
        managedProperty().bind(visibleProperty());
        vm.healthProperty().addListener((o, a, h) -> style(h));
        style(vm.healthProperty().get());
        membersBox.setId(MEMBERS_ID);
        membersBox.getStyleClass().add("team-members");
        membersBox.setPadding(new Insets(10, 12, 10, 12));
        popup.getContent().add(membersBox);
        popup.setAutoHide(true);
        // the list grows as who is online is read: it stays above the indicator
        membersBox.heightProperty().addListener((o, a, h) -> popup.setY(anchorTop - h.doubleValue() - 4));
        vm.members().addListener((javafx.collections.ListChangeListener<TeamMember>) c -> {
            if (popup.isShowing()) {
                fillMembers();
            }
        });
        setOnAction(e -> toggleMembers());
    }

    private void style(StoreHealth h) {
        getStyleClass().removeAll(CONNECTED, LOST);
        getStyleClass().add(h.state() == StoreHealth.State.LOST ? LOST : CONNECTED);
    }

    /** Shows who is online above the indicator, or hides it when it shows. */
    public void toggleMembers() {
        if (popup.isShowing()) {
            popup.hide();
            return;
        }
        fillMembers();
        vm.refreshMembers();
        if (getScene() == null || getScene().getWindow() == null) {
            return;
        }
        membersBox.getStylesheets().setAll(getScene().getStylesheets());
        Bounds b = localToScreen(getBoundsInLocal());
        anchorTop = b.getMinY();
        popup.show(getScene().getWindow());
        // above the status bar, left-aligned with the indicator: the bottom edge of the window is just below
        popup.setX(b.getMinX());
        popup.setY(anchorTop - membersBox.getHeight() - 4);
    }

    public Popup membersPopup() {
        return popup;
    }

    private void fillMembers() {
        Label title = new Label("Who is online");
        title.getStyleClass().add(Styles.PANE_TITLE);
        membersBox.getChildren().setAll(title);
        StoreHealth h = vm.healthProperty().get();
        if (h.state() == StoreHealth.State.LOST) {
            Label away = new Label("Nobody can be seen while the team server is away.");
            away.getStyleClass().add(Styles.MUTED);
            membersBox.getChildren().add(away);
        } else if (vm.members().isEmpty()) {
            Label none = new Label("Reading who is online…");
            none.getStyleClass().add(Styles.MUTED);
            membersBox.getChildren().add(none);
        } else {
            GridPane grid = new GridPane();
            grid.setHgap(14);
            grid.setVgap(3);
            String[] heads = {"Analyst", "Program", "Machine", "Since"};
            for (int i = 0; i < heads.length; i++) {
                Label head = new Label(heads[i]);
                head.getStyleClass().add(Styles.MUTED);
                grid.add(head, i, 0);
            }
            int row = 1;
            for (TeamMember m : vm.members()) {
                grid.add(new Label(m.user() + (m.self() ? " (you)" : "")), 0, row);
                grid.add(new Label(program(m)), 1, row);
                grid.add(new Label(m.host() == null || m.host().isBlank() ? "not known" : m.host()), 2, row);
                grid.add(new Label(m.since() == null ? "" : SINCE.format(m.since().atZone(ZoneId.systemDefault()))),
                        3, row);
                row++;
            }
            membersBox.getChildren().add(grid);
        }
        if (h.pendingChanges() > 0) {
            Label waiting = new Label(h.pendingChanges() + (h.pendingChanges() == 1 ? " change" : " changes")
                    + " made here wait to be written to the team database; they are kept on this machine.");
            waiting.setWrapText(true);
            waiting.setMaxWidth(420);
            membersBox.getChildren().add(waiting);
        }
    }

    private static String program(TeamMember m) {
        return switch (m.origin()) {
            case WORKBENCH -> "Workbench";
            case COMMAND_LINE -> "Command line";
            case UNKNOWN -> "Another program";
        };
    }
}
