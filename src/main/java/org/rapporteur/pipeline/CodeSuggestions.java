package org.rapporteur.pipeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import org.rapporteur.annotations.Annotations;
import org.rapporteur.annotations.Change;
import org.rapporteur.annotations.ChangeEvent;
import org.rapporteur.annotations.Tag;
import org.rapporteur.index.MeaningLookup;
import org.rapporteur.index.Neighbour;
import org.rapporteur.model.ClaimRecord;
import org.rapporteur.model.MeaningState;
import org.rapporteur.model.RapporteurException;

/**
 * Codes suggested from the analyst's own coding (ADR 0034): for one claim, the tags of its nearest coded neighbours (a
 * weighted vote with a confidence); for one tag, the uncoded claims most like those coded with it ("code by example").
 * Accepting makes an ordinary coding that records it was suggested; a rejected pair is never suggested again.
 * Everything is read fresh from the annotation store on each call, so an accepted, rejected or undone coding counts at
 * once; the vectors come from the {@link MeaningLookup} the workspace's meaning index installs.
 */
public final class CodeSuggestions {
    /** How several examples of a tag are combined to rank the candidates of "code by example". */
    public enum Combination {
        /** Nearness to the example nearest to the candidate: a tag with several distinct uses finds each of them. */
        BEST_MATCH,
        /** Nearness to the mean of the examples' vectors: one search, but a tag used in two senses blurs. */
        CENTROID
    }

    /** The way {@link #byExample(long, int)} combines examples; ADR 0034 has the measurement that chose it. */
    public static final Combination DEFAULT_COMBINATION = Combination.BEST_MATCH;

    private final Supplier<MeaningLookup> meaning;
    private final Annotations annotations;
    private final Function<String, Optional<ClaimRecord>> claims;
    private final Vote vote;

    /** The background similarity of the coded claims, kept while the coded set and the model stay the same. */
    private volatile Background background;

    CodeSuggestions(Supplier<MeaningLookup> meaning, Annotations annotations,
                    Function<String, Optional<ClaimRecord>> claims) {
        this(meaning, annotations, claims, Vote.DEFAULT);
    }

    CodeSuggestions(Supplier<MeaningLookup> meaning, Annotations annotations,
                    Function<String, Optional<ClaimRecord>> claims, Vote vote) {
        this.meaning = meaning;
        this.annotations = annotations;
        this.claims = claims;
        this.vote = vote;
    }

    /**
     * How the neighbours vote. {@code neighbours}: how many of the nearest coded claims are asked. With
     * {@code floor}, a neighbour votes only when it is nearer to the claim than the coded claims are to one another on
     * average (the background, see {@link #floor}); without, every one of them votes. Its weight is its similarity
     * above the floor (the similarity itself without a floor) when {@code weighted}, else 1. ADR 0034 has the
     * measurements that chose {@link #DEFAULT}; the evaluation compares others through {@link #withVote}.
     */
    public record Vote(int neighbours, boolean weighted, boolean floor) {
        public static final Vote DEFAULT = new Vote(10, true, true);

        public Vote {
            if (neighbours < 1) {
                throw new IllegalArgumentException("at least one neighbour votes");
            }
        }
    }

    /** The same suggestions with another way of voting (for the evaluation's comparison). */
    public CodeSuggestions withVote(Vote other) {
        return new CodeSuggestions(meaning, annotations, claims, other);
    }

    /** Tags for this claim, most confident first, at most {@code limit}; never counts the claim's own codings. */
    public List<TagSuggestion> suggestFor(String claimId, int limit) {
        return vote(claimId, limit, true);
    }

    /**
     * The same vote with the claim left out as a voter but its own tags (and those rejected for it) kept among the
     * results: what a leave-one-out evaluation compares with the claim's tags. {@link #suggestFor} is this without
     * them, since suggesting a tag the claim has already is no help to the analyst.
     */
    public List<TagSuggestion> leaveOneOut(String claimId, int limit) {
        return vote(claimId, limit, false);
    }

    private List<TagSuggestion> vote(String claimId, int limit, boolean onlyNew) {
        if (limit <= 0) {
            return List.of();
        }
        MeaningLookup lookup = meaning.get();
        Optional<float[]> vector = usable(lookup) ? lookup.vectorOf(claimId) : Optional.empty();
        if (vector.isEmpty()) {
            return List.of();
        }
        Map<String, Set<Long>> tagsByClaim = annotations.tagIdsByClaim();
        Set<String> others = new HashSet<>(tagsByClaim.keySet());
        others.remove(claimId); // the claim never votes for itself: what makes leave-one-out honest
        if (others.isEmpty()) {
            return List.of();
        }
        double floor = vote.floor() ? floor(lookup, tagsByClaim) : Double.NEGATIVE_INFINITY;
        Set<Long> excluded = new HashSet<>();
        if (onlyNew) {
            excluded.addAll(tagsByClaim.getOrDefault(claimId, Set.of()));
            excluded.addAll(annotations.rejectedTagIds(claimId));
        }

        Map<Long, Double> score = new HashMap<>();
        Map<Long, List<String>> voters = new HashMap<>();
        double total = 0;
        for (Neighbour n : lookup.nearest(vector.get(), vote.neighbours() + 1, null, others)) {
            if (n.claimId().equals(claimId) || !others.contains(n.claimId()) || n.similarity() <= floor) {
                continue;
            }
            double w = !vote.weighted() ? 1 : vote.floor() ? n.similarity() - floor : Math.max(0, n.similarity());
            total += w;
            for (long tagId : tagsByClaim.get(n.claimId())) {
                score.merge(tagId, w, Double::sum);
                voters.computeIfAbsent(tagId, k -> new ArrayList<>()).add(n.claimId());
            }
        }
        if (total <= 0) {
            return List.of();
        }
        Map<Long, String> paths = tagPaths();
        List<TagSuggestion> out = new ArrayList<>();
        for (Map.Entry<Long, Double> e : score.entrySet()) {
            String path = paths.get(e.getKey());
            if (excluded.contains(e.getKey()) || path == null) {
                continue;
            }
            // The weighted share of the voting neighbours that carry the tag: 1 when all of them do.
            double confidence = Math.min(1, e.getValue() / total);
            out.add(new TagSuggestion(e.getKey(), path, confidence, voters.get(e.getKey())));
        }
        out.sort(Comparator.comparingDouble(TagSuggestion::confidence).reversed()
                .thenComparing(TagSuggestion::tagPath));
        return out.size() > limit ? List.copyOf(out.subList(0, limit)) : List.copyOf(out);
    }

    /** Uncoded (for this tag) claims most like those coded with it, not rejected before, nearest first. */
    public List<ExampleCandidate> byExample(long tagId, int limit) {
        return byExample(tagId, limit, DEFAULT_COMBINATION);
    }

    /** As {@link #byExample(long, int)}, combining the examples as asked (the evaluation compares both). */
    public List<ExampleCandidate> byExample(long tagId, int limit, Combination combination) {
        if (limit <= 0) {
            return List.of();
        }
        MeaningLookup lookup = meaning.get();
        if (!usable(lookup)) {
            return List.of();
        }
        Map<String, float[]> examples = new LinkedHashMap<>();
        // Coded with the tag, with or without a vector yet: never a candidate; nor a claim it was rejected for.
        Set<String> excluded = new HashSet<>(annotations.rejectedClaimIds(tagId));
        for (Map.Entry<String, Set<Long>> e : annotations.tagIdsByClaim().entrySet()) {
            if (e.getValue().contains(tagId)) {
                excluded.add(e.getKey());
                lookup.vectorOf(e.getKey()).ifPresent(v -> examples.put(e.getKey(), v));
            }
        }
        if (examples.isEmpty()) {
            return List.of();
        }
        int k = limit + excluded.size();
        Map<String, Candidate> best = new HashMap<>();
        if (combination == Combination.CENTROID) {
            float[] centroid = unitMean(examples.values());
            for (Neighbour n : lookup.nearest(centroid, k, null, null)) {
                if (!excluded.contains(n.claimId())) {
                    best.put(n.claimId(), new Candidate(n.claimId(), n.similarity(), nearestExample(lookup,
                            n.claimId(), examples)));
                }
            }
        } else {
            for (Map.Entry<String, float[]> example : examples.entrySet()) {
                for (Neighbour n : lookup.nearest(example.getValue(), k, null, null)) {
                    if (!excluded.contains(n.claimId())) {
                        best.merge(n.claimId(), new Candidate(n.claimId(), n.similarity(), example.getKey()),
                                (a, b) -> a.similarity() >= b.similarity() ? a : b);
                    }
                }
            }
        }
        List<Candidate> ranked = new ArrayList<>(best.values());
        ranked.sort(Comparator.comparingDouble(Candidate::similarity).reversed()
                .thenComparing(Candidate::claimId));
        List<ExampleCandidate> out = new ArrayList<>();
        for (Candidate c : ranked) {
            if (out.size() == limit) {
                break;
            }
            claims.apply(c.claimId()).ifPresent(r -> out.add(new ExampleCandidate(r, c.similarity(),
                    c.nearestExample())));
        }
        return List.copyOf(out);
    }

    /**
     * Codes the claim with the tag, recording that it was suggested (with the confidence the suggestion has now, when
     * it is still among the claim's suggestions); undoable like any coding.
     */
    public ChangeEvent accept(String claimId, long tagId) {
        Double confidence = suggestFor(claimId, Integer.MAX_VALUE).stream().filter(s -> s.tagId() == tagId)
                .map(TagSuggestion::confidence).findFirst().orElse(null);
        return annotations.execute(Change.AddCoding.accepted(tagId, claimId, confidence));
    }

    /** Remembers that the analyst refused this tag for this claim, so it is not suggested again (undoable). */
    public void reject(String claimId, long tagId) {
        rejectWithEvent(claimId, tagId);
    }

    /** As {@link #reject}, returning the change it made, for the command line and the workbench to announce. */
    public ChangeEvent rejectWithEvent(String claimId, long tagId) {
        Double confidence = suggestFor(claimId, Integer.MAX_VALUE).stream().filter(s -> s.tagId() == tagId)
                .map(TagSuggestion::confidence).findFirst().orElse(null);
        return annotations.execute(new Change.RejectSuggestion(claimId, tagId, confidence));
    }

    /**
     * Why {@link #suggestFor} has nothing for this claim, in a sentence that says what to do; empty when it can
     * suggest (it may still find no tag: no coded claim is near enough).
     */
    public Optional<String> whyNoSuggestions(String claimId) {
        Optional<String> vectors = whyNoVectors(meaning.get(), claimId);
        if (vectors.isPresent()) {
            return vectors;
        }
        Set<String> coded = new HashSet<>(annotations.tagIdsByClaim().keySet());
        coded.remove(claimId);
        if (coded.isEmpty()) {
            return Optional.of("Nothing is coded yet: code a few claims ('rapporteur code CLAIM TAG'); suggestions"
                    + " come from the claims you have coded.");
        }
        return Optional.empty();
    }

    /** Why {@link #byExample} has nothing for this tag, in a sentence that says what to do; empty when it can. */
    public Optional<String> whyNoCandidates(long tagId) {
        Optional<String> vectors = whyNoVectors(meaning.get(), null);
        if (vectors.isPresent()) {
            return vectors;
        }
        String path = annotations.tag(tagId).map(Tag::path).orElseThrow(() -> new RapporteurException(
                "No tag with id " + tagId + "."));
        boolean used = annotations.tagIdsByClaim().values().stream().anyMatch(t -> t.contains(tagId));
        if (!used) {
            return Optional.of("No claim is coded with '" + path + "' yet: code one or two claims with it"
                    + " ('rapporteur code CLAIM \"" + path + "\"') and the claims most like them are offered.");
        }
        return Optional.empty();
    }

    private static Optional<String> whyNoVectors(MeaningLookup lookup, String claimId) {
        MeaningState state = lookup.state();
        if (state.problem() != null && state.embedded() == 0) {
            String problem = state.problem().strip();
            return Optional.of("Suggestions need the claims' vectors: " + problem + (problem.endsWith(".") ? "" : ".")
                    + " Run 'rapporteur embed'.");
        }
        if (!state.usable()) {
            return Optional.of("No claim has a vector yet: run 'rapporteur embed' (suggestions compare claims by"
                    + " meaning).");
        }
        if (claimId != null && lookup.vectorOf(claimId).isEmpty()) {
            return Optional.of("Claim " + claimId + " has no vector yet (" + state.embedded() + " of "
                    + state.claims() + " claims have one): run 'rapporteur embed'.");
        }
        return Optional.empty();
    }

    private static boolean usable(MeaningLookup lookup) {
        return lookup != null && lookup.state().usable();
    }

    private Map<Long, String> tagPaths() {
        Map<Long, String> paths = new HashMap<>();
        for (Tag t : annotations.tags()) {
            paths.put(t.id(), t.path());
        }
        return paths;
    }

    /**
     * The similarity below which a coded claim is too far to vote: the mean similarity between the coded claims,
     * which for unit vectors is the squared length of their mean. Models differ widely here (one puts unrelated
     * sentences near 0, another near 0.7), so a fixed number would suit one model only; a neighbour counts by how
     * much nearer it is than an arbitrary coded claim. It uses vectors only, never tags, so it tells the vote nothing
     * about a claim's own coding.
     */
    double floor(MeaningLookup lookup, Map<String, Set<Long>> tagsByClaim) {
        String model = lookup.state().modelId();
        Background b = background;
        if (b != null && b.modelId().equals(model) && b.coded().equals(tagsByClaim.keySet())) {
            return b.floor();
        }
        List<float[]> vectors = new ArrayList<>();
        for (String id : tagsByClaim.keySet()) {
            lookup.vectorOf(id).ifPresent(vectors::add);
        }
        double floor = 0;
        if (vectors.size() > 1) {
            float[] mean = new float[vectors.getFirst().length];
            for (float[] v : vectors) {
                for (int i = 0; i < mean.length; i++) {
                    mean[i] += v[i] / vectors.size();
                }
            }
            // |mean|² = (1/n²) Σ_ij v_i·v_j; without the n self-pairs (each 1) it is the mean over distinct pairs.
            double squared = dot(mean, mean);
            int n = vectors.size();
            floor = (squared * n * n - n) / ((double) n * (n - 1));
        }
        background = new Background(model, Set.copyOf(tagsByClaim.keySet()), floor);
        return floor;
    }

    private record Background(String modelId, Set<String> coded, double floor) {
    }

    private record Candidate(String claimId, double similarity, String nearestExample) {
    }

    private static String nearestExample(MeaningLookup lookup, String claimId, Map<String, float[]> examples) {
        float[] v = lookup.vectorOf(claimId).orElse(null);
        if (v == null) {
            return examples.keySet().iterator().next();
        }
        String best = null;
        double bestSim = Double.NEGATIVE_INFINITY;
        for (Map.Entry<String, float[]> e : examples.entrySet()) {
            double s = dot(v, e.getValue());
            if (s > bestSim) {
                bestSim = s;
                best = e.getKey();
            }
        }
        return best;
    }

    private static float[] unitMean(Collection<float[]> vectors) {
        float[] mean = new float[vectors.iterator().next().length];
        for (float[] v : vectors) {
            for (int i = 0; i < mean.length; i++) {
                mean[i] += v[i];
            }
        }
        double norm = Math.sqrt(dot(mean, mean));
        if (norm > 0) {
            for (int i = 0; i < mean.length; i++) {
                mean[i] /= (float) norm;
            }
        }
        return mean;
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
