package org.rapporteur.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;

import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.rapporteur.model.FacetDimension;

/**
 * What searches compute from one index reader and may reuse for as long as that reader is open: the facet ordinal
 * state, the number of claims, and the facet counts and total of recent (query, filters) pairs.
 *
 * <p>Exact by construction: a reader is an immutable snapshot, and everything cached here is a function of the reader
 * and the key alone. A commit (new or removed claims, re-tagged claims: tags are copied into the claim documents)
 * makes a new reader, which starts with empty caches; an entry goes when its reader is closed. So a cached count is
 * never stale, only unused. Thread-safe; a value being computed is computed once, later callers wait for it.
 */
final class ReaderCaches {
    /** Facet counts kept per reader: the last queries and facet clicks, each a few hundred KB of ordinal counts. */
    static final int TALLIES_PER_READER = 32;

    private final FacetsConfig facetsConfig;
    private final Map<IndexReader.CacheKey, PerReader> byReader = new ConcurrentHashMap<>();

    ReaderCaches(FacetsConfig facetsConfig) {
        this.facetsConfig = facetsConfig;
    }

    /** The caches of the searcher's reader (an uncached, throw-away set when the reader offers no cache key). */
    PerReader of(IndexSearcher searcher) {
        IndexReader reader = searcher.getIndexReader();
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        if (helper == null) {
            return new PerReader(facetsConfig);
        }
        return byReader.computeIfAbsent(helper.getKey(), key -> {
            helper.addClosedListener(byReader::remove);
            return new PerReader(facetsConfig);
        });
    }

    /** Readers with caches (for tests: entries of closed readers are gone). */
    int readers() {
        return byReader.size();
    }

    /** Which claims a count is of: the query as typed and the facet selections. */
    record TallyKey(String query, Map<FacetDimension, Set<String>> filters) {
        TallyKey {
            filters = Map.copyOf(filters);
        }
    }

    /** The exact number of claims matching a key, and their counts in every facet dimension. */
    record Tally(long total, Facets counts) {
    }

    @FunctionalInterface
    interface TallyComputation {
        Tally compute() throws IOException;
    }

    static final class PerReader {
        private final FacetsConfig facetsConfig;
        private final Object stateLock = new Object();
        private volatile SortedSetDocValuesReaderState state;
        private volatile Long claims;
        private final Map<TallyKey, CompletableFuture<Tally>> tallies =
                new LinkedHashMap<>(16, 0.75f, true) {
                    @Override
                    protected boolean removeEldestEntry(Map.Entry<TallyKey, CompletableFuture<Tally>> eldest) {
                        return size() > TALLIES_PER_READER;
                    }
                };

        private PerReader(FacetsConfig facetsConfig) {
            this.facetsConfig = facetsConfig;
        }

        /** Facet ordinals across the reader's segments: costly on a large index (seconds), so built once. */
        SortedSetDocValuesReaderState facetState(IndexSearcher searcher) throws IOException {
            SortedSetDocValuesReaderState st = state;
            if (st == null) {
                synchronized (stateLock) {
                    st = state;
                    if (st == null) {
                        st = new DefaultSortedSetDocValuesReaderState(searcher.getIndexReader(), facetsConfig);
                        state = st;
                    }
                }
            }
            return st;
        }

        /** Claims in the reader; a count of a term with deletions reads its postings, so it is read once. */
        long claims(IndexSearcher searcher, org.apache.lucene.search.Query claimsQuery) throws IOException {
            Long n = claims;
            if (n == null) {
                n = (long) searcher.count(claimsQuery);
                claims = n;
            }
            return n;
        }

        /** The tally of {@code key}, computed by {@code computation} on the first call, by one caller only. */
        Tally tally(TallyKey key, TallyComputation computation) throws IOException {
            CompletableFuture<Tally> mine = new CompletableFuture<>();
            CompletableFuture<Tally> known;
            synchronized (tallies) {
                known = tallies.putIfAbsent(key, mine);
            }
            if (known == null) {
                try {
                    Tally t = computation.compute();
                    mine.complete(t);
                    return t;
                } catch (IOException | RuntimeException | Error e) {
                    synchronized (tallies) {
                        tallies.remove(key, mine);
                    }
                    mine.completeExceptionally(e);
                    throw e;
                }
            }
            try {
                return known.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for facet counts", e);
            } catch (ExecutionException e) {
                // the other caller failed and reported it; this one computes for itself
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                if (e.getCause() instanceof UncheckedIOException u) {
                    throw u.getCause();
                }
                return computation.compute();
            }
        }

        /** Tallies held (for tests). */
        int tallies() {
            synchronized (tallies) {
                return tallies.size();
            }
        }
    }
}
