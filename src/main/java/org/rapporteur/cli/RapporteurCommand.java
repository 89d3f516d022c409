package org.rapporteur.cli;

import java.io.PrintWriter;

import org.rapporteur.model.QuerySyntaxException;
import org.rapporteur.model.RapporteurException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command. Maps exceptions to exit codes: 2 for usage and query syntax, 1 for other failures. */
@Command(name = "rapporteur", mixinStandardHelpOptions = true, version = "Rapporteur 0.1.0",
        description = "Reads policy reports, finds who said each claim, and lets you search, code and export them.",
        subcommands = {IndexCommand.class, SearchCommand.class, ClaimsCommand.class, ReportsCommand.class,
                PeopleCommand.class, ThemesCommand.class, TagCommand.class, CodeCommand.class, NoteCommand.class, LinkCommand.class, CorrectCommand.class,
                ReviewCommand.class, OrphansCommand.class, UndoCommand.Undo.class, UndoCommand.Redo.class, UndoCommand.History.class,
                ExportCommand.class, ImportCommand.class, CommandLine.HelpCommand.class})
public final class RapporteurCommand implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(RapporteurCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new RapporteurCommand());
        cl.setExecutionExceptionHandler(RapporteurCommand::handle);
        return cl;
    }

    private static int handle(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        if (e instanceof QuerySyntaxException q) {
            err.println(q.getMessage());
            err.println(indent(q.pointer()));
            err.flush();
            return 2;
        }
        if (e instanceof RapporteurException r) {
            LOG.debug("Command failed", r);
            err.println("rapporteur: " + r.getMessage());
            err.flush();
            return 1;
        }
        LOG.error("Unexpected failure", e);
        err.println("rapporteur: unexpected failure: " + e + " (details in the log)");
        err.flush();
        return 1;
    }

    private static String indent(String s) {
        return "  " + s.replace("\n", "\n  ");
    }
}
