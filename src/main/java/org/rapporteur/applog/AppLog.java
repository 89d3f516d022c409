package org.rapporteur.applog;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.logging.ConsoleHandler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/**
 * Where the application's log goes: a file, not the console (ADR 0020). The command line and the workbench share it. Libraries (Lucene through java.util.logging,
 * PDFBox and POI through SLF4J, the JDK's own warnings) write to {@code System.err}; in a command-line process that
 * stream is pointed at the log file, and only what the commands print themselves (through picocli's writers, which
 * keep the real console) reaches the user. An internal error's stack trace is in this file too, and the one line on
 * the console names it.
 *
 * <p>The file: {@code $RAPPORTEUR_LOG}, else the per-user state folder ({@code $XDG_STATE_HOME/rapporteur} or
 * {@code ~/.local/state/rapporteur} on Linux, {@code ~/Library/Logs/Rapporteur} on macOS, {@code %LOCALAPPDATA%\
 * Rapporteur} on Windows), {@code rapporteur.log}, appended to and started afresh when it passes 5 MB (the old one is
 * kept as {@code rapporteur.log.1}).
 */
public final class AppLog {
    public static final long ROTATE_AT = 5L << 20;

    /** The file this process logs to, once {@link #install} ran; tests run commands in-process without one. */
    private static volatile Path file;

    /** Held so the configuration sticks: java.util.logging keeps loggers only weakly. */
    private static final Logger ROOT = Logger.getLogger("");

    private AppLog() {
    }

    /**
     * Points {@code System.err} and java.util.logging at the log file. Call first thing in {@code main}, before any
     * library class logs; returns the console's error stream for the commands' own messages.
     */
    public static PrintStream install(String[] args) {
        PrintStream console = System.err;
        Path target = location(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
        PrintStream log = open(target);
        if (log == null) {
            target = Path.of(System.getProperty("java.io.tmpdir"), "rapporteur-" + System.getProperty("user.name",
                    "user") + ".log");
            log = open(target);
        }
        if (log == null) {
            log = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
            target = null;
        }
        file = target;
        log.println();
        log.println(LocalDateTime.now() + " rapporteur " + String.join(" ", args));
        System.setErr(log);
        // SLF4J simple writes to System.err as it is when it writes (not a copy taken at start), so to the log now
        System.setProperty("org.slf4j.simpleLogger.cacheOutputStream", "false");
        LogManager.getLogManager().reset();
        ConsoleHandler handler = new ConsoleHandler(); // made after setErr: writes to the log file
        handler.setLevel(Level.ALL);
        ROOT.addHandler(handler);
        ROOT.setLevel(Level.INFO);
        return console;
    }

    /** The log file for a message ("details in ..."), or a description when this process has none. */
    public static String where() {
        Path f = file;
        return f == null ? "the application log" : f.toString();
    }

    public static Path location(Map<String, String> env, String osName, String home) {
        String explicit = env.get("RAPPORTEUR_LOG");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit).toAbsolutePath();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        Path dir;
        if (os.contains("win")) {
            String local = env.get("LOCALAPPDATA");
            dir = (local != null ? Path.of(local) : Path.of(home, "AppData", "Local")).resolve("Rapporteur");
        } else if (os.contains("mac")) {
            dir = Path.of(home, "Library", "Logs", "Rapporteur");
        } else {
            String state = env.get("XDG_STATE_HOME");
            dir = (state != null && !state.isBlank() ? Path.of(state) : Path.of(home, ".local", "state"))
                    .resolve("rapporteur");
        }
        return dir.resolve("rapporteur.log");
    }

    /** An appending stream on {@code target} (rotated when big), or null when it cannot be written. */
    private static PrintStream open(Path target) {
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            if (Files.isRegularFile(target) && Files.size(target) > ROTATE_AT) {
                Files.move(target, target.resolveSibling(target.getFileName() + ".1"),
                        StandardCopyOption.REPLACE_EXISTING);
            }
            return new PrintStream(new FileOutputStream(target.toFile(), true), true, StandardCharsets.UTF_8);
        } catch (IOException | SecurityException e) {
            return null;
        }
    }
}
