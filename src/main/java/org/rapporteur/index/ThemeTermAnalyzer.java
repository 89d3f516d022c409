package org.rapporteur.index;

import java.util.List;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.PatternKeywordMarkerFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.rapporteur.model.TextAnalyzer;
import org.rapporteur.model.Token;

/**
 * The light English analysis theme terms are matched with: {@link StandardTokenizer}, possessive removal, lower case
 * and {@link EnglishMinimalStemFilter}, which only folds plurals ("militants" to "militant", "policies" to "policy")
 * of words not written as acronyms.
 * No stop words are dropped, so a multi-word term matches its words in order and nothing between them.
 *
 * <p>Why not the index's Porter analysis ({@link EnglishTextAnalyzer}): Porter conflates words of different meaning,
 * and a theme coded on the conflation was wrong in ways analysts noticed at once: "extreme poverty" became religious
 * extremism ("extrem"), "militancy" and "military" came close, "policy" met "police". Search keeps Porter, where a
 * wider net is what the analyst wants. Thread-safe: Lucene analyzers reuse per-thread token streams.
 */
public final class ThemeTermAnalyzer implements TextAnalyzer {
    /** A word in capitals of two to six letters or digits, as written: an acronym, never folded as a plural. */
    private static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Z0-9]{1,5}");

    private final Analyzer analyzer = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream result = new EnglishPossessiveFilter(source);
            // an acronym is not a plural: "AIDS" is not "aid", "SARS" not "sar", "ISIS" not "ISI"
            result = new PatternKeywordMarkerFilter(result, ACRONYM);
            result = new LowerCaseFilter(result);
            result = new EnglishMinimalStemFilter(result);
            return new TokenStreamComponents(source, result);
        }
    };

    /**
     * The one plural {@link EnglishMinimalStemFilter} leaves alone that theme terms need: "-ees" ("refugees",
     * "detainees", "returnees", "employees" stay as they are there, since it keeps "-aes", "-ees", "-oes" whole).
     */
    static String foldEes(String term) {
        return term.length() > 4 && term.endsWith("ees") ? term.substring(0, term.length() - 1) : term;
    }

    @Override
    public List<Token> analyze(String text) {
        return EnglishTextAnalyzer.tokens(analyzer, text, ThemeTermAnalyzer::foldEes);
    }
}
