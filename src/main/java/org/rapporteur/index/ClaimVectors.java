package org.rapporteur.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.VectorUtil;
import org.rapporteur.model.RapporteurException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The claims' sentence vectors: a Lucene index of its own beside the text index (ADR 0032), one document per claim
 * with its id, its report, the hash of the text its vector was made from, and the vector (HNSW, dot product of unit
 * vectors). Its commit data names the model, the vector size and the schema; vectors of another model are never
 * searched, and the next {@link #startRun() run} starts over.
 *
 * <p>A cache like the text index (ADR 0002): a missing folder is "no vectors yet"; an unreadable one is a
 * {@link #problem()} (logged once) until the next run rebuilds it; searches then simply find nothing by meaning.
 * Thread-safe. One {@link Run} at a time per process; another process writing gets a clear message.
 */
public final class ClaimVectors implements Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(ClaimVectors.class);

    /** Changes when the fields below change: vectors of another schema are made again. */
    static final String SCHEMA = "1";
    static final String SCHEMA_KEY = "rapporteur.vectors.schema";
    static final String MODEL_KEY = "rapporteur.vectors.model";
    static final String DIMENSIONS_KEY = "rapporteur.vectors.dimensions";

    /** Claim id, keyword and stored: the term a claim's vector is replaced and deleted by. */
    static final String ID = "id";
    /** Report id, keyword and stored: related claims leave out the claim's own report with it. */
    static final String REPORT = "report";
    /**
     * Claim id and text hash in one keyword ("id@hash"), not stored: whether a claim's vector is of its current text
     * is one term lookup, made 868k times per run on the UN corpus.
     */
    static final String CURRENT = "current";
    /**
     * The text hash alone, keyword: a claim whose id changed with its report's bytes (ids hash the report) but whose
     * text did not gets the vector already made for that text, so a re-indexed report costs only its changed claims.
     */
    static final String HASH = "hash";
    /** "1" on claims longer than the model reads (their vector is of the leading window): counted, and stored. */
    static final String TRUNCATED = "truncated";
    static final String VECTOR = "vector";

    /** A filter on at most this many claims is searched exactly (every vector compared) instead of through HNSW. */
    static final int EXACT_LIMIT = 10_000;
    /**
     * Quantised scores are approximate: the graph is asked for this many times {@code k} and the best are ordered
     * again by the exact dot product of the stored floats (ADR 0032).
     */
    static final int OVERSAMPLE = 2;

    private final Path folder;
    private final String modelId;
    private final int dimensions;
    private final VectorFormat format;

    private Directory directory;
    /** Null while there is no readable index of this model. */
    private SearcherManager searchers;
    /** Why the folder cannot be read (null when it can); one sentence, logged once. */
    private volatile String problem;
    /** The model the stored vectors were made with when it is not ours (or another schema); null otherwise. */
    private volatile String otherModel;
    private Run running;
    private boolean closed;

    private ClaimVectors(Path folder, String modelId, int dimensions, VectorFormat format) {
        this.folder = folder;
        this.modelId = modelId;
        this.dimensions = dimensions;
        this.format = format;
    }

    /**
     * The vectors in {@code folder} (which need not exist), for {@code modelId}'s vectors of {@code dimensions}. Never
     * throws for what is on disk: an unreadable index becomes {@link #problem()}.
     */
    public static ClaimVectors open(Path folder, String modelId, int dimensions) {
        return open(folder, modelId, dimensions, VectorFormat.DEFAULT);
    }

    /** Like {@link #open(Path, String, int)}, writing new segments in {@code format} (the benchmark compares them). */
    public static ClaimVectors open(Path folder, String modelId, int dimensions, VectorFormat format) {
        ClaimVectors v = new ClaimVectors(folder, modelId, dimensions, format);
        v.openReader();
        return v;
    }

    /** The hash of a claim text stored beside its vector: a changed text makes the vector be made again. */
    public static String textHash(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    public String modelId() {
        return modelId;
    }

    private synchronized void openReader() {
        if (closed || searchers != null || !Files.isDirectory(folder)) {
            return;
        }
        try {
            if (directory == null) {
                directory = FSDirectory.open(folder);
            }
            if (!DirectoryReader.indexExists(directory)) {
                return;
            }
            SearcherManager m = new SearcherManager(directory, null);
            Map<String, String> data = commitData(m);
            String stored = data.get(MODEL_KEY);
            if (!modelId.equals(stored) || !SCHEMA.equals(data.get(SCHEMA_KEY))
                    || !String.valueOf(dimensions).equals(data.get(DIMENSIONS_KEY))) {
                otherModel = stored == null ? "an unknown model" : stored + " (vector schema " + data.get(SCHEMA_KEY)
                        + ")";
                m.close();
                return;
            }
            otherModel = null;
            problem = null;
            searchers = m;
        } catch (IOException | RuntimeException e) {
            unreadable(e);
        }
    }

    private static Map<String, String> commitData(SearcherManager m) throws IOException {
        IndexSearcher s = m.acquire();
        try {
            return ((DirectoryReader) s.getIndexReader()).getIndexCommit().getUserData();
        } finally {
            m.release(s);
        }
    }

    /** Marks the index unreadable with one sentence and one warning; searches find nothing by meaning until rebuilt. */
    private synchronized void unreadable(Exception e) {
        if (problem == null) {
            problem = "The claim vectors in " + folder + " cannot be read (" + oneLine(e)
                    + "); search uses words only until the next embedding run rebuilds them.";
            LOG.warn("{}", problem, e);
        }
        if (searchers != null) {
            try {
                searchers.close();
            } catch (IOException | RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            searchers = null;
        }
    }

    private static String oneLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        m = m.replaceAll("\\s+", " ").strip();
        return m.length() > 160 ? m.substring(0, 160) + "…" : m;
    }

    /** Why the vectors cannot be read, or that they are of another model; null when neither. */
    public String problem() {
        String p = problem;
        if (p != null) {
            return p;
        }
        String other = otherModel;
        return other == null ? null : "The claim vectors were made by " + other + ", not " + modelId
                + "; the next embedding run makes them again.";
    }

    /** Makes another process's commits visible (and an index it created). Cheap when nothing changed. */
    public void refresh() {
        SearcherManager m;
        synchronized (this) {
            m = searchers;
        }
        if (m == null) {
            if (running == null) {
                openReader();
            }
            return;
        }
        try {
            m.maybeRefresh();
        } catch (IOException | RuntimeException e) {
            unreadable(e);
        }
    }

    /** How many claims have a vector of this model (vectors of claims removed since the last run included). */
    public long count() {
        return read(s -> (long) s.getIndexReader().numDocs(), 0L);
    }

    /** How many of them were made from a leading window because the claim was longer than the model reads. */
    public long truncatedCount() {
        return read(s -> (long) s.count(new TermQuery(new Term(TRUNCATED, "1"))), 0L);
    }

    /** The vector of a claim, if it has one. */
    public Optional<float[]> vectorOf(String claimId) {
        return read(s -> {
            for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
                int doc = liveDoc(leaf.reader(), ID, new BytesRef(claimId));
                if (doc >= 0) {
                    return Optional.ofNullable(vectorAt(leaf.reader(), doc));
                }
            }
            return Optional.<float[]>empty();
        }, Optional.empty());
    }

    /**
     * The vectors of one report's claims, by claim id (a copy each); empty when it has none. One pass over the
     * report's postings: what re-theming a report reads, rather than a look-up per claim.
     */
    public Map<String, float[]> vectorsOfReport(String reportId) {
        return read(s -> {
            Map<String, float[]> out = new HashMap<>();
            BytesRef term = new BytesRef(reportId);
            for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
                LeafReader r = leaf.reader();
                Terms terms = r.terms(REPORT);
                FloatVectorValues values = r.getFloatVectorValues(VECTOR);
                if (terms == null || values == null) {
                    continue;
                }
                TermsEnum te = terms.iterator();
                if (!te.seekExact(term)) {
                    continue;
                }
                Bits live = r.getLiveDocs();
                StoredFields stored = r.storedFields();
                KnnVectorValues.DocIndexIterator it = values.iterator();
                PostingsEnum p = te.postings(null, PostingsEnum.NONE);
                for (int doc = p.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = p.nextDoc()) {
                    int at = it.docID() < doc ? it.advance(doc) : it.docID();
                    if ((live == null || live.get(doc)) && at == doc) {
                        out.put(stored.document(doc).get(ID), values.vectorValue(it.index()).clone());
                    }
                }
            }
            return out;
        }, Map.of());
    }

    /** Every stored vector with its claim id, in index order (a copy each): for measurements against brute force. */
    public long forEachVector(BiConsumer<String, float[]> sink) {
        return read(s -> {
            long n = 0;
            for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
                LeafReader r = leaf.reader();
                FloatVectorValues values = r.getFloatVectorValues(VECTOR);
                if (values == null) {
                    continue;
                }
                StoredFields stored = r.storedFields();
                Bits live = r.getLiveDocs();
                KnnVectorValues.DocIndexIterator it = values.iterator();
                for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                    if (live == null || live.get(doc)) {
                        sink.accept(stored.document(doc).get(ID), values.vectorValue(it.index()).clone());
                        n++;
                    }
                }
            }
            return n;
        }, 0L);
    }

    /**
     * Up to {@code k} claims nearest to {@code vector}, nearest first, with their exact similarity; without those of
     * {@code excludeReportId} (when not null); only among {@code onlyClaims} (when not null: exactly, when there are
     * at most {@link #EXACT_LIMIT} of them).
     */
    public List<Neighbour> nearest(float[] vector, int k, String excludeReportId, Collection<String> onlyClaims) {
        if (k <= 0 || onlyClaims != null && onlyClaims.isEmpty()) {
            return List.of();
        }
        if (vector.length != dimensions) {
            throw new IllegalArgumentException("a vector of " + vector.length + " dimensions, not " + dimensions);
        }
        Query filter = filter(excludeReportId, onlyClaims);
        return read(s -> onlyClaims != null && onlyClaims.size() <= EXACT_LIMIT
                ? exactNearest(s, vector, k, filter) : approximateNearest(s, vector, k, filter), List.of());
    }

    private static Query filter(String excludeReportId, Collection<String> onlyClaims) {
        if (excludeReportId == null && onlyClaims == null) {
            return null;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        if (onlyClaims != null) {
            b.add(new TermInSetQuery(ID, onlyClaims.stream().map(BytesRef::new).toList()), BooleanClause.Occur.FILTER);
        } else {
            b.add(MatchAllDocsQuery.INSTANCE, BooleanClause.Occur.FILTER);
        }
        if (excludeReportId != null) {
            b.add(new TermQuery(new Term(REPORT, excludeReportId)), BooleanClause.Occur.MUST_NOT);
        }
        return b.build();
    }

    private static List<Neighbour> approximateNearest(IndexSearcher s, float[] vector, int k, Query filter)
            throws IOException {
        TopDocs top = s.search(new KnnFloatVectorQuery(VECTOR, vector, k * OVERSAMPLE, filter), k * OVERSAMPLE);
        List<Neighbour> found = new ArrayList<>(top.scoreDocs.length);
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        for (ScoreDoc sd : top.scoreDocs) {
            LeafReaderContext leaf = leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(sd.doc, leaves));
            int doc = sd.doc - leaf.docBase;
            float[] v = vectorAt(leaf.reader(), doc);
            if (v != null) {
                found.add(neighbour(leaf.reader().storedFields(), doc, VectorUtil.dotProduct(vector, v)));
            }
        }
        found.sort(Comparator.comparingDouble(Neighbour::similarity).reversed());
        return found.size() > k ? List.copyOf(found.subList(0, k)) : found;
    }

    private static List<Neighbour> exactNearest(IndexSearcher s, float[] vector, int k, Query filter)
            throws IOException {
        Weight w = s.createWeight(s.rewrite(filter), ScoreMode.COMPLETE_NO_SCORES, 1f);
        List<Neighbour> found = new ArrayList<>();
        for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
            Scorer scorer = w.scorer(leaf);
            FloatVectorValues values = leaf.reader().getFloatVectorValues(VECTOR);
            if (scorer == null || values == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            StoredFields stored = leaf.reader().storedFields();
            KnnVectorValues.DocIndexIterator vectors = values.iterator();
            DocIdSetIterator it = scorer.iterator();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if ((live == null || live.get(doc)) && (vectors.docID() == doc || vectors.advance(doc) == doc)) {
                    found.add(neighbour(stored, doc,
                            VectorUtil.dotProduct(vector, values.vectorValue(vectors.index()))));
                }
            }
        }
        found.sort(Comparator.comparingDouble(Neighbour::similarity).reversed());
        return found.size() > k ? List.copyOf(found.subList(0, k)) : found;
    }

    private static Neighbour neighbour(StoredFields stored, int doc, float similarity) throws IOException {
        Document d = stored.document(doc);
        return new Neighbour(d.get(ID), d.get(REPORT), similarity);
    }

    private static float[] vectorAt(LeafReader r, int doc) throws IOException {
        FloatVectorValues values = r.getFloatVectorValues(VECTOR);
        if (values == null) {
            return null;
        }
        KnnVectorValues.DocIndexIterator it = values.iterator();
        return it.advance(doc) == doc ? values.vectorValue(it.index()).clone() : null;
    }

    /** The live document holding {@code term} in {@code field} of this segment, or -1. */
    private static int liveDoc(LeafReader r, String field, BytesRef term) throws IOException {
        Terms terms = r.terms(field);
        if (terms == null) {
            return -1;
        }
        TermsEnum te = terms.iterator();
        if (!te.seekExact(term)) {
            return -1;
        }
        Bits live = r.getLiveDocs();
        PostingsEnum p = te.postings(null, PostingsEnum.NONE);
        for (int doc = p.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = p.nextDoc()) {
            if (live == null || live.get(doc)) {
                return doc;
            }
        }
        return -1;
    }

    private interface Read<T> {
        T apply(IndexSearcher s) throws IOException;
    }

    /** Runs a read on the current snapshot; an unreadable index answers {@code none} and becomes the problem. */
    private <T> T read(Read<T> read, T none) {
        SearcherManager m;
        synchronized (this) {
            m = searchers;
        }
        if (m == null) {
            return none;
        }
        IndexSearcher s;
        try {
            s = m.acquire();
        } catch (IOException | RuntimeException e) {
            unreadable(e);
            return none;
        }
        try {
            return read.apply(s);
        } catch (IOException | RuntimeException e) {
            if (e instanceof IllegalArgumentException iae && !(e instanceof NumberFormatException)) {
                throw iae; // a caller's mistake, not the index's
            }
            unreadable(e);
            return none;
        } finally {
            try {
                m.release(s);
            } catch (IOException | RuntimeException e) {
                LOG.debug("Releasing a vector searcher failed", e);
            }
        }
    }

    /**
     * Starts a run that adds vectors: holds the index's write lock until closed. When the stored vectors are of
     * another model or schema, or unreadable, the run starts from an empty index (they are dropped at its first
     * commit). Refused while another run of this process or another process writes.
     */
    public synchronized Run startRun() {
        if (closed) {
            throw new RapporteurException("The workspace was closed; the claims are embedded at the next run.");
        }
        if (running != null) {
            throw new RapporteurException("Claims are being embedded already.");
        }
        if (searchers == null && problem == null) {
            openReader(); // another process may have made the index since this one was opened
        }
        boolean startOver = problem != null || otherModel != null;
        try {
            Files.createDirectories(folder);
            if (directory == null) {
                directory = FSDirectory.open(folder);
            }
            if (problem != null) {
                clearFolder(); // an unreadable index may not even let a writer open; it is a cache: made again
            }
            IndexWriterConfig cfg = new IndexWriterConfig()
                    .setOpenMode(startOver ? IndexWriterConfig.OpenMode.CREATE
                            : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(64)
                    .setCodec(codec(format));
            IndexWriter w = new IndexWriter(directory, cfg);
            w.setLiveCommitData(Map.of(MODEL_KEY, modelId, DIMENSIONS_KEY, String.valueOf(dimensions),
                    SCHEMA_KEY, SCHEMA).entrySet());
            running = new Run(w, startOver ? Snapshot.EMPTY : snapshot());
            return running;
        } catch (LockObtainFailedException e) {
            throw new RapporteurException("The claim vectors in " + folder + " are being made by another Rapporteur "
                    + "process; try again when it has finished.", e);
        } catch (IOException e) {
            throw new RapporteurException("Cannot write the claim vectors in " + folder + ": " + e.getMessage(), e);
        }
    }

    private void clearFolder() throws IOException {
        for (String f : directory.listAll()) {
            if (!f.equals(IndexWriter.WRITE_LOCK_NAME)) {
                directory.deleteFile(f);
            }
        }
    }

    private static Lucene104Codec codec(VectorFormat format) {
        KnnVectorsFormat knn = format.knnFormat();
        return new Lucene104Codec() {
            @Override
            public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
                return knn;
            }
        };
    }

    private Snapshot snapshot() throws IOException {
        SearcherManager m = searchers;
        if (m == null) {
            return Snapshot.EMPTY;
        }
        return new Snapshot(m, m.acquire());
    }

    /** After a commit of a run: readers see it, and an index the run created (or replaced) is now ours. */
    private synchronized void committed() throws IOException {
        if (searchers == null) {
            problem = null;
            otherModel = null;
            searchers = new SearcherManager(directory, null);
        } else {
            searchers.maybeRefreshBlocking();
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        if (running != null) {
            running.close();
        }
        if (searchers != null) {
            searchers.close();
            searchers = null;
        }
        if (directory != null) {
            directory.close();
        }
    }

    /**
     * The committed vectors a run compares the claims with: which claims have a vector of their current text. Marks
     * the vectors it finds so that those of claims no longer indexed can be deleted after a full pass.
     */
    static final class Snapshot implements Closeable {
        static final Snapshot EMPTY = empty();

        private final SearcherManager manager;
        private final IndexSearcher searcher;
        private final List<LeafReaderContext> leaves;
        private final TermsEnum[] current;
        private final FixedBitSet seen;

        Snapshot(SearcherManager manager, IndexSearcher searcher) throws IOException {
            this.manager = manager;
            this.searcher = searcher;
            this.leaves = searcher == null ? List.of() : searcher.getIndexReader().leaves();
            this.current = new TermsEnum[leaves.size()];
            for (int i = 0; i < current.length; i++) {
                Terms t = leaves.get(i).reader().terms(CURRENT);
                current[i] = t == null ? null : t.iterator();
            }
            this.seen = new FixedBitSet(Math.max(1, searcher == null ? 0 : searcher.getIndexReader().maxDoc()));
        }

        private static Snapshot empty() {
            try {
                return new Snapshot(null, null);
            } catch (IOException e) {
                throw new IllegalStateException("an empty snapshot reads nothing", e);
            }
        }

        /** Whether the claim has a vector of this text; marks it as still wanted. */
        boolean has(String claimId, String textHash) throws IOException {
            BytesRef term = new BytesRef(claimId + "@" + textHash);
            for (int i = 0; i < current.length; i++) {
                if (current[i] == null || !current[i].seekExact(term)) {
                    continue;
                }
                LeafReaderContext leaf = leaves.get(i);
                Bits live = leaf.reader().getLiveDocs();
                PostingsEnum p = current[i].postings(null, PostingsEnum.NONE);
                for (int doc = p.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = p.nextDoc()) {
                    if (live == null || live.get(doc)) {
                        seen.set(leaf.docBase + doc);
                        return true;
                    }
                }
            }
            return false;
        }

        /** The vector (and whether it was truncated) of a live claim with this text hash, or null. */
        Copy ofText(String textHash) throws IOException {
            BytesRef term = new BytesRef(textHash);
            for (LeafReaderContext leaf : leaves) {
                int doc = liveDoc(leaf.reader(), HASH, term);
                if (doc >= 0) {
                    float[] v = vectorAt(leaf.reader(), doc);
                    if (v != null) {
                        return new Copy(v, leaf.reader().storedFields().document(doc).get(TRUNCATED) != null);
                    }
                }
            }
            return null;
        }

        /** Deletes the vectors {@link #has} never met: of claims gone from the index, or of a text since changed. */
        long deleteUnseen(IndexWriter w) throws IOException {
            long n = 0;
            for (LeafReaderContext leaf : leaves) {
                Bits live = leaf.reader().getLiveDocs();
                StoredFields stored = leaf.reader().storedFields();
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if ((live == null || live.get(doc)) && !seen.get(leaf.docBase + doc)) {
                        w.deleteDocuments(new Term(ID, stored.document(doc).get(ID)));
                        n++;
                    }
                }
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            if (manager != null) {
                manager.release(searcher);
            }
        }
    }

    private record Copy(float[] vector, boolean truncated) {
    }

    /**
     * One embedding run: checks claims against the vectors committed when it started, adds vectors, commits. Not
     * thread-safe (one thread runs it); close it when done, also when cancelled (it commits what it added).
     */
    public final class Run implements Closeable {
        private final IndexWriter writer;
        private final Snapshot before;
        private boolean done;

        private Run(IndexWriter writer, Snapshot before) {
            this.writer = writer;
            this.before = before;
        }

        /** Whether the claim already has a vector made from this text (as of the run's start). */
        public boolean hasCurrent(String claimId, String textHash) {
            try {
                return before.has(claimId, textHash);
            } catch (IOException e) {
                throw new RapporteurException("The claim vectors cannot be read: " + e.getMessage(), e);
            }
        }

        /**
         * Deletes the vectors of claims that {@link #hasCurrent} was not asked about with their current text: call
         * it after a pass over every indexed claim. Returns how many.
         */
        public long deleteUnseen() {
            try {
                return before.deleteUnseen(writer);
            } catch (IOException e) {
                throw new RapporteurException("The claim vectors cannot be updated: " + e.getMessage(), e);
            }
        }

        /** Whether a vector of this text exists already (under another claim id, as of the run's start). */
        public boolean hasText(String textHash) {
            try {
                return before.ofText(textHash) != null;
            } catch (IOException e) {
                throw new RapporteurException("The claim vectors cannot be read: " + e.getMessage(), e);
            }
        }

        /**
         * Gives the claim the vector already made for the same text under another id (its report's bytes changed
         * elsewhere); false when there is none.
         */
        public boolean addCopy(String claimId, String reportId, String textHash) {
            try {
                Copy c = before.ofText(textHash);
                if (c == null) {
                    return false;
                }
                add(claimId, reportId, textHash, c.vector(), c.truncated());
                return true;
            } catch (IOException e) {
                throw new RapporteurException("The claim vectors cannot be read: " + e.getMessage(), e);
            }
        }

        /** Adds (or replaces) a claim's vector, made from the text of {@code textHash}. */
        public void add(String claimId, String reportId, String textHash, float[] vector, boolean truncated) {
            if (vector.length != dimensions) {
                throw new IllegalArgumentException("a vector of " + vector.length + " dimensions, not " + dimensions);
            }
            Document d = new Document();
            d.add(new StringField(ID, claimId, Field.Store.YES));
            d.add(new StringField(REPORT, reportId == null ? "" : reportId, Field.Store.YES));
            d.add(new StringField(CURRENT, claimId + "@" + textHash, Field.Store.NO));
            d.add(new StringField(HASH, textHash, Field.Store.NO));
            if (truncated) {
                d.add(new StringField(TRUNCATED, "1", Field.Store.YES));
            }
            d.add(new KnnFloatVectorField(VECTOR, vector, VectorSimilarityFunction.DOT_PRODUCT));
            try {
                writer.updateDocument(new Term(ID, claimId), d);
            } catch (IOException e) {
                throw new RapporteurException("Cannot write the claim vectors: " + e.getMessage(), e);
            }
        }

        /** Makes what was added durable and visible to searches. */
        public void commit() {
            try {
                writer.commit();
                committed();
            } catch (IOException e) {
                throw new RapporteurException("Cannot commit the claim vectors: " + e.getMessage(), e);
            }
        }

        /** Commits what was added and releases the write lock. */
        @Override
        public void close() {
            synchronized (ClaimVectors.this) {
                if (done) {
                    return;
                }
                done = true;
                running = null;
            }
            try {
                before.close();
                writer.commit();
                writer.close();
                committed();
            } catch (IOException e) {
                throw new RapporteurException("Cannot commit the claim vectors: " + e.getMessage(), e);
            }
        }
    }
}
