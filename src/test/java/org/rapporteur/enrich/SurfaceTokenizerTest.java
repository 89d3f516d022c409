package org.rapporteur.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.rapporteur.testing.SharedData;

/**
 * The hand-written word scanner finds exactly the words the regular expression it replaced found, with the same
 * offsets, possessives and hyphen flags: on tricky strings, on random strings over an alphabet of the characters the
 * expression cares about, and on real speeches.
 */
class SurfaceTokenizerTest {
    /** The expression the scanner replaced, kept here as the oracle. */
    private static final Pattern WORD = Pattern.compile(
            "(?:\\p{Lu}\\.){2,}"
                    + "|[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*(?:['’][\\p{L}][\\p{L}\\p{M}\\p{N}]*)*");

    /** The tokenizer as it was, with the regular expression. */
    private static List<SurfaceToken> byRegex(String text) {
        List<SurfaceToken> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            String word = m.group();
            if (word.length() > 2 && (word.endsWith("'s") || word.endsWith("’s"))) {
                word = word.substring(0, word.length() - 2);
                end -= 2;
            }
            boolean before = start >= 2 && SurfaceTokenizer.isHyphen(text.charAt(start - 1))
                    && Character.isLetterOrDigit(text.charAt(start - 2));
            boolean after = m.end() + 1 < text.length() && end == m.end() && SurfaceTokenizer.isHyphen(text.charAt(end))
                    && Character.isLetterOrDigit(text.charAt(end + 1));
            out.add(new SurfaceToken(word, start, end, before, after));
        }
        return out;
    }

    @Test
    void findsWhatTheExpressionFoundInTrickyText() {
        for (String s : List.of("", "U.S.", "the U.S.S.R. and U.K", "U.S.A", "A.B.c", "Pakistan's people", "Sana'a",
                "Côte d'Ivoire", "Cote\u0301 d’Ivoire’s", "Pak-Afghan", "Indo-Pak-", "-Pak", "it's", "s's", "x'",
                "d''Ivoire", "1990s", "Ⅻ century", "½ of ²", "𝐀.𝐁. 𝐀𝐁c", "e\u0301te\u0301", "\u0301abc",
                "I.", "A.B", "'quoted' words", "rock ’n’ roll", "Tehreek-i-Taliban", "a\u2011b", "X.Y.Z.-Pak",
                "ABC's", "'s", "a's")) {
            assertEquals(byRegex(s), SurfaceTokenizer.tokenize(s), s);
        }
    }

    @Test
    void findsWhatTheExpressionFoundInRandomText() {
        String alphabet = "aBcDéE\u0301 .'’-\u2011\u20101½Ⅻ\n,s";
        int[] supplementary = {0x1D400, 0x1D41A, 0x10400, 0x1F600};
        Random random = new Random(13);
        for (int round = 0; round < 20_000; round++) {
            String s = RandomText.next(random, alphabet, supplementary, 24);
            assertEquals(byRegex(s), SurfaceTokenizer.tokenize(s), s);
        }
    }

    @Test
    void findsWhatTheExpressionFoundInRealSpeeches() throws IOException {
        List<Path> files = SharedData.speeches();
        for (int i = 0; i < files.size(); i += files.size() / 40) {
            String text = Files.readString(files.get(i), StandardCharsets.UTF_8);
            assertEquals(byRegex(text), SurfaceTokenizer.tokenize(text), files.get(i).toString());
        }
    }
}
