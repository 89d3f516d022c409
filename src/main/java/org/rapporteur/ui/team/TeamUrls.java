package org.rapporteur.ui.team;

import java.util.Locale;

/**
 * What the connect dialog can tell about a team URL before asking the server: whether it is a PostgreSQL URL at all,
 * and whether it holds a password (used once, never stored). The full parsing, with its messages, is the pipeline's
 * ({@code TeamService.probe}).
 */
public final class TeamUrls {
    /** The hint in the empty URL field. */
    public static final String PLACEHOLDER = "postgresql://analyst@server/team";

    private TeamUrls() {
    }

    /** A sentence saying what is wrong with {@code url} at first sight, or null when it may be a team URL. */
    public static String firstSightProblem(String url) {
        String u = url == null ? "" : url.strip();
        if (u.isEmpty()) {
            return "Type the team database's URL, e.g. " + PLACEHOLDER + ".";
        }
        String lower = u.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("postgresql://") && !lower.startsWith("postgres://")) {
            return "A team URL starts with postgresql://, e.g. " + PLACEHOLDER + ".";
        }
        return null;
    }

    /** True when the URL's user part carries a password ({@code postgresql://ayesha:secret@server/team}). */
    public static boolean hasPassword(String url) {
        String u = url == null ? "" : url.strip();
        int scheme = u.indexOf("://");
        if (scheme < 0) {
            return false;
        }
        String rest = u.substring(scheme + 3);
        int slash = rest.indexOf('/');
        String authority = slash < 0 ? rest : rest.substring(0, slash);
        int at = authority.lastIndexOf('@');
        return at > 0 && authority.substring(0, at).contains(":");
    }

    /** What the dialog says when the URL holds a password: it is used once, and where it should go instead. */
    public static String passwordNote() {
        return "The password in this URL is used once, to connect now, and is not stored. Put it in your PostgreSQL "
                + "password file (" + passwordFile() + ", one line host:port:database:user:password, readable only "
                + "by you) so Rapporteur can connect again next time.";
    }

    /** Where libpq and Rapporteur look for the password file on this machine. */
    static String passwordFile() {
        String env = System.getenv("PGPASSFILE");
        if (env != null && !env.isBlank()) {
            return env;
        }
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        return windows ? "%APPDATA%\\postgresql\\pgpass.conf" : "~/.pgpass";
    }
}
