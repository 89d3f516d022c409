package org.rapporteur.testing;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.annotations.PgEndpoint;

/**
 * Tests on a team: each test has a new database on the shared test server ({@link PgTestCluster}) and a home folder
 * under {@link #dir} with its password ({@link TeamHome}), given back when the test ends.
 */
public abstract class TeamTestCase {
    @TempDir
    protected Path dir;
    protected PgEndpoint team;
    protected TeamHome home;

    @BeforeEach
    void newTeamDatabaseAndHome() throws IOException {
        team = PgTestCluster.shared().newDatabase();
        home = new TeamHome(dir, team);
    }

    @AfterEach
    void giveBackTheHome() {
        home.close();
    }
}
