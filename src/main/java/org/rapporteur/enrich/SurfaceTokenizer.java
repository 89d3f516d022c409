package org.rapporteur.enrich;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into words as written, for the gazetteer and the organisation rules, which care about capitals and
 * hyphens that a search analyzer throws away. Dotted abbreviations (U.S., D.C., U.S.S.R.) stay one word; inner
 * apostrophes stay (Côte d'Ivoire, Sana'a); a possessive 's is dropped; a hyphen splits words but is remembered.
 */
final class SurfaceTokenizer {
    private SurfaceTokenizer() {
    }

    /**
     * The words of {@code text}: what {@code (?:\p{Lu}\.){2,}|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’]\p{L}[\p{L}\p{M}\p{N}]*)*}
     * finds, scanned by hand: this runs over every claim of every report, and the regular expression was a tenth of
     * the enrichment's time. {@code SurfaceTokenizerTest} holds the expression and checks that both agree.
     */
    static List<SurfaceToken> tokenize(String text) {
        List<SurfaceToken> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int end = dottedCapitalsEnd(text, i);
            if (end < 0) {
                end = wordEnd(text, i);
            }
            if (end < 0) {
                i++;
                continue;
            }
            add(text, i, end, out);
            i = end;
        }
        return out;
    }

    private static void add(String text, int start, int matchEnd, List<SurfaceToken> out) {
        int end = matchEnd;
        String word = text.substring(start, matchEnd);
        // a possessive is not part of the name: Pakistan's -> Pakistan
        if (word.length() > 2 && (word.endsWith("'s") || word.endsWith("’s"))) {
            word = word.substring(0, word.length() - 2);
            end -= 2;
        }
        boolean before = start >= 2 && isHyphen(text.charAt(start - 1)) && Character.isLetterOrDigit(text.charAt(start - 2));
        boolean after = matchEnd + 1 < text.length() && end == matchEnd && isHyphen(text.charAt(end))
                && Character.isLetterOrDigit(text.charAt(end + 1));
        out.add(new SurfaceToken(word, start, end, before, after));
    }

    /** The end of two or more "capital, full stop" pairs from {@code i} (U.S., D.C., U.S.S.R.), or -1. */
    private static int dottedCapitalsEnd(String text, int i) {
        int p = i;
        int pairs = 0;
        while (p < text.length()) {
            int cp = text.codePointAt(p);
            int next = p + Character.charCount(cp);
            if (Character.getType(cp) != Character.UPPERCASE_LETTER || next >= text.length()
                    || text.charAt(next) != '.') {
                break;
            }
            p = next + 1;
            pairs++;
        }
        return pairs >= 2 ? p : -1;
    }

    /** The end of a word from {@code i}: a letter or digit, then letters, marks and digits, inner apostrophes; or -1. */
    private static int wordEnd(String text, int i) {
        int cp = text.codePointAt(i);
        if (!Character.isLetter(cp) && !isNumber(cp)) {
            return -1;
        }
        int p = lettersMarksDigitsEnd(text, i + Character.charCount(cp));
        while (p + 1 < text.length() && (text.charAt(p) == '\'' || text.charAt(p) == '’')) {
            int after = text.codePointAt(p + 1);
            if (!Character.isLetter(after)) {
                break;
            }
            p = lettersMarksDigitsEnd(text, p + 1 + Character.charCount(after));
        }
        return p;
    }

    private static int lettersMarksDigitsEnd(String text, int p) {
        while (p < text.length()) {
            int cp = text.codePointAt(p);
            if (!Character.isLetter(cp) && !isNumber(cp) && !isMark(cp)) {
                break;
            }
            p += Character.charCount(cp);
        }
        return p;
    }

    /** {@code \p{N}}: decimal digits, letter numbers (Roman numerals) and other numbers (superscripts, fractions). */
    private static boolean isNumber(int cp) {
        int t = Character.getType(cp);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
    }

    /** {@code \p{M}}: combining marks (a decomposed accent). */
    private static boolean isMark(int cp) {
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK || t == Character.COMBINING_SPACING_MARK;
    }

    static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }
}
