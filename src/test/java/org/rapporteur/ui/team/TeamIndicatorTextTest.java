package org.rapporteur.ui.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rapporteur.annotations.ChangeOrigin;
import org.rapporteur.annotations.StoreHealth;
import org.rapporteur.annotations.TeamMember;

/** What the status bar's team indicator says for each state of the connection. */
class TeamIndicatorTextTest {
    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final String LOCATION = "postgresql://ayesha@server:5432/team";
    private static final Instant T = Instant.parse("2026-12-03T14:02:10Z");

    private static TeamMember member(String user, ChangeOrigin origin, boolean self) {
        return new TeamMember(user, origin, "10.0.0.7", T, self);
    }

    @Test
    void connectedNamesTheDatabaseAndCountsPeopleNotConnections() {
        StoreHealth ok = new StoreHealth(StoreHealth.State.CONNECTED, "", T, 0);
        List<TeamMember> three = List.of(member("ayesha", ChangeOrigin.WORKBENCH, true),
                member("ayesha", ChangeOrigin.COMMAND_LINE, false), member("bea", ChangeOrigin.WORKBENCH, false),
                member("chen", ChangeOrigin.WORKBENCH, false));
        assertEquals("Team \u00b7 team@server \u00b7 3 online", TeamIndicatorText.line(LOCATION, ok, three, UTC));
    }

    @Test
    void lostSaysSinceWhenItRetriesAndWhatWaits() {
        StoreHealth lost = new StoreHealth(StoreHealth.State.LOST, "Connection refused", T, 2);
        assertEquals("Team server unreachable since 14:02 \u2014 retrying \u00b7 2 changes waiting",
                TeamIndicatorText.line(LOCATION, lost, List.of(), UTC));
        String detail = TeamIndicatorText.detail(LOCATION, lost);
        assertTrue(detail.contains("Connection refused") && detail.contains("kept on this machine"), detail);
        assertEquals("Team server unreachable since 14:02 \u2014 retrying \u00b7 1 change waiting",
                TeamIndicatorText.line(LOCATION, new StoreHealth(StoreHealth.State.LOST, "", T, 1), List.of(), UTC));
    }

    @Test
    void aSingleUserWorkspaceSaysNothing() {
        assertEquals("", TeamIndicatorText.line("/tmp/ws/annotations.db", StoreHealth.local(), List.of(), UTC));
    }

    @Test
    void theLocationIsShortenedWithoutLosingAnOtherPort() {
        assertEquals("team@server", TeamIndicatorText.shortLocation(LOCATION));
        assertEquals("policy@db.example.org:6543",
                TeamIndicatorText.shortLocation("postgresql://bea@db.example.org:6543/policy"));
    }
}
