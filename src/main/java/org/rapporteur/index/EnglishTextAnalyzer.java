package org.rapporteur.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.rapporteur.model.Token;
import org.rapporteur.model.TextAnalyzer;

/**
 * English analysis as the index does it: {@link StandardTokenizer}, English possessive removal, lower case, English
 * stop words, Porter stemming. Porter (not KStem) because it conflates "militant", "militants" and "militancy" to one
 * stem, which is what an analyst searching expects. Theme terms are matched more strictly, by
 * {@link ThemeTermAnalyzer}: a theme coded on a conflation ("extreme" for "extremism") was wrong where a search hit is
 * merely wide.
 *
 * <p>Offsets are those of the {@link OffsetAttribute}, i.e. {@code [start, end)} of the word in the input as written.
 * Thread-safe: Lucene analyzers reuse per-thread token streams.
 */
public final class EnglishTextAnalyzer implements TextAnalyzer {
    private final Analyzer analyzer;

    public EnglishTextAnalyzer() {
        this.analyzer = luceneAnalyzer();
    }

    /** The Lucene analyzer behind this one, for the index's own fields, so search and enrichment agree. */
    public static Analyzer luceneAnalyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream result = new EnglishPossessiveFilter(source);
                result = new LowerCaseFilter(result);
                result = new StopFilter(result, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
                result = new PorterStemFilter(result);
                return new TokenStreamComponents(source, result);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new LowerCaseFilter(in);
            }
        };
    }

    @Override
    public List<Token> analyze(String text) {
        return tokens(analyzer, text, UnaryOperator.identity());
    }

    /** The tokens {@code analyzer} makes of {@code text}, each term passed through {@code fold}, with their offsets. */
    static List<Token> tokens(Analyzer analyzer, String text, UnaryOperator<String> fold) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Token(fold.apply(term.toString()), offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            // a StringReader never fails; anything else is a programming error
            throw new UncheckedIOException(e);
        }
        return tokens;
    }
}
