package org.rapporteur.cli;

/** Entry point of the command line: {@code rapporteur <command> ...}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(RapporteurCommand.commandLine().execute(args));
    }
}
