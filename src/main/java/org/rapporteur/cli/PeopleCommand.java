package org.rapporteur.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.rapporteur.pipeline.PersonSummary;
import org.rapporteur.pipeline.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code rapporteur people}: the person registry across the corpus. */
@Command(name = "people", description = "List the people of the corpus: name, aliases, roles, affiliations, reports.")
final class PeopleCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    @Option(names = "--json", description = "Print a JSON array.")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace ws = workspace.open()) {
            List<PersonSummary> people = ws.people();
            if (json) {
                Json.print(out, people);
            } else {
                for (PersonSummary p : people) {
                    out.printf("%-32s %4d claims  %s%s%n", p.name(), p.claims(),
                            String.join("; ", p.roles()),
                            p.affiliations().isEmpty() ? "" : " · " + String.join("; ", p.affiliations()));
                }
                out.printf("%d people%n", people.size());
                out.flush();
            }
        }
        return 0;
    }
}
