package org.rapporteur.annotations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PgPassFileTest {
    @TempDir
    Path dir;

    private Path write(String text, String perms) throws IOException {
        Path f = dir.resolve("pgpass");
        Files.writeString(f, text);
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString(perms));
        return f;
    }

    @Test
    void theFirstMatchingLineWinsAndWildcardsMatchAnything() throws IOException {
        PgPassFile f = PgPassFile.read(write("""
                # team servers
                db.example.org:5432:team:maria:first
                db.example.org:5432:team:maria:second
                *:*:team:*:any-team
                other:*:*:bob:bobs
                """, "rw-------"));
        assertNull(f.warning());
        assertEquals(Optional.of("first"), f.passwordFor("db.example.org", 5432, "team", "maria"));
        assertEquals(Optional.of("any-team"), f.passwordFor("db.example.org", 6000, "team", "maria"));
        assertEquals(Optional.of("any-team"), f.passwordFor("elsewhere", 5432, "team", "zoe"));
        assertEquals(Optional.of("bobs"), f.passwordFor("other", 1, "x", "bob"));
        assertEquals(Optional.empty(), f.passwordFor("other", 1, "x", "zoe"));
    }

    @Test
    void backslashEscapesColonsAndBackslashesAndThePasswordKeepsTheRest() throws IOException {
        PgPassFile f = PgPassFile.read(write("h\\:1:5432:d\\\\b:u:pa:ss\\:w\\\\rd\r\nshort:line\n", "rw-------"));
        assertEquals(Optional.of("pa:ss:w\\rd"), f.passwordFor("h:1", 5432, "d\\b", "u"));
        assertEquals(Optional.empty(), f.passwordFor("short", 5432, "line", "u"), "a line of two fields is skipped");
    }

    @Test
    void aFileOthersMayReadIsIgnoredWithAWarning() throws IOException {
        PgPassFile f = PgPassFile.read(write("*:*:*:*:secret\n", "rw-r--r--"));
        assertEquals(Optional.empty(), f.passwordFor("h", 1, "d", "u"));
        assertTrue(f.warning().contains("can be read by others, so it is ignored"), f.warning());
        assertTrue(f.warning().contains("chmod 600"), f.warning());
        PgPassFile group = PgPassFile.read(write("*:*:*:*:secret\n", "rw-rw----"));
        assertEquals(Optional.empty(), group.passwordFor("h", 1, "d", "u"));
    }

    @Test
    void noFileIsAnEmptyOneWithoutWarning() {
        PgPassFile f = PgPassFile.read(dir.resolve("none"));
        assertNull(f.warning());
        assertEquals(Optional.empty(), f.passwordFor("h", 1, "d", "u"));
    }

    @Test
    void credentialsComeFromTheUrlThenPgpasswordThenTheFileAndTheUserFromTheUrlThenPguserThenTheLogin()
            throws IOException {
        Path pass = write("db:5432:team:maria:from-file\ndb:5432:team:zoe:zoes-file\ndb:5432:team:login:logins\n",
                "rw-------");
        Map<String, String> fileOnly = Map.of("PGPASSFILE", pass.toString());
        PgCredentials url = PgCredentials.resolve(TeamUrl.parse("postgresql://maria:typed@db/team"),
                Map.of("PGPASSWORD", "env", "PGPASSFILE", pass.toString()), "login", dir);
        assertEquals("typed", url.endpoint().password());
        assertEquals("the URL", url.passwordSource());

        PgCredentials env = PgCredentials.resolve(TeamUrl.parse("postgresql://maria@db/team"),
                Map.of("PGPASSWORD", "env", "PGPASSFILE", pass.toString()), "login", dir);
        assertEquals("env", env.endpoint().password());

        PgCredentials file = PgCredentials.resolve(TeamUrl.parse("postgresql://maria@db/team"), fileOnly, "login",
                dir);
        assertEquals("from-file", file.endpoint().password());
        assertEquals(pass.toString(), file.passwordSource());

        PgCredentials pguser = PgCredentials.resolve(TeamUrl.parse("postgresql://db/team"),
                Map.of("PGPASSFILE", pass.toString(), "PGUSER", "zoe"), "login", dir);
        assertEquals("zoe", pguser.endpoint().user());
        assertEquals("zoes-file", pguser.endpoint().password());

        PgCredentials login = PgCredentials.resolve(TeamUrl.parse("postgresql://db/team"), fileOnly, "login", dir);
        assertEquals("login", login.endpoint().user());
        assertEquals("logins", login.endpoint().password());

        PgCredentials none = PgCredentials.resolve(TeamUrl.parse("postgresql://db:5433/team"), fileOnly, "login",
                dir);
        assertNull(none.endpoint().password(), "no line for port 5433");
        assertEquals("none", none.passwordSource());
    }

    @Test
    void theHomeFolderPgpassIsTheDefaultAndAnOpenOneIsReportedAsAWarning() throws IOException {
        Files.writeString(dir.resolve(".pgpass"), "*:*:*:*:home-secret\n");
        Files.setPosixFilePermissions(dir.resolve(".pgpass"), PosixFilePermissions.fromString("rw-r-----"));
        PgCredentials c = PgCredentials.resolve(TeamUrl.parse("postgresql://u@db/team"), Map.of(), "login", dir);
        assertNull(c.endpoint().password());
        assertEquals(1, c.warnings().size());
        Files.setPosixFilePermissions(dir.resolve(".pgpass"), PosixFilePermissions.fromString("rw-------"));
        c = PgCredentials.resolve(TeamUrl.parse("postgresql://u@db/team"), Map.of(), "login", dir);
        assertEquals("home-secret", c.endpoint().password());
        assertTrue(c.warnings().isEmpty());
    }

    @Test
    void aRememberedPasswordGoesFirstInAFileOnlyItsOwnerMayReadAndKeepsTheRest() throws IOException {
        Path f = write("# mine\ndb:5432:team:maria:stale\nother:*:*:*:kept\n", "rw-------");
        PgEndpoint e = new PgEndpoint("db", 5432, "team", "maria", "fresh:one\\", null);
        PgPassFile.remember(f, e);
        PgPassFile read = PgPassFile.read(f);
        assertNull(read.warning());
        assertEquals(Optional.of("fresh:one\\"), read.passwordFor("db", 5432, "team", "maria"), "it wins the match");
        assertEquals(Optional.of("kept"), read.passwordFor("other", 1, "x", "y"));
        assertTrue(Files.readString(f).contains("# mine"));
        assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(f));
        String once = Files.readString(f);
        PgPassFile.remember(f, e);
        assertEquals(once, Files.readString(f), "saving the same password again changes nothing");
    }

    @Test
    void aNewPasswordFileIsMadeForItsOwnerAlone() throws IOException {
        Path f = dir.resolve("sub").resolve(".pgpass");
        PgPassFile.remember(f, new PgEndpoint("db", 5432, "team", "maria", "pw", null));
        assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(f));
        assertEquals(Optional.of("pw"), PgPassFile.read(f).passwordFor("db", 5432, "team", "maria"));
    }

    @Test
    void aPasswordIsNeverAddedToAFileOthersMayReadOrAsABrokenLine() throws IOException {
        Path open = write("*:*:*:*:x\n", "rw-r--r--");
        AnnotationException e = assertThrows(AnnotationException.class, () -> PgPassFile.remember(open,
                new PgEndpoint("db", 5432, "team", "maria", "pw", null)));
        assertTrue(e.getMessage().contains("can be read by others"), e.getMessage());
        assertEquals("*:*:*:*:x\n", Files.readString(open));
        assertThrows(AnnotationException.class, () -> PgPassFile.remember(dir.resolve("new"),
                new PgEndpoint("db", 5432, "team", "maria", "two\nlines", null)));
        assertFalse(Files.exists(dir.resolve("new")));
    }
}
