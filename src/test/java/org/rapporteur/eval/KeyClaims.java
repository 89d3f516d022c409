package org.rapporteur.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.rapporteur.model.Claim;

/**
 * Which claims of a report a key quote stands for. The claim whose text contains the quote (whitespace, typographic
 * quotes and dashes normalised; failing that, compared without spaces, for words the reader joined); when the quote runs over a claim boundary, every claim it overlaps: one that ends
 * with the quote's first words, one that starts with its last words, and any lying wholly inside it. An empty set
 * means the quote resolved to no claim (reported, and a miss in every mode).
 */
public final class KeyClaims {
    /** Words a claim must share with the quote at a boundary before it counts as overlapping. */
    static final int MIN_BOUNDARY_WORDS = 3;

    private KeyClaims() {
    }

    /** The ids of the claims the quote stands for, in the claims' order. */
    public static Set<String> of(String quote, List<Claim> claims) {
        String q = norm(quote);
        Set<String> containing = new LinkedHashSet<>();
        for (Claim c : claims) {
            if (norm(c.text()).contains(q)) {
                containing.add(c.id());
            }
        }
        if (!containing.isEmpty()) {
            return containing;
        }
        String joined = q.replace(" ", ""); // a line-end hyphen the reader joined ("MRND-\nCDR" read as "MRND-CDR")
        for (Claim c : claims) {
            if (norm(c.text()).replace(" ", "").contains(joined)) {
                containing.add(c.id());
            }
        }
        if (!containing.isEmpty()) {
            return containing;
        }
        String[] qw = q.split(" ");
        Set<String> overlapping = new LinkedHashSet<>();
        for (Claim c : claims) {
            String n = norm(c.text());
            if (!n.isEmpty() && (q.contains(n) || endsWithStartOf(n, qw) || startsWithEndOf(n, qw))) {
                overlapping.add(c.id());
            }
        }
        return overlapping;
    }

    /** The claim ends with the quote's first k words, for some k ≥ MIN_BOUNDARY_WORDS. */
    private static boolean endsWithStartOf(String claim, String[] quoteWords) {
        for (int k = quoteWords.length - 1; k >= MIN_BOUNDARY_WORDS; k--) {
            if (claim.endsWith(String.join(" ", Arrays.copyOfRange(quoteWords, 0, k)))) {
                return true;
            }
        }
        return false;
    }

    /** The claim starts with the quote's last k words, for some k ≥ MIN_BOUNDARY_WORDS. */
    private static boolean startsWithEndOf(String claim, String[] quoteWords) {
        for (int k = quoteWords.length - 1; k >= MIN_BOUNDARY_WORDS; k--) {
            if (claim.startsWith(String.join(" ", Arrays.copyOfRange(quoteWords, quoteWords.length - k, quoteWords.length)))) {
                return true;
            }
        }
        return false;
    }

    /** Text compared as score.py compares it: NFKC, straight quotes and hyphens, no asterisks, spaces collapsed. */
    static String norm(String s) {
        String t = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC)
                .replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"').replace('\u201d', '"')
                .replace('\u2013', '-').replace('\u2014', '-').replace("*", "");
        return t.replaceAll("(?U)\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    /** For messages: the first words of a text. */
    static String head(String text, int words) {
        List<String> w = new ArrayList<>(Arrays.asList(norm(text).split(" ")));
        return w.size() <= words ? String.join(" ", w) : String.join(" ", w.subList(0, words)) + " …";
    }
}
