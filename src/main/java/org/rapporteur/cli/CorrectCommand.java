package org.rapporteur.cli;

import java.util.concurrent.Callable;

import org.rapporteur.annotations.Change;
import org.rapporteur.annotations.CorrectionRequest;
import org.rapporteur.pipeline.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rapporteur correct CLAIM --speaker NAME}: overrides the extractor; survives re-extraction. */
@Command(name = "correct", description = "Correct the extractor on a claim: its speaker, or a country or theme.")
final class CorrectCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    @Parameters(paramLabel = "CLAIM")
    String claimId;

    @ArgGroup(exclusive = true, multiplicity = "1")
    What what;

    static final class What {
        @Option(names = "--speaker", paramLabel = "NAME", required = true)
        String speaker;
        @Option(names = "--add-country", paramLabel = "COUNTRY", required = true)
        String addCountry;
        @Option(names = "--remove-country", paramLabel = "COUNTRY", required = true)
        String removeCountry;
        @Option(names = "--add-theme", paramLabel = "THEME", required = true)
        String addTheme;
        @Option(names = "--remove-theme", paramLabel = "THEME", required = true)
        String removeTheme;
    }

    @Option(names = "--role", description = "With --speaker: the speaker's role.")
    String role;

    @Option(names = "--affiliation", description = "With --speaker: the speaker's organisation.")
    String affiliation;

    @Option(names = "--country", description = "With --speaker: the speaker's country.")
    String country;

    @Option(names = "--json")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CorrectionRequest request;
        if (what.speaker != null) {
            request = new CorrectionRequest.SetSpeaker(claimId, what.speaker, role, affiliation, country);
        } else if (what.addCountry != null) {
            request = new CorrectionRequest.AddCountry(claimId, what.addCountry);
        } else if (what.removeCountry != null) {
            request = new CorrectionRequest.RemoveCountry(claimId, what.removeCountry);
        } else if (what.addTheme != null) {
            request = new CorrectionRequest.AddTheme(claimId, what.addTheme);
        } else {
            request = new CorrectionRequest.RemoveTheme(claimId, what.removeTheme);
        }
        try (Workspace ws = workspace.open()) {
            AnnotationCommandSupport.requireClaim(ws, claimId);
            AnnotationCommandSupport.print(spec.commandLine().getOut(), json,
                    ws.annotations().execute(new Change.AddCorrection(request)));
        }
        return 0;
    }
}
