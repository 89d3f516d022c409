package org.rapporteur.embed;

import java.io.IOException;
import java.io.InputStream;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import org.rapporteur.model.RapporteurException;

/**
 * A {@link SentenceEmbedder} running a BERT-style ONNX graph with ONNX Runtime: texts are cut into word pieces by
 * {@link WordPieceTokenizer} (a text longer than the model's window keeps its leading window and says so), run in
 * batches of similar length when the batch size is above one (sorted, so little padding is computed), and each text's
 * vector is the mean of its tokens' last hidden states over the attention mask, scaled to unit length (as
 * sentence-transformers pools).
 *
 * <p>The graph and tokenizer are read from the class path on first use, never in the constructor, so making one is
 * free and the first call (on a background thread) pays about a second. Thread-safe: ONNX Runtime's {@code run} may be
 * called concurrently on one session. Holds native memory until {@link #close()}.
 */
public final class OnnxSentenceEmbedder implements SentenceEmbedder {
    /**
     * One text per run of the graph. The quantised models quantise their activations with one scale per run, taken
     * from the whole batch, so a text batched with others gets a vector that depends on its company (measured: up to
     * 0.084 in one component, cosine 0.924 with the one-by-one vector, for MiniLM; ADR 0031). A claim's vector must
     * not depend on which claims were embedded with it (incremental embedding re-embeds a few at a time), and
     * batching paid little on this 2-core machine anyway (docs/benchmarks.md, "Sentence embeddings").
     */
    public static final int DEFAULT_BATCH = 1;

    private static final String INPUT_IDS = "input_ids";
    private static final String ATTENTION_MASK = "attention_mask";
    private static final String TOKEN_TYPE_IDS = "token_type_ids";
    private static final String HIDDEN_STATES = "last_hidden_state";

    private final EmbeddingModel model;
    private final int intraOpThreads;
    private final int batchSize;
    private final Object loadLock = new Object();
    private volatile Loaded loaded;
    private volatile boolean closed;

    /** The session and tokenizer, made together on first use. */
    private record Loaded(OrtEnvironment env, OrtSession session, WordPieceTokenizer tokenizer, Set<String> inputs,
                          String output) {
    }

    /**
     * @param intraOpThreads the threads ONNX Runtime may use for one batch: all cores for the command line, fewer for
     *                       the workbench's background job so the window stays responsive
     * @param batchSize      texts per run of the graph
     */
    public OnnxSentenceEmbedder(EmbeddingModel model, int intraOpThreads, int batchSize) {
        if (intraOpThreads < 1 || batchSize < 1) {
            throw new IllegalArgumentException("threads and batch size must be positive");
        }
        this.model = model;
        this.intraOpThreads = intraOpThreads;
        this.batchSize = batchSize;
    }

    @Override
    public EmbeddingModel model() {
        return model;
    }

    /** The threads ONNX Runtime uses for one batch. */
    public int intraOpThreads() {
        return intraOpThreads;
    }

    @Override
    public List<Embedding> embedPassages(List<String> texts) {
        List<String> prefixed = texts.stream().map(t -> model.passagePrefix() + (t == null ? "" : t)).toList();
        return embed(prefixed);
    }

    @Override
    public Embedding embedQuery(String text) {
        return embed(List.of(model.queryPrefix() + (text == null ? "" : text))).getFirst();
    }

    private List<Embedding> embed(List<String> texts) {
        Loaded l = loaded();
        TokenizedText[] tokens = new TokenizedText[texts.size()];
        Integer[] order = new Integer[texts.size()];
        for (int i = 0; i < tokens.length; i++) {
            tokens[i] = l.tokenizer.encode(texts.get(i), model.maxTokens());
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt(i -> tokens[i].length()));
        Embedding[] out = new Embedding[tokens.length];
        for (int from = 0; from < order.length; from += batchSize) {
            int to = Math.min(order.length, from + batchSize);
            Integer[] batch = Arrays.copyOfRange(order, from, to);
            float[][] vectors = run(l, batch, tokens);
            for (int b = 0; b < batch.length; b++) {
                out[batch[b]] = new Embedding(vectors[b], tokens[batch[b]].truncated());
            }
        }
        return List.of(out);
    }

    /** One run of the graph over a batch padded to its longest text; the texts' pooled, unit vectors. */
    private float[][] run(Loaded l, Integer[] batch, TokenizedText[] tokens) {
        int rows = batch.length;
        int width = 0;
        for (int i : batch) {
            width = Math.max(width, tokens[i].length());
        }
        long[] ids = new long[rows * width];
        long[] mask = new long[rows * width];
        for (int r = 0; r < rows; r++) {
            long[] t = tokens[batch[r]].ids();
            System.arraycopy(t, 0, ids, r * width, t.length);
            Arrays.fill(mask, r * width, r * width + t.length, 1L);
        }
        long[] shape = {rows, width};
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try {
            inputs.put(INPUT_IDS, OnnxTensor.createTensor(l.env, LongBuffer.wrap(ids), shape));
            inputs.put(ATTENTION_MASK, OnnxTensor.createTensor(l.env, LongBuffer.wrap(mask), shape));
            if (l.inputs.contains(TOKEN_TYPE_IDS)) {
                inputs.put(TOKEN_TYPE_IDS, OnnxTensor.createTensor(l.env, LongBuffer.wrap(new long[rows * width]),
                        shape));
            }
            try (OrtSession.Result result = l.session.run(inputs, Set.of(l.output))) {
                OnnxTensor hidden = (OnnxTensor) result.get(l.output).orElseThrow();
                long[] hs = hidden.getInfo().getShape();
                return pool(hidden.getFloatBuffer(), rows, width, (int) hs[2], batch, tokens);
            }
        } catch (OrtException e) {
            throw new RapporteurException("The embedding model " + model.id() + " failed on a batch of texts.", e);
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    /** Mean of each text's token states over its real (unpadded) tokens, scaled to unit length. */
    private static float[][] pool(FloatBuffer states, int rows, int width, int dims, Integer[] batch,
                                  TokenizedText[] tokens) {
        float[][] out = new float[rows][dims];
        for (int r = 0; r < rows; r++) {
            int n = tokens[batch[r]].length();
            float[] v = out[r];
            for (int t = 0; t < n; t++) {
                int base = (r * width + t) * dims;
                for (int d = 0; d < dims; d++) {
                    v[d] += states.get(base + d);
                }
            }
            double norm = 0;
            for (int d = 0; d < dims; d++) {
                v[d] /= n;
                norm += (double) v[d] * v[d];
            }
            float scale = norm > 0 ? (float) (1 / Math.sqrt(norm)) : 0f;
            for (int d = 0; d < dims; d++) {
                v[d] *= scale;
            }
        }
        return out;
    }

    private Loaded loaded() {
        Loaded l = loaded;
        if (l != null) {
            return l;
        }
        synchronized (loadLock) {
            if (closed) {
                throw new IllegalStateException("this embedder is closed");
            }
            if (loaded == null) {
                loaded = load();
            }
            return loaded;
        }
    }

    private Loaded load() {
        byte[] graph = resource(model.onnxResource());
        WordPieceTokenizer tokenizer;
        try (InputStream in = new java.io.ByteArrayInputStream(resource(model.tokenizerResource()))) {
            tokenizer = WordPieceTokenizer.read(in, model.tokenizerResource());
        } catch (IOException e) {
            throw new RapporteurException("The tokenizer of " + model.id() + " could not be read.", e);
        }
        OrtEnvironment env = OnnxRuntimeLoader.environment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(intraOpThreads);
            options.setInterOpNumThreads(1);
            options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            // idle pool threads sleep instead of spinning: the embedding job shares the cores with the workbench
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            OrtSession session = env.createSession(graph, options);
            Set<String> inputs = session.getInputNames();
            if (!inputs.contains(INPUT_IDS) || !inputs.contains(ATTENTION_MASK)) {
                session.close();
                throw new RapporteurException("The embedding model " + model.id()
                        + " does not take the inputs of a BERT model (it takes " + inputs + ").");
            }
            List<String> outputs = new ArrayList<>(session.getOutputNames());
            String output = outputs.contains(HIDDEN_STATES) ? HIDDEN_STATES : outputs.getFirst();
            return new Loaded(env, session, tokenizer, Set.copyOf(inputs), output);
        } catch (OrtException e) {
            throw new RapporteurException("The embedding model " + model.id() + " could not be loaded.", e);
        }
    }

    private byte[] resource(String name) {
        try (InputStream in = OnnxSentenceEmbedder.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new RapporteurException("The embedding model " + model.id() + " is not part of this build ("
                        + name + " is missing).");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new RapporteurException("The embedding model " + model.id() + " could not be read.", e);
        }
    }

    @Override
    public void close() {
        synchronized (loadLock) {
            closed = true;
            Loaded l = loaded;
            loaded = null;
            if (l != null) {
                try {
                    l.session.close();
                } catch (OrtException e) {
                    // closing frees native memory; a failure here leaves nothing for the caller to do
                }
            }
        }
    }
}
