package org.rapporteur.testing;

import java.nio.file.Path;
import java.util.List;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.rapporteur.applog.AppLog;

/**
 * The test run's log: what libraries and the code under test log, and what tests that provoke errors on purpose make
 * them print, and what tests print themselves, goes to {@code target/test.log} through the application's own log ({@link AppLog}), not to the
 * console of {@code bin/test} (ADR 0029). A failing test still shows its assertion and trace there (Surefire reports
 * it). Registered in {@code META-INF/services}; active when Surefire sets {@code rapporteur.testLog}, so a test run
 * from an IDE keeps its console.
 */
public final class TestLogFile implements LauncherSessionListener {
    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String file = System.getProperty("rapporteur.testLog");
        if (file != null && !file.isBlank()) {
            AppLog.install(List.of(Path.of(file)), "test run");
            System.setOut(AppLog.sink()); // what tests print for a person (timings, tallies) too: see the file
        }
    }
}
