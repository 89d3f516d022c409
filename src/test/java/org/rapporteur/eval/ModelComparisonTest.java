package org.rapporteur.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The brute-force nearest claims of the model comparison, and the OR-ed lexical row of the evaluation. */
class ModelComparisonTest {
    private static final float[][] VECTORS = {
            {1, 0, 0}, {0, 1, 0}, {0.8f, 0.6f, 0}, {0, 0, 1}, {0.6f, 0.8f, 0}, {-1, 0, 0}};

    @Test
    void theKLargestDotProductsLargestFirst() {
        assertArrayEquals(new int[] {0, 2, 4}, ModelComparison.nearest(new float[] {1, 0, 0}, VECTORS, 3));
        assertArrayEquals(new int[] {1, 4, 2, 0}, ModelComparison.nearest(new float[] {0, 1, 0}, VECTORS, 4));
    }

    @Test
    void fewerVectorsThanKGivesThemAllInOrder() {
        assertArrayEquals(new int[] {1, 0}, ModelComparison.nearest(new float[] {0.1f, 0, 1},
                new float[][] {{1, 0, 0}, {0, 0, 1}}, 10));
    }

    @Test
    void anyWordOrsTheQueryWordsWithoutQuerySyntax() {
        assertEquals("why OR is OR commerce OR with OR Delhi OR blocked",
                MeaningEvaluation.anyWord("why is commerce with Delhi blocked?"));
        assertEquals("cocaine OR cartels OR wealth", MeaningEvaluation.anyWord("cocaine cartels' wealth"));
    }
}
