package org.rapporteur.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds acronym definitions, {@code National Counter Terrorism Authority (NACTA)}, with the Schwartz-Hearst algorithm
 * (Schwartz &amp; Hearst, "A simple algorithm for identifying abbreviation definitions in biomedical text", 2003):
 * the acronym's letters are matched right to left against the words before the parenthesis, the first letter at the
 * start of a word. The reverse order, {@code TIR (Transports Internationaux Routiers)}, is found too. Stateless.
 */
public final class AcronymExtractor {
    /** An acronym: 2-10 characters, a capital first, at least two capitals, optionally a plural s ("SDGs"). */
    static final Pattern ACRONYM = Pattern.compile("\\p{Lu}[\\p{Lu}\\p{N}&-]*\\p{Lu}[\\p{Lu}\\p{N}]*s?|\\p{Lu}\\p{Ll}?\\p{Lu}+s?");
    private static final Pattern PAREN = Pattern.compile("\\(([^()\\n]{1,80})\\)");

    private AcronymExtractor() {
    }

    public static boolean isAcronym(String s) {
        return s.length() >= 2 && s.length() <= 10 && twoCapitalsFirstOne(s) && ACRONYM.matcher(s).matches();
    }

    /**
     * What both branches of {@link #ACRONYM} need: a capital first and another one after it. Every capitalised word of
     * every claim is asked whether it is an acronym, and almost none has a second capital, so this answers most of
     * them without the regular expression.
     */
    private static boolean twoCapitalsFirstOne(String s) {
        int first = s.codePointAt(0);
        if (Character.getType(first) != Character.UPPERCASE_LETTER) {
            return false;
        }
        for (int k = Character.charCount(first); k < s.length(); ) {
            int cp = s.codePointAt(k);
            if (Character.getType(cp) == Character.UPPERCASE_LETTER) {
                return true;
            }
            k += Character.charCount(cp);
        }
        return false;
    }

    /** Definitions in {@code text}, in order. */
    public static List<AcronymDefinition> definitionsIn(String text) {
        List<AcronymDefinition> out = new ArrayList<>();
        Matcher m = PAREN.matcher(text);
        while (m.find()) {
            String inside = m.group(1).strip();
            if (isAcronym(inside)) {
                String window = windowBefore(text, m.start(), inside);
                String longForm = bestLongForm(inside, window);
                if (longForm != null) {
                    int s = text.lastIndexOf(longForm, m.start());
                    out.add(new AcronymDefinition(inside, longForm, Math.max(0, s), m.end()));
                }
            } else if (inside.contains(" ")) {
                // ACRONYM (long form)
                int e = m.start();
                while (e > 0 && text.charAt(e - 1) == ' ') {
                    e--;
                }
                int s = e;
                while (s > 0 && !Character.isWhitespace(text.charAt(s - 1)) && text.charAt(s - 1) != '(') {
                    s--;
                }
                String before = text.substring(s, e);
                if (isAcronym(before) && bestLongForm(before, inside) != null
                        && bestLongForm(before, inside).equals(inside)) {
                    out.add(new AcronymDefinition(before, inside, s, m.end()));
                }
            }
        }
        return out;
    }

    /** Up to min(|A| + 5, 2|A|) words before the parenthesis, on the same line. */
    private static String windowBefore(String text, int paren, String acronym) {
        int letters = (int) acronym.chars().filter(Character::isLetterOrDigit).count();
        int maxWords = Math.min(letters + 5, letters * 2);
        int lineStart = text.lastIndexOf('\n', paren - 1) + 1;
        String line = text.substring(lineStart, paren).stripTrailing();
        String[] words = line.split("\\s+");
        int from = Math.max(0, words.length - maxWords);
        return String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length));
    }

    private static final java.util.Set<String> SMALL_WORDS = java.util.Set.of("of", "and", "the", "for", "in", "on",
            "i", "e", "ul", "al", "de", "du", "la", "&", "to");

    /**
     * The long form of {@code acronym} at the end of {@code window}: first the fewest last words whose initials spell
     * it exactly (skipping small words: "Pakistan Peoples Party", "Tehreek-i-Taliban Pakistan"), else Schwartz-Hearst.
     */
    static String bestLongForm(String acronym, String window) {
        String byInitials = byInitials(acronym, window);
        return byInitials != null ? byInitials : schwartzHearst(acronym, window);
    }

    private static String byInitials(String acronym, String window) {
        String letters = acronym.replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(Locale.ROOT);
        if (letters.endsWith("s") && Character.isUpperCase(acronym.charAt(Math.max(0, acronym.length() - 2)))
                && acronym.endsWith("s")) {
            letters = letters.substring(0, letters.length() - 1);
        }
        Matcher w = Pattern.compile("[^\\s-]+").matcher(window);
        List<int[]> words = new ArrayList<>();
        while (w.find()) {
            words.add(new int[] {w.start(), w.end()});
        }
        for (int n = 1; n <= words.size(); n++) {
            StringBuilder initials = new StringBuilder();
            for (int k = words.size() - n; k < words.size(); k++) {
                String word = window.substring(words.get(k)[0], words.get(k)[1]).replaceAll("^[\"'“‘(\\[*]+", "");
                if (word.isEmpty() || SMALL_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                    continue;
                }
                initials.append(Character.toLowerCase(word.charAt(0)));
            }
            String first = window.substring(words.get(words.size() - n)[0], words.get(words.size() - n)[1]);
            if (initials.toString().equals(letters) && !SMALL_WORDS.contains(first.toLowerCase(Locale.ROOT))) {
                String longForm = window.substring(words.get(words.size() - n)[0]).strip();
                return longForm.replaceAll("^[\"'“‘(\\[*]+|[\"'”’)\\]*,;:]+$", "").strip();
            }
            if (initials.length() > letters.length()) {
                break;
            }
        }
        return null;
    }

    /** Schwartz-Hearst: the shortest tail of {@code window} whose words spell the acronym, or null. */
    private static String schwartzHearst(String acronym, String window) {
        String shortForm = acronym.endsWith("s") && acronym.length() > 2
                && Character.isUpperCase(acronym.charAt(acronym.length() - 2))
                ? acronym.substring(0, acronym.length() - 1) : acronym;
        String s = shortForm.toLowerCase(Locale.ROOT);
        String l = window.toLowerCase(Locale.ROOT);
        int si = s.length() - 1;
        int li = l.length() - 1;
        while (si >= 0) {
            char c = s.charAt(si);
            if (!Character.isLetterOrDigit(c)) {
                si--;
                continue;
            }
            while (li >= 0 && (l.charAt(li) != c || (si == 0 && li > 0 && Character.isLetterOrDigit(l.charAt(li - 1))))) {
                li--;
            }
            if (li < 0) {
                return null;
            }
            li--;
            si--;
        }
        int start = Math.max(0, l.lastIndexOf(' ', li) + 1);
        String longForm = window.substring(start).strip();
        longForm = longForm.replaceAll("^[\"'“‘(\\[*]+|[\"'”’)\\]*,;:]+$", "").strip();
        if (longForm.length() <= shortForm.length() || !longForm.contains(" ") && !longForm.contains("-")) {
            return null;
        }
        if (Character.toLowerCase(longForm.charAt(0)) != s.charAt(0)) {
            return null;
        }
        return longForm;
    }
}
