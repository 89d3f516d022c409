package org.rapporteur.pipeline;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the workspace lives when the user did not say: {@code RAPPORTEUR_WORKSPACE}, else the per-user data folder
 * ({@code $XDG_DATA_HOME/rapporteur} or {@code ~/.local/share/rapporteur} on Linux, {@code ~/Library/Application
 * Support/Rapporteur} on macOS, {@code %APPDATA%\Rapporteur} on Windows).
 */
public final class WorkspaceLocator {
    private WorkspaceLocator() {
    }

    public static Path resolve(Path explicit) {
        return resolve(explicit, System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
    }

    static Path resolve(Path explicit, Map<String, String> env, String osName, String home) {
        if (explicit != null) {
            return explicit.toAbsolutePath().normalize();
        }
        String fromEnv = env.get("RAPPORTEUR_WORKSPACE");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath().normalize();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return (appData != null ? Path.of(appData) : Path.of(home, "AppData", "Roaming")).resolve("Rapporteur");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Rapporteur");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share")).resolve("rapporteur");
    }

    /**
     * The default corpus root: the clone's {@code corpus/} folder when the program was started from a clone (the launch
     * scripts pass {@code -Drapporteur.home}); none otherwise. An installed app passes no {@code rapporteur.home}, so a
     * new workspace there has no corpus until the user adds one (the welcome page; ADR 0027) — never the {@code
     * corpus/} folder of whatever directory it happened to be started in.
     */
    public static java.util.Optional<Path> defaultCorpusRoot() {
        return defaultCorpusRoot(System.getProperty("rapporteur.home"));
    }

    static java.util.Optional<Path> defaultCorpusRoot(String home) {
        if (home == null || home.isBlank()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Path.of(home).resolve("corpus").toAbsolutePath().normalize());
    }
}
