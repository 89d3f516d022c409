package org.rapporteur.cli;

import java.util.concurrent.Callable;

import org.rapporteur.annotations.Change;
import org.rapporteur.annotations.LinkType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rapporteur link A B --type contradicts}: relates two claims, usually in different reports. */
@Command(name = "link", description = "Link two claims: supports, contradicts, elaborates, same-claim, responds-to.")
final class LinkCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    @Mixin
    JsonOption json;

    @Parameters(index = "0", paramLabel = "A")
    String source;

    @Parameters(index = "1", paramLabel = "B")
    String target;

    @Option(names = "--type", defaultValue = "elaborates", description = "Default: ${DEFAULT-VALUE}.")
    String type;

    @Option(names = "--note")
    String note;

    @Override
    public Integer call() {
        LinkType t = LinkType.parse(type);
        return ClaimChange.apply(workspace, json, ws -> ws.annotations()
                .execute(new Change.AddLink(source, target, t, note)), source, target);
    }
}
