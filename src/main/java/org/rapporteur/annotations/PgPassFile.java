package org.rapporteur.annotations;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * PostgreSQL's password file ({@code ~/.pgpass}, or {@code $PGPASSFILE}), read the way libpq reads it: one
 * {@code hostname:port:database:username:password} per line, {@code *} in any of the first four fields matches
 * anything, {@code \:} and {@code \\} stand for a colon and a backslash, lines starting with {@code #} are comments,
 * and the first matching line wins. A file that group or others may read is ignored with a warning, as libpq does,
 * so a password readable by others is never used without the analyst hearing about it.
 *
 * <p>Immutable once read; reading never throws (a missing file is an empty one, an unreadable one a warning).
 */
public final class PgPassFile {
    private record Entry(String host, String port, String database, String user, String password) {
        boolean matches(String h, int p, String db, String u) {
            return field(host, h) && field(port, Integer.toString(p)) && field(database, db) && field(user, u);
        }

        private static boolean field(String pattern, String value) {
            return pattern.equals("*") || pattern.equals(value);
        }
    }

    private final Path file;
    private final List<Entry> entries;
    private final String warning;

    private PgPassFile(Path file, List<Entry> entries, String warning) {
        this.file = file;
        this.entries = List.copyOf(entries);
        this.warning = warning;
    }

    /** Reads {@code file}; none there is an empty file, one that others may read is ignored with a warning. */
    public static PgPassFile read(Path file) {
        if (file == null || !Files.exists(file)) {
            return new PgPassFile(file, List.of(), null);
        }
        if (!Files.isRegularFile(file)) {
            return new PgPassFile(file, List.of(), "The password file " + file + " is not a plain file, so it is "
                    + "ignored.");
        }
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
            if (perms.stream().anyMatch(p -> !p.name().startsWith("OWNER_"))) {
                return new PgPassFile(file, List.of(), "The password file " + file + " can be read by others, so it "
                        + "is ignored (as psql does): make it yours alone with 'chmod 600 " + file + "'.");
            }
        } catch (UnsupportedOperationException e) {
            // no POSIX permissions (Windows): libpq does not check them there either
        } catch (IOException e) {
            return new PgPassFile(file, List.of(), "The password file " + file + " cannot be read: "
                    + e.getMessage());
        }
        try {
            List<Entry> entries = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                parse(line).ifPresent(entries::add);
            }
            return new PgPassFile(file, entries, null);
        } catch (IOException e) {
            return new PgPassFile(file, List.of(), "The password file " + file + " cannot be read: "
                    + e.getMessage());
        }
    }

    /** One line as libpq splits it: four fields ended by unescaped colons, the rest is the password. */
    static Optional<Entry> parse(String raw) {
        String line = raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw;
        if (line.isEmpty() || line.startsWith("#")) {
            return Optional.empty();
        }
        List<String> fields = new ArrayList<>(5);
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '\\' && i + 1 < line.length()) {
                current.append(line.charAt(++i));
            } else if (ch == ':' && fields.size() < 4) {
                fields.add(current.toString());
                current.setLength(0);
            } else {
                current.append(ch);
            }
        }
        if (fields.size() < 4) {
            return Optional.empty(); // libpq skips a line without five fields
        }
        return Optional.of(new Entry(fields.get(0), fields.get(1), fields.get(2), fields.get(3),
                current.toString()));
    }

    /** The password of the first line matching the connection, if any. */
    public Optional<String> passwordFor(String host, int port, String database, String user) {
        return entries.stream().filter(e -> e.matches(host, port, database, user)).map(Entry::password)
                .findFirst();
    }

    /** Why the file was ignored, or null when it was read (or is not there). */
    public String warning() {
        return warning;
    }

    public Path file() {
        return file;
    }
}
