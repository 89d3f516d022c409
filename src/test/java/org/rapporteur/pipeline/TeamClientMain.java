package org.rapporteur.pipeline;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.rapporteur.annotations.Annotations;
import org.rapporteur.annotations.Change;
import org.rapporteur.annotations.ChangeEvent;
import org.rapporteur.annotations.ChangeKeptException;
import org.rapporteur.annotations.ChangeOrigin;
import org.rapporteur.annotations.StoreHealth;
import org.rapporteur.annotations.Target;

/**
 * A running workbench's annotation side for {@link TeamServerRestartTest}, in a JVM of its own (the password from
 * {@code PGPASSFILE}, as an analyst's): opens a team workspace through {@link Workspace}, follows the team as the
 * workbench does ({@link Annotations#watchOtherProcesses()}), prints every health change, and adds the notes it
 * is told to on stdin ({@code note CLAIM TEXT}; {@code quit}). Prints {@code READY state}, {@code HEALTH state
 * pending message}, {@code OK eventId text}, {@code KEPT text} (the server was away: kept on this machine) or
 * {@code ERR text exception}.
 */
public final class TeamClientMain {
    private static final PrintStream OUT = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out),
            true, StandardCharsets.UTF_8);

    private TeamClientMain() {
    }

    public static void main(String[] args) throws Exception {
        try (Workspace ws = Workspace.open(Path.of(args[0]), ChangeOrigin.WORKBENCH)) {
            Annotations a = ws.annotations();
            a.addHealthListener(TeamClientMain::health);
            a.watchOtherProcesses();
            say("READY " + a.health().state());
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line = in.readLine(); line != null && !line.equals("quit"); line = in.readLine()) {
                String[] f = line.split(" ", 3);
                if (f[0].equals("health")) {
                    health(a.health());
                    continue;
                }
                try {
                    ChangeEvent e = a.execute(new Change.AddNote(Target.claim(f[1]), f[2]));
                    say("OK " + e.eventId() + " " + f[2]);
                } catch (ChangeKeptException e) {
                    say("KEPT " + f[2]);
                } catch (RuntimeException e) {
                    say("ERR " + f[2] + " " + e.toString().replace('\n', ' '));
                }
            }
        }
    }

    private static void health(StoreHealth h) {
        say("HEALTH " + h.state() + " " + h.pendingChanges() + " " + h.message());
    }

    private static synchronized void say(String line) {
        OUT.println(line);
    }
}
