package org.rapporteur.structure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RepeatedPassagesTest {
    private static final String STANDFIRST = "Water sharing across the basin will fail unless the upstream states agree "
            + "on a common data platform before the next monsoon season.";

    @Test
    void aStandfirstTheBodyRepeatsLaterRecursAndTheRepeatItselfDoesNot() {
        String body = "The panel opened with a review of the treaty.\n\n" + STANDFIRST + "\n\nSpeakers disagreed.";
        String text = STANDFIRST + "\n\n" + body;
        int second = text.lastIndexOf(STANDFIRST);
        boolean[] r = RepeatedPassages.recurAfterEnd(text, List.of(
                new int[] {0, STANDFIRST.length()},
                new int[] {second, second + STANDFIRST.length()}));
        assertArrayEquals(new boolean[] {true, false}, r);
    }

    @Test
    void aPassageThatOnlyOccursBeforeDoesNotRecurAfterItsEnd() {
        String text = STANDFIRST + " Then something else entirely is said here. " + STANDFIRST.toUpperCase(Locale.ROOT);
        boolean[] r = RepeatedPassages.recurAfterEnd(text, List.of(new int[] {0, STANDFIRST.length()}));
        assertArrayEquals(new boolean[] {false}, r);
    }

    @Test
    void anOverlappingRepeatStartingAtTheEndCounts() {
        String text = "abababab";
        // "abab" at 0..4 occurs again at 4; "ababa" at 0..5 occurs at 2 only (before its end)
        boolean[] r = RepeatedPassages.recurAfterEnd(text, List.of(new int[] {0, 4}, new int[] {0, 5}));
        assertArrayEquals(new boolean[] {true, false}, r);
    }

    @Test
    void agreesWithSearchingTheRestOfTheTextOnRandomTexts() {
        Random random = new Random(13);
        for (int round = 0; round < 300; round++) {
            StringBuilder b = new StringBuilder();
            String[] chunks = {"ab", "ba", "aab", "x", "abc", "\n"};
            int pieces = 5 + random.nextInt(200);
            for (int i = 0; i < pieces; i++) {
                b.append(chunks[random.nextInt(chunks.length)]);
            }
            String text = b.toString();
            List<int[]> spans = new ArrayList<>();
            int min = 1 + random.nextInt(6);
            for (int k = 0; k < 20 && text.length() > min; k++) {
                int start = random.nextInt(text.length() - min + 1);
                int end = start + min + random.nextInt(Math.min(12, text.length() - start - min + 1));
                spans.add(new int[] {start, end});
            }
            boolean[] fast = RepeatedPassages.recurAfterEnd(text, spans);
            for (int k = 0; k < spans.size(); k++) {
                int[] s = spans.get(k);
                boolean naive = text.indexOf(text.substring(s[0], s[1]), s[1]) >= 0;
                assertEquals(naive, fast[k], () -> "text " + text + " span " + s[0] + ".." + s[1]);
            }
        }
    }
}
