package org.rapporteur.annotations;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * A team database's address as the analyst types it: {@code postgresql://[user[:password]@]host[:port]/database
 * [?sslmode=…]} ({@code postgres://} too), the form libpq and psql take. {@link #parse} refuses every malformed form
 * with one sentence saying what is wrong and what a good URL looks like; {@link #withoutPassword()} is what
 * {@code workspace.json} keeps. Who connects and with which password is decided later, by {@link PgCredentials}.
 *
 * @param user     null when the URL names none (then {@code PGUSER}, else the OS user)
 * @param password null when the URL has none; never stored, used for the one command that was given it
 * @param port     {@link PgEndpoint#DEFAULT_PORT} when the URL names none
 * @param sslMode  null when the URL says nothing ({@code prefer} then: TLS when the server offers it)
 */
public record TeamUrl(String user, String password, String host, int port, boolean portGiven, String database,
                      String sslMode) {
    /** PostgreSQL's own sslmode values (libpq and pgJDBC take the same). */
    public static final Set<String> SSL_MODES = Set.of("disable", "allow", "prefer", "require", "verify-ca",
            "verify-full");
    static final String EXAMPLE = "postgresql://analyst@server:5432/team";

    @Override
    public String toString() {
        return withoutPassword();
    }

    /** Parses {@code url}; an {@link AnnotationException} with a sentence for anything that is not such a URL. */
    public static TeamUrl parse(String url) {
        if (url == null || url.isBlank()) {
            throw bad("No team URL was given: write it like " + EXAMPLE + ".");
        }
        String u = url.strip();
        if (u.chars().anyMatch(ch -> Character.isWhitespace(ch) || Character.isISOControl(ch))) {
            throw bad("The team URL '" + u + "' contains a space or control character: write it like " + EXAMPLE
                    + ", percent-encoding a space as %20.");
        }
        String lower = u.toLowerCase(Locale.ROOT);
        String rest;
        if (lower.startsWith("postgresql://")) {
            rest = u.substring("postgresql://".length());
        } else if (lower.startsWith("postgres://")) {
            rest = u.substring("postgres://".length());
        } else if (lower.startsWith("jdbc:postgresql://")) {
            throw bad("'" + u + "' is a JDBC URL: leave out the 'jdbc:' and write it like " + EXAMPLE + ".");
        } else {
            int colon = u.indexOf(':');
            String what = colon > 0 && u.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*")
                    ? "a " + u.substring(0, colon) + " address" : "not a URL";
            throw bad("'" + u + "' is " + what + ", not a PostgreSQL one: a team URL starts with postgresql://, like "
                    + EXAMPLE + ".");
        }
        if (rest.indexOf('#') >= 0) {
            throw bad("The team URL '" + u + "' has a '#' part, which a PostgreSQL URL cannot have: write it like "
                    + EXAMPLE + ".");
        }
        String query = null;
        int q = rest.indexOf('?');
        if (q >= 0) {
            query = rest.substring(q + 1);
            rest = rest.substring(0, q);
        }
        int slash = rest.indexOf('/');
        if (slash < 0 || slash == rest.length() - 1) {
            throw bad("The team URL '" + redacted(u) + "' names no database: add it after the server, like "
                    + EXAMPLE + ".");
        }
        String authority = rest.substring(0, slash);
        String database = decode(rest.substring(slash + 1), u, "database name");
        if (database.contains("/")) {
            throw bad("The team URL '" + redacted(u) + "' has more than one name after the server ('" + database
                    + "'): a team URL names one database, like " + EXAMPLE + ".");
        }
        String user = null;
        String password = null;
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            String info = authority.substring(0, at);
            authority = authority.substring(at + 1);
            int colon = info.indexOf(':');
            user = decode(colon >= 0 ? info.substring(0, colon) : info, u, "user name");
            password = colon >= 0 ? decode(info.substring(colon + 1), u, "password") : null;
            if (user.isEmpty()) {
                throw bad("The team URL '" + redacted(u) + "' has an empty user name before the '@': write it like "
                        + EXAMPLE + ", or leave out the '@' to connect as $PGUSER or your login name.");
            }
        }
        String host;
        String portText = null;
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            if (close < 0) {
                throw bad("The team URL '" + redacted(u) + "' opens an IPv6 address with '[' but never closes it.");
            }
            host = authority.substring(1, close);
            String after = authority.substring(close + 1);
            if (!after.isEmpty()) {
                if (!after.startsWith(":")) {
                    throw bad("The team URL '" + redacted(u) + "' has '" + after + "' after the server's address.");
                }
                portText = after.substring(1);
            }
        } else {
            int colon = authority.lastIndexOf(':');
            if (colon >= 0) {
                portText = authority.substring(colon + 1);
                authority = authority.substring(0, colon);
            }
            host = authority;
            if (host.contains(",")) {
                throw bad("The team URL '" + redacted(u) + "' names several servers; a team has one: name it alone,"
                        + " like " + EXAMPLE + ".");
            }
        }
        if (host.isEmpty()) {
            throw bad("The team URL '" + redacted(u) + "' names no server: write its name or address after the "
                    + "'//' (or the '@'), like " + EXAMPLE + ".");
        }
        int port = PgEndpoint.DEFAULT_PORT;
        if (portText != null) {
            if (!portText.matches("[0-9]{1,5}") || Integer.parseInt(portText) < 1
                    || Integer.parseInt(portText) > 65535) {
                throw bad("The port '" + portText + "' in the team URL '" + redacted(u) + "' is not a port number "
                        + "(1 to 65535; PostgreSQL's is " + PgEndpoint.DEFAULT_PORT + ").");
            }
            port = Integer.parseInt(portText);
        }
        String sslMode = query == null ? null : sslMode(query, u);
        return new TeamUrl(user, password, host, port, portText != null, database, sslMode);
    }

    private static String sslMode(String query, String url) {
        String mode = null;
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1), url, "sslmode");
            if (!key.equals("sslmode")) {
                throw bad("The team URL '" + redacted(url) + "' has the parameter '" + key + "', which Rapporteur "
                        + "does not take: only sslmode (" + String.join(", ", sorted()) + ") may follow the '?'"
                        + (key.equals("password") ? "; a password belongs in the PostgreSQL password file" : "")
                        + ".");
            }
            if (!SSL_MODES.contains(value)) {
                throw bad("The team URL's sslmode '" + value + "' is not one PostgreSQL knows: use one of "
                        + String.join(", ", sorted()) + " (prefer, the default, uses TLS when the server offers it).");
            }
            mode = value;
        }
        return mode;
    }

    private static java.util.List<String> sorted() {
        return java.util.List.of("disable", "allow", "prefer", "require", "verify-ca", "verify-full");
    }

    private static String decode(String s, String url, String what) {
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw bad("The " + what + " in the team URL '" + redacted(url) + "' has a broken %-escape: write a '%' "
                    + "as %25.");
        }
    }

    /** The URL as typed with any password replaced by {@code ***}, for messages. */
    static String redacted(String url) {
        int scheme = url.indexOf("://");
        if (scheme < 0) {
            return url;
        }
        int end = url.indexOf('/', scheme + 3);
        String authority = end < 0 ? url.substring(scheme + 3) : url.substring(scheme + 3, end);
        int at = authority.lastIndexOf('@');
        int colon = at < 0 ? -1 : authority.indexOf(':');
        if (colon < 0 || colon > at) {
            return url;
        }
        return url.substring(0, scheme + 3) + authority.substring(0, colon) + ":***" + authority.substring(at)
                + (end < 0 ? "" : url.substring(end));
    }

    private static AnnotationException bad(String message) {
        return new AnnotationException(message);
    }

    /** True when the URL itself carries a password (used for one command, never stored). */
    public boolean hasPassword() {
        return password != null;
    }

    /**
     * The URL without its password, as {@code workspace.json} keeps it: the user, port and sslmode only when the URL
     * gave them, so the same workspace file works on each analyst's machine with their own {@code PGUSER}.
     */
    public String withoutPassword() {
        StringBuilder sb = new StringBuilder("postgresql://");
        if (user != null) {
            sb.append(encode(user)).append('@');
        }
        sb.append(host.contains(":") ? "[" + host + "]" : host);
        if (portGiven) {
            sb.append(':').append(port);
        }
        sb.append('/').append(encode(database));
        if (sslMode != null) {
            sb.append("?sslmode=").append(sslMode);
        }
        return sb.toString();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
