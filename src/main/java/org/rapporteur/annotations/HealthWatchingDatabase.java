package org.rapporteur.annotations;

/**
 * A team's database that tells {@link TeamHealth} when a call meets a lost server, so the workbench says so at once,
 * whichever call met it first (issue 17). Everything else is the wrapped database's.
 */
final class HealthWatchingDatabase implements StoreDatabase {
    private final StoreDatabase db;
    private final TeamHealth health;

    HealthWatchingDatabase(StoreDatabase db, TeamHealth health) {
        this.db = db;
        this.health = health;
    }

    StoreDatabase unwrap() {
        return db;
    }

    @Override
    public <T> T write(SqlWork<T> work) {
        try {
            T result = db.write(work);
            health.answered();
            return result;
        } catch (StoreUnavailableException | CommitOutcomeUnknownException e) {
            health.serverLost(e.getMessage());
            throw e;
        }
    }

    @Override
    public <T> T read(SqlWork<T> work) {
        try {
            T result = db.read(work);
            health.answered();
            return result;
        } catch (StoreUnavailableException e) {
            health.serverLost(e.getMessage());
            throw e;
        }
    }

    @Override
    public SqlDialect dialect() {
        return db.dialect();
    }

    @Override
    public String location() {
        return db.location();
    }

    @Override
    public String integrityCheck() {
        return db.integrityCheck();
    }

    @Override
    public void close() {
        db.close();
    }
}
