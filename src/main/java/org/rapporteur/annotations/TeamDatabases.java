package org.rapporteur.annotations;

/** Opens a team's PostgreSQL database as a {@link StoreDatabase} (pgstore's {@code PostgresDatabase}). */
final class TeamDatabases {
    private TeamDatabases() {
    }

    static StoreDatabase open(PgEndpoint endpoint) {
        throw new UnsupportedOperationException("issue 17: waits for part pgstore's PostgresDatabase");
    }
}
