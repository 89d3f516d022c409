package org.rapporteur.pipeline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.rapporteur.annotations.ClaimResolver;
import org.rapporteur.annotations.Reanchorer;
import org.rapporteur.annotations.Target;
import org.rapporteur.export.AnchorEntry;
import org.rapporteur.model.Claim;
import org.rapporteur.model.ClaimRecord;

/**
 * Places an imported anchor on this workspace's text: at its position when the quote is there, else at the
 * occurrence of the quote whose context matches best, nearest to the old position. Reads each report's text and
 * claims once; counts what moved, became a selection or was an orphan, and lists what cannot be placed.
 */
final class AnchorPlacer {
    /** Where an anchor lands in this workspace: on a claim, or (claimId null) a selection of the report's text. */
    record Placed(String reportId, String claimId, int start, int end) {
        Target target() {
            return claimId != null ? new Target.Claim(claimId) : new Target.Selection(reportId, start, end);
        }

        String key() {
            return AnnotationKeys.target(claimId != null ? "CLAIM" : "SELECTION", claimId, reportId, start, end);
        }
    }

    private final Workspace workspace;
    private final ImportTally tally;
    private final List<String> unplaced;
    private final Map<String, Optional<String>> texts = new HashMap<>();
    private final Map<String, List<Claim>> claims = new HashMap<>();

    AnchorPlacer(Workspace workspace, ImportTally tally, List<String> unplaced) {
        this.workspace = workspace;
        this.tally = tally;
        this.unplaced = unplaced;
    }

    /**
     * The anchor's place, or null (recorded as unplaced, or counted as a skipped orphan). A claim target needs a
     * claim with exactly that span; without one it becomes a selection.
     */
    Placed place(AnchorEntry a, boolean claim, String what) {
        Optional<String> text = text(a.reportId());
        if (text.isEmpty()) {
            return unplaceable(a, what + " in report " + shortId(a.reportId())
                    + ", which is not in this workspace (or its file changed)");
        }
        int start = start(a, text.get());
        if (start < 0) {
            return unplaceable(a, what + " on “" + shorten(a.exact()) + "”, which report " + shortId(a.reportId())
                    + " no longer contains");
        }
        int end = start + a.exact().length();
        if (!claim) {
            return new Placed(a.reportId(), null, start, end);
        }
        return onClaim(a, start, end);
    }

    /** The claim of the anchor's report that covers a placed span best, or null. */
    String claimCovering(Placed p) {
        return Reanchorer.bestClaim(claims(p.reportId()), p.start(), p.end()).orElse(null);
    }

    /** What placing read, for the batch to check claims against without asking the index again. */
    ClaimResolver known() {
        return new PlannedClaimResolver(claims, texts);
    }

    /** Where the quote starts: at its old position if it is still there, else its best match; -1 when gone. */
    private int start(AnchorEntry a, String t) {
        if (a.end() <= t.length() && t.startsWith(a.exact(), a.start())) {
            return a.start();
        }
        int start = -1;
        int bestScore = -1;
        for (int at = t.indexOf(a.exact()); at >= 0; at = t.indexOf(a.exact(), at + 1)) {
            int score = (t.startsWith(a.prefix(), Math.max(0, at - a.prefix().length())) ? 2 : 0)
                    + (t.startsWith(a.suffix(), at + a.exact().length()) ? 2 : 0);
            if (score > bestScore || (score == bestScore && Math.abs(at - a.start())
                    < Math.abs(start - a.start()))) {
                bestScore = score;
                start = at;
            }
        }
        if (start >= 0) {
            tally.moved++;
        }
        return start;
    }

    /** The claim with exactly the span (the anchor's own claim first), else the span as a selection. */
    private Placed onClaim(AnchorEntry a, int start, int end) {
        if (a.claimId() != null) {
            for (Claim c : claims(a.reportId())) {
                if (c.id().equals(a.claimId()) && c.start() == start && c.end() == end) {
                    return new Placed(a.reportId(), c.id(), start, end);
                }
            }
        }
        for (Claim c : claims(a.reportId())) {
            if (c.start() == start && c.end() == end) {
                return new Placed(a.reportId(), c.id(), start, end);
            }
        }
        tally.downgraded++;
        return new Placed(a.reportId(), null, start, end);
    }

    private Placed unplaceable(AnchorEntry a, String why) {
        if (a.orphan()) {
            tally.orphansSkipped++;
        } else {
            unplaced.add(why);
        }
        return null;
    }

    private Optional<String> text(String reportId) {
        return texts.computeIfAbsent(reportId, workspace.corpus()::reportText);
    }

    private List<Claim> claims(String reportId) {
        return claims.computeIfAbsent(reportId, id -> workspace.corpus().claimsOf(id).stream().map(ClaimRecord::claim)
                .toList());
    }

    private static String shortId(String reportId) {
        return reportId.substring(0, Math.min(12, reportId.length()));
    }

    private static String shorten(String s) {
        String t = s.strip().replaceAll("\\s+", " ");
        return t.length() <= 50 ? t : t.substring(0, 49) + "…";
    }
}
