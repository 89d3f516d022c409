package org.rapporteur.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.rapporteur.testing.SharedData;

/**
 * A team's shared folder for tests: the sample reports copied into a temporary folder (never into the project), one
 * of them in a sub-folder so relative paths have a {@code /}; and workspaces joined to it.
 */
final class TeamCorpusFixture {
    /** The relative path of the report put in a sub-folder. */
    static final String NESTED = "seminars/003_b37232f3268136c8.txt";

    private TeamCorpusFixture() {
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

    /**
     * Marks the workspace in {@code dir} as a team workspace with this shared folder (what {@code team connect}
     * writes), before it is opened.
     */
    static void joinTeam(Path dir, Path sharedFolder) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        new WorkspaceSettings(List.of(), Map.of())
                .withTeam(new WorkspaceSettings.TeamLink("postgresql://analyst@localhost:5432/team",
                        sharedFolder.toString()))
                .save(dir.resolve("workspace.json"));
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
