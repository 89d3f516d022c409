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
     * The project's {@code corpus/} folder, the default corpus root: {@code -Drapporteur.home} (set by the launch
     * scripts) or the working directory.
     */
    public static Path defaultCorpusRoot() {
        String home = System.getProperty("rapporteur.home");
        Path base = home != null ? Path.of(home) : Path.of("").toAbsolutePath();
        return base.resolve("corpus").toAbsolutePath().normalize();
    }
}
