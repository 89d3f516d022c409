package org.rapporteur.annotations;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;

import javax.net.ssl.SSLException;

/**
 * Turns what pgJDBC throws into sentences an analyst can act on, and tells a server that is away (retry later:
 * {@link StoreUnavailableException}) from a refusal (wrong password, no such database: retrying cannot help). The
 * team part's CLI and dialog show these sentences as they are (issue 17).
 */
final class PgFailures {
    private PgFailures() {
    }

    /** True when the connection itself failed (SQLState class 08, the server shutting down, an I/O error). */
    static boolean connectionLost(SQLException e) {
        String state = e.getSQLState();
        if (state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03"))) {
            return true;
        }
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof java.io.IOException) {
                return true;
            }
        }
        return false;
    }

    /** The exception for a failure while opening a connection to {@code endpoint}. */
    static AnnotationException opening(PgEndpoint endpoint, SQLException e) {
        String where = endpoint.host() + ":" + endpoint.port();
        String state = String.valueOf(e.getSQLState());
        String message = String.valueOf(e.getMessage());
        Throwable root = rootCause(e);
        if (state.equals("28P01")) {
            return new AnnotationException("The team server " + where + " refused the password of '"
                    + endpoint.user() + "'. Check the password in your PostgreSQL password file (~/.pgpass) or in"
                    + " PGPASSWORD.", e);
        }
        if (state.equals("28000")) {
            return new AnnotationException("The team server " + where + " does not let '" + endpoint.user()
                    + "' in (" + firstLine(message) + "). Ask the team's administrator to allow you.", e);
        }
        if (message.contains("no password was provided")) {
            return new AnnotationException("The team server " + where + " asks for the password of '"
                    + endpoint.user() + "', and none was found: put it in your PostgreSQL password file"
                    + " (~/.pgpass) or in PGPASSWORD.", e);
        }
        if (state.equals("3D000")) {
            return new AnnotationException("There is no database '" + endpoint.database() + "' on the team server "
                    + where + ". Check the name in the team address.", e);
        }
        if (state.equals("42501")) {
            return new AnnotationException("'" + endpoint.user() + "' may not connect to the database '"
                    + endpoint.database() + "' on " + where + ". Ask the team's administrator to add you to the"
                    + " team.", e);
        }
        if (root instanceof SSLException || message.contains("SSL")) {
            if (message.contains("does not support SSL")) {
                return new AnnotationException("The team server " + where + " does not offer TLS, and the team"
                        + " address asks for it (sslmode=" + endpoint.sslMode() + "). Ask the administrator to turn"
                        + " TLS on, or use sslmode=prefer.", e);
            }
            return new AnnotationException("The TLS connection to the team server " + where + " was refused: "
                    + firstLine(root.getMessage() == null ? message : root.getMessage())
                    + ". Check the server's certificate and the sslmode in the team address.", e);
        }
        if (root instanceof UnknownHostException) {
            return new StoreUnavailableException("The team server " + where + " cannot be reached: there is no"
                    + " host named '" + endpoint.host() + "'.", e);
        }
        if (root instanceof ConnectException || root instanceof NoRouteToHostException
                || root instanceof SocketTimeoutException) {
            return new StoreUnavailableException("The team server " + where + " cannot be reached ("
                    + firstLine(root.getMessage()) + "). Check the address, and that the server is running.", e);
        }
        if (state.equals("57P03") || state.equals("53300")) {
            return new StoreUnavailableException("The team server " + where + " does not accept connections now ("
                    + firstLine(message) + "); try again in a moment.", e);
        }
        if (connectionLost(e)) {
            return new StoreUnavailableException("The team server " + where + " cannot be reached ("
                    + firstLine(message) + ").", e);
        }
        return new AnnotationException("Cannot open the team's annotation store " + endpoint.describe() + ": "
                + firstLine(message), e);
    }

    /** The exception for a failure of a unit of work on an open connection. */
    static AnnotationException working(PgEndpoint endpoint, SQLException e) {
        if (connectionLost(e)) {
            return new StoreUnavailableException("The connection to the team server " + endpoint.host() + ":"
                    + endpoint.port() + " was lost (" + firstLine(e.getMessage()) + "); nothing was written.", e);
        }
        if ("42501".equals(e.getSQLState())) {
            // A member (not the owner) opening a database that has no store yet, or one a newer Rapporteur must
            // migrate: creating and altering tables is the owner's right (ADR 0036).
            return new AnnotationException("'" + endpoint.user() + "' may not change the tables of the team's"
                    + " database " + endpoint.describe() + " (" + firstLine(e.getMessage()) + "). Its owner must open"
                    + " it first with this version of Rapporteur; then the team can work in it.", e);
        }
        return new AnnotationException("The team's annotation store " + endpoint.describe() + " failed: "
                + firstLine(e.getMessage()), e);
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "no reason given";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }
}
