package org.rapporteur.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.rapporteur.annotations.ManifestEntry;
import org.rapporteur.annotations.SharedCorpus;
import org.rapporteur.index.ReportCatalog;

/**
 * Keeps the team's corpus manifest in step with this workbench's index runs (issue 17, ADR 0039). It compares what
 * the index held under the shared folder before a run with what it holds after, by relative path and SHA-256 (a
 * report's id is the SHA-256 of its file, so the indexer's own digests are reused and nothing is hashed twice).
 *
 * <p>Which version wins: the version the manifest holds is the team's, until a member replaces <em>that</em> version
 * on their machine (their index had the team's bytes, and the run read new ones): then the new version is recorded
 * (the last to record wins). A copy that differs from the team's without having been the team's version first (a
 * copy the folder's syncing has not brought up to date, or a divergent edit) never overwrites it: it stays in this
 * workbench's index and is reported. Likewise a report the team removed is not recorded again from a copy this index
 * held all along.
 *
 * <p>Not thread-safe; one per run.
 */
final class ManifestRecorder {
    private final SharedCorpus corpus;
    private final SharedFolder folder;

    ManifestRecorder(SharedCorpus corpus, SharedFolder folder) {
        this.corpus = corpus;
        this.folder = folder;
    }

    /** The reports the index holds under the shared folder: relative path to SHA-256 (each copy a path of its own). */
    Map<String, String> snapshot(ReportCatalog catalog) {
        Map<String, String> out = new TreeMap<>();
        for (ReportCatalog.Entry e : catalog.all()) {
            for (String p : e.paths()) {
                folder.relative(p).ifPresent(rel -> out.put(rel, e.id()));
            }
        }
        return out;
    }

    /**
     * Records in the manifest what the run changed under the shared folder, by the rules above, in one transaction.
     *
     * @param before {@link #snapshot} before the run
     * @param after  {@link #snapshot} after it
     */
    Outcome record(Map<String, String> before, Map<String, String> after) {
        Map<String, ManifestEntry> manifest = byPath(corpus.entries());
        Map<String, ManifestEntry> removedByTeam = byPath(corpus.removedEntries());
        List<ManifestEntry> toRecord = new ArrayList<>();
        List<String> toRemove = new ArrayList<>();
        List<Difference> differing = new ArrayList<>();
        List<ManifestEntry> keptRemoved = new ArrayList<>();
        for (Map.Entry<String, String> e : after.entrySet()) {
            String path = e.getKey();
            String sha = e.getValue();
            ManifestEntry team = manifest.get(path);
            if (team != null && team.sha256().equals(sha)) {
                continue;
            }
            if (team == null) {
                ManifestEntry gone = removedByTeam.get(path);
                if (gone != null && gone.sha256().equals(sha) && sha.equals(before.get(path))) {
                    keptRemoved.add(gone); // a copy of a report the team removed, held all along: not brought back
                } else {
                    entry(path, sha).ifPresent(toRecord::add);
                }
            } else if (team.sha256().equals(before.get(path))) {
                entry(path, sha).ifPresent(toRecord::add); // this machine had the team's version and replaced it
            } else {
                differing.add(new Difference(path, sha, team));
            }
        }
        for (Map.Entry<String, String> e : before.entrySet()) {
            ManifestEntry team = manifest.get(e.getKey());
            if (!after.containsKey(e.getKey()) && team != null && team.sha256().equals(e.getValue())) {
                toRemove.add(e.getKey()); // the team's version was here, and its file is gone
            }
        }
        corpus.record(toRecord, toRemove);
        return new Outcome(toRecord.stream().map(ManifestEntry::relativePath).toList(), toRemove, differing,
                keptRemoved);
    }

    private Optional<ManifestEntry> entry(String relative, String sha) {
        try {
            return Optional.of(new ManifestEntry(relative, sha, Files.size(folder.resolve(relative)), null, null));
        } catch (IOException e) {
            return Optional.empty(); // gone since the run read it: the next run records what is there then
        }
    }

    private static Map<String, ManifestEntry> byPath(List<ManifestEntry> entries) {
        Map<String, ManifestEntry> out = new HashMap<>();
        entries.forEach(e -> out.put(e.relativePath(), e));
        return out;
    }

    /** A report here whose bytes differ from the team's version of it (which wins). */
    record Difference(String relativePath, String localSha256, ManifestEntry team) {
    }

    /**
     * What one run did to the manifest.
     *
     * @param recorded     paths recorded (new to the manifest, or a new version of the team's)
     * @param removed      paths removed (the team's version was here and is gone)
     * @param differing    copies here that differ from the team's version, left as they are
     * @param keptRemoved  copies here of reports the team removed, not recorded again
     */
    record Outcome(List<String> recorded, List<String> removed, List<Difference> differing,
                   List<ManifestEntry> keptRemoved) {
        static final Outcome NONE = new Outcome(List.of(), List.of(), List.of(), List.of());
    }

    /** Paths of the shared folder on this machine, and their {@code /}-separated form relative to it. */
    record SharedFolder(Path root) {
        SharedFolder {
            root = root.toAbsolutePath().normalize();
        }

        /** The path relative to the shared folder, {@code /}-separated; empty when the file lies outside it. */
        Optional<String> relative(String absolutePath) {
            Path p = Path.of(absolutePath).toAbsolutePath().normalize();
            if (!p.startsWith(root) || p.equals(root)) {
                return Optional.empty();
            }
            List<String> parts = new ArrayList<>();
            root.relativize(p).forEach(part -> parts.add(part.toString()));
            return Optional.of(String.join("/", parts));
        }

        Path resolve(String relative) {
            Path p = root;
            for (String part : relative.split("/")) {
                p = p.resolve(part);
            }
            return p;
        }
    }
}
