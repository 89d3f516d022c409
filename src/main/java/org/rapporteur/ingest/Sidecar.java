package org.rapporteur.ingest;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rapporteur.model.Problem;
import org.rapporteur.model.SidecarEntry;

/**
 * The metadata sidecars of a corpus, merged: per source file name, the entry that overrides what the extractor
 * finds, plus the problems met reading the sidecars (always warnings: a bad sidecar never stops a corpus).
 * Immutable.
 *
 * @param entries by file name (not path: a sidecar describes files anywhere below its folder)
 * @param sources the sidecar files read, in the order they were applied
 */
public record Sidecar(Map<String, SidecarEntry> entries, List<Path> sources, List<Problem> problems) {
    public Sidecar {
        entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        sources = List.copyOf(sources);
        problems = List.copyOf(problems);
    }

    public static Sidecar empty() {
        return new Sidecar(Map.of(), List.of(), List.of());
    }

    /** The entry for a source file, looked up by its file name. */
    public Optional<SidecarEntry> entryFor(Path file) {
        Path name = file.getFileName();
        return name == null ? Optional.empty() : Optional.ofNullable(entries.get(name.toString()));
    }

    public int size() {
        return entries.size();
    }
}
