package org.rapporteur.cli;

import java.util.concurrent.Callable;

import org.rapporteur.annotations.Annotations;
import org.rapporteur.annotations.Change;
import org.rapporteur.annotations.ChangeEvent;
import org.rapporteur.annotations.Coding;
import org.rapporteur.annotations.Tag;
import org.rapporteur.annotations.Target;
import org.rapporteur.model.RapporteurException;
import org.rapporteur.pipeline.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rapporteur code CLAIM TAG}: puts a tag on a claim (or takes it off with --remove). */
@Command(name = "code", description = "Code a claim with a tag (the tag must exist: 'rapporteur tag add').")
final class CodeCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    @Mixin
    JsonOption json;

    @Parameters(index = "0", paramLabel = "CLAIM")
    String claimId;

    @Parameters(index = "1", paramLabel = "TAG", description = "Tag name, path or id.")
    String tag;

    @Option(names = "--remove", description = "Remove the coding instead.")
    boolean remove;

    @Override
    public Integer call() {
        return ClaimChange.apply(workspace, json, this::change, claimId);
    }

    private Change change(Annotations a) {
        Tag t = a.resolveTag(tag);
        if (!remove) {
            return new Change.AddCoding(t.id(), Target.claim(claimId));
        }
        Coding c = a.codings(claimId).stream().filter(x -> x.tagId() == t.id()).findFirst()
                .orElseThrow(() -> new RapporteurException("Claim " + claimId + " is not coded with '" + t.path()
                        + "'."));
        return new Change.RemoveCoding(c.id());
    }

    private ChangeEvent change(Workspace ws) {
        Annotations a = ws.annotations();
        return a.execute(change(a));
    }
}
