package org.rapporteur.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.rapporteur.model.ClaimHit;
import org.rapporteur.model.ClaimRecord;
import org.rapporteur.model.MatchKind;
import org.rapporteur.pipeline.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rapporteur related CLAIM}: the claims of other reports nearest in meaning, with speaker and similarity. */
@Command(name = "related", description = "The claims of other reports nearest in meaning to CLAIM, nearest first, "
        + "with speaker, report and similarity. A claim without a vector yet gets the claims sharing its words "
        + "(said on the first line).")
final class RelatedCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    @Mixin
    JsonOption json;


    @Parameters(index = "0", paramLabel = "CLAIM", description = "A claim id (from 'search' or 'claims --json').")
    String claimId;

    @Option(names = "--limit", paramLabel = "N", description = "How many (default ${DEFAULT-VALUE}, at most 200).")
    int limit = 10;

    record RelatedJson(String claim, String by, List<HitJson> related) {
    }

    record HitJson(double similarity, String match, String speaker, String report, String reportId, ClaimJson claim) {
    }

    @Override
    public Integer call() {
        if (limit < 1 || limit > 200) {
            throw workspace.usageError("--limit must be between 1 and 200, not " + limit);
        }
        try (Workspace ws = workspace.open()) {
            return print(ws, workspace.out());
        }
    }

    private int print(Workspace ws, PrintWriter out) {
        ClaimChange.requireClaim(ws, claimId);
        List<ClaimHit> hits = ws.meaning().related(claimId, limit);
        boolean byMeaning = hits.isEmpty() || hits.getFirst().match() == MatchKind.MEANING;
        if (json.wanted()) {
            json.print(new RelatedJson(claimId, byMeaning ? "meaning" : "words", hits.stream()
                    .map(h -> new HitJson(Math.round(h.score() * 10_000d) / 10_000d, h.match().name().toLowerCase(java.util.Locale.ROOT),
                            speaker(h.record()), h.record().source(), h.record().claim().reportId(),
                            ClaimJson.of(h.record()))).toList()));
        } else {
            if (!byMeaning) {
                out.println("This claim has no vector yet (run 'rapporteur embed'): claims sharing its words instead.");
            }
            for (ClaimHit h : hits) {
                ClaimRecord r = h.record();
                String score = String.format(Locale.ROOT, byMeaning ? "%.2f" : "%.1f", h.score());
                out.printf(Locale.ROOT, "%s  %s  %s%s  %s: %s%n", score, r.claim().id(), r.source(),
                        r.claim().page() == null ? "" : " p." + r.claim().page(), speaker(r), r.claim().text());
            }
            out.printf(Locale.ROOT, "%d related claim%s%s%n", hits.size(), hits.size() == 1 ? "" : "s",
                    byMeaning ? " by meaning (similarity first)" : " by words (score first)");
        }
        out.flush();
        return 0;
    }

    private static String speaker(ClaimRecord r) {
        var a = r.claim().attribution();
        return a.speakerName() != null ? a.speakerName() : a.attributedTo() != null ? a.attributedTo() : "—";
    }
}
