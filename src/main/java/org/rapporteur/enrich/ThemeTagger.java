package org.rapporteur.enrich;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.rapporteur.model.TextAnalyzer;
import org.rapporteur.model.Theme;
import org.rapporteur.model.ThemeMatch;
import org.rapporteur.model.Token;

/**
 * Codes a text with the themes of a {@link ThemeTaxonomy}: every term is analysed once with the same
 * {@link TextAnalyzer} as the text, and a theme matches where its analysed term sequence occurs in the text's, so
 * "militant" matches "militants" and "militancy". A match inside a longer match of another theme does not count
 * ("military" inside "civil-military relations"). Each {@link ThemeMatch} carries the words that triggered it as
 * written. Immutable and thread-safe when the analyzer is.
 */
public final class ThemeTagger {
    /** A term's analysed sequence and how many words it is written with ("rule of law": 2 terms, 3 words). */
    private record Pattern(String theme, List<String> terms, int words) {
    }

    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[\\p{L}\\p{N}]+");

    private record Hit(String theme, int from, int to) {
    }

    private final TextAnalyzer analyzer;
    private final ThemeTaxonomy taxonomy;
    private final Map<String, List<Pattern>> byFirstTerm = new HashMap<>();

    public ThemeTagger(TextAnalyzer analyzer, ThemeTaxonomy taxonomy) {
        this.analyzer = analyzer;
        this.taxonomy = taxonomy;
        for (Theme t : taxonomy.themes()) {
            for (String phrase : t.terms()) {
                List<String> terms = analyzer.analyze(phrase).stream().map(Token::term).toList();
                if (!terms.isEmpty()) {
                    byFirstTerm.computeIfAbsent(terms.getFirst(), k -> new ArrayList<>())
                            .add(new Pattern(t.path(), terms, words(phrase)));
                }
            }
        }
    }

    public ThemeTaxonomy taxonomy() {
        return taxonomy;
    }

    /** Themes of {@code text}, in order of their first evidence, each with its distinct evidence as written. */
    public List<ThemeMatch> tag(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<Token> tokens = analyzer.analyze(text);
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            List<Pattern> candidates = byFirstTerm.get(tokens.get(i).term());
            if (candidates == null) {
                continue;
            }
            for (Pattern p : candidates) {
                // a stop word dropped by analysis must not join words the term does not join:
                // "economic and security" is not "economic security"
                if (matchesAt(tokens, i, p.terms()) && (p.terms().size() == 1
                        || words(text.substring(tokens.get(i).start(), tokens.get(i + p.terms().size() - 1).end()))
                        <= p.words())) {
                    hits.add(new Hit(p.theme(), i, i + p.terms().size() - 1));
                }
            }
        }
        Map<String, Set<String>> evidence = new LinkedHashMap<>();
        for (Hit h : hits) {
            if (insideLongerHitOfAnotherTheme(h, hits)) {
                continue;
            }
            String words = text.substring(tokens.get(h.from()).start(), tokens.get(h.to()).end());
            evidence.computeIfAbsent(h.theme(), k -> new LinkedHashSet<>()).add(collapseSpaces(words));
        }
        List<ThemeMatch> out = new ArrayList<>();
        evidence.forEach((theme, words) -> out.add(new ThemeMatch(theme, List.copyOf(words))));
        return out;
    }

    /** {@code s.replaceAll("\\s+", " ")} without compiling a pattern for every piece of evidence. */
    static String collapseSpaces(String s) {
        StringBuilder sb = null;
        for (int k = 0; k < s.length(); k++) {
            if (!isRegexSpace(s.charAt(k))) {
                if (sb != null) {
                    sb.append(s.charAt(k));
                }
                continue;
            }
            int end = k + 1;
            while (end < s.length() && isRegexSpace(s.charAt(end))) {
                end++;
            }
            if (sb == null) {
                if (end == k + 1 && s.charAt(k) == ' ') {
                    continue; // a single plain space stays as it is
                }
                sb = new StringBuilder(s.length()).append(s, 0, k);
            }
            sb.append(' ');
            k = end - 1;
        }
        return sb == null ? s : sb.toString();
    }

    /** What {@code \\s} matches in a Java regular expression without UNICODE_CHARACTER_CLASS. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static int words(String s) {
        int n = 0;
        java.util.regex.Matcher m = WORD.matcher(s);
        while (m.find()) {
            if (!(m.group().equals("s") && m.start() > 0 && "'’".indexOf(s.charAt(m.start() - 1)) >= 0)) {
                n++; // a possessive 's is no word
            }
        }
        return n;
    }

    private static boolean matchesAt(List<Token> tokens, int i, List<String> terms) {
        if (i + terms.size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < terms.size(); k++) {
            if (!tokens.get(i + k).term().equals(terms.get(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean insideLongerHitOfAnotherTheme(Hit h, List<Hit> hits) {
        for (Hit o : hits) {
            if (!o.theme().equals(h.theme()) && o.from() <= h.from() && o.to() >= h.to()
                    && (o.to() - o.from()) > (h.to() - h.from())) {
                return true;
            }
        }
        return false;
    }
}
