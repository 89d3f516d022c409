package org.rapporteur.cli;

import java.io.PrintWriter;

import org.rapporteur.annotations.ChangeEvent;
import org.rapporteur.model.RapporteurException;
import org.rapporteur.pipeline.Workspace;

/** What every annotation command shares: checking claim ids exist, and printing the change it made. */
final class AnnotationCommandSupport {
    private AnnotationCommandSupport() {
    }

    /** Refuses an unknown claim id with a clear message instead of creating anything. */
    static void requireClaim(Workspace ws, String claimId) {
        if (ws.corpus().claim(claimId).isEmpty()) {
            throw new RapporteurException("No claim with id '" + claimId + "' in this workspace. Find ids with "
                    + "'rapporteur search QUERY' or 'rapporteur claims --json'.");
        }
    }

    record ChangeJson(long changeId, String action, String type, String summary, long entityId) {
        static ChangeJson of(ChangeEvent e) {
            return new ChangeJson(e.changeId(), e.action().name().toLowerCase(java.util.Locale.ROOT), e.type(),
                    e.sentence(), e.entityId());
        }
    }

    static void print(PrintWriter out, boolean json, ChangeEvent e) {
        if (json) {
            Json.print(out, ChangeJson.of(e));
        } else {
            out.println(e.sentence() + (e.entityId() > 0 ? " (id " + e.entityId() + ")" : ""));
            out.flush();
        }
    }
}
