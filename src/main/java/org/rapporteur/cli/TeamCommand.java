package org.rapporteur.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.rapporteur.annotations.StoreHealth;
import org.rapporteur.annotations.TeamMember;
import org.rapporteur.pipeline.TeamService;
import org.rapporteur.pipeline.TeamStatus;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.progress.Cancellation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rapporteur team connect|status|disconnect|sync}: a workspace's team on a PostgreSQL server (issue 17). */
@Command(name = "team", description = "Share annotations with a team on a PostgreSQL server: join it, see the "
        + "connection, bring this index in line with the team's shared corpus, leave it.",
        subcommands = {TeamCommand.Connect.class, TeamCommand.Status.class, TeamCommand.Disconnect.class,
                TeamSyncCommand.class})
final class TeamCommand extends CommandGroup {
    @Command(name = "connect", description = {"Join the team database at URL "
            + "(postgresql://[user@]host[:port]/database[?sslmode=...]): the workspace's annotations are then the "
            + "team's, shared live. The password comes from PGPASSWORD or the PostgreSQL password file (~/.pgpass, "
            + "or $PGPASSFILE); one given in the URL is used once and never stored. TLS is used when the server "
            + "offers it (sslmode=prefer), or required with sslmode=require."})
    static final class Connect implements Callable<Integer> {
        @Mixin
        WorkspaceOption workspace;

        @Parameters(index = "0", paramLabel = "URL", description = "The team database, e.g. "
                + "postgresql://maria@db.example.org/policy_team")
        String url;

        @Option(names = "--shared-folder", paramLabel = "DIR",
                description = "This machine's copy of the team's shared report folder.")
        Path sharedFolder;

        @Option(names = "--move-annotations", description = "Move this workspace's own annotations into the team "
                + "database (which must hold none), checked table by table; the workspace's file is kept aside.")
        boolean moveAnnotations;

        @Option(names = "--save-password", description = "Write the password given in URL to your PostgreSQL "
                + "password file (~/.pgpass or $PGPASSFILE, readable by you alone), so the workspace opens without "
                + "it next time. Never to workspace.json.")
        boolean savePassword;

        @Override
        public Integer call() {
            PrintWriter out = workspace.out();
            PrintWriter err = workspace.err();
            Cancellation cancel = new Cancellation();
            TeamService.Joined joined = TeamService.join(workspace.dir(), url, sharedFolder, moveAnnotations,
                    savePassword, new IndexCommand.TerminalProgress(err), cancel);
            TeamStatus s = joined.status();
            out.println("Joined the team at " + s.location() + " as " + s.analyst() + " ("
                    + (s.encrypted() ? "encrypted with TLS" : "not encrypted") + ").");
            if (moveAnnotations && joined.movedRows() == 0) {
                out.println("This workspace had no annotations of its own to move.");
            }
            joined.notes().forEach(out::println);
            out.flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "status", description = "The workspace's team: where, as whom, whether the connection is "
            + "encrypted, the schema, who is connected, and changes waiting to be written.")
    static final class Status implements Callable<Integer> {
        @Mixin
        WorkspaceOption workspace;

        @Mixin
        JsonOption json;

        record MemberJson(String user, String origin, String host, String since, boolean self) {
        }

        record StatusJson(boolean team, String location, String analyst, boolean encrypted, int schemaVersion,
                          String health, String healthMessage, int pendingChanges, List<MemberJson> members,
                          String sharedFolder) {
        }

        @Override
        public Integer call() {
            try (Workspace ws = workspace.open()) {
                return print(ws.teamStatus(), workspace.out());
            }
        }

        private int print(TeamStatus s, PrintWriter out) {
            StoreHealth h = s.health();
            if (json.wanted()) {
                json.print(new StatusJson(s.team(), s.location(), s.analyst(), s.encrypted(), s.schemaVersion(),
                        h.state().name(), h.message(), h.pendingChanges(), s.members().stream()
                        .map(m -> new MemberJson(m.user(), m.origin().name(), m.host(),
                                m.since() == null ? null : m.since().toString(), m.self())).toList(),
                        s.sharedFolder()));
                return ExitCodes.OK;
            }
            if (!s.team()) {
                out.println("This workspace is not in a team: its annotations are in " + s.location() + ".");
                out.println("Join one with: rapporteur team connect postgresql://USER@HOST/DATABASE");
                out.flush();
                return ExitCodes.OK;
            }
            out.println("team:        " + s.location());
            out.println("analyst:     " + s.analyst());
            out.println("connection:  " + (s.encrypted() ? "encrypted (TLS)" : "not encrypted"));
            out.println("schema:      " + s.schemaVersion());
            out.println("health:      " + h.state().name().toLowerCase(java.util.Locale.ROOT)
                    + (h.message() == null || h.message().isBlank() ? "" : " - " + h.message()));
            out.println("pending:     " + h.pendingChanges() + " changes waiting on this machine");
            out.println("shared folder: " + (s.sharedFolder() == null ? "(none set)" : s.sharedFolder()));
            out.println("members:     " + (s.members().isEmpty() ? "(unknown)" : s.members().size() + " connected"));
            for (TeamMember m : s.members()) {
                out.println("  " + m.user() + " (" + m.origin().name().toLowerCase(java.util.Locale.ROOT)
                        + (m.host() == null ? "" : " on " + m.host()) + (m.self() ? ", this one" : "") + ")");
            }
            out.flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "disconnect", description = "Leave the team: the workspace goes back to its own annotations "
            + "file. With --copy-annotations the team's annotations are first copied into it (checked table by "
            + "table); the team database keeps them either way.")
    static final class Disconnect implements Callable<Integer> {
        @Mixin
        WorkspaceOption workspace;

        @Option(names = "--copy-annotations", description = "Copy the team's annotations into this workspace's "
                + "own file first.")
        boolean copyAnnotations;

        @Override
        public Integer call() {
            PrintWriter out = workspace.out();
            long copied = TeamService.disconnect(workspace.dir(), copyAnnotations,
                    new IndexCommand.TerminalProgress(workspace.err()), new Cancellation());
            out.println("Left the team" + (copyAnnotations ? "; its " + copied + " rows of annotations were copied "
                    + "into this workspace's own file." : "; this workspace uses its own annotations file again."));
            out.flush();
            return ExitCodes.OK;
        }
    }
}
