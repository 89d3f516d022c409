package org.rapporteur.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.rapporteur.pipeline.PersonSummary;
import org.rapporteur.pipeline.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code rapporteur people}: the person registry across the corpus (name variants of one person merged, ADR 0021);
 * {@code people merge A B} and {@code people split A --variant V} are the analyst's corrections of that merging.
 */
@Command(name = "people", description = "List the people of the corpus: name, aliases, roles, affiliations, reports."
        + " Names written differently (initials, middle names, short forms, accents) are one person; merge or split"
        + " them with the subcommands.",
        subcommands = {PeopleCommand.Merge.class, PeopleCommand.Split.class})
final class PeopleCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    @Mixin
    JsonOption json;


    @Override
    public Integer call() {
        PrintWriter out = workspace.out();
        try (Workspace ws = workspace.open()) {
            List<PersonSummary> people = ws.peopleService().people();
            if (json.wanted()) {
                json.print(people);
            } else {
                for (PersonSummary p : people) {
                    out.printf(Locale.ROOT, "%-32s %4d claims  %s%s%s%n", p.name(), p.claims(),
                            String.join("; ", p.roles()),
                            p.affiliations().isEmpty() ? "" : " · " + String.join("; ", p.affiliations()),
                            otherNames(p));
                }
                out.printf(Locale.ROOT, "%d people%n", people.size());
                out.flush();
            }
        }
        return 0;
    }

    private static String otherNames(PersonSummary p) {
        List<String> others = p.aliases().stream().filter(a -> !a.equals(p.name())).toList();
        return others.isEmpty() ? "" : "  (also: " + String.join("; ", others) + ")";
    }

    @Command(name = "merge", description = "Make two people one (any name of each); undoable with 'rapporteur undo',"
            + " kept across re-indexing.")
    static final class Merge implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    @Mixin
    JsonOption json;

        @Parameters(index = "0", paramLabel = "PERSON", description = "A name of the person to keep.")
        String person;

        @Parameters(index = "1", paramLabel = "OTHER", description = "A name of the person to merge into PERSON.")
        String other;

        @Override
        public Integer call() {
            try (Workspace ws = workspace.open()) {
                json.printChange(ws.peopleService().merge(person, other));
            }
            return 0;
        }
    }

    @Command(name = "split", description = "Take one written form out of a person, as a person of its own; undoable"
            + " with 'rapporteur undo', kept across re-indexing.")
    static final class Split implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    @Mixin
    JsonOption json;

        @Parameters(index = "0", paramLabel = "PERSON", description = "A name of the person.")
        String person;

        @Option(names = "--variant", required = true, paramLabel = "NAME",
                description = "The written form to split out, as 'people' lists it.")
        String variant;

        @Override
        public Integer call() {
            try (Workspace ws = workspace.open()) {
                json.printChange(ws.peopleService().split(person, variant));
            }
            return 0;
        }
    }
}
