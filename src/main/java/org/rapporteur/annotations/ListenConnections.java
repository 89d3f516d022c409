package org.rapporteur.annotations;

import java.sql.DriverManager;
import java.util.Properties;

/**
 * The connection a {@link ChangeFollower} listens on: to the team's database as the store's own, but named
 * {@code rapporteur-follow:<user>:<origin>}, so {@link AnnotationStore#members()} (which counts
 * {@code rapporteur:} connections) lists each open store once. No read timeout: it waits for notifications.
 */
final class ListenConnections {
    static final String APPLICATION_PREFIX = "rapporteur-follow:";

    private ListenConnections() {
    }

    static ChangeFollower.Connector to(PgEndpoint endpoint, String user, ChangeOrigin origin) {
        return () -> {
            Properties p = new Properties();
            p.setProperty("user", endpoint.user());
            if (endpoint.password() != null) {
                p.setProperty("password", endpoint.password());
            }
            p.setProperty("sslmode", endpoint.sslMode());
            p.setProperty("ApplicationName", APPLICATION_PREFIX + user + ":" + origin.name());
            p.setProperty("connectTimeout", "5");
            p.setProperty("tcpKeepAlive", "true");
            String host = endpoint.host().contains(":") ? "[" + endpoint.host() + "]" : endpoint.host();
            return DriverManager.getConnection("jdbc:postgresql://" + host + ":" + endpoint.port() + "/"
                    + java.net.URLEncoder.encode(endpoint.database(), java.nio.charset.StandardCharsets.UTF_8), p);
        };
    }
}
