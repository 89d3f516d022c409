package org.rapporteur.annotations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/**
 * Who has a team's store open, from {@code pg_stat_activity}: every store's connection carries the application name
 * {@code rapporteur:<user>:<origin>} (the listening connections {@code rapporteur-follow:}, left out). Any role sees
 * the application names of every session; only a superuser, a member of {@code pg_read_all_stats} or the same role
 * sees another session's client address and start, so those may be null.
 */
final class TeamPresence {
    static final String APPLICATION_PREFIX = "rapporteur:";

    private TeamPresence() {
    }

    static List<TeamMember> members(Connection c) throws SQLException {
        List<TeamMember> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT application_name, host(client_addr), backend_start,"
                + " pid = pg_backend_pid() FROM pg_stat_activity WHERE datname = current_database() AND"
                + " application_name LIKE 'rapporteur:%' ORDER BY backend_start NULLS LAST, pid");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String name = rs.getString(1).substring(APPLICATION_PREFIX.length());
                int cut = name.lastIndexOf(':');
                String user = cut < 0 ? name : name.substring(0, cut);
                ChangeOrigin origin = cut < 0 ? ChangeOrigin.UNKNOWN : ChangeOrigin.of(name.substring(cut + 1));
                Timestamp since = rs.getTimestamp(3);
                out.add(new TeamMember(user, origin, rs.getString(2), since == null ? null : since.toInstant(),
                        rs.getBoolean(4)));
            }
        }
        return out;
    }
}
