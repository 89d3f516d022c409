package org.rapporteur.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;

import org.rapporteur.applog.AppLog;

/** Entry point of the command line: {@code rapporteur <command> ...}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        PrintStream console = AppLog.install(args);
        int exit;
        try {
            var cl = RapporteurCommand.commandLine();
            cl.setErr(new PrintWriter(new OutputStreamWriter(console, console.charset()), true));
            exit = cl.execute(args);
        } catch (Throwable t) { // an Error or a failure in picocli itself: still one line, still exit code 3
            t.printStackTrace(AppLog.sink()); // into the log file, not the console
            console.println("rapporteur: internal error: " + t + " (details in " + AppLog.where() + ")");
            exit = ExitCodes.INTERNAL;
        }
        System.exit(exit);
    }
}
