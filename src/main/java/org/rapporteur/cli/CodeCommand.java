package org.rapporteur.cli;

import java.util.concurrent.Callable;

import org.rapporteur.annotations.Annotations;
import org.rapporteur.annotations.Change;
import org.rapporteur.annotations.Coding;
import org.rapporteur.annotations.Tag;
import org.rapporteur.annotations.Target;
import org.rapporteur.model.RapporteurException;
import org.rapporteur.pipeline.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rapporteur code CLAIM TAG}: puts a tag on a claim (or takes it off with --remove). */
@Command(name = "code", description = "Code a claim with a tag (the tag must exist: 'rapporteur tag add').")
final class CodeCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    @Parameters(index = "0", paramLabel = "CLAIM")
    String claimId;

    @Parameters(index = "1", paramLabel = "TAG", description = "Tag name, path or id.")
    String tag;

    @Option(names = "--remove", description = "Remove the coding instead.")
    boolean remove;

    @Option(names = "--json")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (Workspace ws = workspace.open()) {
            AnnotationCommandSupport.requireClaim(ws, claimId);
            Annotations a = ws.annotations();
            Tag t = a.resolveTag(tag);
            if (remove) {
                Coding c = a.codings(claimId).stream().filter(x -> x.tagId() == t.id()).findFirst()
                        .orElseThrow(() -> new RapporteurException("Claim " + claimId + " is not coded with '"
                                + t.path() + "'."));
                AnnotationCommandSupport.print(spec.commandLine().getOut(), json,
                        a.execute(new Change.RemoveCoding(c.id())));
            } else {
                AnnotationCommandSupport.print(spec.commandLine().getOut(), json,
                        a.execute(new Change.AddCoding(t.id(), Target.claim(claimId))));
            }
        }
        return 0;
    }
}
