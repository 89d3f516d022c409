package org.rapporteur.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reports whose claims carry themes from keywords only, waiting to be themed by meaning once their claims have
 * vectors: {@code <workspace>/themes-by-keywords.txt}, one report id a line.
 *
 * <p>Why a list beside the index rather than a mark on each claim: indexing (the UN corpus: 869k claims) is far faster
 * than embedding, so claims get keyword themes when indexed and meaning themes only after the embedding run; what
 * is needed is which reports still wait, cheaply, across processes and crashes. Every path that writes index-time
 * themes (indexing, re-reading a corrected report, a re-tag without vectors) appends the report here — one short
 * append, so the UN index does not pay for it — and the re-theme at the end of an embedding run removes the reports it
 * themed by meaning, rewriting the file. A missing file means "not known": every report is taken to wait (a workspace
 * indexed before themes by meaning). A report listed but already themed by meaning costs one re-theme that changes
 * nothing. Thread-safe within one process; a CLI appending while the workbench rewrites may lose an append, and the
 * report then keeps keyword themes until the next {@code themes retag}.
 */
final class KeywordThemedReports {
    private static final Logger LOG = LoggerFactory.getLogger(KeywordThemedReports.class);
    static final String FILE = "themes-by-keywords.txt";

    private final Path file;

    KeywordThemedReports(Path workspace) {
        this.file = workspace.resolve(FILE);
    }

    /** Notes that a report was given keyword themes. */
    synchronized void add(String reportId) {
        try {
            Files.writeString(file, reportId + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            LOG.warn("Cannot note report {} in {}: it keeps keyword themes until a re-tag ({})", reportId, file,
                    e.toString());
        }
    }

    /** The reports waiting, or empty when not known (no file): then every report waits. */
    synchronized Optional<Set<String>> waiting() {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            Set<String> out = new LinkedHashSet<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    out.add(line.strip());
                }
            }
            return Optional.of(out);
        } catch (IOException e) {
            LOG.warn("Cannot read {}: every report is re-themed ({})", file, e.toString());
            return Optional.empty();
        }
    }

    /**
     * Rewrites the list: what waited, less {@code themed}, plus {@code stillWaiting}; reports noted since
     * {@link #waiting()} was read are kept (the file is read again here).
     */
    synchronized void update(Collection<String> themed, Collection<String> stillWaiting) {
        Set<String> now = new LinkedHashSet<>(waiting().orElse(Set.of()));
        now.removeAll(themed);
        now.addAll(stillWaiting);
        try {
            Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), FILE, ".tmp");
            try {
                Files.write(tmp, now, StandardCharsets.UTF_8);
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            LOG.warn("Cannot write {}: its reports are re-themed again next time ({})", file, e.toString());
        }
    }
}
