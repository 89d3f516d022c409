package org.rapporteur.pipeline;

import org.rapporteur.annotations.PgCredentials;
import org.rapporteur.annotations.TeamUrl;

/** From a team URL (as typed, or as {@code workspace.json} keeps it) to who connects where, with which password. */
final class TeamLinks {
    private TeamLinks() {
    }

    static PgCredentials credentials(String url) {
        return PgCredentials.resolve(TeamUrl.parse(url));
    }
}
