package org.rapporteur.index;

import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The one analyzer used for both indexing and parsing: English stemming on claim text (so "militants" finds
 * "militancy"), the same words unstemmed in {@link IndexField#WORDS} for fuzzy and pattern terms, plain lower-cased
 * words without stop words on names and labels (so "Khan of the North" keeps "of"), keywords on ids.
 */
final class Analyzers {
    private Analyzers() {
    }

    static Analyzer perField() {
        Analyzer names = new StandardAnalyzer(CharArraySet.EMPTY_SET);
        Analyzer keyword = new KeywordAnalyzer();
        return new PerFieldAnalyzerWrapper(names, Map.of(
                IndexField.TEXT.name, new EnglishAnalyzer(),
                IndexField.WORDS.name, wordsAsWritten(),
                IndexField.ID.name, keyword,
                IndexField.REPORT_ID.name, keyword,
                IndexField.TYPE.name, keyword));
    }

    /**
     * Claim text as the analyst wrote the words: tokenised like {@link IndexField#TEXT} (so offsets match and the
     * highlighter can mark these words in the stored text), possessives removed, lower case, accents folded ("Sáo"
     * matches "sao"), English stop words dropped (no one types them with a typo on purpose, and they are a large share
     * of the postings), never stemmed: "securty~1" must meet "security", not the stem "secur".
     */
    static Analyzer wordsAsWritten() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream result = new EnglishPossessiveFilter(source);
                result = new LowerCaseFilter(result);
                result = new ASCIIFoldingFilter(result);
                result = new StopFilter(result, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
                return new TokenStreamComponents(source, result);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }
}
