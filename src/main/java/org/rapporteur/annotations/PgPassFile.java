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

    /**
     * Puts {@code endpoint}'s password into the password file {@code file} (the analyst asked for it: {@code team
     * connect --save-password}), as the first line, so it wins over an older line for the same connection. A new
     * file is made readable by its owner alone; one that others may read is refused, since psql would ignore it (and
     * so would we). The file is rewritten atomically, keeping every other line and comment.
     */
    public static void remember(Path file, PgEndpoint endpoint) {
        if (endpoint.password() == null) {
            throw new AnnotationException("There is no password to save for " + endpoint.describe() + ".");
        }
        if (endpoint.password().contains("\n") || endpoint.password().contains("\r")) {
            throw new AnnotationException("A password with a line break cannot go into the password file; set "
                    + "PGPASSWORD instead.");
        }
        String line = escape(endpoint.host()) + ":" + endpoint.port() + ":" + escape(endpoint.database()) + ":"
                + escape(endpoint.user()) + ":" + escape(endpoint.password()) + "\n";
        try {
            String existing = "";
            if (Files.exists(file)) {
                PgPassFile current = read(file);
                if (current.warning() != null) {
                    throw new AnnotationException(current.warning() + " The password was not saved.");
                }
                if (current.passwordFor(endpoint.host(), endpoint.port(), endpoint.database(), endpoint.user())
                        .filter(endpoint.password()::equals).isPresent()) {
                    return; // already what the file gives for this connection
                }
                existing = Files.readString(file, StandardCharsets.UTF_8);
            }
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path tmp = parent.resolve(file.getFileName() + ".tmp");
            Files.deleteIfExists(tmp);
            try {
                Files.createFile(tmp, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                        java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(tmp); // no POSIX permissions here: the user profile protects it
            }
            Files.writeString(tmp, line + existing, StandardCharsets.UTF_8);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new AnnotationException("The password could not be saved in " + file + ": " + e.getMessage(), e);
        }
    }

    private static String escape(String field) {
        return field.replace("\\", "\\\\").replace(":", "\\:");
    }

    /** Why the file was ignored, or null when it was read (or is not there). */
    public String warning() {
        return warning;
    }

    public Path file() {
        return file;
    }
}
