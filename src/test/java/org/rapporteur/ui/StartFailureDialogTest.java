package org.rapporteur.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapporteur.ui.FxTestSupport.onFx;
import static org.rapporteur.ui.FxTestSupport.waitUntil;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rapporteur.applog.AppLog;

/**
 * The dialog of a workspace that cannot be opened: it says why and where the details are, Quit quits, and "Open
 * another workspace…" hands back the folder chosen (a cancelled choice shows the reason again).
 */
class StartFailureDialogTest {
    private static final StartFailure IN_USE = new StartFailure(StartFailure.WORKSPACE, "This workspace (/data/ws) is "
            + "open in another Rapporteur window (process 1234 since 14:02). Switch to that window, or open another "
            + "workspace.");
    private Stage owner;

    @BeforeAll
    static void toolkit() {
        FxTestSupport.startToolkit();
    }

    @AfterEach
    void close() {
        if (owner != null) {
            onFx(owner::hide);
        }
    }

    private CompletableFuture<Optional<Path>> ask(java.util.function.Supplier<Optional<Path>> chooser) {
        CompletableFuture<Optional<Path>> answer = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                owner = new Stage(); // as the workbench's first frame: a window with a scene
                owner.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 600, 400));
                owner.show();
                answer.complete(StartFailureDialog.ask(owner, IN_USE, Path.of("/data/ws"), chooser));
            } catch (RuntimeException e) {
                answer.completeExceptionally(e);
            }
        });
        return answer;
    }

    /** The dialog's pane once it shows. */
    private DialogPane dialogPane(CompletableFuture<Optional<Path>> answer) {
        waitUntil(10, () -> pane() != null || answer.isDone());
        if (answer.isCompletedExceptionally()) {
            answer.join(); // the dialog failed: its exception
        }
        return onFx(StartFailureDialogTest::pane);
    }

    private static DialogPane pane() {
        for (Window w : Window.getWindows()) {
            if (w.isShowing() && w.getScene() != null && w.getScene().lookup("#" + StartFailureDialog.ID) != null
                    && w.getScene().lookup(".dialog-pane") instanceof DialogPane p) {
                return p;
            }
        }
        return null;
    }

    private static void press(DialogPane pane, javafx.scene.control.ButtonType type) {
        Platform.runLater(() -> ((Button) pane.lookupButton(type)).fire());
    }

    @Test
    void saysWhyAndWhereTheDetailsAreAndQuitQuits() throws Exception {
        CompletableFuture<Optional<Path>> answer = ask(() -> Optional.of(Path.of("/elsewhere")));
        DialogPane pane = dialogPane(answer);
        String text = onFx(() -> ((Label) pane.getContent().lookup(".label")).getText());
        assertEquals(IN_USE.message(), text);
        assertEquals("Rapporteur cannot open this workspace", onFx(pane::getHeaderText));
        assertEquals(AppLog.where(), onFx(() -> ((TextField) pane.getContent().lookup(".text-field")).getText()));
        press(pane, StartFailureDialog.QUIT);
        assertEquals(Optional.empty(), answer.get(10, TimeUnit.SECONDS));
    }

    @Test
    void anotherWorkspaceIsTheFolderChosenAfterACancelledChoice() throws Exception {
        AtomicInteger asked = new AtomicInteger();
        CompletableFuture<Optional<Path>> answer = ask(() -> asked.incrementAndGet() == 1 ? Optional.empty()
                : Optional.of(Path.of("/elsewhere")));
        DialogPane first = dialogPane(answer);
        press(first, StartFailureDialog.OTHER);
        waitUntil(10, () -> asked.get() == 1 && pane() != null && pane() != first);
        press(onFx(StartFailureDialogTest::pane), StartFailureDialog.OTHER);
        assertEquals(Optional.of(Path.of("/elsewhere")), answer.get(10, TimeUnit.SECONDS));
        assertTrue(asked.get() == 2, "asked again after the cancelled choice");
    }
}
