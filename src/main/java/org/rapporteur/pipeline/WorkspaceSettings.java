package org.rapporteur.pipeline;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.rapporteur.model.RapporteurException;

/**
 * {@code workspace.json}: the corpus roots and the user's settings (last query, window layout, theme). Written
 * atomically (temp file + move), so a crash mid-save leaves the previous version. {@code version} is the file's
 * format: a file of a newer format is refused, never read and saved back without what this build does not know
 * (ADR 0028); files written before the field existed read as version 0, the same format as 1.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WorkspaceSettings(int version, List<String> corpusRoots, Map<String, String> preferences,
                                TeamLink team) {
    /**
     * The newest format this build reads and writes; bump it when a field changes meaning or an older build must not
     * drop one. 2: the workspace's annotations are in a team's database ({@link #team()}), so a build that does not
     * know teams must refuse it rather than write to the workspace's own file (ADR 0028). A single-user workspace is
     * still written as {@link #SINGLE_USER_FORMAT}, so older builds keep opening it.
     */
    public static final int FORMAT_VERSION = 2;
    /** The format of a workspace without a team: what builds before issue 17 read. */
    public static final int SINGLE_USER_FORMAT = 1;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public WorkspaceSettings {
        corpusRoots = corpusRoots == null ? List.of() : List.copyOf(corpusRoots);
        preferences = preferences == null ? Map.of() : Map.copyOf(preferences);
    }

    /** Settings of this build's format, of a single-user workspace. */
    public WorkspaceSettings(List<String> corpusRoots, Map<String, String> preferences) {
        this(SINGLE_USER_FORMAT, corpusRoots, preferences, null);
    }

    /** The format a file with {@code team} is written in: 2 with a team, else 1. */
    static int formatFor(TeamLink team) {
        return team == null ? SINGLE_USER_FORMAT : FORMAT_VERSION;
    }

    /**
     * The team database this workspace's annotations live in, and the local folder the team's shared corpus is at
     * on this machine (issue 17). Null: a single-user workspace, annotations in {@code annotations.db}. The URL never
     * holds a password (credentials come from the PostgreSQL password file or the environment).
     */
    public record TeamLink(String url, String sharedFolder) {
    }

    public WorkspaceSettings withTeam(TeamLink link) {
        return new WorkspaceSettings(formatFor(link), corpusRoots, preferences, link);
    }

    /**
     * Reads the settings; none yet is empty settings. A file of a newer format is refused with a
     * {@link WorkspaceUnusableException} (nothing is read or written), an unreadable one with a {@link
     * RapporteurException}.
     */
    public static WorkspaceSettings load(Path file) {
        if (!Files.exists(file)) {
            return new WorkspaceSettings(List.of(), Map.of());
        }
        WorkspaceSettings read;
        try {
            read = JSON.readValue(file.toFile(), WorkspaceSettings.class);
        } catch (IOException e) {
            throw new RapporteurException("The workspace settings " + file + " cannot be read: " + e.getMessage(), e);
        }
        if (read.version() > FORMAT_VERSION) {
            throw WorkspaceUnusableException.newer(file.getParent(), "settings format " + read.version()
                    + " in workspace.json", "up to " + FORMAT_VERSION);
        }
        return read;
    }

    public void save(Path file) {
        try {
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            JSON.writeValue(tmp.toFile(), version == formatFor(team) ? this
                    : new WorkspaceSettings(formatFor(team), corpusRoots, preferences, team));
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new RapporteurException("The workspace settings cannot be saved to " + file + ": " + e.getMessage(),
                    e);
        }
    }

    public WorkspaceSettings withCorpusRoots(List<String> roots) {
        return new WorkspaceSettings(formatFor(team), roots, preferences, team);
    }

    public WorkspaceSettings withPreference(String key, String value) {
        Map<String, String> p = new LinkedHashMap<>(preferences);
        if (value == null) {
            p.remove(key);
        } else {
            p.put(key, value);
        }
        return new WorkspaceSettings(formatFor(team), corpusRoots, p, team);
    }
}
