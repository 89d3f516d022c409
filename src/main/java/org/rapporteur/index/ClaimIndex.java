package org.rapporteur.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.rapporteur.model.ClaimRecord;
import org.rapporteur.model.IndexedCorpus;
import org.rapporteur.model.RapporteurException;
import org.rapporteur.model.ReportSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Lucene index of claims and reports in a workspace folder. A cache: everything in it can be rebuilt from the
 * source files and the annotation store, and it is rebuilt (emptied) when its schema version changes.
 *
 * <p>Thread-safe. Searches go through a {@link SearcherManager} over the directory, so they also see what another
 * process committed after {@link #refresh()}. The {@link IndexWriter} is opened on the first write and held until
 * {@link #close()}; a second process that tries to write gets a clear {@link RapporteurException}.
 */
public final class ClaimIndex implements Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(ClaimIndex.class);

    private final Directory directory;
    private final Analyzer analyzer = Analyzers.perField();
    private final FacetsConfig facetsConfig = ClaimDocuments.facetsConfig();
    private final SearcherManager searchers;
    private final ClaimSearcher searcher;
    private final boolean rebuilt;
    private IndexWriter writer;
    private boolean closed;
    private SearchWarmer warmer;
    /**
     * Writes share the writer (read lock); a commit, which closes it to release the lock for other processes, waits
     * for writes in flight (write lock). So an annotation committed mid-indexing never cuts a report in half.
     */
    private final java.util.concurrent.locks.ReentrantReadWriteLock writeLock =
            new java.util.concurrent.locks.ReentrantReadWriteLock();
    /** How long a write waits for another process's batch to commit. */
    static final long LOCK_WAIT_MILLIS = 60_000;

    private ClaimIndex(Directory directory, boolean rebuilt) throws IOException {
        this.directory = directory;
        this.rebuilt = rebuilt;
        this.searchers = new SearcherManager(directory, new SearcherFactory());
        this.searcher = new ClaimSearcher(searchers, analyzer, facetsConfig);
    }

    /** Opens (creating when needed) the index in {@code folder}. An index of another schema version is emptied. */
    public static ClaimIndex open(Path folder) {
        try {
            Files.createDirectories(folder);
            Directory dir = FSDirectory.open(folder);
            boolean rebuilt = ensureCurrentSchema(dir);
            return new ClaimIndex(dir, rebuilt);
        } catch (LockObtainFailedException e) {
            throw locked(folder, e);
        } catch (IOException e) {
            throw new RapporteurException("Cannot open the index in " + folder + ": " + e.getMessage(), e);
        }
    }

    /** The schema version this build writes and reads (the commit data's {@code rapporteur.schema}). */
    public static String schemaVersion() {
        return IndexField.VERSION;
    }

    /**
     * What makes the index in {@code folder} newer than this build can read, without changing it: its schema number
     * when higher than ours ("index schema 10"), or that a newer Lucene wrote it. Empty when there is no index, or it
     * is of this schema or an older one (which {@link #open} rebuilds: an older cache is simply out of date).
     */
    public static Optional<String> newerSchema(Path folder) {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Directory dir = FSDirectory.open(folder)) {
            if (!DirectoryReader.indexExists(dir)) {
                return Optional.empty();
            }
            String version = SegmentInfos.readLatestCommit(dir).getUserData().get(IndexField.VERSION_KEY);
            return isNewer(version) ? Optional.of("index schema " + version) : Optional.empty();
        } catch (org.apache.lucene.index.IndexFormatTooNewException e) {
            return Optional.of("index format of a newer Lucene");
        } catch (IOException e) {
            return Optional.empty(); // unreadable: open() says why, or rebuilds it
        }
    }

    /** A schema number above ours; a missing or non-numeric one (never written by a release) is not newer. */
    static boolean isNewer(String version) {
        if (version == null || !version.strip().matches("\\d{1,9}")) {
            return false;
        }
        return Integer.parseInt(version.strip()) > Integer.parseInt(IndexField.VERSION);
    }

    /** An index held in memory, for tests and throw-away work. */
    public static ClaimIndex inMemory() {
        try {
            Directory dir = new org.apache.lucene.store.ByteBuffersDirectory();
            ensureCurrentSchema(dir);
            return new ClaimIndex(dir, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when opening found an index of an older schema and emptied it: the caller re-indexes everything. */
    public boolean wasRebuilt() {
        return rebuilt;
    }

    private static boolean ensureCurrentSchema(Directory dir) throws IOException {
        if (DirectoryReader.indexExists(dir)) {
            String version = SegmentInfos.readLatestCommit(dir).getUserData().get(IndexField.VERSION_KEY);
            if (IndexField.VERSION.equals(version)) {
                return false;
            }
            LOG.info("Index schema {} differs from {}: rebuilding", version, IndexField.VERSION);
        }
        IndexWriterConfig cfg = new IndexWriterConfig(Analyzers.perField())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        try (IndexWriter w = new IndexWriter(dir, cfg)) {
            w.setLiveCommitData(Map.of(IndexField.VERSION_KEY, IndexField.VERSION).entrySet());
            w.commit();
        }
        return DirectoryReader.indexExists(dir);
    }

    /**
     * The writer, opened on first use. Another process holds the write lock only while it writes a batch (every
     * commit releases it), so a busy lock is waited for, up to {@link #LOCK_WAIT_MILLIS}, before giving up.
     */
    private synchronized IndexWriter writer() throws IOException {
        if (closed) {
            // A worker still reading a file when a stopped run closed the workspace: its report is read next time.
            throw new RapporteurException("The index was closed before this report could be written; it is read"
                    + " again at the next index run.");
        }
        if (writer == null) {
            long deadline = System.nanoTime() + LOCK_WAIT_MILLIS * 1_000_000L;
            while (true) {
                try {
                    writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                            .setOpenMode(IndexWriterConfig.OpenMode.APPEND)
                            .setRAMBufferSizeMB(128));
                    break;
                } catch (LockObtainFailedException e) {
                    if (System.nanoTime() > deadline) {
                        throw locked(null, e);
                    }
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException ie) {
                        Thread.currentThread().interrupt();
                        throw locked(null, e);
                    }
                }
            }
            writer.setLiveCommitData(Map.of(IndexField.VERSION_KEY, IndexField.VERSION).entrySet());
        }
        return writer;
    }

    private static RapporteurException locked(Path folder, Exception e) {
        return new RapporteurException("The index" + (folder == null ? "" : " in " + folder)
                + " is being written by another Rapporteur process; try again when it has finished indexing.", e);
    }

    /**
     * Replaces everything indexed for the report {@code summary.id()} with {@code summary} and {@code claims}. An older
     * report read from one of {@code summary.paths()} is removed, unless it is also found at a path outside them: then
     * it only loses these paths. Not visible to searches until {@link #commit()}.
     */
    public void replaceReport(ReportSummary summary, String text, Collection<ClaimRecord> claims) {
        writeLock.readLock().lock();
        try {
            IndexWriter w = writer();
            w.deleteDocuments(new Term(IndexField.REPORT_ID.name, summary.id()));
            displace(w, summary.id(), summary.paths());
            List<Document> docs = new ArrayList<>(claims.size() + 1);
            docs.add(ClaimDocuments.reportDocument(summary, text));
            for (ClaimRecord c : claims) {
                docs.add(ClaimDocuments.claimDocument(c, facetsConfig));
            }
            w.addDocuments(docs);
        } catch (IOException e) {
            throw new RapporteurException("Cannot write the index: " + e.getMessage(), e);
        } finally {
            writeLock.readLock().unlock();
        }
    }

    /** Older reports read from any of {@code paths} lose them, and go when they have no path left. */
    private void displace(IndexWriter w, String id, List<String> paths) throws IOException {
        for (ReportSummary old : displacedBy(id, paths)) {
            List<String> remaining = remainingPaths(old, paths);
            if (remaining.isEmpty()) {
                w.deleteDocuments(new Term(IndexField.REPORT_ID.name, old.id()));
            } else {
                rewritePaths(w, old, remaining);
            }
        }
    }

    /** Other reports (committed) read from any of {@code paths}: older versions of those files. */
    private List<ReportSummary> displacedBy(String id, List<String> paths) {
        java.util.Map<String, ReportSummary> found = new java.util.LinkedHashMap<>();
        for (String p : paths) {
            for (ReportSummary old : searcher.reportsAtPath(p)) {
                if (!old.id().equals(id)) {
                    found.putIfAbsent(old.id(), old);
                }
            }
        }
        return List.copyOf(found.values());
    }

    /** {@code old}'s paths that are not in {@code taken}, in order. */
    public static List<String> remainingPaths(ReportSummary old, Collection<String> taken) {
        return old.paths().stream().filter(p -> !taken.contains(p)).toList();
    }

    /**
     * Records that the committed report {@code reportId} is found at {@code paths} (the first is its citation path),
     * without re-reading it; an empty list removes the report. Older reports read from these paths lose them, as in
     * {@link #replaceReport}. False when no such report is committed. Not visible until {@link #commit()}.
     */
    public boolean setPaths(String reportId, List<String> paths) {
        Optional<ReportSummary> current = searcher.report(reportId);
        if (current.isEmpty()) {
            return false;
        }
        writeLock.readLock().lock();
        try {
            IndexWriter w = writer();
            if (paths.isEmpty()) {
                w.deleteDocuments(new Term(IndexField.REPORT_ID.name, reportId));
            } else {
                rewritePaths(w, current.get(), paths);
                displace(w, reportId, paths);
            }
            return true;
        } catch (IOException e) {
            throw new RapporteurException("Cannot write the index: " + e.getMessage(), e);
        } finally {
            writeLock.readLock().unlock();
        }
    }

    /** Replaces a report's own document (not its claims) with one listing {@code paths}. */
    private void rewritePaths(IndexWriter w, ReportSummary old, List<String> paths) throws IOException {
        ReportSummary moved = old.withPaths(paths.getFirst(), paths.subList(1, paths.size()));
        Document doc = ClaimDocuments.reportDocument(moved, searcher.reportText(old.id()).orElse(null));
        // one atomic update (the report's id names only its own document): two indexing threads moving the same
        // report's paths at once (a copy changed while the original stayed) must not leave two report documents
        w.updateDocument(new Term(IndexField.ID.name, old.id()), doc);
    }

    /** Removes a report and its claims. Not visible until {@link #commit()}. */
    public void deleteReport(String reportId) {
        writeLock.readLock().lock();
        try {
            writer().deleteDocuments(new Term(IndexField.REPORT_ID.name, reportId));
        } catch (IOException e) {
            throw new RapporteurException("Cannot write the index: " + e.getMessage(), e);
        } finally {
            writeLock.readLock().unlock();
        }
    }

    /** Replaces the user tags stored with one claim (the annotation store is the truth; this is its cache). */
    public boolean retag(String claimId, List<String> tags) {
        writeLock.readLock().lock();
        try {
            Optional<ClaimRecord> current = searcher.claim(claimId);
            if (current.isEmpty()) {
                return false;
            }
            writer().updateDocument(new Term(IndexField.ID.name, claimId),
                    ClaimDocuments.claimDocument(current.get().withTags(tags), facetsConfig));
            return true;
        } catch (IOException e) {
            throw new RapporteurException("Cannot write the index: " + e.getMessage(), e);
        } finally {
            writeLock.readLock().unlock();
        }
    }

    /**
     * Replaces the user tags of many claims at once (after an import or a codebook change): one search for the lot
     * instead of one per claim. Claims not in the index are skipped; returns how many were re-tagged.
     */
    public int retag(Map<String, List<String>> tagsByClaim) {
        return retag(tagsByClaim, null);
    }

    /**
     * Replaces the user tags and who coded each of many claims (the {@code tag} and {@code coded by} facets) in one
     * go, as {@link #retag(Map)} does; a claim missing from {@code codersByClaim} has no coder. With
     * {@code codersByClaim} null the coders stay as they are.
     */
    public int retag(Map<String, List<String>> tagsByClaim, Map<String, List<String>> codersByClaim) {
        if (tagsByClaim.isEmpty()) {
            return 0;
        }
        writeLock.readLock().lock();
        try {
            IndexWriter w = writer();
            int n = 0;
            for (ClaimRecord current : searcher.claims(tagsByClaim.keySet())) {
                String id = current.claim().id();
                ClaimRecord updated = codersByClaim == null ? current.withTags(tagsByClaim.get(id))
                        : current.withCodings(tagsByClaim.get(id), codersByClaim.getOrDefault(id, List.of()));
                w.updateDocument(new Term(IndexField.ID.name, id),
                        ClaimDocuments.claimDocument(updated, facetsConfig));
                n++;
            }
            return n;
        } catch (IOException e) {
            throw new RapporteurException("Cannot write the index: " + e.getMessage(), e);
        } finally {
            writeLock.readLock().unlock();
        }
    }

    /**
     * Commits pending writes, makes them visible to searches, and releases the write lock, so that another process
     * (a CLI beside the workbench) can write between our batches. Waits for the writer's merges to finish (closing
     * the writer does): the end of an indexing run, an annotation.
     */
    public void commit() {
        commit(true);
    }

    /**
     * A commit in the middle of an indexing run: as durable and as visible as {@link #commit()}, but when the writer
     * is merging segments it stays open (holding the write lock) instead of making the run wait for the merge; the
     * lock is released at the first such commit with no merge running, and by the run's final {@link #commit()}.
     * Closing the writer after every commit of the UN corpus stopped both indexing threads for seconds each time
     * (ADR 0016).
     */
    public void commitDuringRun() {
        commit(false);
    }

    private void commit(boolean waitForMerges) {
        // Flushing the writer's buffer to a segment is most of a commit's work; it runs beside the indexing threads,
        // which keep adding documents. Only what they add meanwhile is left for the exclusive part below.
        writeLock.readLock().lock();
        try {
            IndexWriter w;
            synchronized (this) {
                w = writer;
            }
            if (w != null) {
                w.flush();
            }
        } catch (IOException e) {
            throw new RapporteurException("Cannot commit the index: " + e.getMessage(), e);
        } finally {
            writeLock.readLock().unlock();
        }
        writeLock.writeLock().lock();
        try {
            synchronized (this) {
                if (writer != null) {
                    writer.commit();
                    if (waitForMerges || !writer.hasPendingMerges() && writer.getMergingSegments().isEmpty()) {
                        writer.close();
                        writer = null;
                    }
                }
            }
        } catch (IOException e) {
            throw new RapporteurException("Cannot commit the index: " + e.getMessage(), e);
        } finally {
            writeLock.writeLock().unlock();
        }
        try {
            searchers.maybeRefreshBlocking(); // outside the lock: writes need not wait for the new searcher
        } catch (IOException e) {
            throw new RapporteurException("Cannot refresh the index after a commit: " + e.getMessage(), e);
        }
    }

    /**
     * How much the writer holds that is not committed yet (its RAM buffer), for committing by size. Zero when
     * nothing was written since the last commit.
     */
    public synchronized long uncommittedBytes() {
        return writer == null ? 0 : writer.ramBytesUsed();
    }

    /** True when something was written since the last commit. */
    public synchronized boolean hasUncommittedWrites() {
        // a writer left open by commitDuringRun (merges running) holds nothing uncommitted until it is written to
        return writer != null && writer.hasUncommittedChanges();
    }

    /** Makes commits of other processes visible. Cheap when nothing changed. */
    public void refresh() {
        try {
            searchers.maybeRefresh();
        } catch (IOException e) {
            throw new RapporteurException("Cannot refresh the index: " + e.getMessage(), e);
        }
    }

    /**
     * From now on searches find a person under any name they were indexed under, and the speaker facet counts
     * people ({@link org.rapporteur.model.SpeakerGroups}): each search that reads speakers asks {@code groups} for
     * the grouping in effect, so the pipeline's registry is rebuilt only when a search needs it after a change.
     */
    public void useSpeakerGroups(java.util.function.Supplier<org.rapporteur.model.SpeakerGroups> groups) {
        searcher.useSpeakerGroups(groups);
    }

    /** Where hybrid and semantic searches find claims by meaning; {@link MeaningLookup#NONE} until vectors exist. */
    public void useMeaning(MeaningLookup meaning) {
        this.meaning = meaning == null ? MeaningLookup.NONE : meaning;
        searcher.useMeaning(meaning);
    }

    /** What {@link #useMeaning} set last ({@link MeaningLookup#NONE} before): code suggestions read vectors by it. */
    public MeaningLookup meaning() {
        return meaning;
    }

    private volatile MeaningLookup meaning = MeaningLookup.NONE;

    /**
     * Interactive searches will follow (the workbench): from now on, this snapshot of the index and each one a commit
     * or refresh makes are prepared for search on a background thread (facet ordinals, the blank query's counts), so
     * the first search after opening or after a commit does not pay for them. Returns at once; calling it again does
     * nothing. Not worth it for a single command-line search, which does the same work once itself.
     */
    public synchronized void prepareForSearch() {
        if (warmer != null || closed) {
            return;
        }
        warmer = new SearchWarmer(searcher);
        searchers.addListener(warmer);
        warmer.warmSoon();
    }

    /**
     * Every committed claim's id, report id and text, in index order, streamed to {@code sink} in one linear pass that
     * reads nothing else; returns the count. What the embedding run reads (twice over 868k claims on the UN corpus).
     */
    public long forEachClaimText(Consumer<ClaimText> sink) {
        return ClaimTextReader.forEach(searchers, sink);
    }

    /**
     * What the index holds, read: reports, claims, searches ({@link IndexedCorpus}). Always the same object; each of its
     * calls reads the snapshot the last commit or {@link #refresh()} made visible.
     */
    public IndexedCorpus corpus() {
        return searcher;
    }

    /**
     * The committed reports and their paths, without their metadata or text: what an indexing run compares the files
     * it finds with. A snapshot; later commits do not change it.
     */
    public ReportCatalog catalog() {
        return searcher.catalog();
    }

    /**
     * Closes the index; the writer commits what it holds. Waits for writes in flight (the write lock), so a report
     * being written when a stopped run closes the workspace is committed whole or not at all; writes after this are
     * refused.
     */
    @Override
    public void close() throws IOException {
        writeLock.writeLock().lock();
        try {
            synchronized (this) {
                if (closed) {
                    return;
                }
                closed = true;
                try {
                    if (warmer != null) {
                        searchers.removeListener(warmer);
                        warmer.close();
                    }
                    searchers.close();
                    if (writer != null) {
                        writer.close();
                        writer = null;
                    }
                } finally {
                    directory.close();
                }
            }
        } finally {
            writeLock.writeLock().unlock();
        }
    }
}
