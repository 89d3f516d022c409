package org.rapporteur.annotations;

import org.junit.jupiter.api.BeforeEach;
import org.rapporteur.testing.PgTestCluster;

/** The last-writer-wins contract on a team's PostgreSQL database, two analysts' stores on it. */
class PostgresLastWriterWinsTest extends LastWriterWinsContract {
    PgEndpoint team;

    @BeforeEach
    void database() {
        team = PgTestCluster.shared().newDatabase();
    }

    @Override
    AnnotationStore open(String user) {
        return AnnotationStore.openTeam(team, reports, user, ChangeOrigin.WORKBENCH);
    }
}
