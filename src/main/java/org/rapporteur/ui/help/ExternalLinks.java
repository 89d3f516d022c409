package org.rapporteur.ui.help;

import java.nio.file.Path;

import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.rapporteur.ui.App;

/**
 * Opens what lives outside the app — a web address, a folder — with the system's own program (JavaFX's host
 * services: the browser, the file manager). The running {@link App} holds those services; without it (a test) or
 * when the system has no program for it, the address is copied to the clipboard instead and the caller says so.
 * FX thread.
 */
final class ExternalLinks {
    private ExternalLinks() {
    }

    /** Opens {@code uri}; returns a sentence saying what happened, for the window's status line. */
    static String open(String uri) {
        App app = App.current();
        if (app != null) {
            try {
                app.getHostServices().showDocument(uri);
                return "Opened " + uri;
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(ExternalLinks.class).warn("Opening {} failed", uri, e);
            }
        }
        copy(uri);
        return "No program here opens " + uri + ": copied it to the clipboard";
    }

    static String openFolder(Path folder) {
        return open(folder.toUri().toString());
    }

    static void copy(String text) {
        ClipboardContent c = new ClipboardContent();
        c.putString(text);
        Clipboard.getSystemClipboard().setContent(c);
    }
}
