package org.rapporteur.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a stretch of prose into sentences, as spans of the original text. Survives the abbreviations of the genre
 * (U.S., Lt. Gen., Dr., H.E., No. 5, e.g., etc.), initials (A. B. Khan), decimals, and closing quotes, brackets or
 * superscript footnote marks after the full stop. A boundary needs a terminal mark, whitespace, and a capital, digit or opening quote next.
 * Stateless and thread-safe.
 */
final class SentenceSplitter {
    /** Abbreviations after which a full stop never ends a sentence (titles, ranks, "No." before a number). */
    private static final Set<String> NEVER = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "maj", "brig", "capt", "cdr",
            "cmdr", "adm", "amb", "st", "sr", "jr", "hon", "engr", "rev", "no", "nos", "vs", "v", "viz", "cf", "fig",
            "figs", "pp", "p", "vol", "art", "para", "sec", "approx", "ca", "e.g", "i.e", "eg", "ie", "et al", "al",
            "h.e", "mt", "ft", "dept", "univ", "jan", "feb", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "ph.d",
            "op", "ed", "eds", "govt", "asst", "assoc", "est", "inc", "ltd", "co", "corp", "bros");
    /** Words that may start a sentence after a dotted acronym such as "U.S." (otherwise the acronym is mid-sentence). */
    private static final Set<String> SENTENCE_STARTERS = Set.of(
            "the", "this", "that", "these", "those", "it", "its", "in", "on", "at", "he", "she", "they", "we", "i",
            "a", "an", "however", "but", "and", "moreover", "furthermore", "there", "his", "her", "their", "our",
            "as", "while", "when", "if", "although", "since", "after", "before", "for", "to", "with", "such",
            "both", "many", "some", "most", "all", "several", "yet", "also", "thus", "hence", "therefore", "meanwhile",
            "similarly", "additionally", "instead", "despite", "during", "one", "no", "not", "what", "how", "why");

    private SentenceSplitter() {
    }

    /** Sentence spans {@code [s, e)} in {@code text} within {@code [from, to)}, trimmed of surrounding whitespace. */
    static List<int[]> split(String text, int from, int to) {
        List<int[]> out = new ArrayList<>();
        int sentStart = skipSpace(text, from, to);
        int i = sentStart;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '…') {
                int markEnd = i + 1;
                while (markEnd < to && (text.charAt(markEnd) == '.' || text.charAt(markEnd) == '!'
                        || text.charAt(markEnd) == '?')) {
                    markEnd++;
                }
                int closeEnd = markEnd;
                while (closeEnd < to && isCloser(text.charAt(closeEnd))) {
                    closeEnd++;
                }
                if (isBoundary(text, sentStart, i, markEnd, closeEnd, to)) {
                    addTrimmed(out, text, sentStart, closeEnd);
                    sentStart = skipSpace(text, closeEnd, to);
                    i = sentStart;
                    continue;
                }
                i = closeEnd;
                continue;
            }
            i++;
        }
        if (sentStart < to) {
            addTrimmed(out, text, sentStart, to);
        }
        return out;
    }

    private static boolean isBoundary(String text, int sentStart, int mark, int markEnd, int closeEnd, int to) {
        if (closeEnd >= to) {
            return true;
        }
        if (!Paragraph.isSpace(text.charAt(closeEnd))) {
            return false; // decimals, "U.S.-led", "e.g.," and the like
        }
        int next = skipSpace(text, closeEnd, to);
        if (next >= to) {
            return true;
        }
        char n = text.charAt(next);
        boolean opener = n == '"' || n == '“' || n == '‘' || n == '\'' || n == '(' || n == '[' || n == '«';
        if (!(Character.isUpperCase(n) || Character.isDigit(n) || opener || n == '•')) {
            return false;
        }
        if (text.charAt(mark) != '.' || markEnd - mark > 1) {
            return text.charAt(mark) != '.' || markEnd - mark < 3 || Character.isUpperCase(n);
        }
        String word = wordBefore(text, sentStart, mark);
        if (word.isEmpty()) {
            return true;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (NEVER.contains(lower)) {
            return false;
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return false; // an initial: "A. B. Khan", "Marvin G. Weinbaum"
        }
        if (word.matches("(\\p{L}\\.)+\\p{L}")) {
            // a dotted acronym (U.S., H.E., D.C.) ends a sentence only when a usual sentence opener follows
            String following = wordAfter(text, next, to).toLowerCase(Locale.ROOT);
            return SENTENCE_STARTERS.contains(following);
        }
        return true;
    }

    private static String wordBefore(String text, int floor, int mark) {
        int s = mark;
        while (s > floor && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '.')) {
            s--;
        }
        return text.substring(s, mark);
    }

    private static String wordAfter(String text, int from, int to) {
        int s = from;
        while (s < to && !Character.isLetter(text.charAt(s))) {
            s++;
        }
        int e = s;
        while (e < to && Character.isLetter(text.charAt(e))) {
            e++;
        }
        return text.substring(s, e);
    }

    /** Closing quotes and brackets, and footnote marks set as superscript digits (a PDF's "treaty.¹"). */
    private static boolean isCloser(char c) {
        return c == '"' || c == '”' || c == '’' || c == '\'' || c == ')' || c == ']' || c == '»'
                || c == '¹' || c == '²' || c == '³' || c >= '⁰' && c <= '⁹';
    }

    private static int skipSpace(String text, int from, int to) {
        int i = from;
        while (i < to && Paragraph.isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static void addTrimmed(List<int[]> out, String text, int s, int e) {
        int[] span = Paragraph.trimmed(text, s, e);
        if (span[1] > span[0] && hasLetterOrDigit(text, span[0], span[1])) {
            out.add(span);
        }
    }

    private static boolean hasLetterOrDigit(String text, int a, int b) {
        for (int i = a; i < b; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
