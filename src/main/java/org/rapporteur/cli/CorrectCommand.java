package org.rapporteur.cli;

import java.util.concurrent.Callable;

import org.rapporteur.annotations.Change;
import org.rapporteur.annotations.CorrectionRequest;
import org.rapporteur.model.ReportSummary;
import org.rapporteur.pipeline.AttributionReview;
import org.rapporteur.pipeline.Workspace;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code rapporteur correct CLAIM --speaker NAME} (or a country or theme) overrides the extractor on one claim;
 * {@code rapporteur correct --report R --from LABEL --speaker NAME} renames a speaker label for all its claims in a
 * report. Both survive re-extraction.
 */
@Command(name = "correct", description = {"Correct the extractor on a claim: its speaker, or a country or theme.",
        "With --report R --from LABEL --speaker NAME: every claim of report R credited to LABEL is NAME's."})
final class CorrectCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    @Mixin
    JsonOption json;

    @Parameters(paramLabel = "CLAIM", arity = "0..1", description = "The claim (not with --report).")
    String claimId;

    @Option(names = "--report", paramLabel = "R", description = "With --from and --speaker: the report (id, a unique"
            + " prefix of the id or of the file name, or the file name) whose claims credited to --from are renamed.")
    String report;

    @Option(names = "--from", paramLabel = "LABEL", description = "With --report: the speaker's name or label to"
            + " replace, as the claims show it (any case).")
    String from;

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


    @Override
    public Integer call() {
        if (report != null || from != null) {
            return relabel();
        }
        if (claimId == null) {
            throw workspace.usageError("Give a CLAIM, or --report R --from LABEL --speaker NAME.");
        }
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
        return ClaimChange.apply(workspace, json, ws -> ws.annotations().execute(new Change.AddCorrection(request)),
                claimId);
    }

    private int relabel() {
        if (report == null || from == null || what.speaker == null || claimId != null) {
            throw workspace.usageError("Renaming a label needs --report R, --from LABEL and --speaker NAME, and no "
                    + "CLAIM.");
        }
        try (Workspace ws = workspace.open()) {
            AttributionReview review = new AttributionReview(ws);
            ReportSummary r = review.findReport(report);
            long before = review.countCredited(r.id(), from);
            if (before == 0) {
                workspace.err().println("warning: no claim of " + r.source() + " is credited to '"
                        + from + "' now; the correction is kept for later index runs");
            }
            json.printChange(review.relabel(r.id(), from, what.speaker));
            if (!json.wanted()) {
                workspace.out().println(before + " claim" + (before == 1 ? "" : "s") + " of " + r.source()
                        + " renamed");
                workspace.out().flush();
            }
        }
        return 0;
    }
}
