package org.rapporteur.cli;

import java.util.concurrent.Callable;

import org.rapporteur.annotations.Change;
import org.rapporteur.annotations.Target;
import org.rapporteur.pipeline.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rapporteur note CLAIM TEXT}: a memo on a claim. */
@Command(name = "note", description = "Write a note (memo) on a claim.")
final class NoteCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    @Parameters(index = "0", paramLabel = "CLAIM")
    String claimId;

    @Parameters(index = "1..*", paramLabel = "TEXT", arity = "1..*")
    java.util.List<String> text;

    @Option(names = "--json")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (Workspace ws = workspace.open()) {
            AnnotationCommandSupport.requireClaim(ws, claimId);
            AnnotationCommandSupport.print(spec.commandLine().getOut(), json, ws.annotations()
                    .execute(new Change.AddNote(Target.claim(claimId), String.join(" ", text))));
        }
        return 0;
    }
}
