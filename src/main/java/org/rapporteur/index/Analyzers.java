package org.rapporteur.index;

import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * The one analyzer used for both indexing and parsing: English stemming on claim text (so "militants" finds
 * "militancy"), plain lower-cased words without stop words on names and labels (so "Khan of the North" keeps "of"),
 * keywords on ids.
 */
final class Analyzers {
    private Analyzers() {
    }

    static Analyzer perField() {
        Analyzer names = new StandardAnalyzer(CharArraySet.EMPTY_SET);
        Analyzer keyword = new KeywordAnalyzer();
        return new PerFieldAnalyzerWrapper(names, Map.of(
                IndexField.TEXT.name, new EnglishAnalyzer(),
                IndexField.ID.name, keyword,
                IndexField.REPORT_ID.name, keyword,
                IndexField.TYPE.name, keyword));
    }
}
