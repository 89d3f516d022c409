package org.rapporteur.model;

import java.util.List;

/**
 * Turns text into analysed terms with offsets. The index supplies the implementation (Lucene's English analysis), so
 * that enrichment matches words the way search does ("militants" and "militancy" meet) without importing Lucene.
 * Implementations are thread-safe.
 */
public interface TextAnalyzer {
    List<Token> analyze(String text);
}
