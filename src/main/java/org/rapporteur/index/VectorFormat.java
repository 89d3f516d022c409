package org.rapporteur.index;

import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene104.Lucene104HnswScalarQuantizedVectorsFormat;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;
import org.apache.lucene.util.quantization.QuantizedByteVectorValues.ScalarEncoding;

/**
 * How the claim vectors' HNSW graph compares vectors: on the floats themselves, or on scalar-quantised copies (8, 7 or 4
 * bits a dimension; the floats are kept beside them, so a vector read back is exact). ADR 0032 compares them; the
 * index records which one wrote it only through Lucene's per-field format name, so any of them can be read.
 */
public enum VectorFormat {
    FLOAT32,
    INT8,
    INT7,
    INT4;

    /** The format new vector indexes are written with (ADR 0032). */
    public static final VectorFormat DEFAULT = INT7;

    /** Neighbours per node and candidates while building: Lucene's defaults, which its own benchmarks tune for. */
    private static final int MAX_CONN = 16;
    private static final int BEAM_WIDTH = 100;

    KnnVectorsFormat knnFormat() {
        return switch (this) {
            case FLOAT32 -> new Lucene99HnswVectorsFormat(MAX_CONN, BEAM_WIDTH);
            case INT8 -> new Lucene104HnswScalarQuantizedVectorsFormat(ScalarEncoding.UNSIGNED_BYTE, MAX_CONN,
                    BEAM_WIDTH);
            case INT7 -> new Lucene104HnswScalarQuantizedVectorsFormat(ScalarEncoding.SEVEN_BIT, MAX_CONN,
                    BEAM_WIDTH);
            case INT4 -> new Lucene104HnswScalarQuantizedVectorsFormat(ScalarEncoding.PACKED_NIBBLE, MAX_CONN,
                    BEAM_WIDTH);
        };
    }
}
