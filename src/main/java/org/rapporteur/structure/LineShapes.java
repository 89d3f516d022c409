package org.rapporteur.structure;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shape tests on single lines: bullets, numbered items, headings, session and institutional titles, time slots,
 * dates. The rules are about the genre's layout, never about one publisher. Stateless and thread-safe.
 */
final class LineShapes {
    static final Pattern BULLET = Pattern.compile("^([-•*–▪●◦·‣○■□➢➤✓]|o(?=\\s))\\s+");
    static final Pattern NUMBERED = Pattern.compile("^(\\d{1,3}[.)]|\\(\\d{1,3}\\)|\\(?[a-h][.)]|\\(?[ivx]{1,5}[.)])\\s+");
    static final Pattern TIME_SLOT = Pattern.compile(
            "^\\d{3,4}\\s*(hrs)?\\s*[-–]\\s*\\d{3,4}\\s*hrs|^\\d{3,4}\\s*hrs\\b|^\\d{1,2}[:.]\\d{2}\\s*([ap]\\.?m\\.?)?\\s*[-–]\\s*\\d{1,2}[:.]\\d{2}",
            Pattern.CASE_INSENSITIVE);
    static final Pattern SESSION = Pattern.compile(
            "(?i)\\b(session|panel\\s+discussion|panel\\s+[ivx0-9]+|roundtable|round\\s+table|round-table|plenary|workshop|breakout|day\\s+(\\d|one|two|three|i{1,3}\\b))");
    private static final Pattern SESSION_LABEL = Pattern.compile(
            "(?i)^(.*?\\b(session|roundtable|round table|panel|plenary|workshop|day)\\b(\\s*[-–:]?\\s*([ivx]{1,5}|\\d{1,2}|one|two|three|four)\\b)?)");
    private static final Set<String> MINOR = Set.of("a", "an", "the", "of", "and", "or", "for", "in", "on", "to",
            "at", "by", "with", "from", "amid", "amidst", "through", "vs", "versus", "via", "into", "over", "as",
            "between", "under", "&", "-", "–", "—", ":");
    private static final Pattern MONTH = Pattern.compile(
            "(?i)\\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|jun(e)?|jul(y)?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\\b");

    private static final Set<String> COMMON_CAPS = Set.of("DAY", "AND", "THE", "FOR", "OF", "ON", "IN", "TO",
            "KEY", "NOTE", "PART", "WAY");

    private LineShapes() {
    }

    static boolean isBullet(String line) {
        return BULLET.matcher(line).find();
    }

    static boolean isNumbered(String line) {
        Matcher m = NUMBERED.matcher(line);
        return m.find() && line.length() > m.end() && !Character.isWhitespace(line.charAt(m.end()));
    }

    /** Length of the bullet or number marker plus the space after it, or 0. */
    static int markerLength(String line) {
        Matcher b = BULLET.matcher(line);
        if (b.find()) {
            return b.end();
        }
        Matcher n = NUMBERED.matcher(line);
        if (n.find()) {
            return n.end();
        }
        return 0;
    }

    static boolean endsSentence(String s) {
        String t = s.strip();
        if (t.isEmpty()) {
            return true;
        }
        int end = t.length();
        while (end > 1 && "⁰¹²³⁴⁵⁶⁷⁸⁹".indexOf(t.charAt(end - 1)) >= 0) {
            end--; // a footnote mark after the full stop (PDFs)
        }
        char c = t.charAt(end - 1);
        return c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '"' || c == '”' || c == '’'
                || c == ')' || c == '…';
    }

    static boolean hasLetters(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static boolean isAllCaps(String s) {
        boolean letter = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letter = true;
                if (Character.isLowerCase(c)) {
                    return false;
                }
            }
        }
        return letter;
    }

    static int wordCount(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    /** A short title-like line: capitalised words, no sentence inside, no terminal full stop. */
    static boolean isHeading(String line) {
        String t = line.strip();
        if (t.length() < 2 || t.length() > 150 || !hasLetters(t)) {
            return false;
        }
        int words = wordCount(t);
        if (words > 18) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        if (last == '.' || last == ',' || last == ';') {
            return false;
        }
        char first = t.charAt(0);
        if (!(Character.isUpperCase(first) || Character.isDigit(first) || first == '"' || first == '“'
                || first == '\'')) {
            return false;
        }
        if (isBullet(t) || TIME_SLOT.matcher(t).find()) {
            return false;
        }
        if (t.matches(".*\\p{Ll}[.!?]\\s+\\p{Lu}.*")) {
            return false; // a sentence ends inside: prose, not a title
        }
        if (last == '?') {
            return words <= 30;
        }
        if (isAllCaps(t)) {
            return true;
        }
        if (isKnownHeading(t)) {
            return true;
        }
        int significant = 0;
        int capital = 0;
        for (String w : t.split("\\s+")) {
            String core = WordLists.stripPunct(w);
            if (core.isEmpty() || MINOR.contains(core.toLowerCase(Locale.ROOT))) {
                continue;
            }
            significant++;
            if (Character.isUpperCase(core.charAt(0)) || Character.isDigit(core.charAt(0))) {
                capital++;
            }
        }
        return significant > 0 && capital >= Math.ceil(significant * 0.7) && words <= 14;
    }

    static boolean isQuestion(String line) {
        return line.strip().endsWith("?");
    }

    static boolean isKnownHeading(String line) {
        return institutional(line) || SESSION.matcher(line).find() && wordCount(line) <= 10;
    }

    /** True when the title names a section whose text belongs to the publishing organisation. */
    static boolean institutional(String title) {
        String t = normalise(title);
        for (String h : WordLists.INSTITUTIONAL_HEADINGS) {
            if (t.equals(h) || t.endsWith(" " + h) && wordCount(t) <= wordCount(h) + 2) {
                return true;
            }
        }
        return false;
    }

    /** Titles that summarise the session they sit in ("Key Takeaways"), rather than open a section of their own. */
    static boolean sessionSummary(String title) {
        String t = normalise(title);
        return t.matches("(key )?(takeaways|points|highlights|discussion|summary|observations|key issues|issues raised)"
                + "|summary of (the )?(discussion|proceedings|session)");
    }

    static boolean isSessionHeading(String title) {
        return SESSION.matcher(title).find() && wordCount(title) <= 14 && !isTimeTable(title);
    }

    /** "SESSION II", "Session - I", "Roundtable DISCUSSION - DAY 2" → a comparable label ("session ii"). */
    static String sessionLabel(String title) {
        Matcher m = SESSION_LABEL.matcher(title.strip());
        String l = m.find() ? m.group(1) : title;
        return normalise(l).replaceAll("\\s*[-–:]\\s*", " ").strip();
    }

    static boolean isTimeTable(String line) {
        return TIME_SLOT.matcher(line.strip()).find();
    }

    static boolean looksLikeDate(String line) {
        String t = line.strip();
        return wordCount(t) <= 6 && MONTH.matcher(t).find() && t.matches(".*\\d{4}.*");
    }

    /** Lower case, letters and digits separated by single spaces; for comparing titles. */
    static String normalise(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** Letters only, lower case: "THE DYNAMICS OF PAKISTAN- AFGHANISTAN" equals "The Dynamics of Pakistan - Afghanistan". */
    static String letters(String s) {
        // what replaceAll("[^\\p{L}\\p{N}]+", "") keeps, without a regular expression: it runs for every paragraph
        String lower = s.toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            if (isLetterOrNumber(cp)) {
                b.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return b.toString();
    }

    /** The regular expressions' {@code \p{L}} or {@code \p{N}}: a letter or a number of any kind. */
    private static boolean isLetterOrNumber(int cp) {
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                 Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /** Title case for all-capital headings ("KEY FINDINGS" → "Key Findings"), keeping roman numerals. */
    static String smartCase(String title) {
        String t = title.strip().replaceAll("\\s+", " ");
        boolean allCaps = isAllCaps(t);
        StringBuilder sb = new StringBuilder();
        boolean firstWord = true;
        for (String w : t.split(" ")) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            // in a mixed-case title, short capitals are acronyms (US, IPI, SALAM); long ones are shouting
            boolean convert = allCaps || WordLists.stripPunct(w).length() >= 6 || COMMON_CAPS.contains(w);
            if (convert && isAllCaps(w) && w.length() > 1 && !w.matches("[IVX]{1,5}[,:]?") && !w.matches("\\(\\p{Lu}+\\)")) {
                String lower = w.toLowerCase(Locale.ROOT);
                if (!firstWord && MINOR.contains(WordLists.stripPunct(lower))) {
                    sb.append(lower);
                } else {
                    int k = 0;
                    while (k < lower.length() && !Character.isLetter(lower.charAt(k))) {
                        k++;
                    }
                    sb.append(lower, 0, k);
                    if (k < lower.length()) {
                        sb.append(Character.toUpperCase(lower.charAt(k))).append(lower.substring(k + 1));
                    }
                }
            } else {
                sb.append(w);
            }
            firstWord = false;
        }
        return sb.toString();
    }
}
