package org.rapporteur.annotations;

import java.util.ArrayList;
import java.util.List;

import org.rapporteur.model.EditDistance;

/**
 * Approximate search of a quote in a text (Sellers' algorithm: edit distance of the quote against the best-matching
 * substring), scored on the quote and its context. To stay fast on long texts it only searches windows around
 * seeds: places where a chunk of the quote occurs exactly, plus the expected position; only a small text is scanned
 * whole when no seed is found.
 *
 * <p>Score = 0.7 × quote similarity + 0.15 × prefix similarity + 0.15 × suffix similarity, each similarity being
 * 1 − (edit distance ÷ length). A match is accepted when the quote similarity is at least
 * {@value #MIN_QUOTE_SIMILARITY} and the score at least {@value #MIN_SCORE} (for quotes shorter than
 * {@value #SHORT_QUOTE} characters, {@value #MIN_SHORT_SCORE}, since a few letters match too much by chance).
 * Both thresholds were chosen so that a changed word or two in a sentence still anchors while a different sentence
 * sharing the topic does not.
 */
final class FuzzyQuoteMatcher {
    static final double MIN_QUOTE_SIMILARITY = 0.75;
    static final double MIN_SCORE = 0.70;
    static final double MIN_SHORT_SCORE = 0.80;
    static final int SHORT_QUOTE = 16;
    /** Above this many DP cells a whole-text scan is not attempted without a seed. */
    private static final long MAX_FULL_SCAN_CELLS = 30_000_000L;

    record Match(int start, int end, double quoteSimilarity, double score) {
    }

    /**
     * The best fuzzy match of {@code quote} (with its context) in {@code text}, all folded, near {@code expected}
     * (a folded offset), or null when nothing passes the thresholds.
     */
    Match find(String text, String quote, String prefix, String suffix, int expected) {
        int m = quote.length();
        if (m == 0 || text.isEmpty()) {
            return null;
        }
        int maxDist = (int) Math.floor(m * (1 - MIN_QUOTE_SIMILARITY));
        List<int[]> windows = windows(text, quote, expected, maxDist);
        Match best = null;
        for (int[] w : windows) {
            Match cand = search(text, quote, prefix, suffix, w[0], w[1], maxDist, expected);
            if (cand != null && (best == null || cand.score() > best.score())) {
                best = cand;
            }
        }
        return best;
    }

    private List<int[]> windows(String text, String quote, int expected, int maxDist) {
        int m = quote.length();
        int n = text.length();
        List<Integer> seeds = new ArrayList<>();
        int chunk = Math.max(6, Math.min(32, m / 4));
        if (chunk < m) {
            for (int off : new int[]{0, m / 4, m / 2, (3 * m) / 4, m - chunk}) {
                if (off < 0 || off + chunk > m) {
                    continue;
                }
                String piece = quote.substring(off, off + chunk);
                int found = 0;
                for (int at = text.indexOf(piece); at >= 0 && found < 20; at = text.indexOf(piece, at + 1)) {
                    seeds.add(at - off);
                    found++;
                }
            }
        }
        List<int[]> raw = new ArrayList<>();
        int slack = maxDist + 8;
        if (seeds.isEmpty() && (long) m * n <= MAX_FULL_SCAN_CELLS) {
            raw.add(new int[]{0, n});
        } else {
            seeds.add(expected);
            for (int s : seeds) {
                raw.add(new int[]{Math.max(0, s - slack), Math.min(n, s + m + slack)});
            }
        }
        raw.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] w : raw) {
            if (!merged.isEmpty() && w[0] <= merged.getLast()[1]) {
                merged.getLast()[1] = Math.max(merged.getLast()[1], w[1]);
            } else {
                merged.add(w.clone());
            }
        }
        return merged;
    }

    private Match search(String t, String p, String prefix, String suffix, int from, int to, int maxDist,
                         int expected) {
        int m = p.length();
        int[] prevCost = new int[m + 1];
        int[] prevStart = new int[m + 1];
        int[] curCost = new int[m + 1];
        int[] curStart = new int[m + 1];
        for (int i = 0; i <= m; i++) {
            prevCost[i] = i;
            prevStart[i] = from;
        }
        Match best = null;
        int lastCost = Integer.MAX_VALUE;
        for (int j = from; j < to; j++) {
            char c = t.charAt(j);
            curCost[0] = 0;
            curStart[0] = j + 1;
            for (int i = 1; i <= m; i++) {
                int cost = prevCost[i - 1] + (p.charAt(i - 1) == c ? 0 : 1);
                int st = prevStart[i - 1];
                if (prevCost[i] + 1 < cost) {
                    cost = prevCost[i] + 1;
                    st = prevStart[i];
                }
                if (curCost[i - 1] + 1 < cost) {
                    cost = curCost[i - 1] + 1;
                    st = curStart[i - 1];
                }
                curCost[i] = cost;
                curStart[i] = st;
            }
            int d = curCost[m];
            // Score every end position within the distance budget; context decides between near-equal ones.
            if (d <= maxDist && d <= lastCost + 1) {
                Match cand = score(t, p, prefix, suffix, curStart[m], j + 1, d, expected);
                if (cand != null && (best == null || cand.score() > best.score())) {
                    best = cand;
                }
            }
            lastCost = d;
            int[] tc = prevCost;
            prevCost = curCost;
            curCost = tc;
            int[] ts = prevStart;
            prevStart = curStart;
            curStart = ts;
        }
        return best;
    }

    private Match score(String t, String p, String prefix, String suffix, int s, int e, int dist, int expected) {
        if (e <= s) {
            return null;
        }
        double quoteSim = 1 - (double) dist / p.length();
        // A hair of distance penalty only breaks ties between equally good places.
        double score = score(quoteSim, t, prefix, suffix, s, e) - 1e-9 * Math.abs(s - expected);
        double min = p.length() < SHORT_QUOTE ? MIN_SHORT_SCORE : MIN_SCORE;
        if (quoteSim < MIN_QUOTE_SIMILARITY || score < min) {
            return null;
        }
        return new Match(s, e, quoteSim, score);
    }

    /** The combined score of a match {@code [s, e)} of folded text {@code t} with quote similarity {@code quoteSim}. */
    static double score(double quoteSim, String t, String prefix, String suffix, int s, int e) {
        double pre = contextSimilarity(prefix, t.substring(Math.max(0, s - prefix.length()), s), s == 0);
        double suf = contextSimilarity(suffix, t.substring(e, Math.min(t.length(), e + suffix.length())),
                e == t.length());
        return 0.7 * quoteSim + 0.15 * pre + 0.15 * suf;
    }

    private static double contextSimilarity(String stored, String actual, boolean atTextEdge) {
        if (stored.isEmpty()) {
            return atTextEdge ? 1 : 0.5;
        }
        return similarity(stored, actual);
    }

    /** 1 − normalised Levenshtein distance. */
    static double similarity(String a, String b) {
        int max = Math.max(a.length(), b.length());
        return max == 0 ? 1 : 1 - (double) EditDistance.levenshtein(a, b) / max;
    }
}
