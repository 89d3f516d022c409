package org.rapporteur.ingest;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.rapporteur.model.ProblemKind;
import org.rapporteur.progress.NamedThreadFactory;

/**
 * What reading one file may cost: a time budget that grows with the file's size, and a character budget for the text
 * extracted from it (any format). Past either, the file becomes one problem line ("stopped after 14 s: ...",
 * "stopped: more than 2 million characters of text") and the batch goes on.
 *
 * <p>Contract: the {@link Ingestor} {@linkplain #start starts} a budget on the thread that reads; a watchdog
 * interrupts that thread once it has used its time (processor time of the thread, see {@link #WALL_CLOCK_FACTOR}), so blocking I/O and libraries that honour interrupts stop by themselves;
 * readers call {@link #checkTime()} once per page or element (cheap: a clock read) and {@link #checkChars(long)} as
 * text grows. {@link #close()} disarms the watchdog and clears an interrupt it made, so the worker thread can go on
 * (Lucene, which the worker calls next, fails on an interrupted thread). One budget per read; not shared between
 * threads except with its watchdog.
 */
public final class ReadBudget implements AutoCloseable {
    /** Time any file may take, however small: opening a PDF and its fonts can take a few seconds on a busy machine. */
    static final long BASE_MILLIS = 10_000;
    /** More time per MB of file: a 30 MB report of scanned pages with a text layer is slow but legitimate. */
    static final long MILLIS_PER_MB = 1_000;
    /** No file is worth more than a minute of a batch. */
    static final long MAX_MILLIS = 60_000;
    /**
     * Most characters of text one file may yield. A long policy report has under a million; 2 million is a 700-page
     * book. The cap also bounds analysis, which has no budget of its own and costs about 25 s of processor time per
     * million characters of book-like text (measured on a 350-page book, 690,000 characters).
     */
    public static final long MAX_CHARS = 2_000_000;

    /**
     * The budget counts the reading thread's processor time, so a busy machine (other programs, the other indexing
     * threads) does not stop a file that an idle one reads in time; wall-clock time may run to this multiple of it
     * before the read is stopped anyway (a read blocked on a slow disk uses no processor time).
     */
    static final int WALL_CLOCK_FACTOR = 3;
    /** How often the watchdog looks at the reading thread's processor time. */
    private static final long WATCH_EVERY_MILLIS = 100;

    private static final long MB = 1024L * 1024;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean CPU_TIME = THREADS.isCurrentThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled();
    private static final ScheduledThreadPoolExecutor WATCHDOG = watchdog();

    private final long budgetMillis;
    private final long maxChars;
    private final long started;
    private final long cpuStarted;
    private final long wallDeadline;
    private final Thread reader;
    private ScheduledFuture<?> alarm;
    private String reason = "the file took too long to read";
    /** Guarded by {@code this}: the watchdog interrupts only a read still running, never the worker's next job. */
    private boolean running = true;
    private boolean interrupted;
    /** Wall-clock time spent waiting on a helper program (OCR), which the wall-clock deadline does not count. */
    private volatile long waitedNanos;

    private ReadBudget(long budgetMillis, long maxChars, Thread reader) {
        this.budgetMillis = budgetMillis;
        this.maxChars = maxChars;
        this.reader = reader;
        this.started = System.nanoTime();
        this.cpuStarted = cpuTime(reader);
        this.wallDeadline = started + WALL_CLOCK_FACTOR * budgetMillis * 1_000_000L;
    }

    private static long cpuTime(Thread t) {
        if (!CPU_TIME) {
            return 0;
        }
        long cpu = t == Thread.currentThread() ? THREADS.getCurrentThreadCpuTime() : THREADS.getThreadCpuTime(t.threadId());
        return Math.max(0, cpu);
    }

    /** True when the reading thread has used up its processor time, or the wall clock its multiple of it. */
    private boolean overBudget(long cpuNow) {
        long now = System.nanoTime();
        boolean cpuOver = CPU_TIME ? cpuNow - cpuStarted >= budgetMillis * 1_000_000L
                : now - started >= budgetMillis * 1_000_000L;
        return cpuOver || now - wallDeadline - waitedNanos >= 0;
    }

    /** The time a file of {@code sizeBytes} may take: {@value #BASE_MILLIS} ms plus a second per MB, at most a minute. */
    static long millisFor(long sizeBytes) {
        long mb = Math.max(0, sizeBytes) / MB;
        return Math.min(MAX_MILLIS, BASE_MILLIS + mb * MILLIS_PER_MB);
    }

    /** Starts the budget for a file of {@code sizeBytes} read on the calling thread, and arms its watchdog. */
    static ReadBudget start(long sizeBytes) {
        return start(millisFor(sizeBytes), MAX_CHARS);
    }

    /** A budget with explicit limits (tests use small ones). */
    static ReadBudget start(long millis, long maxChars) {
        ReadBudget b = new ReadBudget(millis, maxChars, Thread.currentThread());
        b.alarm = WATCHDOG.scheduleAtFixedRate(b::watch, Math.min(millis, WATCH_EVERY_MILLIS), WATCH_EVERY_MILLIS,
                TimeUnit.MILLISECONDS);
        return b;
    }

    /** A budget of {@code millis} with no watchdog, for tests of a reader that must not be interrupted by time. */
    static ReadBudget withoutWatchdog(long millis) {
        return new ReadBudget(millis, MAX_CHARS, Thread.currentThread());
    }

    /** A budget whose time is up already but whose watchdog never fires: tests reach the reader's own checks. */
    static ReadBudget expiredWithoutWatchdog() {
        return new ReadBudget(0, MAX_CHARS, Thread.currentThread());
    }

    /**
     * What the reader found that explains a slow read, e.g. "the PDF declares 9,999,999,999 pages": the problem line
     * says it if the budget runs out. Cheap; call it when the finding is made.
     */
    public void explain(String why) {
        this.reason = why;
    }

    /** Throws the "stopped after N s" failure when the time is up (or the watchdog interrupted this thread). */
    public void checkTime() throws ReadFailure {
        if (expired()) {
            throw stoppedByTime();
        }
    }

    /** True when the time is up (asked on the reading thread). */
    boolean expired() {
        return Thread.currentThread().isInterrupted() || overBudget(cpuTime(Thread.currentThread()));
    }

    /**
     * Time the reader spent waiting for a helper program (Tesseract recognising a scanned page): it uses no processor
     * time of the reading thread, and the wall-clock deadline leaves it out too, so a scanned file is bounded by the
     * OCR's own limits (pages and time per file) rather than stopped after its first pages.
     */
    public void waited(long nanos) {
        waitedNanos += Math.max(0, nanos);
    }

    /** Characters still allowed after {@code charsSoFar}: readers may stop appending there. */
    public long charsLeft(long charsSoFar) {
        return Math.max(0, maxChars - charsSoFar);
    }

    /** Throws the "more than N million characters" failure when {@code charsSoFar} exceeds the character budget. */
    public void checkChars(long charsSoFar) throws ReadFailure {
        if (charsSoFar > maxChars) {
            throw stoppedByChars();
        }
    }

    ReadFailure stoppedByTime() {
        long wallMillis = (System.nanoTime() - started) / 1_000_000L;
        // the processor-time budget is what ran out, unless the wall clock's multiple of it did
        long shown = wallMillis >= WALL_CLOCK_FACTOR * budgetMillis && budgetMillis > 0 ? wallMillis : budgetMillis;
        return ReadFailure.stop(ProblemKind.TOO_SLOW, "stopped after " + seconds(shown) + " s: " + reason,
                "the rest of the corpus was read; if the file matters, re-save or re-export it (for example print it "
                        + "to PDF) and add the copy");
    }

    ReadFailure stoppedByChars() {
        return ReadFailure.stop(ProblemKind.TOO_LARGE, "stopped: more than " + millions(maxChars) + " of text",
                "a report is rarely above a million characters; split the file, or extract the part you need");
    }

    /** The watchdog's look: interrupts the reader once it is over budget. */
    private synchronized void watch() {
        if (running && !interrupted && overBudget(cpuTime(reader))) {
            interrupted = true;
            reader.interrupt();
        }
    }

    /** Disarms the watchdog and clears the interrupt it may have made, so the thread can do its next job. */
    @Override
    public void close() {
        if (alarm != null) {
            alarm.cancel(false);
        }
        synchronized (this) {
            running = false;
            if (interrupted) {
                Thread.interrupted();
            }
        }
    }

    private static long seconds(long millis) {
        return (millis + 999) / 1000;
    }

    private static String millions(long chars) {
        if (chars >= 1_000_000 && chars % 1_000_000 == 0) {
            long m = chars / 1_000_000;
            return m + " million characters";
        }
        return NumberFormat.getIntegerInstance(Locale.ROOT).format(chars) + " characters";
    }

    private static ScheduledThreadPoolExecutor watchdog() {
        ScheduledThreadPoolExecutor t = new ScheduledThreadPoolExecutor(1, new NamedThreadFactory("read-watchdog"));
        t.setRemoveOnCancelPolicy(true); // thousands of files: cancelled alarms must not pile up
        return t;
    }
}
