package org.rapporteur.enrich;

import java.util.Random;

/** Short random strings over a chosen alphabet, now and then with a supplementary code point, for scanner checks. */
final class RandomText {
    private RandomText() {
    }

    /**
     * A string of up to {@code maxLength - 1} characters of {@code alphabet}, one in twenty of them replaced by a code
     * point of {@code supplementary} (two chars).
     */
    static String next(Random random, String alphabet, int[] supplementary, int maxLength) {
        StringBuilder sb = new StringBuilder();
        int len = random.nextInt(maxLength);
        for (int k = 0; k < len; k++) {
            if (random.nextInt(20) == 0) {
                sb.appendCodePoint(supplementary[random.nextInt(supplementary.length)]);
            } else {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
        }
        return sb.toString();
    }
}
