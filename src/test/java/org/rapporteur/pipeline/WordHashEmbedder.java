package org.rapporteur.pipeline;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import org.rapporteur.embed.Embedding;
import org.rapporteur.embed.EmbeddingModel;
import org.rapporteur.embed.SentenceEmbedder;

/**
 * A test double of the sentence model: each word of a text adds one to a dimension chosen by its hash, and the sum is
 * made unit length. Texts sharing words are near, and a text longer than {@link #MAX_WORDS} words is "truncated" to
 * its leading window, as the real model's is. Counts the texts it embeds, so tests see what a run re-embeds.
 */
final class WordHashEmbedder implements SentenceEmbedder {
    static final int MAX_WORDS = 60;

    private final EmbeddingModel model;
    final AtomicLong passages = new AtomicLong();

    WordHashEmbedder(String modelId) {
        this.model = new EmbeddingModel(modelId, "none", "none", 64, MAX_WORDS, "", "");
    }

    @Override
    public EmbeddingModel model() {
        return model;
    }

    @Override
    public List<Embedding> embedPassages(List<String> texts) {
        passages.addAndGet(texts.size());
        return texts.stream().map(this::embed).toList();
    }

    @Override
    public Embedding embedQuery(String text) {
        return embed(text);
    }

    private Embedding embed(String text) {
        float[] v = new float[model.dimensions()];
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        int n = 0;
        for (String w : words) {
            if (w.length() < 3) {
                continue;
            }
            if (n++ == MAX_WORDS) {
                break;
            }
            v[Math.floorMod(w.hashCode(), v.length)] += 1;
        }
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        if (norm == 0) {
            v[0] = 1;
            norm = 1;
        }
        float inv = (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < v.length; i++) {
            v[i] *= inv;
        }
        return new Embedding(v, n > MAX_WORDS);
    }

    @Override
    public void close() {
    }
}
