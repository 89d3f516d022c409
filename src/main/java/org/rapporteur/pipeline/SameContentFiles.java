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
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * The files of a run grouped by content (SHA-256, which is also the report id): byte-identical files at several paths
 * are one report that knows all of them. Each group has a citation path that stays put: the path the report is
 * already indexed under when that file is still there, else the lexicographically first. Found before indexing, so
 * that the order in which worker threads finish cannot change which copy is cited.
 *
 * <p>Immutable once built; safe to share between the indexer's threads.
 */
final class SameContentFiles {
    /** One content found at {@code paths}, the citation path first, the others sorted. */
    record Group(String sha, List<String> paths) {
        String citation() {
            return paths.getFirst();
        }

        boolean isDuplicate(String path) {
            return paths.size() > 1 && !citation().equals(path);
        }

        /** The copies that are not cited. */
        List<String> copies() {
            return paths.subList(1, paths.size());
        }
    }

    private final Map<String, Group> byPath;
    private final java.util.Set<String> shas;

    private SameContentFiles(Map<String, Group> byPath) {
        this.byPath = byPath;
        this.shas = java.util.Set.copyOf(byPath.values().stream().map(Group::sha).toList());
    }

    /**
     * Hashes {@code files} on {@code pool} and groups them. A file that cannot be hashed (vanished, unreadable, not a
     * regular file) is left out: the reader reports it in its own words.
     *
     * @param citationOf the citation path a report id is indexed under, if it is indexed
     */
    static SameContentFiles find(List<Path> files, ExecutorService pool, Function<String, Optional<String>> citationOf)
            throws InterruptedException {
        List<Future<String>> digests = new ArrayList<>(files.size());
        for (Path f : files) {
            // empty files all share one digest, and are refused as empty anyway: no copies of nothing
            Callable<String> digest = () -> Files.isRegularFile(f) && Files.size(f) > 0 ? FileDigest.sha256(f) : null;
            digests.add(pool.submit(digest));
        }
        Map<String, TreeMap<String, Boolean>> pathsBySha = new HashMap<>();
        for (int i = 0; i < files.size(); i++) {
            String sha = digestOf(digests.get(i));
            if (sha != null) {
                pathsBySha.computeIfAbsent(sha, k -> new TreeMap<>()).put(CorpusIndexer.pathOf(files.get(i)), true);
            }
        }
        Map<String, Group> byPath = new HashMap<>();
        for (Map.Entry<String, TreeMap<String, Boolean>> e : pathsBySha.entrySet()) {
            List<String> paths = new ArrayList<>(e.getValue().keySet());
            if (paths.size() > 1) {
                String kept = citationOf.apply(e.getKey()).orElse(null);
                if (kept != null && paths.remove(kept)) {
                    paths.addFirst(kept);
                }
            }
            Group g = new Group(e.getKey(), List.copyOf(paths));
            for (String p : paths) {
                byPath.put(p, g);
            }
        }
        return new SameContentFiles(byPath);
    }

    private static String digestOf(Future<String> f) throws InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            return e.getCause() instanceof IOException ? null : rethrow(e.getCause());
        }
    }

    private static String rethrow(Throwable t) {
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error err) {
            throw err;
        }
        throw new IllegalStateException(t);
    }

    /** True when a file of this run has the content {@code sha}. */
    boolean contains(String sha) {
        return shas.contains(sha);
    }

    /** The group of the file at {@code path}, absent when it could not be hashed. */
    Optional<Group> groupOf(String path) {
        return Optional.ofNullable(byPath.get(path));
    }
}
