package org.rapporteur.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;
import org.rapporteur.applog.AppLog;

/**
 * The dialog that says why the workspace cannot be opened, where the details are (the log file's path, selectable
 * so it can be copied), and offers another workspace: a folder chosen there is opened instead (an empty one becomes
 * a new workspace). Use on the FX thread.
 */
final class StartFailureDialog {
    static final String ID = "startFailure";
    static final ButtonType OTHER = new ButtonType("Open another workspace…", ButtonBar.ButtonData.OTHER);
    static final ButtonType QUIT = new ButtonType("Quit", ButtonBar.ButtonData.CANCEL_CLOSE);

    private StartFailureDialog() {
    }

    /** Shows the failure until the user quits (empty) or chooses a folder to open instead. */
    static Optional<Path> ask(Stage owner, StartFailure failure, Path failed) {
        return ask(owner, failure, failed, () -> choose(owner, failed));
    }

    /** As {@link #ask(Stage, StartFailure, Path)}, the folder chosen by {@code chooser} (tests stand in for it). */
    static Optional<Path> ask(Stage owner, StartFailure failure, Path failed,
                              java.util.function.Supplier<Optional<Path>> chooser) {
        while (true) {
            Optional<ButtonType> answer = dialog(owner, failure).showAndWait();
            if (answer.isEmpty() || answer.get() != OTHER) {
                return Optional.empty();
            }
            Optional<Path> chosen = chooser.get();
            if (chosen.isPresent()) {
                return chosen;
            } // cancelled: the reason again, with the same two ways out
        }
    }

    private static Optional<Path> choose(Stage owner, Path failed) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open another workspace (an empty folder makes a new one)");
        Path start = failed.toAbsolutePath().getParent();
        while (start != null && !Files.isDirectory(start)) {
            start = start.getParent();
        }
        if (start != null) {
            chooser.setInitialDirectory(start.toFile());
        }
        File chosen = chooser.showDialog(owner);
        return chosen == null ? Optional.empty() : Optional.of(chosen.toPath().toAbsolutePath().normalize());
    }

    static Alert dialog(Stage owner, StartFailure failure) {
        Alert alert = new Alert(Alert.AlertType.ERROR, null, OTHER, QUIT);
        alert.initOwner(owner);
        alert.setTitle("Rapporteur");
        alert.setHeaderText("Rapporteur cannot open this workspace");
        Label message = new Label(failure.message());
        message.setWrapText(true);
        message.setMaxWidth(520);
        TextField log = new TextField(AppLog.where()); // selectable: the file to look at or send
        log.setEditable(false);
        VBox content = new VBox(10, message, new Label("The details are in the log file:"), log);
        content.setId(ID);
        alert.getDialogPane().setContent(content);
        return alert;
    }
}
