package org.rapporteur.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into words as written, for the gazetteer and the organisation rules, which care about capitals and
 * hyphens that a search analyzer throws away. Dotted abbreviations (U.S., D.C., U.S.S.R.) stay one word; inner
 * apostrophes stay (Côte d'Ivoire, Sana'a); a possessive 's is dropped; a hyphen splits words but is remembered.
 */
final class SurfaceTokenizer {
    private static final Pattern WORD = Pattern.compile(
            "(?:\\p{Lu}\\.){2,}"                                  // U.S., U.K., D.C., U.S.S.R.
                    + "|[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*(?:['’][\\p{L}][\\p{L}\\p{M}\\p{N}]*)*");

    private SurfaceTokenizer() {
    }

    static List<SurfaceToken> tokenize(String text) {
        List<SurfaceToken> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            String word = m.group();
            // a possessive is not part of the name: Pakistan's -> Pakistan
            if (word.length() > 2 && (word.endsWith("'s") || word.endsWith("’s"))) {
                word = word.substring(0, word.length() - 2);
                end -= 2;
            }
            boolean before = start >= 2 && isHyphen(text.charAt(start - 1)) && Character.isLetterOrDigit(text.charAt(start - 2));
            boolean after = m.end() + 1 < text.length() && end == m.end() && isHyphen(text.charAt(end))
                    && Character.isLetterOrDigit(text.charAt(end + 1));
            out.add(new SurfaceToken(word, start, end, before, after));
        }
        return out;
    }

    static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }
}
