package org.rapporteur.ui.reader;

/**
 * Word boundaries in a row of reader text, for selections that snap to whole words. A word is a run of letters and
 * digits, with hyphens and apostrophes between two of them ({@code non-state}, {@code Pakistan's}), so snapping never
 * cuts one in half; punctuation, spaces and quote marks around a word ({@code 'Chatham}) are not words and are never
 * swallowed by a snap. Offsets are {@code 0..text.length()}; pure functions.
 */
final class WordBounds {
    private WordBounds() {
    }

    /** Whether character {@code i} belongs to a word: a letter or digit, or a joiner between two of them. */
    static boolean wordChar(String text, int i) {
        char c = text.charAt(i);
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        boolean joiner = c == '-' || c == '\'' || c == '\u2019' || c == '\u2010' || c == '\u2011';
        return joiner && i > 0 && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i - 1))
                && Character.isLetterOrDigit(text.charAt(i + 1));
    }

    /** {@code at} moved back to the start of the word it falls inside; unchanged when it is not inside a word. */
    static int startOfWord(String text, int at) {
        int i = Math.max(0, Math.min(text.length(), at));
        if (i == 0 || i == text.length() || !wordChar(text, i) || !wordChar(text, i - 1)) {
            return i;
        }
        return wordStartAround(text, i);
    }

    /** {@code at} moved on to the end of the word it falls inside; unchanged when it is not inside a word. */
    static int endOfWord(String text, int at) {
        int i = Math.max(0, Math.min(text.length(), at));
        if (i == 0 || i == text.length() || !wordChar(text, i) || !wordChar(text, i - 1)) {
            return i;
        }
        return wordEndAround(text, i);
    }

    /** The start of the word touching {@code at} (the word before it when {@code at} is at its end). */
    static int wordStartAround(String text, int at) {
        int s = Math.max(0, Math.min(text.length(), at));
        while (s > 0 && wordChar(text, s - 1)) {
            s--;
        }
        return s;
    }

    /** The end of the word touching {@code at} (the word after it when {@code at} is at its start). */
    static int wordEndAround(String text, int at) {
        int e = Math.max(0, Math.min(text.length(), at));
        while (e < text.length() && wordChar(text, e)) {
            e++;
        }
        return e;
    }

    /** The end of the next word after {@code at} (skipping what is not a word), or the text's end. */
    static int nextWordEnd(String text, int at) {
        int i = Math.max(0, Math.min(text.length(), at));
        while (i < text.length() && !wordChar(text, i)) {
            i++;
        }
        return wordEndAround(text, i);
    }

    /** The start of the word before {@code at} (skipping what is not a word), or 0. */
    static int previousWordStart(String text, int at) {
        int i = Math.max(0, Math.min(text.length(), at));
        while (i > 0 && !wordChar(text, i - 1)) {
            i--;
        }
        return wordStartAround(text, i);
    }
}
