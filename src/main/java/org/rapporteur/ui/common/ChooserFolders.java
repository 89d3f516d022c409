package org.rapporteur.ui.common;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rapporteur.pipeline.Workspace;

/**
 * The folder a file chooser opens in: where the analyst last chose a file for the same purpose (remembered in the
 * workspace's settings), else their documents folder, else their home — never the folder Rapporteur was started
 * from (the repository), which is what a chooser without an initial folder shows. Remembered folders that are gone
 * are skipped. Use on the FX thread; remembering writes on the given executor.
 */
public final class ChooserFolders {
    /** What a chooser is for; each remembers its own folder. */
    public enum Purpose {
        /** Export files (the export dialog). */
        EXPORT("ui.folder.export"),
        /** Annotation or codebook files to import. */
        IMPORT("ui.folder.import"),
        /** Report files and folders added to the corpus. */
        REPORTS("ui.folder.reports");

        private final String key;

        Purpose(String key) {
            this.key = key;
        }

        /** The key in the workspace settings' preferences. */
        public String key() {
            return key;
        }
    }

    private static final Pattern XDG_DOCUMENTS = Pattern.compile("^\\s*XDG_DOCUMENTS_DIR\\s*=\\s*\"(.*)\"\\s*$");

    private final Workspace workspace;
    private final Executor writer;

    public ChooserFolders(Workspace workspace, Executor writer) {
        this.workspace = workspace;
        this.writer = writer;
    }

    /** The folder to open a chooser for {@code purpose} in. */
    public File initial(Purpose purpose) {
        Path home = Path.of(System.getProperty("user.home"));
        String xdg = System.getenv("XDG_CONFIG_HOME");
        return initialFolder(workspace.settings().preferences().get(purpose.key()),
                documentsFolder(home, xdg == null || xdg.isBlank() ? null : Path.of(xdg))).toFile();
    }

    /**
     * The analyst chose {@code chosen} for {@code purpose}: a file (its folder is remembered) or a folder added as a
     * whole (the folder it sits in is remembered, so the next chooser shows it among its siblings).
     */
    public void chosen(Purpose purpose, Path chosen) {
        Path folder = chosen == null ? null : chosen.toAbsolutePath().getParent();
        if (folder != null) {
            String value = folder.toString();
            writer.execute(() -> workspace.updateSettings(s -> s.withPreference(purpose.key(), value)));
        }
    }

    /** The remembered folder when it still is one, else {@code documents}. */
    static Path initialFolder(String remembered, Path documents) {
        if (remembered != null && !remembered.isBlank()) {
            try {
                Path p = Path.of(remembered);
                if (p.isAbsolute() && Files.isDirectory(p)) {
                    return p;
                }
            } catch (InvalidPathException badValue) {
                // a hand-edited or foreign setting: fall back
            }
        }
        return documents;
    }

    /**
     * The user's documents folder: the XDG {@code XDG_DOCUMENTS_DIR} of {@code user-dirs.dirs} (in
     * {@code xdgConfigHome}, else {@code ~/.config}) when it exists, else {@code ~/Documents} (macOS, Windows and most
     * desktops), else {@code home} itself.
     */
    static Path documentsFolder(Path home, Path xdgConfigHome) {
        Path dirs = (xdgConfigHome != null ? xdgConfigHome : home.resolve(".config")).resolve("user-dirs.dirs");
        if (Files.isRegularFile(dirs)) {
            try {
                for (String line : Files.readAllLines(dirs, StandardCharsets.UTF_8)) {
                    Matcher m = XDG_DOCUMENTS.matcher(line);
                    if (m.matches()) {
                        String v = m.group(1).replace("$HOME", home.toString());
                        Path p = Path.of(v).isAbsolute() ? Path.of(v) : home.resolve(v);
                        if (Files.isDirectory(p)) {
                            return p.normalize();
                        }
                    }
                }
            } catch (IOException | InvalidPathException unreadable) {
                // fall back to the usual place
            }
        }
        Path documents = home.resolve("Documents");
        return Files.isDirectory(documents) ? documents : home;
    }
}
