package org.rapporteur.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rapporteur.model.MatchKind;
import org.rapporteur.model.SearchMode;

/** How one search mode did on the key: per entry, the rank of the first right claim in the top k (0: missed). */
public final class ModeRecall {
    /** One query's outcome: rank 1..k of the first right claim, 0 when none was in the top k. */
    public record Outcome(ParaphraseKey.Entry entry, int rank, MatchKind match, String firstHit) {
        public boolean found() {
            return rank > 0;
        }
    }

    private final SearchMode mode;
    private final int k;
    private final boolean anyWord;
    private final List<Outcome> outcomes = new ArrayList<>();
    private final Set<String> notes = new LinkedHashSet<>();
    private long millis;

    public ModeRecall(SearchMode mode, int k, boolean anyWord) {
        this.mode = mode;
        this.k = k;
        this.anyWord = anyWord;
    }

    /** Whether the queries' words were OR-ed rather than run as typed. */
    public boolean anyWord() {
        return anyWord;
    }

    void add(Outcome o, String meaningNote, long tookMillis) {
        outcomes.add(o);
        if (meaningNote != null) {
            notes.add(meaningNote);
        }
        millis += tookMillis;
    }

    public SearchMode mode() {
        return mode;
    }

    public int k() {
        return k;
    }

    public List<Outcome> outcomes() {
        return List.copyOf(outcomes);
    }

    /** What the searcher said about meaning during these queries (e.g. that vectors are missing). */
    public Set<String> notes() {
        return Set.copyOf(notes);
    }

    public long found() {
        return outcomes.stream().filter(Outcome::found).count();
    }

    public double recall() {
        return outcomes.isEmpty() ? 0 : (double) found() / outcomes.size();
    }

    /** Mean reciprocal rank within the top k (0 for a miss). */
    public double mrr() {
        return outcomes.isEmpty() ? 0 : outcomes.stream().mapToDouble(o -> o.found() ? 1.0 / o.rank() : 0).sum()
                / outcomes.size();
    }

    /** Of the right claims found, how many the searcher said it found by words, by meaning, by both. */
    public Map<MatchKind, Long> foundBy() {
        Map<MatchKind, Long> out = new EnumMap<>(MatchKind.class);
        outcomes.stream().filter(Outcome::found).forEach(o -> out.merge(o.match(), 1L, Long::sum));
        return out;
    }

    public double meanMillis() {
        return outcomes.isEmpty() ? 0 : (double) millis / outcomes.size();
    }
}
