package org.rapporteur.annotations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TeamUrlTest {
    @Test
    void aFullUrlGivesEveryPart() {
        TeamUrl u = TeamUrl.parse("postgresql://maria:s3cret@db.example.org:6543/policy_team?sslmode=require");
        assertEquals("maria", u.user());
        assertEquals("s3cret", u.password());
        assertEquals("db.example.org", u.host());
        assertEquals(6543, u.port());
        assertEquals("policy_team", u.database());
        assertEquals("require", u.sslMode());
    }

    @Test
    void theShortSchemeUserlessFormAndDefaultsAreAccepted() {
        TeamUrl u = TeamUrl.parse("postgres://server/team");
        assertNull(u.user());
        assertNull(u.password());
        assertEquals(PgEndpoint.DEFAULT_PORT, u.port());
        assertNull(u.sslMode(), "no sslmode given: the endpoint's default (prefer) applies");
        assertEquals("prefer", new PgEndpoint(u.host(), u.port(), u.database(), "x", null, u.sslMode()).sslMode());
    }

    @Test
    void percentEscapesAndIpv6AddressesAreDecoded() {
        TeamUrl u = TeamUrl.parse("postgresql://ana%20l%40team:p%3Aw+d@[::1]:5433/caf%C3%A9");
        assertEquals("ana l@team", u.user());
        assertEquals("p:w+d", u.password());
        assertEquals("::1", u.host());
        assertEquals(5433, u.port());
        assertEquals("café", u.database());
        assertEquals("postgresql://ana%20l%40team@[::1]:5433/caf%C3%A9", u.withoutPassword());
    }

    @Test
    void whatTheWorkspaceKeepsHasNoPassword() {
        TeamUrl u = TeamUrl.parse("postgresql://maria:s3cret@db:5432/team?sslmode=verify-full");
        assertTrue(u.hasPassword());
        assertEquals("postgresql://maria@db:5432/team?sslmode=verify-full", u.withoutPassword());
        assertFalse(u.toString().contains("s3cret"));
        TeamUrl again = TeamUrl.parse(u.withoutPassword());
        assertEquals(u.user(), again.user());
        assertEquals(u.database(), again.database());
        assertNull(again.password());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ''                                             | No team URL was given
            mysql://db/team                                | 'mysql://db/team' is a mysql address, not a PostgreSQL one
            https://db.example.org/team                    | is a https address, not a PostgreSQL one
            team-db                                        | 'team-db' is not a URL, not a PostgreSQL one
            jdbc:postgresql://db/team                      | is a JDBC URL: leave out the 'jdbc:'
            postgresql://db                                | names no database
            postgresql://db/                               | names no database
            postgresql://db/team/other                     | has more than one name after the server
            postgresql:///team                             | names no server
            postgresql://maria@/team                       | names no server
            postgresql://@db/team                          | has an empty user name
            postgresql://db:port/team                      | The port 'port' in the team URL
            postgresql://db:70000/team                     | The port '70000'
            postgresql://db:0/team                         | The port '0'
            postgresql://db:/team                          | The port ''
            postgresql://[::1/team                         | opens an IPv6 address with '[' but never closes it
            postgresql://a,b/team                          | names several servers
            postgresql://db/team?sslmode=maybe             | sslmode 'maybe' is not one PostgreSQL knows
            postgresql://db/team?password=x                | a password belongs in the PostgreSQL password file
            postgresql://db/team?application_name=x        | the parameter 'application_name'
            postgresql://db/team#top                       | has a '#' part
            postgresql://db/my team                        | contains a space
            postgresql://db/100%                           | has a broken %-escape
            """)
    void everyMalformedFormIsRefusedWithASentence(String url, String expected) {
        AnnotationException e = assertThrows(AnnotationException.class, () -> TeamUrl.parse(url));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertTrue(e.getMessage().endsWith("."), "a sentence: " + e.getMessage());
    }

    @Test
    void aRefusedUrlNeverRepeatsItsPassword() {
        AnnotationException e = assertThrows(AnnotationException.class,
                () -> TeamUrl.parse("postgresql://maria:s3cret@db:99999/team"));
        assertFalse(e.getMessage().contains("s3cret"), e.getMessage());
        assertTrue(e.getMessage().contains("maria:***@db"), e.getMessage());
    }
}
