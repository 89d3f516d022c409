package org.rapporteur.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.SynonymQuery;

/**
 * A fuzzy claim-text term as the analyst means it: "the word I typed, allowing for typos, searched like any word".
 * The typed word is compared with the claims' words as written ({@link IndexField#WORDS}), never with stems, so
 * {@code securty~1} meets "security"; the words it meets are then searched by their stems in {@link IndexField#TEXT},
 * so the fuzzy term finds every form those words find ("security" → "secur" → security, securities, secure) and the
 * highlighter marks them from TEXT's offsets like any other word. The result is one {@link SynonymQuery}: one clause
 * towards Lucene's clause limit, scored as one word.
 *
 * <p>The words are read from the searcher it is given, so the query belongs to that searcher's snapshot of the index.
 */
final class FuzzyWords {
    /** Words a fuzzy term may stand for, the closest first (Lucene's own default for fuzzy terms). */
    static final int MAX_WORDS = 50;

    private FuzzyWords() {
    }

    /** A fuzzy term on claim text: words as written in WORDS, searched by their stems in TEXT. */
    static Query near(IndexSearcher searcher, Analyzer analyzer, String typed, float minSimilarity) throws IOException {
        return near(searcher, analyzer, IndexField.WORDS.name, IndexField.TEXT.name, typed, minSimilarity);
    }

    /**
     * A fuzzy term on any field: the words of {@code wordsField} within reach of the typed word, analysed as {@code
     * searchField} analyses them (a field that is not stemmed keeps them as they are), as one synonym group. Names
     * and labels are not stemmed, so for them both fields are the same.
     */
    static Query near(IndexSearcher searcher, Analyzer analyzer, String wordsField, String searchField, String typed,
                      float minSimilarity) throws IOException {
        String word = analyzer.normalize(wordsField, typed).utf8ToString();
        int edits = FuzzyQuery.floatToEdits(minSimilarity, word.codePointCount(0, word.length()));
        FuzzyQuery fuzzy = new FuzzyQuery(new Term(wordsField, word), edits, 0, MAX_WORDS, true,
                new MultiTermQuery.TopTermsScoringBooleanQueryRewrite(MAX_WORDS));
        Set<Term> words = new TreeSet<>();
        searcher.rewrite(fuzzy).visit(QueryVisitor.termCollector(words));
        Set<String> stems = new LinkedHashSet<>();
        for (Term w : words) {
            stems.addAll(analysed(analyzer, searchField, w.text()));
        }
        if (stems.isEmpty()) {
            return new MatchNoDocsQuery("no word within " + edits + " letters of '" + word + "'");
        }
        SynonymQuery.Builder any = new SynonymQuery.Builder(searchField);
        for (String stem : stems) {
            any.addTerm(new Term(searchField, stem));
        }
        return any.build();
    }

    private static Set<String> analysed(Analyzer analyzer, String field, String word) {
        Set<String> out = new LinkedHashSet<>();
        try (TokenStream ts = analyzer.tokenStream(field, word)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // analysing a String does no I/O
        }
        return out;
    }
}
