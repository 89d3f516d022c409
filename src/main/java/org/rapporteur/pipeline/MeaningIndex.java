package org.rapporteur.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.rapporteur.embed.Embedders;
import org.rapporteur.embed.Embedding;
import org.rapporteur.embed.EmbeddingModel;
import org.rapporteur.embed.SentenceEmbedder;
import org.rapporteur.index.ClaimIndex;
import org.rapporteur.index.ClaimText;
import org.rapporteur.index.ClaimVectors;
import org.rapporteur.index.Neighbour;
import org.rapporteur.model.ClaimHit;
import org.rapporteur.model.ClaimRecord;
import org.rapporteur.model.MatchKind;
import org.rapporteur.model.MeaningState;
import org.rapporteur.model.RapporteurException;
import org.rapporteur.progress.Cancellation;
import org.rapporteur.progress.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The claims' sentence vectors beside the text index ({@code <workspace>/vectors}, ADR 0032): made in the background
 * after the text index is ready, only for claims that have none (or whose text changed), and used by hybrid search
 * (through the {@link VectorLookup} it hands the text index), related claims and code suggestions.
 *
 * <p>Thread-safe. One embedding run at a time; the model is loaded when first needed (a run, a query) and held until
 * {@link #close()}. A missing vector folder is "no vectors yet"; an unreadable one, or a model that will not load, is
 * {@link MeaningState#problem()} and searches stay lexical.
 */
public final class MeaningIndex implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MeaningIndex.class);

    /** Texts handed to the embedder at once: enough for its batches, little enough to stop soon on Cancel. */
    static final int BATCH = 128;
    /** A run commits after this many claims or {@link #COMMIT_NANOS}, whichever comes first. */
    static final int COMMIT_CLAIMS = 5_000;
    static final long COMMIT_NANOS = TimeUnit.SECONDS.toNanos(5);

    private final ClaimIndex index;
    private final EmbeddingModel model;
    private final Supplier<SentenceEmbedder> opener;
    private final ClaimVectors vectors;
    private final ReentrantLock runLock = new ReentrantLock();
    private volatile boolean running;
    private volatile EmbeddingRun lastRun = EmbeddingRun.NONE;

    private SentenceEmbedder embedder;
    /** Why the model cannot be loaded; set (and logged) once. */
    private volatile String modelProblem;
    private boolean closed;
    /** Set by {@link #close()}: a run in progress stops at its next claim and commits what it made. */
    private volatile boolean stopping;

    /** What follows each embedding run that was not cancelled (the workspace re-themes claims); nothing by default. */
    private volatile AfterRun afterRun = (progress, cancel) -> { };

    /** Work that follows an embedding run, with its progress and cancellation. */
    interface AfterRun {
        void run(ProgressListener progress, Cancellation cancel);
    }

    /** The claim count searches see in their meaning state, counted at most once a second (a search asks each time). */
    private volatile long claimsSeen = -1;
    private volatile long claimsCountedAt;

    MeaningIndex(Path workspaceDir, ClaimIndex index) {
        this(workspaceDir, index, Embedders.defaultModel(), () -> Embedders.open(Embedders.defaultModel()));
    }

    /** Over the vectors of {@code model} in {@code <workspaceDir>/vectors}, loading the model with {@code opener}. */
    MeaningIndex(Path workspaceDir, ClaimIndex index, EmbeddingModel model, Supplier<SentenceEmbedder> opener) {
        this.index = index;
        this.model = model;
        this.opener = opener;
        this.vectors = ClaimVectors.open(workspaceDir.resolve("vectors"), model.id(), model.dimensions());
        index.useMeaning(new VectorLookup(this));
    }

    /** Model, how many claims have vectors, whether embedding runs, and what stops it. */
    public MeaningState state() {
        return state(index.corpus().claimCount());
    }

    /** The state as searches see it: the claim count may be up to a second old. */
    MeaningState stateForSearch() {
        long now = System.nanoTime();
        if (claimsSeen < 0 || now - claimsCountedAt > TimeUnit.SECONDS.toNanos(1)) {
            claimsSeen = index.corpus().claimCount();
            claimsCountedAt = now;
        }
        return state(claimsSeen);
    }

    private MeaningState state(long claims) {
        String problem = modelProblem != null ? modelProblem : vectors.problem();
        return new MeaningState(model.id(), problem == null ? vectors.count() : 0, claims, running, problem);
    }

    /** How many claims were embedded by their leading window, being longer than the model reads. */
    public long truncated() {
        return vectors.truncatedCount();
    }

    /** What the last embedding run of this process did ({@link EmbeddingRun#NONE} before the first). */
    public EmbeddingRun lastRun() {
        return lastRun;
    }

    /**
     * Embeds every claim that has no vector of the current model (or whose text changed) and drops vectors of claims
     * no longer indexed; commits in batches so searches gain meaning as vectors arrive. Returns how many it embedded.
     * Cancelling keeps what was embedded so far. A second call while a run goes on waits for it (or its cancel).
     */
    public long embedMissing(ProgressListener progress, Cancellation cancel) {
        if (stopping) {
            return 0;
        }
        try {
            while (!runLock.tryLock(200, TimeUnit.MILLISECONDS)) {
                if (cancel.isCancelled()) {
                    return 0;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
        long t0 = System.nanoTime();
        running = true;
        RunCounts counts = new RunCounts();
        try {
            SentenceEmbedder e = embedder();
            try (ClaimVectors.Run run = vectors.startRun()) {
                embed(run, e, progress, cancel, counts);
            }
            // still inside the run (one at a time, "running" in the state): the claims that have vectors now lose
            // their index-time keyword themes for themes by meaning
            afterRun.run(progress, cancel);
        } catch (CancellationException stopped) {
            counts.cancelled = true;
        } finally {
            running = false;
            // a vector moved to a new id was deleted under the old one: not a claim's vector removed
            lastRun = new EmbeddingRun(counts.embedded, counts.reused, counts.truncated,
                    Math.max(0, counts.removed - counts.reused), counts.cancelled,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0));
            runLock.unlock();
        }
        if (counts.embedded > 0 || counts.removed > 0) {
            LOG.info("Embedding: {}", lastRun.line());
        }
        return counts.embedded;
    }

    private static final class RunCounts {
        long embedded;
        /** Claims whose id changed (their report's bytes did) given the vector already made for their text. */
        long reused;
        long truncated;
        long removed;
        boolean cancelled;
    }

    /**
     * Two passes over the claims, streamed (the UN workspace has 868k claims, more text than a 1 GB heap holds): the
     * first counts the claims without a current vector (and marks those with one), the second embeds them.
     */
    private void embed(ClaimVectors.Run run, SentenceEmbedder e, ProgressListener progress, Cancellation cancel,
                       RunCounts counts) {
        progress.progress(0, -1, "Checking which claims need vectors…");
        long[] missing = {0};
        index.forEachClaimText(c -> {
            stopIfAsked(cancel);
            String hash = ClaimVectors.textHash(c.text());
            if (!run.hasCurrent(c.claimId(), hash) && !run.hasText(hash)) {
                missing[0]++;
            }
        });
        counts.removed = run.deleteUnseen();
        if (missing[0] == 0) {
            copyKnownTexts(run, cancel, counts);
            return;
        }
        long total = missing[0];
        progress.progress(0, total, message(0, total));
        List<ClaimText> batch = new ArrayList<>(BATCH);
        List<String> hashes = new ArrayList<>(BATCH);
        long[] sinceCommit = {0, System.nanoTime()};
        Runnable flush = () -> {
            if (batch.isEmpty()) {
                return;
            }
            List<Embedding> made = e.embedPassages(batch.stream().map(ClaimText::text).toList());
            for (int i = 0; i < batch.size(); i++) {
                ClaimText c = batch.get(i);
                Embedding m = made.get(i);
                run.add(c.claimId(), c.reportId(), hashes.get(i), m.vector(), m.truncated());
                if (m.truncated()) {
                    counts.truncated++;
                }
            }
            counts.embedded += batch.size();
            sinceCommit[0] += batch.size();
            batch.clear();
            hashes.clear();
            if (sinceCommit[0] >= COMMIT_CLAIMS || System.nanoTime() - sinceCommit[1] >= COMMIT_NANOS) {
                run.commit(); // searches gain meaning as vectors arrive
                sinceCommit[0] = 0;
                sinceCommit[1] = System.nanoTime();
            }
            long shown = Math.max(total, counts.embedded);
            progress.progress(counts.embedded, shown, message(counts.embedded, shown));
        };
        try {
            index.forEachClaimText(c -> {
                stopIfAsked(cancel);
                String hash = ClaimVectors.textHash(c.text());
                if (run.hasCurrent(c.claimId(), hash)) {
                    return;
                }
                if (run.addCopy(c.claimId(), c.reportId(), hash)) {
                    counts.reused++;
                } else {
                    batch.add(c);
                    hashes.add(hash);
                    if (batch.size() == BATCH) {
                        flush.run();
                    }
                }
            });
            flush.run();
        } catch (CancellationException stopped) {
            batch.clear(); // not embedded: the next run makes them; what was added is committed when the run closes
            throw stopped;
        }
    }

    /** The pass of a run with nothing to embed: claims whose id changed with their report get their text's vector. */
    private void copyKnownTexts(ClaimVectors.Run run, Cancellation cancel, RunCounts counts) {
        index.forEachClaimText(c -> {
            stopIfAsked(cancel);
            String hash = ClaimVectors.textHash(c.text());
            if (!run.hasCurrent(c.claimId(), hash) && run.addCopy(c.claimId(), c.reportId(), hash)) {
                counts.reused++;
            }
        });
    }

    private void stopIfAsked(Cancellation cancel) {
        cancel.check();
        if (stopping) {
            throw new CancellationException("the workspace is closing");
        }
    }

    static String message(long done, long total) {
        return String.format(Locale.ROOT, "Embedding claims: %,d of %,d", done, total);
    }

    /** Whether the workbench and {@code index} start embedding by themselves ({@code -Drapporteur.embed=off} stops it). */
    public static boolean embedsAutomatically() {
        return !"off".equalsIgnoreCase(System.getProperty("rapporteur.embed", "auto"));
    }

    /**
     * The claims nearest in meaning to this one in other reports, nearest first (score = similarity, match MEANING).
     * A claim without a vector (not embedded yet, or no model) gets its lexical neighbours instead (MoreLikeThis,
     * match WORDS), so the inspector always has something to show and says which it is. Empty for an unknown claim.
     */
    public List<ClaimHit> related(String claimId, int limit) {
        Optional<ClaimRecord> own = index.corpus().claim(claimId);
        if (own.isEmpty() || limit <= 0) {
            return List.of();
        }
        Optional<float[]> vector = modelProblem == null ? vectors.vectorOf(claimId) : Optional.empty();
        if (vector.isEmpty()) {
            return index.corpus().related(claimId, limit);
        }
        List<ClaimHit> hits = new ArrayList<>(limit);
        // a few more than asked: vectors of claims removed since the last run are skipped below
        for (Neighbour n : vectors.nearest(vector.get(), limit + 5, own.get().claim().reportId(), null)) {
            if (hits.size() == limit) {
                break;
            }
            index.corpus().claim(n.claimId()).ifPresent(r -> hits.add(new ClaimHit(r, n.similarity(), List.of(),
                    MatchKind.MEANING)));
        }
        return hits;
    }

    /** Sets what follows each embedding run that was not cancelled. */
    void afterEachRun(AfterRun after) {
        this.afterRun = after;
    }

    /** Makes another process's vectors visible (the CLI embedding beside the workbench). */
    void refresh() {
        vectors.refresh();
    }

    /** The claim vectors themselves, for code suggestions and tests of the pipeline. */
    ClaimVectors vectors() {
        return vectors;
    }

    EmbeddingModel model() {
        return model;
    }

    /** The embedder, loaded on first use; a model that fails to load is said once and refused from then on. */
    synchronized SentenceEmbedder embedder() {
        if (embedder != null) {
            return embedder;
        }
        if (closed) {
            throw new RapporteurException("The workspace was closed.");
        }
        if (modelProblem != null) {
            throw new RapporteurException(modelProblem);
        }
        try {
            embedder = opener.get();
            return embedder;
        } catch (RuntimeException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            modelProblem = "The sentence model " + model.id() + " could not be loaded (" + why.strip()
                    + "); search uses words only.";
            LOG.warn("{}", modelProblem, e);
            throw new RapporteurException(modelProblem, e);
        }
    }

    /**
     * Stops a run in progress (it commits what it made, waiting up to 30 s for that), then releases the vectors and
     * the model.
     */
    @Override
    public void close() {
        stopping = true;
        boolean waited = false;
        try {
            waited = runLock.tryLock(30, TimeUnit.SECONDS);
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
        }
        try {
            closeNow();
        } finally {
            if (waited) {
                runLock.unlock();
            }
        }
    }

    private void closeNow() {
        SentenceEmbedder e;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            e = embedder;
            embedder = null;
        }
        try {
            vectors.close();
        } catch (IOException ex) {
            LOG.warn("Closing the claim vectors failed", ex);
        } finally {
            if (e != null) {
                e.close();
            }
        }
    }
}
