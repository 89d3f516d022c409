package org.rapporteur.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.rapporteur.model.Attribution;
import org.rapporteur.model.ClaimRecord;
import org.rapporteur.model.ReviewPage;
import org.rapporteur.pipeline.AttributionReview;
import org.rapporteur.pipeline.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code rapporteur review [--json] [--limit N]}: the claims whose attribution is weak or close, worst first. */
@Command(name = "review", description = "List the claims whose attribution is weak or has a close runner-up, worst"
        + " first (correct them with 'rapporteur correct').")
final class ReviewCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    @Mixin
    JsonOption json;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50",
            description = "At most N claims (default ${DEFAULT-VALUE}).")
    int limit;


    record ReviewJson(long total, double threshold, List<ItemJson> claims) {
    }

    record ItemJson(double doubt, ClaimJson claim) {
    }

    @Override
    public Integer call() {
        if (limit < 0) {
            throw workspace.usageError("--limit must be 0 or more");
        }
        PrintWriter out = workspace.out();
        try (Workspace ws = workspace.open()) {
            ReviewPage page = new AttributionReview(ws).claimsToReview(limit);
            if (json.wanted()) {
                json.print(new ReviewJson(page.total(), AttributionReview.DOUBT_THRESHOLD, page.claims().stream()
                        .map(r -> new ItemJson(round(r.claim().attribution().doubt()), ClaimJson.of(r))).toList()));
                return 0;
            }
            for (ClaimRecord r : page.claims()) {
                Attribution a = r.claim().attribution();
                String who = a.creditedName() == null ? "—" : a.creditedName();
                String second = a.runnerUp() == null ? "" : String.format(Locale.ROOT, " (runner-up %s %.2f)",
                        a.runnerUp().name(), a.runnerUp().confidence());
                String text = r.claim().text().strip().replaceAll("\\s+", " ");
                out.printf(Locale.ROOT, "%.2f  %s  %s %.2f%s: %s%n", a.doubt(), r.claim().id(), who,
                        a.confidence(), second, text.length() > 120 ? text.substring(0, 117) + "…" : text);
            }
            out.printf(Locale.ROOT, "%d of %d claims to review%n", page.claims().size(), page.total());
            out.flush();
        }
        return 0;
    }

    private static double round(double d) {
        return Math.round(d * 1000) / 1000.0;
    }
}
