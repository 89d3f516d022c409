package org.rapporteur.cli;

import java.util.logging.Level;

/** Entry point of the command line: {@code rapporteur <command> ...}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        quietLibraryLogging();
        System.exit(RapporteurCommand.commandLine().execute(args));
    }

    /** Lucene announces its vector support through java.util.logging at INFO; users need not see it. */
    static void quietLibraryLogging() {
        java.util.logging.Logger.getLogger("org.apache.lucene").setLevel(Level.WARNING);
    }
}
