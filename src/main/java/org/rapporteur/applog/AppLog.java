package org.rapporteur.applog;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/**
 * Where the application's log goes: a file, not the console (ADR 0020, 0029). The command line and the workbench
 * share it. Libraries (Lucene and JavaFX through java.util.logging, PDFBox and POI through SLF4J, the JDK's own
 * warnings) write to {@code System.err} or java.util.logging; once {@link #install} ran, both lead to the log file,
 * and only what the program says to the user itself (picocli's writers, the workbench's window) reaches them. An
 * internal error's stack trace is in this file too, and the one line on the console names it. Library messages the
 * user cannot act on are written once per kind and then counted ({@link RepeatedWarnings}).
 *
 * <p>The file: {@code $RAPPORTEUR_LOG}, else the per-user state folder ({@code $XDG_STATE_HOME/rapporteur} or
 * {@code ~/.local/state/rapporteur} on Linux, {@code ~/Library/Logs/Rapporteur} on macOS, {@code %LOCALAPPDATA%\
 * Rapporteur} on Windows), {@code rapporteur.log}, appended to and started afresh whenever it reaches 5 MB, also during
 * a run; the previous one is kept as {@code rapporteur.log.1}, so the two never take more than about 10 MB
 * ({@link RotatingLogStream}).
 */
public final class AppLog {
    public static final long ROTATE_AT = 5L << 20;
    /** Old files kept beside the current one. */
    public static final int OLD_FILES = 1;

    /** The file this process logs to, once {@link #install} ran; tests run commands in-process without one. */
    private static volatile Path file;
    /** Where log lines go once installed; null before, when they go to whatever {@code System.err} is. */
    private static volatile PrintStream sink;

    private static boolean hookAdded;

    /** Held so the configuration sticks: java.util.logging keeps loggers only weakly. */
    private static final Logger ROOT = Logger.getLogger("");

    private AppLog() {
    }

    /**
     * Points {@code System.err} and java.util.logging at the log file. Call first thing in {@code main}, before any
     * library class logs; returns the console's error stream for the program's own messages to the user.
     */
    public static PrintStream install(String[] args) {
        Path target = location(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
        Path fallback = Path.of(System.getProperty("java.io.tmpdir"), "rapporteur-" + System.getProperty("user.name",
                "user") + ".log");
        return install(List.of(target, fallback),
                withoutPasswords(("rapporteur " + String.join(" ", args)).strip()));
    }

    /**
     * {@code text} with the password of any PostgreSQL URL in it replaced by {@code ***}: a team URL may carry one
     * (used for one command, never stored), and it must not reach the log either.
     */
    public static String withoutPasswords(String text) {
        return text.replaceAll("(?i)(postgres(?:ql)?://[^:/@\\s]*):[^@/\\s]*@", "$1:***@");
    }

    /**
     * As {@link #install(String[])}, to the first of {@code candidates} that can be written (none: the log is
     * dropped), with {@code header} as the run's first line. The test suite's log file ({@code target/test.log}) is
     * installed this way.
     */
    public static synchronized PrintStream install(List<Path> candidates, String header) {
        PrintStream console = System.err;
        RepeatedWarnings repeated = RepeatedWarnings.shared();
        Path target = null;
        OutputStream stream = null;
        for (Path candidate : candidates) {
            try {
                stream = new RotatingLogStream(candidate, ROTATE_AT, OLD_FILES, () -> {
                    String counts = repeated.countText("in this file");
                    repeated.forgetSeen(); // the next file says each kind in full once more
                    return counts;
                });
                target = candidate.toAbsolutePath();
                break;
            } catch (IOException | SecurityException e) {
                // not writable (read-only home, full disk): try the next place
            }
        }
        PrintStream log = new PrintStream(stream == null ? OutputStream.nullOutputStream() : stream, true,
                StandardCharsets.UTF_8);
        file = target;
        sink = log;
        log.println();
        log.println(LocalDateTime.now(ZoneId.systemDefault()) + " " + header);
        System.setErr(log);
        // SLF4J simple writes to System.err as it is when it writes (not a copy taken at start), so to the log now
        System.setProperty("org.slf4j.simpleLogger.cacheOutputStream", "false");
        LogManager.getLogManager().reset();
        ROOT.addHandler(new LogFileHandler(AppLog::sink, repeated));
        ROOT.setLevel(Level.INFO);
        if (!hookAdded) {
            hookAdded = true;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> repeated.writeCounts("until exit"),
                    "log-counts-at-exit"));
        }
        return console;
    }

    /** Where log lines go: the log file once {@link #install} ran, else the current {@code System.err}. */
    public static PrintStream sink() {
        PrintStream s = sink;
        return s != null ? s : System.err;
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
}
