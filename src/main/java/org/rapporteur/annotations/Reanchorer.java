package org.rapporteur.annotations;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.rapporteur.model.Claim;

/**
 * Finds where annotations went after a report was re-extracted (better extractor, changed normaliser, edited file).
 * For each anchor, in order:
 * <ol>
 *   <li>{@link AnchorMethod#POSITION}: the exact quote is still at the recorded position;</li>
 *   <li>{@link AnchorMethod#QUOTE} / {@link AnchorMethod#WHITESPACE}: the quote occurs elsewhere, identical or
 *       differing only in whitespace; among several occurrences the one whose prefix and suffix agree most with the
 *       recorded context wins, then the one nearest the old position. When even that one's context differs, a fuzzy
 *       match in the recorded context may beat it (it must score {@value #FUZZY_MARGIN} higher);</li>
 *   <li>{@link AnchorMethod#FUZZY}: an approximate match scored on quote and context (see
 *       {@link FuzzyQuoteMatcher} for the score and thresholds);</li>
 *   <li>otherwise {@link AnchorStatus#ORPHAN}: position and quote are kept as they were, for re-attachment.</li>
 * </ol>
 * A re-anchored annotation gets the claim whose span overlaps its range most (ties: the shorter claim), so codings
 * follow their words into new claim boundaries. Pure function: stateless and thread-safe.
 */
public final class Reanchorer {
    /** Where one anchor lands. {@code position}/{@code quote} are the new ones (the old ones for an orphan). */
    public record Placement(long anchorId, AnchorStatus status, AnchorMethod method, double score,
                            TextPosition position, TextQuote quote, String claimId) {
    }

    /** A located range in the text. */
    public record Match(int start, int end, AnchorMethod method, double score) {
    }

    /** An exact quote whose context scores this well (see {@link FuzzyQuoteMatcher}) is taken without a fuzzy search. */
    static final double CONTEXT_TRUSTED = 0.97;
    /** How much better a fuzzy match in the recorded context must score to beat an exact quote elsewhere. */
    static final double FUZZY_MARGIN = 0.02;

    private final FuzzyQuoteMatcher fuzzy = new FuzzyQuoteMatcher();

    /** Places every anchor in {@code text}; the result has one placement per anchor, in the same order. */
    public List<Placement> reanchor(List<Anchor> anchors, String text, List<Claim> claims) {
        if (anchors.isEmpty()) {
            return List.of(); // most reports have no annotations: no need to fold their whole text
        }
        FoldedText folded = FoldedText.of(text);
        List<Placement> out = new ArrayList<>(anchors.size());
        for (Anchor a : anchors) {
            Optional<Match> m = locate(a.quote(), a.position(), text, folded);
            if (m.isEmpty()) {
                out.add(new Placement(a.id(), AnchorStatus.ORPHAN, AnchorMethod.NONE, 0, a.position(), a.quote(),
                        a.claimId()));
                continue;
            }
            Match match = m.get();
            String claimId = claims.isEmpty() ? a.claimId()
                    : bestClaim(claims, match.start(), match.end()).orElse(null);
            out.add(new Placement(a.id(), match.method() == AnchorMethod.FUZZY ? AnchorStatus.FUZZY
                    : AnchorStatus.ANCHORED, match.method(), match.score(),
                    new TextPosition(match.start(), match.end()), TextAnchors.quote(text, match.start(),
                    match.end()), claimId));
        }
        return out;
    }

    /** Where {@code quote}, last seen at {@code old}, is in {@code text} now; empty when it cannot be found. */
    public Optional<Match> locate(TextQuote quote, TextPosition old, String text) {
        return locate(quote, old, text, FoldedText.of(text));
    }

    private Optional<Match> locate(TextQuote quote, TextPosition old, String text, FoldedText folded) {
        String exact = quote.exact();
        if (exact.isEmpty()) {
            return Optional.empty();
        }
        if (old.end() <= text.length() && text.startsWith(exact, old.start())) {
            return Optional.of(new Match(old.start(), old.end(), AnchorMethod.POSITION, 1));
        }
        String q = FoldedText.fold(exact);
        String pre = FoldedText.fold(quote.prefix());
        String suf = FoldedText.fold(quote.suffix());
        int expected = folded.foldedIndex(Math.min(old.start(), text.length()));
        String t = folded.text;
        int bestAt = -1;
        long bestKey = Long.MIN_VALUE;
        for (int at = t.indexOf(q); at >= 0; at = t.indexOf(q, at + 1)) {
            int context = commonSuffix(pre, t.substring(Math.max(0, at - pre.length()), at))
                    + commonPrefix(suf, t.substring(at + q.length(), Math.min(t.length(), at + q.length()
                    + suf.length())));
            long key = ((long) context << 32) - Math.abs(at - expected);
            if (key > bestKey) {
                bestKey = key;
                bestAt = at;
            }
        }
        Match exactMatch = null;
        double exactScore = 0;
        if (bestAt >= 0) {
            int s = folded.originalStart(bestAt);
            int e = folded.originalEnd(bestAt + q.length());
            boolean identical = text.substring(s, e).equals(exact);
            exactMatch = new Match(s, e, identical ? AnchorMethod.QUOTE : AnchorMethod.WHITESPACE, 1);
            exactScore = FuzzyQuoteMatcher.score(1, t, pre, suf, bestAt, bestAt + q.length());
            if (exactScore >= CONTEXT_TRUSTED) {
                return Optional.of(exactMatch);
            }
        }
        // The quote is there but in another context (a heading repeated elsewhere, say): an edited copy in the
        // recorded context may be the better place, so let the fuzzy matcher compete on the same score.
        FuzzyQuoteMatcher.Match fm = fuzzy.find(t, q, pre, suf, expected);
        if (fm == null || (exactMatch != null && fm.score() <= exactScore + FUZZY_MARGIN)) {
            return Optional.ofNullable(exactMatch);
        }
        return Optional.of(new Match(folded.originalStart(fm.start()), folded.originalEnd(fm.end()),
                AnchorMethod.FUZZY, fm.score()));
    }

    /** The claim overlapping {@code [start, end)} most; ties go to the shorter claim. */
    public static Optional<String> bestClaim(List<Claim> claims, int start, int end) {
        Claim best = null;
        int bestOverlap = 0;
        for (Claim c : claims) {
            int overlap = Math.min(end, c.end()) - Math.max(start, c.start());
            if (overlap > bestOverlap || (overlap == bestOverlap && overlap > 0 && best != null
                    && c.end() - c.start() < best.end() - best.start())) {
                best = c;
                bestOverlap = overlap;
            }
        }
        return Optional.ofNullable(best).map(Claim::id);
    }

    private static int commonSuffix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(a.length() - 1 - n) == b.charAt(b.length() - 1 - n)) {
            n++;
        }
        return n;
    }

    private static int commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }
}
