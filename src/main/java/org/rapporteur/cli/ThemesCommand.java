package org.rapporteur.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.rapporteur.pipeline.ThemeService;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.progress.Cancellation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code rapporteur themes list|add|add-terms|rule|retag}: the workspace's theme taxonomy. */
@Command(name = "themes", description = "Show and edit the theme taxonomy; save a search as a theme rule; re-tag.",
        subcommands = {ThemesCommand.ListThemes.class, ThemesCommand.Add.class, ThemesCommand.AddTerms.class,
                ThemesCommand.Rule.class, ThemesCommand.Retag.class})
final class ThemesCommand extends CommandGroup {
    /** A command on the workspace's taxonomy. */
    abstract static class Sub implements Callable<Integer> {
        @Mixin
        WorkspaceOption workspace;

        @Mixin
        JsonOption json;

        @Override
        public final Integer call() {
            try (Workspace ws = workspace.open()) {
                run(ws.themes(), workspace.out());
            }
            return ExitCodes.OK;
        }

        abstract void run(ThemeService themes, PrintWriter out);
    }

    @Command(name = "list", description = "The themes with their terms, and the theme rules.")
    static final class ListThemes extends Sub {
        record ThemesJson(List<org.rapporteur.model.Theme> themes, List<org.rapporteur.model.ThemeRule> rules) {
        }

        @Override
        void run(ThemeService themes, PrintWriter out) {
            if (json.wanted()) {
                json.print(new ThemesJson(themes.themes(), themes.rules()));
                return;
            }
            themes.themes().forEach(t -> out.printf(Locale.ROOT, "%-55s %s%n", t.path(),
                    String.join(", ", t.terms())));
            themes.rules().forEach(r -> out.printf(Locale.ROOT, "rule: %s <- %s%n", r.theme(), r.query()));
            out.flush();
        }
    }

    @Command(name = "add", description = "Add a theme (PATH like Security/Proxies) with its terms.")
    static final class Add extends Sub {
        @Parameters(index = "0", paramLabel = "PATH")
        String path;

        @Parameters(index = "1..*", paramLabel = "TERM")
        List<String> terms = new ArrayList<>();

        @Override
        void run(ThemeService themes, PrintWriter out) {
            themes.addTheme(path, terms);
            out.println("added theme " + path + "; run 'rapporteur themes retag' to apply it");
            out.flush();
        }
    }

    @Command(name = "add-terms", description = "Add terms or phrases to a theme.")
    static final class AddTerms extends Sub {
        @Parameters(index = "0", paramLabel = "PATH")
        String path;

        @Parameters(index = "1..*", arity = "1..*", paramLabel = "TERM")
        List<String> terms;

        @Override
        void run(ThemeService themes, PrintWriter out) {
            themes.addTerms(path, terms);
            out.println("added " + terms.size() + " terms to " + path + "; run 'rapporteur themes retag' to apply");
            out.flush();
        }
    }

    @Command(name = "rule", description = "Save a search as a theme rule: claims matching QUERY get THEME.")
    static final class Rule extends Sub {
        @Parameters(index = "0", paramLabel = "THEME")
        String theme;

        @Parameters(index = "1", paramLabel = "QUERY")
        String query;

        @Override
        void run(ThemeService themes, PrintWriter out) {
            themes.addRule(theme, query);
            out.println("rule saved: " + theme + " <- " + query + "; run 'rapporteur themes retag' to apply");
            out.flush();
        }
    }

    @Command(name = "retag", description = "Re-compute every claim's themes from the index (no re-reading).")
    static final class Retag extends Sub {
        @Override
        void run(ThemeService themes, PrintWriter out) {
            long changed = themes.retag(new IndexCommand.TerminalProgress(workspace.err()), Cancellation.NEVER);
            out.println(changed + " claims changed themes");
            out.flush();
        }
    }
}
