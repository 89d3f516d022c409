package org.rapporteur.annotations;

/** Opens a team's PostgreSQL database as a {@link StoreDatabase}, for copying and counting rather than editing. */
final class TeamDatabases {
    private TeamDatabases() {
    }

    static StoreDatabase open(PgEndpoint endpoint) {
        return new PostgresDatabase(endpoint, endpoint.user(), ChangeOrigin.UNKNOWN);
    }
}
