package org.rapporteur.structure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which passages of a text occur again, word for word, starting at or after their own end (a standfirst or a pull
 * quote that the body repeats). The answer is exactly that of {@code text.indexOf(passage, end) >= 0} for each
 * passage, but found in one pass over the text: searching the rest of the text once per passage costs passages ×
 * length, which on a book-length PDF (thousands of paragraphs, millions of characters) was most of the structure
 * stage.
 *
 * <p>How: passages with the same text share one answer, so they are grouped; each group is keyed by a rolling hash
 * of its first {@code window} characters (the shortest passage's length). The text is walked once from its end, the
 * rolling hash of every window is looked up, and a hit is confirmed character by character, so a hash collision costs
 * a comparison, never a wrong answer. Walking from the end, the first confirmed hit of a group is its last occurrence;
 * a passage recurs after its end exactly when that last occurrence starts at or after the end. Stateless.
 */
final class RepeatedPassages {
    private static final long BASE = 0x100000001b3L;

    private RepeatedPassages() {
    }

    /** One distinct passage text and where it occurs last (-1 until found). */
    private static final class Group {
        final int start;
        final int length;
        int last = -1;

        Group(int start, int length) {
            this.start = start;
            this.length = length;
        }
    }

    /**
     * @param spans passages as {@code {start, end}} offsets into {@code text}, each at least one character long
     * @return for each span, whether its text occurs again starting at or after its end
     */
    static boolean[] recurAfterEnd(String text, List<int[]> spans) {
        boolean[] out = new boolean[spans.size()];
        if (spans.isEmpty()) {
            return out;
        }
        int window = Integer.MAX_VALUE;
        for (int[] s : spans) {
            window = Math.min(window, s[1] - s[0]);
        }
        Map<String, Group> byText = new HashMap<>();
        Group[] groupOf = new Group[spans.size()];
        for (int i = 0; i < spans.size(); i++) {
            int[] s = spans.get(i);
            groupOf[i] = byText.computeIfAbsent(text.substring(s[0], s[1]), k -> new Group(s[0], s[1] - s[0]));
        }
        KeyTable table = new KeyTable(byText.size());
        long top = 1; // BASE^(window-1), to take the window's last character out of the hash
        for (int i = 1; i < window; i++) {
            top *= BASE;
        }
        for (Group g : byText.values()) {
            table.add(hash(text, g.start, window), g);
        }
        int n = text.length();
        int unresolved = byText.size();
        long h = hash(text, n - window, window);
        for (int pos = n - window; pos >= 0 && unresolved > 0; pos--) {
            if (pos < n - window) {
                h = text.charAt(pos) + BASE * (h - text.charAt(pos + window) * top);
            }
            List<Group> hits = table.get(h);
            if (hits == null) {
                continue;
            }
            for (Group g : hits) {
                if (g.last < 0 && pos + g.length <= n && text.regionMatches(pos, text, g.start, g.length)) {
                    g.last = pos;
                    unresolved--;
                }
            }
        }
        for (int i = 0; i < out.length; i++) {
            out[i] = groupOf[i].last >= spans.get(i)[1];
        }
        return out;
    }

    /** Hash of {@code text[from, from + length)}: sum of char × BASE^offset, wrapping (the rolling form above). */
    private static long hash(String text, int from, int length) {
        long h = 0;
        for (int i = from + length - 1; i >= from; i--) {
            h = text.charAt(i) + BASE * h;
        }
        return h;
    }

    /** An open-addressing table from window hash to the groups with that hash, without boxing a key per lookup. */
    private static final class KeyTable {
        private final long[] keys;
        private final List<List<Group>> values = new ArrayList<>();
        private final int[] slots;
        private final int mask;

        KeyTable(int groups) {
            int size = Integer.highestOneBit(Math.max(4, groups * 4) - 1) << 1;
            keys = new long[size];
            slots = new int[size]; // index into values + 1; 0 = empty
            mask = size - 1;
        }

        void add(long key, Group g) {
            int i = spread(key) & mask;
            while (slots[i] != 0 && keys[i] != key) {
                i = (i + 1) & mask;
            }
            if (slots[i] == 0) {
                keys[i] = key;
                values.add(new ArrayList<>(1));
                slots[i] = values.size();
            }
            values.get(slots[i] - 1).add(g);
        }

        List<Group> get(long key) {
            int i = spread(key) & mask;
            while (slots[i] != 0) {
                if (keys[i] == key) {
                    return values.get(slots[i] - 1);
                }
                i = (i + 1) & mask;
            }
            return null;
        }

        private static int spread(long key) {
            long k = key * 0x9E3779B97F4A7C15L;
            return (int) (k ^ (k >>> 32));
        }
    }
}
