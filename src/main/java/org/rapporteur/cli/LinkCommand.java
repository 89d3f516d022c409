package org.rapporteur.cli;

import java.util.concurrent.Callable;

import org.rapporteur.annotations.Change;
import org.rapporteur.annotations.LinkType;
import org.rapporteur.pipeline.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rapporteur link A B --type contradicts}: relates two claims, usually in different reports. */
@Command(name = "link", description = "Link two claims: supports, contradicts, elaborates, same-claim, responds-to.")
final class LinkCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    @Parameters(index = "0", paramLabel = "A")
    String source;

    @Parameters(index = "1", paramLabel = "B")
    String target;

    @Option(names = "--type", defaultValue = "elaborates", description = "Default: ${DEFAULT-VALUE}.")
    String type;

    @Option(names = "--note")
    String note;

    @Option(names = "--json")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        LinkType t = LinkType.parse(type);
        try (Workspace ws = workspace.open()) {
            AnnotationCommandSupport.requireClaim(ws, source);
            AnnotationCommandSupport.requireClaim(ws, target);
            AnnotationCommandSupport.print(spec.commandLine().getOut(), json,
                    ws.annotations().execute(new Change.AddLink(source, target, t, note)));
        }
        return 0;
    }
}
