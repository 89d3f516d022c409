package org.rapporteur.ui.main;

import java.util.function.Consumer;

import javafx.application.Platform;
import org.rapporteur.ui.common.UserMessages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last line of defence: an exception no one caught, on any thread, is logged with its stack trace and shown to
 * the user as one readable sentence (through {@code showMessage}, on the FX thread). Installed as the default handler
 * of every thread and of the FX thread.
 */
public final class UncaughtErrorHandler implements Thread.UncaughtExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(UncaughtErrorHandler.class);

    private volatile Consumer<String> showMessage;

    public UncaughtErrorHandler(Consumer<String> showMessage) {
        this.showMessage = showMessage;
    }

    public static UncaughtErrorHandler install(Consumer<String> showMessage) {
        UncaughtErrorHandler h = new UncaughtErrorHandler(showMessage);
        Thread.setDefaultUncaughtExceptionHandler(h);
        if (Platform.isFxApplicationThread()) {
            Thread.currentThread().setUncaughtExceptionHandler(h);
        } else {
            Platform.runLater(() -> Thread.currentThread().setUncaughtExceptionHandler(h));
        }
        return h;
    }

    public void setShowMessage(Consumer<String> showMessage) {
        this.showMessage = showMessage;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        LOG.error("Uncaught exception on thread {}", thread.getName(), error);
        String message = UserMessages.describe("An action", error);
        Runnable show = () -> {
            try {
                showMessage.accept(message);
            } catch (RuntimeException e) {
                LOG.error("Showing an error message failed", e);
            }
        };
        if (Platform.isFxApplicationThread()) {
            show.run();
        } else {
            try {
                Platform.runLater(show);
            } catch (IllegalStateException toolkitGone) {
                LOG.debug("FX toolkit gone; message not shown: {}", message);
            }
        }
    }
}
