package org.rapporteur.cli;

import java.util.function.Function;

import org.rapporteur.annotations.ChangeEvent;
import org.rapporteur.model.RapporteurException;
import org.rapporteur.pipeline.Workspace;

/** What the annotation commands on claims share: refusing an unknown claim id, then one change, printed. */
final class ClaimChange {
    private ClaimChange() {
    }

    /**
     * Opens the workspace, checks every claim id, makes the change and prints what it did.
     *
     * @return the exit code
     */
    static int apply(WorkspaceOption workspace, JsonOption json, Function<Workspace, ChangeEvent> change,
                     String... claimIds) {
        try (Workspace ws = workspace.open()) {
            for (String id : claimIds) {
                requireClaim(ws, id);
            }
            json.printChange(change.apply(ws));
        }
        return ExitCodes.OK;
    }

    /** Refuses an unknown claim id with a clear message instead of creating anything. */
    static void requireClaim(Workspace ws, String claimId) {
        if (ws.corpus().claim(claimId).isEmpty()) {
            throw new RapporteurException("No claim with id '" + claimId + "' in this workspace. Find ids with "
                    + "'rapporteur search QUERY' or 'rapporteur claims --json'.");
        }
    }
}
