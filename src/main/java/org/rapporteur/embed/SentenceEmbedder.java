package org.rapporteur.embed;

import java.util.List;

/**
 * Turns sentences into unit vectors whose dot product is their similarity of meaning. Claims are embedded as
 * passages, search text as queries (some models prefix them differently). Thread-safe; holds native memory until
 * closed.
 */
public interface SentenceEmbedder extends AutoCloseable {
    /** The model, whose id is part of the index schema: vectors of another model are re-made, never mixed. */
    EmbeddingModel model();

    /** The vectors of these claim texts, in order. */
    List<Embedding> embedPassages(List<String> texts);

    /** The vector of a search text. */
    Embedding embedQuery(String text);

    @Override
    void close();
}
