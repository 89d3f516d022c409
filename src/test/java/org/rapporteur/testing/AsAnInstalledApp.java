package org.rapporteur.testing;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs each test as an installed app starts (ADR 0027): without {@code rapporteur.home} (the suite sets it, as a clone's
 * {@code bin/rapporteur} does), so a workspace has no default corpus root. Afterwards {@code rapporteur.home} and
 * {@code rapporteur.samples} are as they were, whatever the test set. Use with {@code @ExtendWith}.
 */
public final class AsAnInstalledApp implements BeforeEachCallback, AfterEachCallback {
    private static final String HOME = "rapporteur.home";
    private static final String SAMPLES = "rapporteur.samples";
    private String home;
    private String samples;

    @Override
    public void beforeEach(ExtensionContext context) {
        home = System.getProperty(HOME);
        samples = System.getProperty(SAMPLES);
        System.clearProperty(HOME);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        restore(HOME, home);
        restore(SAMPLES, samples);
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }
}
