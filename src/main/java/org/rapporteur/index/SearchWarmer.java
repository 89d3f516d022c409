package org.rapporteur.index;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.apache.lucene.search.ReferenceManager;
import org.rapporteur.progress.NamedThreadFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prepares each new snapshot of the index for interactive search on a background thread: facet ordinals across the
 * segments and the counts of the blank query (ReaderCaches), which on the UN workspace take about a second of CPU and
 * would otherwise fall on the first search after opening or after a commit. A search that comes first shares the work
 * instead of repeating it. Refreshes that come while a warm-up runs are coalesced into one more warm-up.
 */
final class SearchWarmer implements ReferenceManager.RefreshListener, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SearchWarmer.class);

    private final ClaimSearcher searcher;
    /** One thread, one waiting task at most: a warm-up queued behind a running one covers every later refresh. */
    private final ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(1), new NamedThreadFactory("search-warm-up"),
            new ThreadPoolExecutor.DiscardPolicy());

    SearchWarmer(ClaimSearcher searcher) {
        this.searcher = searcher;
    }

    void warmSoon() {
        executor.execute(this::warm);
    }

    private void warm() {
        long t0 = System.nanoTime();
        try {
            searcher.warm();
            LOG.debug("Search warm-up took {} ms", (System.nanoTime() - t0) / 1_000_000);
        } catch (RuntimeException e) {
            // the index closed under it, or cannot be read: the next search reports it to whoever asked
            LOG.debug("Search warm-up stopped: {}", e.toString());
        }
    }

    @Override
    public void beforeRefresh() {
    }

    @Override
    public void afterRefresh(boolean didRefresh) {
        if (didRefresh) {
            warmSoon();
        }
    }

    /** Stops warming; waits briefly for a warm-up in progress, which holds a searcher of the index being closed. */
    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
