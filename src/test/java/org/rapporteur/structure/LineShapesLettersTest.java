package org.rapporteur.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LineShapesLettersTest {
    @Test
    void keepsLettersAndNumbersOfEveryScriptInLowerCase() {
        assertEquals("thedynamicsofpakistanafghanistan", LineShapes.letters("THE DYNAMICS OF PAKISTAN- AFGHANISTAN"));
        assertEquals("école2024½ⅻ", LineShapes.letters("École, 2024 — ½ Ⅻ!"));
        assertEquals("𝐀𝐛", LineShapes.letters("𝐀 𝐛?")); // letters outside the basic plane stay whole
    }

    @Test
    void agreesWithTheRegularExpressionItReplacesOnRandomText() {
        Random random = new Random(7);
        char[] pool = "aZ09 -–_.,;:!?'’\"()ÉéßİıΣσЖж中文٣½Ⅻ\u00a0\t\n\ud835\udc00\ud800\u0301".toCharArray();
        for (int i = 0; i < 2000; i++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(30);
            for (int k = 0; k < n; k++) {
                b.append(pool[random.nextInt(pool.length)]);
            }
            String s = b.toString();
            assertEquals(s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", ""), LineShapes.letters(s), s);
        }
    }
}
