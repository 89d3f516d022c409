package org.rapporteur.ui.main;

import java.util.Locale;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import javafx.application.Platform;
import org.rapporteur.progress.NamedThreadFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measures how long the FX thread is unavailable: a background thread posts a {@code Platform.runLater} ping every
 * {@value #PERIOD_MS} ms (never more than one outstanding) and records how long each took to run. A long delay means
 * the FX thread was busy (a stall). Stalls over {@value #REPORT_MS} ms are logged. Thread-safe.
 *
 * <p>Beside each stall's wall time it keeps the CPU time the FX thread used during it: on a loaded machine a stall's
 * wall time grows with the other processes, its CPU time hardly, so the longest stall's CPU time is the figure to
 * compare between runs that were not all taken on an idle machine.
 */
public final class FxStallMonitor implements AutoCloseable {
    public static final long PERIOD_MS = 20;
    public static final long REPORT_MS = 100;
    private static final Logger LOG = LoggerFactory.getLogger(FxStallMonitor.class);

    private final ScheduledExecutorService timer = java.util.concurrent.Executors
            .newSingleThreadScheduledExecutor(new NamedThreadFactory("fx-stall-monitor"));
    private final AtomicLong maxStallNanos = new AtomicLong();
    private final AtomicLong pings = new AtomicLong();
    private final AtomicBoolean outstanding = new AtomicBoolean();
    private final AtomicLong postedAt = new AtomicLong();
    private final AtomicLong cpuAtPost = new AtomicLong(-1);
    private final AtomicLong maxStallCpuNanos = new AtomicLong();
    /** Made on the monitor's thread at its first tick: the management classes are not the FX thread's business. */
    private volatile java.lang.management.ThreadMXBean threads;
    private final StallProfile profile = new StallProfile();
    private final boolean traceStalls = Boolean.getBoolean("rapporteur.stallTraces");
    private volatile Thread fxThread;
    private ScheduledFuture<?> job;

    public synchronized void start() {
        if (Platform.isFxApplicationThread()) {
            fxThread = Thread.currentThread(); // so a stall in the caller's own event is traced too
        }
        if (job == null) {
            job = timer.scheduleAtFixedRate(this::tick, PERIOD_MS, PERIOD_MS, TimeUnit.MILLISECONDS);
        }
    }

    private void tick() {
        long now = System.nanoTime();
        if (outstanding.get()) {
            // The previous ping has not run yet: the FX thread is stalled at least this long.
            long stalled = now - postedAt.get();
            update(stalled, false);
            if (traceStalls && fxThread != null && stalled > TimeUnit.MILLISECONDS.toNanos(40)) {
                // Where the FX thread is stuck, for -Drapporteur.stallTraces=true diagnosis runs.
                profile.sample(fxThread.getStackTrace());
            }
            return;
        }
        outstanding.set(true);
        postedAt.set(now);
        if (threads == null) {
            threads = java.lang.management.ManagementFactory.getThreadMXBean();
        }
        Thread fx = fxThread;
        cpuAtPost.set(fx == null ? -1 : threads.getThreadCpuTime(fx.threadId()));
        Platform.runLater(() -> {
            fxThread = Thread.currentThread();
            long cpuBefore = cpuAtPost.get();
            if (cpuBefore >= 0) {
                maxStallCpuNanos.accumulateAndGet(threads.getCurrentThreadCpuTime() - cpuBefore, Math::max);
            }
            update(System.nanoTime() - postedAt.get(), true);
            pings.incrementAndGet();
            if (traceStalls && System.nanoTime() - postedAt.get() <= TimeUnit.MILLISECONDS.toNanos(REPORT_MS)) {
                profile.drain();
            }
            outstanding.set(false);
        });
    }

    private void update(long stallNanos, boolean finished) {
        long prev = maxStallNanos.getAndAccumulate(stallNanos, Math::max);
        if (finished && stallNanos > TimeUnit.MILLISECONDS.toNanos(REPORT_MS)) {
            LOG.info("FX thread stalled for {} ms{}", TimeUnit.NANOSECONDS.toMillis(stallNanos), profile.drain());
        } else if (!finished && stallNanos > prev && stallNanos > TimeUnit.MILLISECONDS.toNanos(REPORT_MS)) {
            LOG.debug("FX thread busy for {} ms so far", TimeUnit.NANOSECONDS.toMillis(stallNanos));
        }
    }

    /** The longest stall seen since start or the last {@link #reset()}, in milliseconds. */
    public double maxStallMillis() {
        return maxStallNanos.get() / 1_000_000.0;
    }

    /**
     * The most CPU time the FX thread used between posting a ping and running it, since start or the last
     * {@link #reset()}, in milliseconds: the longest stall as it would be on an otherwise idle machine.
     */
    public double maxStallCpuMillis() {
        return maxStallCpuNanos.get() / 1_000_000.0;
    }

    public long pings() {
        return pings.get();
    }

    public void reset() {
        maxStallNanos.set(0);
        maxStallCpuNanos.set(0);
    }

    @Override
    public synchronized void close() {
        if (job != null) {
            job.cancel(false);
            job = null;
        }
        timer.shutdownNow();
        LOG.info("Longest FX thread stall: {} ms", String.format(Locale.ROOT, "%.1f", maxStallMillis()));
    }
}
