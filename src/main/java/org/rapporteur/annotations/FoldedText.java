package org.rapporteur.annotations;

/**
 * A text with every run of whitespace folded to one space, and the way back to the original offsets. Re-extraction
 * often changes only whitespace (line breaks, doubled spaces, paragraph gaps); matching on folded text makes such
 * changes invisible while the mapping still lands on the original characters.
 */
final class FoldedText {
    final String text;
    private final int[] start;
    private final int[] end;

    private FoldedText(String text, int[] start, int[] end) {
        this.text = text;
        this.start = start;
        this.end = end;
    }

    static FoldedText of(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        int[] st = new int[s.length() + 1];
        int[] en = new int[s.length() + 1];
        int i = 0;
        while (i < s.length()) {
            int j = i;
            if (Character.isWhitespace(s.charAt(i))) {
                while (j < s.length() && Character.isWhitespace(s.charAt(j))) {
                    j++;
                }
                st[sb.length()] = i;
                en[sb.length()] = j;
                sb.append(' ');
            } else {
                st[sb.length()] = i;
                en[sb.length()] = i + 1;
                sb.append(s.charAt(i));
                j = i + 1;
            }
            i = j;
        }
        st[sb.length()] = s.length();
        return new FoldedText(sb.toString(), st, en);
    }

    static String fold(String s) {
        return s.replaceAll("\\s+", " ");
    }

    /** Original offset of the folded character at {@code i} ({@code i == length} maps to the text's end). */
    int originalStart(int i) {
        return start[i];
    }

    /** Original offset just after the folded range ending (exclusive) at {@code i}. */
    int originalEnd(int i) {
        return i == 0 ? 0 : end[i - 1];
    }

    /** The folded index of the first character at or after original offset {@code offset}. */
    int foldedIndex(int offset) {
        int lo = 0;
        int hi = text.length();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (start[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
