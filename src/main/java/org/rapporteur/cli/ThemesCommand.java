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

/** {@code rapporteur themes list|add|add-terms|add-example|rule|retag}: the workspace's theme taxonomy. */
@Command(name = "themes", description = "Show and edit the theme taxonomy; save a search as a theme rule; re-tag.",
        subcommands = {ThemesCommand.ListThemes.class, ThemesCommand.Add.class, ThemesCommand.AddTerms.class,
                ThemesCommand.AddExample.class, ThemesCommand.Rule.class, ThemesCommand.Retag.class})
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

    @Command(name = "list", description = "The themes with what they cover, their terms and how many examples "
            + "(the taxonomy's and your own codings), and the theme rules.")
    static final class ListThemes extends Sub {
        record ThemesJson(List<ThemeJson> themes, List<org.rapporteur.model.ThemeRule> rules) {
        }

        /** A theme as listed: the taxonomy's fields and the count of the analyst's own examples (codings). */
        record ThemeJson(String theme, String description, List<String> terms, List<String> examples,
                         int yourExamples) {
        }

        @Override
        void run(ThemeService themes, PrintWriter out) {
            java.util.Map<String, Integer> yours = themes.analystExamples();
            if (json.wanted()) {
                json.print(new ThemesJson(themes.themes().stream().map(t -> new ThemeJson(t.path(), t.description(),
                        t.terms(), t.examples(), yours.getOrDefault(t.path(), 0))).toList(), themes.rules()));
                return;
            }
            themes.themes().forEach(t -> {
                int own = yours.getOrDefault(t.path(), 0);
                out.printf(Locale.ROOT, "%s  (%d example%s%s)%n", t.path(), t.examples().size(),
                        t.examples().size() == 1 ? "" : "s", own == 0 ? "" : " + " + own + " of your codings");
                if (!t.description().isEmpty()) {
                    out.printf(Locale.ROOT, "    %s%n", t.description());
                }
                if (!t.terms().isEmpty()) {
                    out.printf(Locale.ROOT, "    terms: %s%n", String.join(", ", t.terms()));
                }
            });
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

        @picocli.CommandLine.Option(names = "--description", paramLabel = "TEXT",
                description = "What the theme covers, in a sentence: claims are compared with it by meaning.")
        String description = "";

        @picocli.CommandLine.Option(names = "--example", paramLabel = "SENTENCE",
                description = "A sentence of a claim that has the theme (repeat for more).")
        List<String> examples = new ArrayList<>();

        @Override
        void run(ThemeService themes, PrintWriter out) {
            themes.addTheme(path, terms, description, examples);
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

    @Command(name = "add-example", description = "Add example sentences to a theme: claims like them get it by "
            + "meaning (where claims have vectors) at the next re-tag.")
    static final class AddExample extends Sub {
        @Parameters(index = "0", paramLabel = "PATH")
        String path;

        @Parameters(index = "1..*", arity = "1..*", paramLabel = "SENTENCE")
        List<String> sentences;

        @Override
        void run(ThemeService themes, PrintWriter out) {
            themes.addExamples(path, sentences);
            out.println("added " + sentences.size() + " example" + (sentences.size() == 1 ? "" : "s") + " to " + path
                    + "; run 'rapporteur themes retag' to apply");
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

    @Command(name = "retag", description = "Re-compute every claim's themes from the index (no re-reading): by "
            + "meaning where claims have vectors, by terms elsewhere, then rules and your corrections.")
    static final class Retag extends Sub {
        @Override
        void run(ThemeService themes, PrintWriter out) {
            long changed = themes.retag(IndexCommand.TerminalProgress.saying(workspace.err()), Cancellation.NEVER);
            out.println(changed + " claims changed themes");
            out.flush();
        }
    }
}
