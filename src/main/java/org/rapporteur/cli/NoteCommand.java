package org.rapporteur.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.rapporteur.annotations.Change;
import org.rapporteur.annotations.Target;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code rapporteur note CLAIM TEXT}: a memo on a claim. */
@Command(name = "note", description = "Write a note (memo) on a claim.")
final class NoteCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    @Mixin
    JsonOption json;

    @Parameters(index = "0", paramLabel = "CLAIM")
    String claimId;

    @Parameters(index = "1..*", paramLabel = "TEXT", arity = "1..*")
    List<String> text;

    @Override
    public Integer call() {
        return ClaimChange.apply(workspace, json, ws -> ws.annotations()
                .execute(new Change.AddNote(Target.claim(claimId), String.join(" ", text))), claimId);
    }
}
