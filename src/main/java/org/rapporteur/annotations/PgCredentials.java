package org.rapporteur.annotations;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who connects to a team database, and with which password, decided as libpq and psql decide it, so an analyst's
 * existing PostgreSQL setup just works: the user is the URL's, else {@code $PGUSER}, else the login name; the
 * password is the URL's (for that one command), else {@code $PGPASSWORD}, else the password file
 * ({@code $PGPASSFILE}, else {@code ~/.pgpass}), else none. Nothing here is ever written anywhere.
 *
 * @param endpoint  where and as whom to connect
 * @param passwordSource where the password came from, for messages ({@code the URL}, {@code PGPASSWORD}, the password
 *                  file's path, or {@code none})
 * @param warnings  sentences for the analyst (a password file that was ignored)
 */
public record PgCredentials(PgEndpoint endpoint, String passwordSource, List<String> warnings) {
    private static final Logger LOG = LoggerFactory.getLogger(PgCredentials.class);

    public PgCredentials {
        warnings = List.copyOf(warnings);
    }

    /** Resolves {@code url} from this process's environment and home folder. */
    public static PgCredentials resolve(TeamUrl url) {
        return resolve(url, System.getenv(), System.getProperty("user.name"), Path.of(System.getProperty("user.home")));
    }

    /** Resolves {@code url} from the given environment, login name and home folder (tests pass their own). */
    public static PgCredentials resolve(TeamUrl url, Map<String, String> env, String loginName, Path home) {
        String user = url.user() != null ? url.user() : nonBlank(env.get("PGUSER")).orElse(loginName);
        List<String> warnings = new ArrayList<>();
        String password;
        String source;
        if (url.password() != null) {
            password = url.password();
            source = "the URL";
        } else if (nonBlank(env.get("PGPASSWORD")).isPresent()) {
            password = env.get("PGPASSWORD");
            source = "PGPASSWORD";
        } else {
            Path file = passwordFile(env, home);
            PgPassFile pass = PgPassFile.read(file);
            if (pass.warning() != null) {
                warnings.add(pass.warning());
                LOG.warn("{}", pass.warning());
            }
            password = pass.passwordFor(url.host(), url.port(), url.database(), user).orElse(null);
            source = password == null ? "none" : file.toString();
        }
        return new PgCredentials(new PgEndpoint(url.host(), url.port(), url.database(), user, password,
                url.sslMode()), source, warnings);
    }

    /** {@code $PGPASSFILE}, else {@code ~/.pgpass}. */
    public static Path passwordFile(Map<String, String> env, Path home) {
        return nonBlank(env.get("PGPASSFILE")).map(Path::of).orElse(home.resolve(".pgpass"));
    }

    /** The password file of this process's environment. */
    public static Path passwordFile() {
        return passwordFile(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    private static Optional<String> nonBlank(String s) {
        return s == null || s.isBlank() ? Optional.empty() : Optional.of(s);
    }

    @Override
    public String toString() {
        return "PgCredentials[" + endpoint.describe() + ", password from " + passwordSource + "]";
    }
}
