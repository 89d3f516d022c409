package org.rapporteur.ingest.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the {@code tesseract} command (Debian package {@code tesseract-ocr} with {@code tesseract-ocr-eng}) on one page
 * image at a time, as a subprocess with temp files: the image goes in as a PGM (no compression to pay for), the
 * words come back as TSV with a confidence each.
 *
 * <p>Why a subprocess and not a Java binding: see docs/decisions/0013-ocr-with-the-tesseract-command.md. In short, a
 * crash or a runaway page costs one process that can be killed, never the JVM.
 *
 * <p>Contract: {@link #recognise} blocks until Tesseract is done, at most {@code timeout}; when the calling thread is
 * interrupted (Cancel, a per-file watchdog) the process is killed at once and {@link InterruptedException} thrown.
 * Thread-safe: every call has its own process and temp folder. Tesseract is told to use one thread
 * ({@code OMP_THREAD_LIMIT=1}): the indexer already reads one file per core, and Tesseract's own threads only
 * compete with them.
 */
public final class TesseractEngine {
    private static final Logger LOG = LoggerFactory.getLogger(TesseractEngine.class);
    /** Language data the engine needs; its absence is a message, not a crash. */
    static final String LANGUAGE = "eng";
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(20);
    /** How often a waiting thread looks at the clock; the interrupt itself is seen at once. */
    private static final long POLL_MILLIS = 50;

    private static volatile Optional<TesseractEngine> onThisMachine;
    /**
     * Engines at work and their temp folders. A child process outlives the JVM, so when the JVM stops mid-page
     * (SIGTERM, System.exit) a shutdown hook kills them and removes their page images.
     */
    private static final Map<Process, Path> RUNNING = new ConcurrentHashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TesseractEngine::stopAll, "ocr-shutdown"));
    }

    private final Path binary;

    private TesseractEngine(Path binary) {
        this.binary = binary;
    }

    /**
     * The Tesseract installed here, if any: the {@code rapporteur.tesseract} system property names the program
     * (or {@code none} to read without OCR), else {@code tesseract} on the PATH or in the usual install folders.
     * Looked up once per run and only when a page needs it; empty when absent, broken or without English data.
     */
    public static Optional<TesseractEngine> onThisMachine() {
        Optional<TesseractEngine> found = onThisMachine;
        if (found == null) {
            synchronized (TesseractEngine.class) {
                found = onThisMachine;
                if (found == null) {
                    found = locate().flatMap(TesseractEngine::probe);
                    onThisMachine = found;
                }
            }
        }
        return found;
    }

    /** An engine for a given program, if it runs and has English data (tests point this at stand-ins). */
    public static Optional<TesseractEngine> at(Path binary) {
        return probe(binary);
    }

    private static Optional<Path> locate() {
        String configured = System.getProperty("rapporteur.tesseract");
        if (configured != null && !configured.isBlank()) {
            return configured.equalsIgnoreCase("none") ? Optional.empty() : Optional.of(Path.of(configured));
        }
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win");
        String name = windows ? "tesseract.exe" : "tesseract";
        List<Path> candidates = new ArrayList<>();
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(java.io.File.pathSeparator)) {
                if (!dir.isBlank()) {
                    candidates.add(Path.of(dir, name));
                }
            }
        }
        candidates.add(Path.of("/usr/bin", name));
        candidates.add(Path.of("/usr/local/bin", name));
        candidates.add(Path.of("/opt/homebrew/bin", name));
        candidates.add(Path.of("C:\\Program Files\\Tesseract-OCR", name));
        return candidates.stream().filter(Files::isExecutable).findFirst();
    }

    /** Runs {@code --list-langs} once: proves the program starts and has the language we ask for. */
    private static Optional<TesseractEngine> probe(Path binary) {
        Path out = null;
        try {
            out = Files.createTempFile("rapporteur-tesseract", ".txt");
            Process p = new ProcessBuilder(binary.toString(), "--list-langs")
                    .redirectErrorStream(true).redirectOutput(out.toFile()).start();
            if (!p.waitFor(PROBE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                LOG.warn("{} did not answer within {} s; reading without OCR", binary, PROBE_TIMEOUT.toSeconds());
                return Optional.empty();
            }
            String langs = Files.readString(out, StandardCharsets.UTF_8);
            if (p.exitValue() != 0 || langs.lines().map(String::strip).noneMatch(LANGUAGE::equals)) {
                LOG.warn("{} has no '{}' language data (exit {}); reading without OCR", binary, LANGUAGE,
                        p.exitValue());
                return Optional.empty();
            }
            return Optional.of(new TesseractEngine(binary));
        } catch (IOException e) {
            LOG.warn("{} cannot be started ({}); reading without OCR", binary, e.getMessage());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            deleteQuietly(out);
        }
    }

    /**
     * Recognises the words of one grey page image rendered at {@code dpi}.
     *
     * @throws OcrException         when Tesseract fails or takes longer than {@code timeout} (the process is killed)
     * @throws InterruptedException when the calling thread is interrupted (the process is killed first)
     */
    public OcrResult recognise(BufferedImage grey, int dpi, Duration timeout) throws OcrException, InterruptedException {
        if (grey.getType() != BufferedImage.TYPE_BYTE_GRAY) {
            throw new IllegalArgumentException("a TYPE_BYTE_GRAY image is expected");
        }
        Path dir = null;
        Process process = null;
        try {
            dir = Files.createTempDirectory("rapporteur-ocr");
            Path image = dir.resolve("page.pgm");
            writePgm(grey, image);
            ProcessBuilder pb = new ProcessBuilder(binary.toString(), image.toString(), dir.resolve("words").toString(),
                    "-l", LANGUAGE, "--dpi", Integer.toString(dpi), "tsv")
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(dir.resolve("messages.txt").toFile());
            pb.environment().put("OMP_THREAD_LIMIT", "1");
            process = pb.start();
            RUNNING.put(process, dir);
            if (!waitFor(process, timeout)) {
                throw new OcrException("OCR gave up after " + timeout.toSeconds() + " s");
            }
            Path tsv = dir.resolve("words.tsv");
            if (process.exitValue() != 0 || !Files.exists(tsv)) {
                // Tesseract's own words are for the log; the analyst gets what happened
                LOG.warn("tesseract exited with {}: {}", process.exitValue(), firstLine(dir.resolve("messages.txt")));
                throw new OcrException("OCR stopped with an error on this page");
            }
            return TesseractTsv.parse(Files.readString(tsv, StandardCharsets.UTF_8));
        } catch (IOException e) {
            LOG.warn("tesseract could not run", e);
            throw new OcrException("OCR could not run (" + e.getMessage() + ")", e);
        } finally {
            if (process != null) {
                RUNNING.remove(process);
                kill(process);
            }
            deleteTree(dir);
        }
    }

    private static void stopAll() {
        RUNNING.forEach((process, dir) -> {
            kill(process);
            deleteTree(dir);
        });
    }

    /**
     * Kills the process and waits (a millisecond, usually) until it is gone, so it cannot write into its temp folder
     * as that is removed. Spins rather than sleeps: the thread may be interrupted, which ends any sleep at once.
     */
    private static void kill(Process process) {
        if (!process.isAlive()) {
            return;
        }
        process.destroyForcibly();
        long until = System.nanoTime() + 1_000_000_000L;
        while (process.isAlive() && System.nanoTime() < until) {
            Thread.onSpinWait();
        }
    }

    /** Waits in short steps so a timeout is honoured even when the process ignores its input. */
    private static boolean waitFor(Process process, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (process.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                return true;
            }
            if (System.nanoTime() > deadline) {
                return false;
            }
        }
    }

    /** Binary PGM (P5): a short header and the raster's bytes, which Tesseract's image library reads as they are. */
    private static void writePgm(BufferedImage grey, Path file) throws IOException {
        int w = grey.getWidth();
        int h = grey.getHeight();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write(("P5\n" + w + " " + h + "\n255\n").getBytes(StandardCharsets.US_ASCII));
            if (grey.getRaster().getDataBuffer() instanceof DataBufferByte data
                    && grey.getRaster().getSampleModelTranslateX() == 0 && grey.getRaster().getSampleModelTranslateY() == 0
                    && data.getData().length == w * h) {
                out.write(data.getData());
            } else {
                byte[] row = new byte[w];
                for (int y = 0; y < h; y++) {
                    grey.getRaster().getDataElements(0, y, w, 1, row);
                    out.write(row);
                }
            }
        }
    }

    private static String firstLine(Path messages) {
        try {
            return Files.readAllLines(messages, StandardCharsets.UTF_8).stream().map(String::strip)
                    .filter(s -> !s.isEmpty()).findFirst().orElse("no message");
        } catch (IOException e) {
            return "no message";
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.debug("temp file {} left behind", file, e);
            }
        }
    }

    private static void deleteTree(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(TesseractEngine::deleteQuietly);
        } catch (IOException e) {
            LOG.debug("temp folder {} left behind", dir, e);
        }
    }

    @Override
    public String toString() {
        return "Tesseract at " + binary;
    }
}
