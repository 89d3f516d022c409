package org.rapporteur.ui.meaning;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.rapporteur.annotations.Change;
import org.rapporteur.annotations.ChangeEvent;
import org.rapporteur.annotations.Target;
import org.rapporteur.model.ClaimHit;
import org.rapporteur.model.ClaimRecord;
import org.rapporteur.model.MatchKind;
import org.rapporteur.model.MeaningState;
import org.rapporteur.model.SearchRequest;
import org.rapporteur.pipeline.ExampleCandidate;
import org.rapporteur.pipeline.TagSuggestion;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.progress.Cancellation;
import org.rapporteur.progress.ProgressListener;

/**
 * A stand-in for the meaning services in UI tests: vectors "complete", related claims are the first claims of other
 * reports, suggestions and candidates are set by the test; accepting writes a real coding through the annotation
 * service (so undo works as in the workbench), rejecting is remembered. Embedding reports its progress in steps and
 * can be held until the test lets it go.
 */
public final class FakeMeaning implements MeaningServices {
    private final Workspace workspace;
    public volatile MeaningState state = new MeaningState("fake-model", 100, 100, false, null);
    public volatile List<TagSuggestion> suggestions = List.of();
    public final Set<String> rejected = ConcurrentHashMap.newKeySet();
    public final List<String> accepted = java.util.Collections.synchronizedList(new ArrayList<>());
    public final AtomicInteger embedRuns = new AtomicInteger();
    public final AtomicInteger embedRunning = new AtomicInteger();
    public final AtomicInteger maxEmbedRunning = new AtomicInteger();
    /** Embedding waits on this after its first step; null: it does not wait. */
    public volatile CountDownLatch holdEmbedding;

    public FakeMeaning(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public MeaningState state() {
        return state;
    }

    @Override
    public long embedMissing(ProgressListener progress, Cancellation cancel) {
        embedRuns.incrementAndGet();
        maxEmbedRunning.accumulateAndGet(embedRunning.incrementAndGet(), Math::max);
        try {
            long total = state.claims();
            long done = state.embedded();
            progress.progress(done, total, null);
            CountDownLatch hold = holdEmbedding;
            if (hold != null) {
                while (!cancel.isCancelled() && !hold.await(20, TimeUnit.MILLISECONDS)) {
                    // held by the test
                }
            }
            long made = 0;
            while (done < total && !cancel.isCancelled()) {
                done = Math.min(total, done + 10);
                made += 10;
                progress.progress(done, total, null);
            }
            state = new MeaningState(state.modelId(), done, total, false, null);
            return made;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        } finally {
            embedRunning.decrementAndGet();
        }
    }

    @Override
    public List<ClaimHit> related(String claimId, int limit) {
        ClaimRecord self = workspace.corpus().claim(claimId).orElseThrow();
        List<ClaimHit> out = new ArrayList<>();
        for (ClaimHit h : workspace.corpus().search(SearchRequest.of("", 400)).hits()) {
            if (!h.record().claim().reportId().equals(self.claim().reportId()) && out.size() < limit) {
                out.add(new ClaimHit(h.record(), 0.9f - out.size() * 0.05f, List.of(), MatchKind.MEANING));
            }
        }
        return out;
    }

    @Override
    public List<TagSuggestion> suggestFor(String claimId, int limit) {
        return suggestions.stream().filter(s -> !rejected.contains(claimId + "/" + s.tagId()))
                .filter(s -> workspace.annotations().codings(claimId).stream().noneMatch(c -> c.tagId() == s.tagId()))
                .limit(limit).toList();
    }

    @Override
    public List<ExampleCandidate> byExample(long tagId, int limit) {
        List<ExampleCandidate> out = new ArrayList<>();
        List<ClaimHit> all = workspace.corpus().search(SearchRequest.of("", 200)).hits();
        String example = workspace.annotations().codingsByTag(tagId, false).stream()
                .map(c -> c.anchor().claimId()).filter(java.util.Objects::nonNull).findFirst().orElse(null);
        for (ClaimHit h : all) {
            String id = h.record().claim().id();
            if (!isCoded(id, tagId) && !rejected.contains(id + "/" + tagId) && out.size() < limit) {
                out.add(new ExampleCandidate(h.record(), 0.8 - out.size() * 0.01, example));
            }
        }
        return out;
    }

    private boolean isCoded(String claimId, long tagId) {
        return workspace.annotations().codings(claimId).stream().anyMatch(c -> c.tagId() == tagId);
    }

    @Override
    public ChangeEvent accept(String claimId, long tagId) {
        accepted.add(claimId + "/" + tagId);
        return workspace.annotations().execute(new Change.AddCoding(tagId, Target.claim(claimId)));
    }

    @Override
    public void reject(String claimId, long tagId) {
        rejected.add(claimId + "/" + tagId);
    }
}
