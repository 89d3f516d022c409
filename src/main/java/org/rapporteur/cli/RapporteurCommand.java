package org.rapporteur.cli;

import java.io.PrintWriter;

import org.rapporteur.applog.AppLog;
import org.rapporteur.model.QuerySyntaxException;
import org.rapporteur.pipeline.StorageErrors;
import org.rapporteur.pipeline.WorkspaceLocator;
import org.rapporteur.pipeline.WorkspaceUnusableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The root command. Every command keeps to one table of exit codes ({@link ExitCodes}, ADR 0020): 0 done, 1 user or
 * data error, 2 usage or query syntax error, 3 internal error; and every command answers {@code -h/--help} and
 * {@code -V/--version}.
 */
@Command(name = "rapporteur", mixinStandardHelpOptions = true, versionProvider = VersionLines.class,
        resourceBundle = "org.rapporteur.cli.CommandHelp",
        description = "Reads policy reports, finds who said each claim, and lets you search, code and export them.",
        subcommands = {IndexCommand.class, SearchCommand.class, ClaimsCommand.class, ReportsCommand.class,
                PeopleCommand.class, ThemesCommand.class, TagCommand.class, CodeCommand.class, NoteCommand.class, LinkCommand.class, CorrectCommand.class,
                ReviewCommand.class, SuggestCommand.class, OrphansCommand.class, UndoCommand.Undo.class, UndoCommand.Redo.class, UndoCommand.History.class,
                ExportCommand.class, ImportCommand.class,
                EmbedCommand.class, RelatedCommand.class, WorkspaceInfoCommand.class, TeamCommand.class,
                CommandLine.HelpCommand.class},
        // the same table as ExitCodes and the README's
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
                "0:done",
                "1:user or data error: no such report, claim or tag; a file that cannot be read or written; a "
                        + "folder that is not a workspace (nothing was changed)",
                "2:usage error (unknown option, missing or bad argument) or query syntax error",
                "3:internal error (a bug): one line here, the details in the log file"},
        footer = {"%nEvery command takes -h/--help. Its log (library messages, the details of an internal error): "
                + "$RAPPORTEUR_LOG, else ~/.local/state/rapporteur/rapporteur.log (macOS ~/Library/Logs/Rapporteur, "
                + "Windows %%LOCALAPPDATA%%\\Rapporteur)."})
public final class RapporteurCommand extends CommandGroup {
    /** The first line of {@code --version}: the name and the pom's version (ADR 0030). */
    static final String VERSION = org.rapporteur.pipeline.BuildInfo.current().nameAndVersion();
    private static final Logger LOG = LoggerFactory.getLogger(RapporteurCommand.class);

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new RapporteurCommand());
        standardHelpOptionsEverywhere(cl);
        cl.setExecutionExceptionHandler(RapporteurCommand::handle);
        cl.setParameterExceptionHandler(RapporteurCommand::usageError);
        return cl;
    }

    /**
     * {@code -h/--help} and {@code -V/--version} on every subcommand, at every depth ({@code tag add --help}), in one
     * place so a new command cannot forget them. picocli's own {@code help} command has its {@code -h} already.
     */
    private static void standardHelpOptionsEverywhere(CommandLine cl) {
        for (CommandLine sub : cl.getSubcommands().values()) {
            CommandLine.Model.CommandSpec spec = sub.getCommandSpec();
            if (!spec.mixinStandardHelpOptions() && spec.findOption("--help") == null) {
                spec.mixinStandardHelpOptions(true);
            }
            if (spec.versionProvider() == null && spec.version().length == 0) {
                spec.versionProvider(new VersionLines());
            }
            standardHelpOptionsEverywhere(sub);
        }
    }

    /**
     * A usage error: what is wrong, picocli's "did you mean" for a mistyped option or command, and where the help
     * is, in three lines rather than the whole help page (which buried the message).
     */
    private static int usageError(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println("rapporteur: " + e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        CommandLine.Help help = cl.getHelp();
        err.print(help.synopsisHeading() + help.synopsis(help.synopsisHeadingLength()));
        err.println("See 'rapporteur " + commandPath(cl) + "--help'.");
        err.flush();
        return ExitCodes.USAGE;
    }

    private static String commandPath(CommandLine cl) {
        StringBuilder sb = new StringBuilder();
        for (CommandLine c = cl; c.getParent() != null; c = c.getParent()) {
            sb.insert(0, c.getCommandName() + " ");
        }
        return sb.toString();
    }

    private static int handle(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        // A read-only, unwritable or full disk, a newer workspace, in whatever words the library that met it used:
        // the user's to fix (ADR 0028), even when it surfaced as a library's internal state (a closed IndexWriter).
        java.util.Optional<WorkspaceUnusableException> unusable = StorageErrors.explain(workspaceOf(parsed), e);
        if (unusable.isPresent()) {
            LOG.debug("Command failed", e);
            err.println("rapporteur: " + unusable.get().commandLineMessage());
            err.flush();
            return ExitCodes.USER_ERROR;
        }
        int code = ExitCodes.of(e);
        if (e instanceof QuerySyntaxException q) {
            err.println(q.getMessage());
            err.println(indent(q.pointer()));
        } else if (code == ExitCodes.USER_ERROR) {
            LOG.debug("Command failed", e);
            err.println("rapporteur: " + ExitCodes.userMessage(e));
        } else {
            // a team URL may carry a password (used once, never stored): not into the log either
            LOG.error("Unexpected failure of 'rapporteur {}'", AppLog.withoutPasswords(
                    String.join(" ", parsed.originalArgs())), e);
            err.println("rapporteur: internal error: " + e + " (a bug; details in " + AppLog.where() + ")");
        }
        err.flush();
        return code;
    }

    /**
     * The workspace the failed command named with {@code --workspace}, else the default one; null for {@code export},
     * which also writes outside the workspace (a full disk there is not the workspace's).
     */
    private static java.nio.file.Path workspaceOf(CommandLine.ParseResult parsed) {
        CommandLine.ParseResult p = parsed;
        while (p.subcommand() != null) {
            p = p.subcommand();
        }
        if (p.commandSpec().name().equals("export")) {
            return null;
        }
        java.nio.file.Path named = p.matchedOptionValue("--workspace", null);
        try {
            return WorkspaceLocator.resolve(named);
        } catch (RuntimeException e) {
            return named;
        }
    }

    private static String indent(String s) {
        return "  " + s.replace("\n", "\n  ");
    }
}
