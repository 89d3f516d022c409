package org.rapporteur.structure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rapporteur.model.Attribution;
import org.rapporteur.model.AttributionEvidence;
import org.rapporteur.model.AttributionMethod;

/**
 * Weighs the evidence that covers each claim and names the winner and the runner-up, with their reasons.
 *
 * <p>Each piece counts {@code weight × prior(cue, layout)}; a candidate's score combines its pieces as independent
 * signals ({@code 1 − Π(1 − w)}), so two weak signals can beat one strong one. Of the floor cues (turns, speaker
 * cards) only the latest before the claim counts: the floor passes. A negative weight is evidence against: it damps the
 * floor cue of that candidate for that claim (a sentence about the event inside a speaker's block). A person who wins
 * with less than {@link #PERSON_THRESHOLD} is not named: the claim goes to the organisation with a low confidence,
 * never to a guessed name.
 */
final class EvidenceResolver {
    static final double PERSON_THRESHOLD = 0.45;
    static final double FALLBACK_CONFIDENCE = 0.3;
    private static final int EVIDENCE_KEPT = 6;

    private final AttributionContext ctx;
    private final List<Evidence> floor = new ArrayList<>();
    private final List<Evidence> spans = new ArrayList<>();
    private final Map<Long, List<Evidence>> byClaim = new HashMap<>();

    EvidenceResolver(AttributionContext ctx, List<Evidence> evidence) {
        this.ctx = ctx;
        java.util.Set<Long> claimSpans = new java.util.HashSet<>();
        for (ClaimDraft c : ctx.claims()) {
            claimSpans.add(span(c.start(), c.end()));
        }
        for (Evidence e : evidence) {
            if (e.weight() >= 0 && e.cue().holdsFloor()) {
                floor.add(e);
            } else if (claimSpans.contains(span(e.start(), e.end()))) {
                // evidence about one claim is looked up by its span, so many claims cost no more than one
                byClaim.computeIfAbsent(span(e.start(), e.end()), k -> new ArrayList<>()).add(e);
            } else {
                spans.add(e);
            }
        }
        floor.sort(Comparator.comparingInt(Evidence::start));
    }

    private static long span(int s, int e) {
        return ((long) s << 32) | (e & 0xffffffffL);
    }

    Attribution resolve(ClaimDraft c) {
        List<Evidence> here = new ArrayList<>(byClaim.getOrDefault(span(c.start(), c.end()), List.of()));
        for (Evidence e : spans) {
            if (e.covers(c.start())) {
                here.add(e);
            }
        }
        Evidence holder = floorAt(c.start());
        if (holder != null) {
            here.add(holder);
        }
        return decide(here, holder != null);
    }

    private Evidence floorAt(int offset) {
        int lo = 0;
        int hi = floor.size() - 1;
        int best = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (floor.get(mid).start() <= offset) {
                best = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        // the latest floor cue that started before the claim and still covers it
        for (int k = best; k >= 0 && k > best - 8; k--) {
            if (floor.get(k).covers(offset)) {
                return floor.get(k);
            }
        }
        return null;
    }

    private record Scored(Candidate candidate, double score, List<Evidence> pieces) {
        Evidence strongest(Layout layout) {
            return pieces.stream().max(Comparator.comparingDouble(e -> e.weight() * layout.prior(e.cue()))).orElseThrow();
        }
    }

    private Attribution decide(List<Evidence> here, boolean someoneHasTheFloor) {
        // a dialogue's priors hold inside the dialogue: a standfirst before the first turn reads as prose
        Layout layout = ctx.layout().layout().dialogue() && !someoneHasTheFloor ? Layout.UNKNOWN : ctx.layout().layout();
        Map<String, List<Evidence>> grouped = new LinkedHashMap<>();
        Map<String, Boolean> damped = new HashMap<>();
        for (Evidence e : here) {
            if (e.weight() < 0) {
                damped.put(e.candidate().key(), true);
            } else {
                grouped.computeIfAbsent(e.candidate().key(), k -> new ArrayList<>()).add(e);
            }
        }
        List<Scored> scored = new ArrayList<>();
        for (List<Evidence> pieces : grouped.values()) {
            double miss = 1.0;
            boolean specific = pieces.stream().anyMatch(e -> e.cue() != Cue.ORGANISATION_VOICE);
            Map<Cue, Double> strongestPerCue = new java.util.EnumMap<>(Cue.class);
            for (Evidence e : pieces) {
                if (specific && e.cue() == Cue.ORGANISATION_VOICE) {
                    continue; // the background voice is what remains when nothing specific speaks for the body
                }
                double w = e.weight() * layout.prior(e.cue());
                if (e.cue().holdsFloor() && damped.containsKey(e.candidate().key())) {
                    w = Math.min(w, SpeakerCardDetector.NARRATIVE_SENTENCE);
                }
                // the same cue twice (two bylines, two turns) is one signal: independent signals are different cues
                strongestPerCue.merge(e.cue(), w, Math::max);
            }
            for (double w : strongestPerCue.values()) {
                miss *= 1.0 - Math.min(0.99, w);
            }

            scored.add(new Scored(pieces.getFirst().candidate(), 1.0 - miss, pieces));
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed());
        if (scored.isEmpty()) {
            return Attribution.none();
        }
        Scored winner = scored.getFirst();
        Scored second = scored.size() > 1 ? scored.get(1) : null;
        if (winner.candidate().isPerson() && winner.score() < PERSON_THRESHOLD) {
            // too weak to name anyone: the organisation, if there is one, with a low confidence
            Scored org = scored.stream().filter(s -> s.pieces().stream().anyMatch(e -> e.cue() == Cue.ORGANISATION_VOICE))
                    .findFirst().orElse(null);
            Attribution weak = org == null ? Attribution.none()
                    : Attribution.toBody(org.candidate().body(), AttributionMethod.INSTITUTIONAL,
                    Math.min(FALLBACK_CONFIDENCE, org.score()), String.format(Locale.ROOT,
                            "too little evidence to name a speaker (best: %s, %.2f)", winner.candidate().name(), winner.score()));
            return weak.withDeliberation(runnerUp(winner, layout), weighed(here, org, layout));
        }
        Evidence top = winner.strongest(layout);
        String reason = top.reason() + (winner.pieces().size() > 1
                ? " (+" + (winner.pieces().size() - 1) + " more signal" + (winner.pieces().size() > 2 ? "s" : "") + ")" : "");
        double confidence = Math.round(winner.score() * 1000) / 1000.0;
        Attribution a = winner.candidate().isPerson()
                ? Attribution.to(winner.candidate().person(), top.cue().method(), confidence, reason)
                : Attribution.toBody(winner.candidate().body(), top.cue().method(), confidence, reason);
        return a.withDeliberation(second == null ? null : runnerUp(second, layout), weighed(here, winner, layout));
    }

    private static Attribution.RunnerUp runnerUp(Scored s, Layout layout) {
        double score = Math.round(s.score() * 1000) / 1000.0;
        String reason = s.strongest(layout).reason();
        return s.candidate().isPerson() ? new Attribution.RunnerUp(s.candidate().person(), null, score, reason)
                : new Attribution.RunnerUp(null, s.candidate().body(), score, reason);
    }

    private static List<AttributionEvidence> weighed(List<Evidence> here, Scored winner, Layout layout) {
        List<AttributionEvidence> out = new ArrayList<>();
        String winnerKey = winner == null ? null : winner.candidate().key();
        here.stream().filter(e -> e.weight() >= 0)
                .sorted(Comparator.comparingDouble((Evidence e) -> e.weight() * layout.prior(e.cue())).reversed())
                .limit(EVIDENCE_KEPT)
                .forEach(e -> out.add(new AttributionEvidence(e.candidate().name(), e.cue().label(),
                        Math.round(e.weight() * layout.prior(e.cue()) * 1000) / 1000.0, e.reason(),
                        e.candidate().key().equals(winnerKey))));
        return out;
    }
}
