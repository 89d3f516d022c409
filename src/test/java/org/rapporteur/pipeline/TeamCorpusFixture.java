package org.rapporteur.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.rapporteur.annotations.AnnotationStore;
import org.rapporteur.annotations.ChangeOrigin;
import org.rapporteur.annotations.ClaimResolver;
import org.rapporteur.annotations.PgEndpoint;
import org.rapporteur.progress.Cancellation;
import org.rapporteur.progress.ProgressListener;
import org.rapporteur.testing.PgTestCluster;
import org.rapporteur.testing.TeamHome;
import org.rapporteur.testing.SharedData;

/**
 * A team for tests: a fresh database on the throwaway PostgreSQL server, its password in a password file of the
 * test's own home ({@link TeamHome}), workspaces joined to it as {@code team connect} joins them, and the team's
 * shared folder made of the sample reports copied into a temporary folder (never into the project), one of them in a
 * sub-folder so relative paths have a {@code /}. Close it after the test.
 */
final class TeamCorpusFixture implements AutoCloseable {
    /** The relative path of the report put in a sub-folder. */
    static final String NESTED = "seminars/003_b37232f3268136c8.txt";

    final PgEndpoint team;
    private final TeamHome home;

    private TeamCorpusFixture(PgEndpoint team, TeamHome home) {
        this.team = team;
        this.home = home;
    }

    /** A new team database, with the password file in a home folder under {@code dir}. */
    static TeamCorpusFixture start(Path dir) {
        PgEndpoint team = PgTestCluster.shared().newDatabase();
        try {
            return new TeamCorpusFixture(team, new TeamHome(dir, team));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Joins the workspace in {@code dir} to the team, with {@code sharedFolder} as its copy of the shared folder. */
    void join(Path dir, Path sharedFolder) {
        TeamService.join(dir, TeamHome.url(team), sharedFolder, false, ProgressListener.NONE, Cancellation.NEVER);
    }

    /** Another analyst's store on the team database (a colleague's workbench, as far as the database knows). */
    AnnotationStore store(String analyst, ClaimResolver resolver) {
        return AnnotationStore.openTeam(team, resolver, analyst, ChangeOrigin.UNKNOWN);
    }

    @Override
    public void close() {
        home.close();
    }

    /** Copies the sample reports into {@code folder}; returns their relative paths, sorted. */
    static List<String> copySamples(Path folder) {
        try (Stream<Path> files = Files.list(SharedData.corpus())) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String name = f.getFileName().toString();
                Path to = NESTED.endsWith(name) ? folder.resolve(NESTED) : folder.resolve(name);
                Files.createDirectories(to.getParent());
                Files.copy(f, to);
            }
            try (Stream<Path> copied = Files.walk(folder)) {
                return copied.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString()
                        .replace(java.io.File.separatorChar, '/')).sorted().toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SHA-256 of a file, computed here independently of the indexer. */
    static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
