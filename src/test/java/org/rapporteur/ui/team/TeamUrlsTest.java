package org.rapporteur.ui.team;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What the connect dialog tells about a URL before asking any server. */
class TeamUrlsTest {
    @ParameterizedTest
    @ValueSource(strings = {"postgresql://ayesha:s3cret@server/team", "postgres://a:b@h:5433/db?sslmode=require",
            "postgresql://ayesha:@server/team"})
    void aPasswordInTheUrlIsNoticed(String url) {
        assertTrue(TeamUrls.hasPassword(url));
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql://ayesha@server/team", "postgresql://server/team",
            "postgresql://server:5432/te:am", "postgresql://ayesha@server/db?password_hint=a:b@c"})
    void noPasswordIsNoticedWhereThereIsNone(String url) {
        assertFalse(TeamUrls.hasPassword(url));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"''|Type the team database", "http://server/team|starts with postgresql://",
            "server/team|starts with postgresql://"})
    void aUrlThatCannotBeATeamsIsRefusedWithASentence(String url, String says) {
        String problem = TeamUrls.firstSightProblem(url);
        assertTrue(problem != null && problem.contains(says) && problem.endsWith("."), problem);
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql://ayesha@server/team", "  POSTGRES://server/team  "})
    void aPostgresUrlPassesFirstSight(String url) {
        assertNull(TeamUrls.firstSightProblem(url));
    }
}
