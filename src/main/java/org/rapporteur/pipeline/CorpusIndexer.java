package org.rapporteur.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.rapporteur.index.ClaimIndex;
import org.rapporteur.index.ReportCatalog;
import org.rapporteur.index.ReportCatalog.Entry;
import org.rapporteur.ingest.CorpusScanner;
import org.rapporteur.ingest.CorpusFiles;
import org.rapporteur.ingest.Sidecar;
import org.rapporteur.ingest.SidecarReader;
import org.rapporteur.ingest.IngestResult;
import org.rapporteur.ingest.Ingestor;
import org.rapporteur.model.ClaimRecord;
import org.rapporteur.model.Problem;
import org.rapporteur.model.ProblemKind;
import org.rapporteur.model.Report;
import org.rapporteur.model.ReportSummary;
import org.rapporteur.progress.Cancellation;
import org.rapporteur.progress.NamedThreadFactory;
import org.rapporteur.progress.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the index in line with the corpus roots: new and changed files are read, analysed and indexed; unchanged
 * files (same SHA-256 at the same path) are skipped; reports whose files are gone are removed. Files are processed on
 * a small pool (one thread per core); a bad file becomes one {@link Problem} and the rest carries on.
 *
 * <p>Commits by time and size ({@link CommitPolicy}), so finished reports become searchable as the run goes and a
 * killed run loses at most the last seconds of work. A cancelled run (Cancel in the workbench, SIGTERM or Ctrl+C in
 * the CLI) stops submitting files, waits up to {@value #CANCEL_GRACE_MILLIS} ms for the files in hand, and commits
 * everything finished; the next run skips those (same SHA-256 at the same path) and reads the rest.
 */
public final class CorpusIndexer {
    private static final Logger LOG = LoggerFactory.getLogger(CorpusIndexer.class);
    /** How long a cancelled run waits for the files in hand before it commits and returns without them. */
    static final long CANCEL_GRACE_MILLIS = 5_000;
    /** The longest the loop waits for a finished file before it looks at the clock and the cancellation again. */
    private static final long POLL_MILLIS = 200;

    private final ClaimIndex index;
    /** Asked for only when a file is analysed: building it is a good part of a run that finds nothing new. */
    private final Supplier<ReportAnalyser> analyser;
    private final Ingestor ingestor = new Ingestor();
    private final ReportPreparer preparer;
    private final boolean force;
    private final int threads;
    private final LongSupplier clockMillis = () -> System.nanoTime() / 1_000_000;

    /** Turns an analysed report into the records to index; the annotation layer re-anchors and corrects here. */
    interface ReportPreparer {
        /** @param previousIds ids of older versions of the same file (same path), about to be replaced */
        List<ClaimRecord> prepare(Report report, List<String> previousIds);
    }

    /** @param force re-analyse unchanged files too (after the extraction rules changed) */
    CorpusIndexer(ClaimIndex index, Supplier<ReportAnalyser> analyser, ReportPreparer preparer, boolean force) {
        this.index = index;
        this.analyser = analyser;
        this.preparer = preparer;
        this.force = force;
        this.threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    public IndexSummary index(List<Path> roots, ProgressListener progress, Cancellation cancel) {
        return index(roots, progress, cancel, changes -> { });
    }

    /**
     * Like {@link #index(List, ProgressListener, Cancellation)}, telling {@code checked} what the check of the corpus
     * against the index found (once, on this thread, before any file is read).
     */
    public IndexSummary index(List<Path> roots, ProgressListener progress, Cancellation cancel,
                              Consumer<CorpusChanges> checked) {
        long t0 = System.nanoTime();
        CorpusFiles scan = CorpusScanner.scan(roots);
        long tScan = System.nanoTime();
        List<Problem> warnings = new ArrayList<>(scan.problems());
        SidecarsWhenNeeded sidecars = new SidecarsWhenNeeded(roots);
        long tCatalog = 0;
        long tHashed = 0;
        long tVanished = 0;
        long tFiles = 0;
        long tFirstCommit = 0;
        List<Path> files = scan.files();
        List<Problem> failures = Collections.synchronizedList(new ArrayList<>());
        List<Problem> analysisWarnings = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger indexed = new AtomicInteger();
        AtomicInteger unchanged = new AtomicInteger();
        AtomicLong claims = new AtomicLong();

        int removed = 0;
        boolean cancelled = false;
        CommitPolicy commits = new CommitPolicy(clockMillis);
        ExecutorService pool = Executors.newFixedThreadPool(threads, new NamedThreadFactory("indexer"));
        try {
            // what the index holds, read once: asking the index per file cost 78 % of an unchanged run (issue 13)
            ReportCatalog catalog = index.catalog();
            tCatalog = System.nanoTime();
            SameContentFiles same = SameContentFiles.find(files, pool, id -> catalog.byId(id).map(Entry::path));
            tHashed = System.nanoTime();
            removed = removeVanished(roots, files, same, catalog);
            tVanished = System.nanoTime();
            checked.accept(changes(files, same, catalog, removed));
            ExecutorCompletionService<String> done = new ExecutorCompletionService<>(pool);
            int submitted = 0;
            int completed = 0;
            // A queued file costs a path, not memory; the queue must outlast a commit, which this thread makes while
            // the workers go on (at 4 files per worker they ran dry during every commit on the UN corpus).
            int window = threads * 32;
            AtomicInteger skipped = new AtomicInteger();
            long giveUpAt = Long.MAX_VALUE;
            while (completed < files.size()) {
                while (submitted < files.size() && submitted - completed < window && !cancel.isCancelled()) {
                    Path file = files.get(submitted++);
                    done.submit(() -> {
                        if (cancel.isCancelled()) { // queued when the run was cancelled: left for the next run
                            skipped.incrementAndGet();
                            return file.getFileName().toString();
                        }
                        return indexOne(file, same, catalog, sidecars, failures, analysisWarnings, indexed,
                                unchanged, claims);
                    });
                }
                if (submitted == completed) {
                    break;
                }
                if (cancel.isCancelled() && giveUpAt == Long.MAX_VALUE) {
                    giveUpAt = clockMillis.getAsLong() + CANCEL_GRACE_MILLIS;
                }
                // Polling rather than waiting lets the time limit commit while a slow file is read, and notices a
                // cancellation quickly.
                Future<String> f = done.poll(Math.min(POLL_MILLIS, commits.millisUntilDue()), TimeUnit.MILLISECONDS);
                if (f != null) {
                    completed++;
                    String name = result(f);
                    progress.progress(completed, files.size(), name);
                    if (index.hasUncommittedWrites()) {
                        commits.finished(); // an unchanged file is no reason to commit; the first new report is
                    }
                } else if (clockMillis.getAsLong() >= giveUpAt) {
                    LOG.info("Stopping with {} file(s) still being read; they are read again next time",
                            submitted - completed);
                    break;
                }
                if (commits.due(index.uncommittedBytes())) {
                    index.commitDuringRun();
                    commits.committed();
                    if (tFirstCommit == 0) {
                        tFirstCommit = System.nanoTime();
                    }
                }
            }
            cancelled = cancel.isCancelled() && (completed < files.size() || skipped.get() > 0);
            tFiles = System.nanoTime();
            index.commit();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancelled = true;
            index.commit();
        } finally {
            pool.shutdownNow();
        }
        warnings.addAll(sidecars.problems());
        warnings.addAll(analysisWarnings);
        long millis = (System.nanoTime() - t0) / 1_000_000;
        IndexSummary summary = new IndexSummary(files.size(), indexed.get(), claims.get(), unchanged.get(), removed,
                failures, warnings, millis, cancelled);
        LOG.info("Indexing: {}", summary.line());
        if (tFiles > 0) {
            LOG.info("Indexing phases (ms): scan {}, catalog {}, hashing {}, vanished {}, files {}, final commit {};"
                    + " first commit {} ms after the start", ms(tScan - t0), ms(tCatalog - tScan),
                    ms(tHashed - tCatalog), ms(tVanished - tHashed), ms(tFiles - tVanished),
                    ms(System.nanoTime() - tFiles), tFirstCommit == 0 ? "-" : ms(tFirstCommit - t0));
        }
        // the libraries' repeated warnings of this run, counted rather than printed one by one (ADR 0029)
        org.rapporteur.applog.RepeatedWarnings.shared().writeCounts("while indexing");
        return summary;
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    /** The form paths are stored and compared in. */
    static String pathOf(Path file) {
        return file.toAbsolutePath().normalize().toString();
    }

    /**
     * Reads, analyses and indexes one file (and its identical copies), or only records its paths when its content is
     * indexed already. {@code catalog} is the index as the run found it: each path and each content belongs to one
     * task of the run, so what other tasks write meanwhile never changes the answers this task needs.
     */
    private String indexOne(Path file, SameContentFiles same, ReportCatalog catalog, SidecarsWhenNeeded sidecars,
                            List<Problem> failures, List<Problem> warnings, AtomicInteger indexed,
                            AtomicInteger unchanged, AtomicLong claims) {
        String path = pathOf(file);
        String name = file.getFileName().toString();
        Optional<SameContentFiles.Group> group = same.groupOf(path);
        if (group.isPresent() && group.get().isDuplicate(path)) {
            return name; // the file at the citation path is read once for all copies, and says what became of them
        }
        List<String> paths = group.map(SameContentFiles.Group::paths).orElse(List.of(path));
        List<String> copies = paths.subList(1, paths.size());
        List<String> previousIds = new ArrayList<>();
        boolean displaces = false;
        for (String p : paths) {
            for (Entry old : catalog.atPath(p)) {
                if (group.isPresent() && old.id().equals(group.get().sha()) || previousIds.contains(old.id())) {
                    continue;
                }
                displaces = true;
                if (remaining(old.paths(), paths).isEmpty()) {
                    previousIds.add(old.id()); // an older version of these files, replaced: annotations move over
                }
            }
        }
        if (!force && group.isPresent()) {
            Optional<Entry> existing = catalog.byId(group.get().sha());
            if (existing.isPresent()) {
                if (!existing.get().paths().equals(paths) || displaces) {
                    index.setPaths(group.get().sha(), paths); // same bytes, copies added or gone: no need to re-read
                }
                unchanged.incrementAndGet();
                sameContent(path, copies, warnings);
                return name;
            }
        }
        IngestResult read = ingestor.read(file);
        if (!read.ok()) {
            failures.addAll(read.problems());
            for (String copy : copies) { // each copy fails as its original does: one line each
                read.problems().forEach(p -> failures.add(p.at(copy)));
            }
            return name;
        }
        try {
            Report report = analyser.get().analyse(read.document(), sidecars.get().entryFor(file).orElse(null));
            // what reading and analysis found wrong with the file (truncated, no recognisable layout) are lines of the
            // ingest summary, not only of `reports`
            warnings.addAll(report.source().problems());
            List<ClaimRecord> records = preparer.prepare(report, previousIds);
            index.replaceReport(ReportSummary.of(report, path, paths.subList(1, paths.size())),
                    report.source().text(), records);
            indexed.incrementAndGet();
            claims.addAndGet(records.size());
            sameContent(path, copies, warnings);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            LOG.warn("Analysing {} failed", file, e);
            boolean memory = e instanceof OutOfMemoryError;
            for (String p : paths) {
                failures.add(Problem.error(p, memory ? ProblemKind.TOO_LARGE : ProblemKind.INTERNAL,
                        memory ? "too large to analyse in the available memory"
                                : "could not be analysed: an internal error",
                        memory ? "split the file, or extract the part you need"
                                : "the details are in the log; please report this file"));
            }
        }
        return name;
    }

    /**
     * What {@link #indexOne} will do with each file, counted before it runs: unchanged (content indexed), changed
     * (its path is indexed with other content) or new. The copies of a content count once, as the report they are.
     */
    private CorpusChanges changes(List<Path> files, SameContentFiles same, ReportCatalog catalog, int removed) {
        int unchanged = 0;
        int added = 0;
        int changed = 0;
        for (Path file : files) {
            String path = pathOf(file);
            Optional<SameContentFiles.Group> group = same.groupOf(path);
            if (group.isPresent() && group.get().isDuplicate(path)) {
                continue;
            }
            if (!force && group.isPresent() && catalog.contains(group.get().sha())) {
                unchanged++;
            } else if (force || group.map(SameContentFiles.Group::paths).orElse(List.of(path)).stream()
                    .anyMatch(p -> !catalog.atPath(p).isEmpty())) {
                changed++;
            } else {
                added++;
            }
        }
        return new CorpusChanges(catalog.size(), unchanged, added, changed, removed);
    }

    /**
     * The corpus's metadata sidecars, read when the first file is analysed: only analysis uses them, and reading the
     * UN corpus's 10,951-row {@code speakers.csv} was a third of a run that found nothing changed. Their problems
     * are reported by the runs that read them, i.e. those that analyse a file.
     */
    private static final class SidecarsWhenNeeded {
        private final List<Path> roots;
        private volatile Sidecar sidecar;

        SidecarsWhenNeeded(List<Path> roots) {
            this.roots = List.copyOf(roots);
        }

        Sidecar get() {
            Sidecar s = sidecar;
            if (s == null) {
                synchronized (this) {
                    s = sidecar;
                    if (s == null) {
                        s = SidecarReader.read(roots);
                        sidecar = s;
                    }
                }
            }
            return s;
        }

        /** The problems of the sidecars, when they were read. */
        List<Problem> problems() {
            Sidecar s = sidecar;
            return s == null ? List.of() : s.problems();
        }
    }

    /** One summary line per copy of an indexed report. */
    private static void sameContent(String cited, List<String> copies, List<Problem> warnings) {
        for (String copy : copies) {
            warnings.add(Problem.warning(copy, ProblemKind.DUPLICATE, "same content as " + cited + ": indexed once",
                    null));
        }
    }

    /**
     * Removes reports whose files are all gone (no longer exist, or lie under a scanned root but were not found
     * there); a report with a copy left keeps that copy's path, and one whose bytes were found elsewhere in this run
     * (a moved or renamed file) is left for {@link #indexOne} to give its new path, claims and annotations intact.
     */
    private int removeVanished(List<Path> roots, List<Path> files, SameContentFiles same, ReportCatalog catalog) {
        Set<String> present = new HashSet<>();
        for (Path f : files) {
            present.add(pathOf(f));
        }
        List<String> rootPrefixes = roots.stream()
                .map(r -> r.toAbsolutePath().normalize().toString() + java.io.File.separator).toList();
        int removed = 0;
        for (Entry r : catalog.all()) {
            List<String> gone = r.paths().stream().filter(p -> !present.contains(p)
                    && (rootPrefixes.stream().anyMatch(p::startsWith) || !Files.exists(Path.of(p)))).toList();
            if (gone.isEmpty()) {
                continue;
            }
            List<String> remaining = remaining(r.paths(), gone);
            if (remaining.isEmpty() && same.contains(r.id())) {
                continue;
            }
            if (remaining.isEmpty()) {
                index.deleteReport(r.id());
                removed++;
            } else {
                index.setPaths(r.id(), remaining);
            }
        }
        return removed;
    }

    /** {@code paths} without those in {@code taken}, in order. */
    private static List<String> remaining(List<String> paths, Collection<String> taken) {
        return paths.stream().filter(p -> !taken.contains(p)).toList();
    }

    private static String result(Future<String> f) throws InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            LOG.warn("Indexing task failed", e.getCause());
            return "?";
        } catch (CancellationException e) {
            return "?";
        }
    }
}
