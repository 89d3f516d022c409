package org.rapporteur.pipeline;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.rapporteur.model.RapporteurException;

/**
 * {@code workspace.json}: the corpus roots and the user's settings (last query, window layout, theme). Written
 * atomically (temp file + move), so a crash mid-save leaves the previous version.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WorkspaceSettings(List<String> corpusRoots, Map<String, String> preferences) {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public WorkspaceSettings {
        corpusRoots = corpusRoots == null ? List.of() : List.copyOf(corpusRoots);
        preferences = preferences == null ? Map.of() : Map.copyOf(preferences);
    }

    public static WorkspaceSettings load(Path file) {
        if (!Files.exists(file)) {
            return new WorkspaceSettings(List.of(), Map.of());
        }
        try {
            return JSON.readValue(file.toFile(), WorkspaceSettings.class);
        } catch (IOException e) {
            throw new RapporteurException("The workspace settings " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    public void save(Path file) {
        try {
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            JSON.writeValue(tmp.toFile(), this);
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
        return new WorkspaceSettings(roots, preferences);
    }

    public WorkspaceSettings withPreference(String key, String value) {
        Map<String, String> p = new LinkedHashMap<>(preferences);
        if (value == null) {
            p.remove(key);
        } else {
            p.put(key, value);
        }
        return new WorkspaceSettings(corpusRoots, p);
    }

    public WorkspaceSettings withAddedRoot(String root) {
        List<String> roots = new ArrayList<>(corpusRoots);
        if (!roots.contains(root)) {
            roots.add(root);
        }
        return withCorpusRoots(roots);
    }
}
