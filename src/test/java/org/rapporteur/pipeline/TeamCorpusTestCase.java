package org.rapporteur.pipeline;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Tests of a team workspace: each test has a {@link TeamCorpusFixture} of its own (a new team database). */
abstract class TeamCorpusTestCase {
    @TempDir
    Path tmp;
    TeamCorpusFixture team;

    @BeforeEach
    void startTeam() {
        team = TeamCorpusFixture.start(tmp);
    }

    @AfterEach
    void closeTeam() {
        team.close();
    }
}
