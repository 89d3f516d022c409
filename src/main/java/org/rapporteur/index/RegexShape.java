package org.rapporteur.index;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Measures a regular expression before Lucene compiles it: how deep its groups nest and how large the automaton its
 * repeats spell out would be. Lucene's parser recurses per group and copies a repeated part once per repetition, so
 * {@code /a{99999999}/} runs out of memory after minutes and 5,000 nested groups overflow the stack; both are refused
 * here in microseconds. The size is an upper estimate: every character, class or quoted string counts one, a group
 * counts its content, and {@code {n,m}} multiplies what it repeats by its largest count.
 */
final class RegexShape {
    /** What went wrong and where, as an offset into the regular expression's body. */
    record Problem(int offset, String message) {
    }

    private RegexShape() {
    }

    /** The first problem of {@code body} against the limits, or null. */
    static Problem check(String body, int maxDepth, long maxSize) {
        Deque<long[]> groups = new ArrayDeque<>(); // per open group: {size so far, size of its last item}
        long[] current = {0, 0};
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            switch (c) {
                case '\\' -> {
                    item(current, 1);
                    i += 2;
                    continue;
                }
                case '[' -> {
                    i = closing(body, i, ']');
                    item(current, 1);
                }
                case '"' -> {
                    int end = closing(body, i, '"');
                    item(current, Math.max(1, end - i - 1));
                    i = end;
                }
                case '<' -> {
                    int end = closing(body, i, '>');
                    item(current, 10L * Math.max(1, end - i)); // a numeric interval spells out its digits
                    i = end;
                }
                case '(' -> {
                    if (groups.size() >= maxDepth) {
                        return new Problem(i, "the regular expression nests its groups too deep; the limit is "
                                + maxDepth + " levels");
                    }
                    groups.push(current);
                    current = new long[] {0, 0};
                }
                case ')' -> {
                    if (!groups.isEmpty()) {
                        long size = Math.max(1, current[0]);
                        current = groups.pop();
                        item(current, size);
                    }
                }
                case '{' -> {
                    int end = closing(body, i, '}');
                    long times = largestCount(body.substring(i + 1, Math.max(i + 1, end)));
                    // the repeated item is already counted once
                    current[0] = saturatedAdd(current[0], saturatedMultiply(current[1], times - 1));
                    current[1] = saturatedMultiply(current[1], times);
                    if (total(groups, current) > maxSize) {
                        return new Problem(i, "the regular expression's repeats spell out more than "
                                + QueryLimits.number(maxSize) + " characters; use smaller repeat counts");
                    }
                    i = end;
                }
                case '|', '&', '~', '*', '+', '?' -> {
                    // operators: they add no characters of their own
                }
                default -> item(current, 1);
            }
            i++;
        }
        if (total(groups, current) > maxSize) {
            return new Problem(0, "the regular expression spells out more than " + QueryLimits.number(maxSize)
                    + " characters");
        }
        return null;
    }

    private static void item(long[] frame, long size) {
        frame[0] = saturatedAdd(frame[0], size);
        frame[1] = size;
    }

    private static long total(Deque<long[]> groups, long[] current) {
        long sum = current[0];
        for (long[] g : groups) {
            sum = saturatedAdd(sum, g[0]);
        }
        return sum;
    }

    /** Index of the closing character (or the last index when there is none), honouring backslash escapes. */
    private static int closing(String s, int open, char close) {
        for (int j = open + 1; j < s.length(); j++) {
            char c = s.charAt(j);
            if (c == '\\') {
                j++;
            } else if (c == close) {
                return j;
            }
        }
        return s.length() - 1;
    }

    /** {n} → n, {n,m} → max(n, m), {n,} → n + 1 (the open end adds a loop, not copies). */
    private static long largestCount(String counts) {
        long max = 1;
        boolean open = counts.endsWith(",");
        for (String part : counts.split(",")) {
            String digits = part.strip();
            if (!digits.isEmpty() && digits.chars().allMatch(Character::isDigit)) {
                max = Math.max(max, digits.length() > 12 ? Long.MAX_VALUE / 4 : Long.parseLong(digits));
            }
        }
        return open ? saturatedAdd(max, 1) : max;
    }

    private static long saturatedAdd(long a, long b) {
        long r = a + b;
        return r < 0 || r > Long.MAX_VALUE / 4 ? Long.MAX_VALUE / 4 : r;
    }

    private static long saturatedMultiply(long a, long b) {
        if (a == 0 || b == 0) {
            return 0;
        }
        return a > (Long.MAX_VALUE / 4) / b ? Long.MAX_VALUE / 4 : a * b;
    }
}
