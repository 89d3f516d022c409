package org.rapporteur.ui.team;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.rapporteur.annotations.StoreHealth;
import org.rapporteur.annotations.TeamMember;

/**
 * The words of the status bar's team indicator, from the store's health and who is connected: {@code Team ·
 * team@server · 3 online} when connected, {@code Team server unreachable since 14:02 — retrying · 2 changes waiting}
 * when lost. Pure functions, so what the analyst reads is tested without a window.
 */
public final class TeamIndicatorText {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private TeamIndicatorText() {
    }

    /** The indicator's line; empty for a single-user workspace (the indicator is hidden then). */
    public static String line(String location, StoreHealth health, List<TeamMember> members, ZoneId zone) {
        return switch (health.state()) {
            case LOCAL -> "";
            case CONNECTED -> "Team \u00b7 " + shortLocation(location) + " \u00b7 " + online(members)
                    + waiting(health.pendingChanges());
            case LOST -> "Team server unreachable" + since(health.since(), zone) + " \u2014 retrying"
                    + waiting(health.pendingChanges());
        };
    }

    /** The tooltip: where the team's database is, and the store's own sentence about the connection. */
    public static String detail(String location, StoreHealth health) {
        String where = "The team's annotations are in " + (location == null ? "the team database" : location) + ".";
        String said = health.message() == null || health.message().isBlank() ? "" : " " + health.message().strip();
        return where + said + (health.state() == StoreHealth.State.LOST
                ? " What you change meanwhile is kept on this machine and written when the server is back." : "")
                + " Click for who is online.";
    }

    /** {@code postgresql://ayesha@server:5432/team} as {@code team@server}; the port only when not the default. */
    public static String shortLocation(String location) {
        if (location == null || !location.contains("://")) {
            return location == null ? "" : location;
        }
        String rest = location.substring(location.indexOf("://") + 3);
        int at = rest.lastIndexOf('@', rest.indexOf('/') < 0 ? rest.length() : rest.indexOf('/'));
        String hostPart = at < 0 ? rest : rest.substring(at + 1);
        int slash = hostPart.indexOf('/');
        String host = slash < 0 ? hostPart : hostPart.substring(0, slash);
        String db = slash < 0 ? "" : hostPart.substring(slash + 1);
        int q = db.indexOf('?');
        if (q >= 0) {
            db = db.substring(0, q);
        }
        if (host.endsWith(":5432")) {
            host = host.substring(0, host.length() - 5);
        }
        return db.isEmpty() ? host : db + "@" + host;
    }

    static String online(List<TeamMember> members) {
        long people = members.stream().map(TeamMember::user).distinct().count();
        return people == 0 ? "connected" : people + " online";
    }

    private static String waiting(int pending) {
        return pending <= 0 ? "" : " \u00b7 " + pending + (pending == 1 ? " change" : " changes") + " waiting";
    }

    private static String since(Instant since, ZoneId zone) {
        if (since == null || since.equals(Instant.EPOCH)) {
            return "";
        }
        return " since " + CLOCK.format(since.atZone(zone));
    }
}
