package org.rapporteur.embed;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The sentence-embedding models this program knows and the one it ships (ADR 0031), and the way to open one. Models
 * are read from the class path, never downloaded; a model whose artifact is not in this build (the compared one, a
 * test dependency only) fails to open with a one-sentence message.
 */
public final class Embedders {
    /**
     * sentence-transformers' all-MiniLM-L6-v2, int8-quantised (Xenova's export, in langchain4j's artifact): 384
     * dimensions, read up to 256 word pieces as sentence-transformers does, no prefixes.
     */
    public static final EmbeddingModel MINI_LM = new EmbeddingModel("all-minilm-l6-v2-q", "/all-minilm-l6-v2-q.onnx",
            "/all-minilm-l6-v2-q-tokenizer.json", 384, 256, "", "");

    /**
     * intfloat's e5-small-v2, int8-quantised (Xenova's export, in langchain4j's artifact): 384 dimensions, 512 word
     * pieces, trained with "query: " and "passage: " before the texts.
     */
    public static final EmbeddingModel E5_SMALL = new EmbeddingModel("e5-small-v2-q", "/e5-small-v2-q.onnx",
            "/e5-small-v2-q-tokenizer.json", 384, 512, "query: ", "passage: ");

    private static final String MODEL_POM = "/META-INF/maven/dev.langchain4j/langchain4j-embeddings-%s/pom.properties";

    private Embedders() {
    }

    /** The model the program embeds claims with. */
    public static EmbeddingModel defaultModel() {
        return MINI_LM;
    }

    /** Every model this program knows, the default first; only the default is sure to be in the build. */
    public static List<EmbeddingModel> models() {
        return List.of(MINI_LM, E5_SMALL);
    }

    /**
     * An embedder of {@code model} using every core, as the command line does. Cheap: the model is loaded on its first
     * use, which must be off the FX thread.
     */
    public static SentenceEmbedder open(EmbeddingModel model) {
        return open(model, Runtime.getRuntime().availableProcessors());
    }

    /** An embedder of {@code model} that runs on at most {@code threads} cores (the workbench's background job). */
    public static SentenceEmbedder open(EmbeddingModel model, int threads) {
        return new OnnxSentenceEmbedder(model, threads, OnnxSentenceEmbedder.DEFAULT_BATCH);
    }

    /**
     * The shipped model as Help ▸ About and {@code --version} name it: id, size of its vectors and window, and the
     * version of the artifact it came in. Reads one small resource; loads nothing.
     */
    public static String describeDefault() {
        EmbeddingModel m = defaultModel();
        String artifact = artifactVersion(m);
        return m.id() + " (" + m.dimensions() + " dimensions, " + m.maxTokens() + " word pieces"
                + (artifact == null ? "" : ", artifact " + artifact) + ")";
    }

    private static String artifactVersion(EmbeddingModel m) {
        try (InputStream in = Embedders.class.getResourceAsStream(String.format(Locale.ROOT, MODEL_POM, m.id()))) {
            if (in == null) {
                return null;
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            return null;
        }
    }
}
