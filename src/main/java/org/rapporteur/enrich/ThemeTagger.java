package org.rapporteur.enrich;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.rapporteur.model.TextAnalyzer;
import org.rapporteur.model.Theme;
import org.rapporteur.model.ThemeMatch;
import org.rapporteur.model.Token;

/**
 * Codes a text with the themes of a {@link ThemeTaxonomy} by their terms. The contract term writers rely on: a term
 * matches whole words, case-insensitively, in its plural and possessive forms only ("militant" matches "militants" and
 * "militant's", not "militancy"; "extremism" never matches "extreme") — the {@link TextAnalyzer} given decides what a
 * word form is, and the workspace gives the light one the index supplies; a multi-word term matches its words in order
 * with nothing between them (a hyphen counts as a space: "counter-terrorism" is "counter terrorism"); a term ending in
 * {@code *} is a prefix of its last word ("pandemic*" matches "pandemics", "pandemic-era"). A match inside a longer
 * match of another theme does not count ("military" inside "civil-military relations", "terrorism" inside
 * "counter-terrorism"). Only the text given is read, never its neighbours. Each {@link ThemeMatch} carries the words
 * that triggered it as written. Immutable and thread-safe when the analyzer is.
 */
public final class ThemeTagger {
    /**
     * A term's analysed sequence, how many words it is written with, and whether its last word is a prefix (then the
     * last element is the lower-cased prefix as written, not analysed).
     */
    private record Pattern(String theme, List<String> terms, int words, boolean prefix) {
    }

    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[\\p{L}\\p{N}]+");

    private record Hit(String theme, int from, int to) {
    }

    private final TextAnalyzer analyzer;
    private final ThemeTaxonomy taxonomy;
    /** Patterns by their first analysed term (not a prefix). */
    private final Map<String, List<Pattern>> byFirstTerm = new HashMap<>();
    /** Patterns of one word that is a prefix ("cyber*"), by that prefix. */
    private final Map<String, List<Pattern>> byFirstPrefix = new HashMap<>();
    private final int longestPrefix;

    public ThemeTagger(TextAnalyzer analyzer, ThemeTaxonomy taxonomy) {
        this.analyzer = analyzer;
        this.taxonomy = taxonomy;
        int longest = 0;
        for (Theme t : taxonomy.themes()) {
            for (String phrase : t.terms()) {
                boolean prefix = phrase.endsWith("*");
                String written = prefix ? phrase.substring(0, phrase.length() - 1) : phrase;
                List<Token> analysed = analyzer.analyze(written);
                if (analysed.isEmpty()) {
                    continue;
                }
                List<String> terms = new ArrayList<>(analysed.stream().map(Token::term).toList());
                if (prefix) {
                    Token last = analysed.getLast();
                    terms.set(terms.size() - 1, written.substring(last.start(), last.end()).toLowerCase(Locale.ROOT));
                }
                Pattern p = new Pattern(t.path(), List.copyOf(terms), words(written), prefix);
                if (prefix && terms.size() == 1) {
                    byFirstPrefix.computeIfAbsent(terms.getFirst(), k -> new ArrayList<>()).add(p);
                    longest = Math.max(longest, terms.getFirst().length());
                } else {
                    byFirstTerm.computeIfAbsent(terms.getFirst(), k -> new ArrayList<>()).add(p);
                }
            }
        }
        this.longestPrefix = longest;
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
            Token token = tokens.get(i);
            List<Pattern> candidates = byFirstTerm.getOrDefault(token.term(), List.of());
            for (Pattern p : candidates) {
                // an analyzer that drops a word (a stop word) must not join words the term does not join:
                // "economic and security" is not "economic security"
                if (matchesAt(text, tokens, i, p) && (p.terms().size() == 1
                        || words(text.substring(tokens.get(i).start(), tokens.get(i + p.terms().size() - 1).end()))
                        <= p.words())) {
                    hits.add(new Hit(p.theme(), i, i + p.terms().size() - 1));
                }
            }
            if (!byFirstPrefix.isEmpty()) {
                String surface = surface(text, token);
                for (int len = 1; len <= Math.min(longestPrefix, surface.length()); len++) {
                    for (Pattern p : byFirstPrefix.getOrDefault(surface.substring(0, len), List.of())) {
                        hits.add(new Hit(p.theme(), i, i));
                    }
                }
            }
        }
        Map<String, Set<String>> evidence = new LinkedHashMap<>();
        for (Hit h : hits) {
            if (insideLongerHit(h, hits)) {
                continue; // of another theme: it does not count; of the same theme: the longer words say it
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

    private static boolean matchesAt(String text, List<Token> tokens, int i, Pattern p) {
        List<String> terms = p.terms();
        if (i + terms.size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < terms.size(); k++) {
            Token t = tokens.get(i + k);
            boolean ok = p.prefix() && k == terms.size() - 1 ? surface(text, t).startsWith(terms.get(k))
                    : t.term().equals(terms.get(k));
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** The word as written, lower-cased: what a prefix is compared with (an analysed form may be cut short). */
    private static String surface(String text, Token t) {
        return text.substring(t.start(), t.end()).toLowerCase(Locale.ROOT);
    }

    private static boolean insideLongerHit(Hit h, List<Hit> hits) {
        for (Hit o : hits) {
            if (o.from() <= h.from() && o.to() >= h.to()
                    && (o.to() - o.from()) > (h.to() - h.from())) {
                return true;
            }
        }
        return false;
    }
}
