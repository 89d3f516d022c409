package org.rapporteur.eval;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.rapporteur.embed.Embedders;
import org.rapporteur.embed.Embedding;
import org.rapporteur.embed.EmbeddingModel;
import org.rapporteur.embed.SentenceEmbedder;
import org.rapporteur.index.MeaningLookup;
import org.rapporteur.index.Neighbour;
import org.rapporteur.model.ClaimRecord;
import org.rapporteur.model.MeaningState;
import org.rapporteur.model.ReportSummary;
import org.rapporteur.pipeline.Workspace;

/**
 * Every claim of a small workspace embedded with a real model and held in memory, with exact search: lets an
 * evaluation compare ways of voting without the vector index. Vectors are cached in a file (by claim id) so a second
 * comparison does not embed again. Test code only.
 */
final class InMemoryVectors implements MeaningLookup {
    private final String modelId;
    private final Map<String, float[]> vectors;
    private final Map<String, String> reports;

    private InMemoryVectors(String modelId, Map<String, float[]> vectors, Map<String, String> reports) {
        this.modelId = modelId;
        this.vectors = vectors;
        this.reports = reports;
    }

    static InMemoryVectors embed(Workspace ws, EmbeddingModel model, Path cache) {
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, String> reports = new HashMap<>();
        for (ReportSummary r : ws.corpus().reports()) {
            for (ClaimRecord c : ws.corpus().claimsOf(r.id())) {
                texts.put(c.claim().id(), c.claim().text());
                reports.put(c.claim().id(), r.id());
            }
        }
        Map<String, float[]> vectors = read(cache);
        List<String> missing = texts.keySet().stream().filter(id -> !vectors.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            try (SentenceEmbedder e = Embedders.open(model)) {
                long t0 = System.nanoTime();
                for (int i = 0; i < missing.size(); i += 64) {
                    List<String> ids = missing.subList(i, Math.min(missing.size(), i + 64));
                    List<Embedding> got = e.embedPassages(ids.stream().map(texts::get).toList());
                    for (int j = 0; j < ids.size(); j++) {
                        vectors.put(ids.get(j), got.get(j).vector());
                    }
                    System.err.printf(Locale.ROOT, "embedded %d / %d%n", Math.min(missing.size(), i + 64), missing.size());
                }
                System.err.printf(Locale.ROOT, "%d claims in %.1f s%n", missing.size(), (System.nanoTime() - t0) / 1e9);
            }
            write(cache, vectors);
        }
        vectors.keySet().retainAll(texts.keySet());
        return new InMemoryVectors(model.id(), vectors, reports);
    }

    private static Map<String, float[]> read(Path cache) {
        Map<String, float[]> out = new HashMap<>();
        if (cache == null || !Files.isRegularFile(cache)) {
            return out;
        }
        try (DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(Files.newInputStream(cache)))) {
            int n = in.readInt();
            for (int i = 0; i < n; i++) {
                String id = in.readUTF();
                float[] v = new float[in.readInt()];
                for (int j = 0; j < v.length; j++) {
                    v[j] = in.readFloat();
                }
                out.put(id, v);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static void write(Path cache, Map<String, float[]> vectors) {
        if (cache == null) {
            return;
        }
        try (DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(
                Files.newOutputStream(cache)))) {
            out.writeInt(vectors.size());
            for (Map.Entry<String, float[]> e : vectors.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeInt(e.getValue().length);
                for (float f : e.getValue()) {
                    out.writeFloat(f);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public MeaningState state() {
        return new MeaningState(modelId, vectors.size(), vectors.size(), false, null);
    }

    @Override
    public float[] embedQuery(String text) {
        throw new UnsupportedOperationException("claims only");
    }

    @Override
    public List<Neighbour> nearest(float[] vector, int k, String excludeReportId, Collection<String> onlyClaims) {
        List<Neighbour> all = new ArrayList<>();
        Iterable<String> ids = onlyClaims != null ? onlyClaims : vectors.keySet();
        for (String id : ids) {
            float[] v = vectors.get(id);
            if (v == null || (excludeReportId != null && excludeReportId.equals(reports.get(id)))) {
                continue;
            }
            float s = 0;
            for (int i = 0; i < v.length; i++) {
                s += v[i] * vector[i];
            }
            all.add(new Neighbour(id, reports.get(id), s));
        }
        all.sort(Comparator.comparingDouble(Neighbour::similarity).reversed());
        return List.copyOf(all.subList(0, Math.min(k, all.size())));
    }

    @Override
    public Optional<float[]> vectorOf(String claimId) {
        return Optional.ofNullable(vectors.get(claimId));
    }
}
