package org.rapporteur.cli;

import java.util.logging.Level;

/** Entry point of the command line: {@code rapporteur <command> ...}. */
public final class Main {
    /** Held so the level sticks: java.util.logging keeps loggers only weakly, and a collected one forgets it. */
    private static final java.util.logging.Logger LUCENE_LOG = java.util.logging.Logger.getLogger("org.apache.lucene");

    private Main() {
    }

    public static void main(String[] args) {
        quietLibraryLogging();
        System.exit(RapporteurCommand.commandLine().execute(args));
    }

    /** Lucene announces its vector support through java.util.logging at INFO; users need not see it. */
    static void quietLibraryLogging() {
        LUCENE_LOG.setLevel(Level.WARNING);
    }
}
