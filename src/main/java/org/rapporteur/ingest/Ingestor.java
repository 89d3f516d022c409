package org.rapporteur.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.rapporteur.model.Ids;
import org.rapporteur.model.Problem;
import org.rapporteur.model.ProblemKind;
import org.rapporteur.model.SourceDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one report file (TXT, Markdown, HTML, PDF, DOCX) into a normalised {@link SourceDocument} whose id is the
 * SHA-256 of the file's bytes.
 *
 * <p>Contract: {@link #read(Path)} never throws for bad input — a missing, unreadable, empty, oversized, binary,
 * damaged or encrypted file comes back as an {@link IngestResult} with an ERROR {@link Problem} and no document.
 * Memory stays bounded: text formats are refused above {@link #MAX_TEXT_BYTES} before being read, PDFs are parsed
 * with a temp-file cache. Thread-safe and stateless: one instance may serve many threads.
 */
public final class Ingestor {
    private static final Logger LOG = LoggerFactory.getLogger(Ingestor.class);

    /** Largest text file (TXT, MD, HTML) read; a policy report is rarely above 2 MB, a whole book 10 MB. */
    public static final long MAX_TEXT_BYTES = 64L * 1024 * 1024;
    /** Largest binary file (PDF, DOCX) read; these are mostly images, the text in them is small. */
    public static final long MAX_BINARY_BYTES = 1024L * 1024 * 1024;

    private static final long MB = 1024L * 1024;

    private final Map<SourceFormat, FormatReader> readers = new EnumMap<>(SourceFormat.class);

    public Ingestor() {
        PlainTextReader plain = new PlainTextReader();
        readers.put(SourceFormat.TXT, plain);
        readers.put(SourceFormat.MD, plain);
        readers.put(SourceFormat.HTML, new HtmlReader());
        readers.put(SourceFormat.PDF, new PdfReader());
        readers.put(SourceFormat.DOCX, new DocxReader());
    }

    /**
     * Reads one file. Never throws for bad input (see the class comment); {@code file} itself must not be null.
     */
    public IngestResult read(Path file) {
        Objects.requireNonNull(file, "file");
        String where = file.toString();
        Optional<SourceFormat> format = SourceFormat.of(file);
        if (format.isEmpty()) {
            return IngestResult.failed(file, Problem.error(where, ProblemKind.UNSUPPORTED_FORMAT,
                    "unsupported file type", null)); // the kind's action lists the formats that are read
        }
        BasicFileAttributes attrs;
        try {
            attrs = checkedAttributes(file, format.get());
        } catch (ReadFailure f) {
            return IngestResult.failed(file, Problem.error(where, f.kind(), f.reason(), f.hint()));
        }
        try (ReadBudget budget = ReadBudget.start(attrs.size())) {
            try {
                return readChecked(file, format.get(), budget);
            } catch (ReadFailure f) {
                // a library that met the watchdog's interrupt says "closed channel" or the like: the budget is why
                ReadFailure why = budget.expired() && !f.isStop() ? budget.stoppedByTime() : f;
                return IngestResult.failed(file, Problem.error(where, why.kind(), why.reason(), why.hint()));
            } catch (RuntimeException | StackOverflowError e) {
                if (budget.expired()) {
                    ReadFailure why = budget.stoppedByTime();
                    return IngestResult.failed(file, Problem.error(where, why.kind(), why.reason(), why.hint()));
                }
                // A library bug on a hostile file must not end a batch of thousands. The trace goes to the log; the
                // analyst gets words, not the library's.
                LOG.warn("unexpected failure reading {}", file, e);
                return IngestResult.failed(file, Problem.error(where, ProblemKind.DAMAGED,
                        "could not be read: the file is damaged in a "
                        + "way the " + format.get().label() + " reader does not handle",
                        "try re-saving or re-exporting it; the details are in the log"));
            } catch (OutOfMemoryError e) {
                LOG.warn("out of memory reading {}", file);
                return IngestResult.failed(file, Problem.error(where, ProblemKind.TOO_LARGE,
                        "too large to read in the available memory",
                        "split the file, or extract the part you need"));
            }
        }
    }

    private static BasicFileAttributes checkedAttributes(Path file, SourceFormat format) throws ReadFailure {
        BasicFileAttributes attrs = attributes(file);
        if (attrs.isDirectory()) {
            throw new ReadFailure(ProblemKind.NOT_A_FILE, "is a directory, not a file", null);
        }
        if (!attrs.isRegularFile()) {
            throw new ReadFailure(ProblemKind.NOT_A_FILE, "not a regular file (a pipe, socket or device)", null);
        }
        long size = attrs.size();
        if (size == 0) {
            throw new ReadFailure(ProblemKind.EMPTY, "empty file", null);
        }
        long limit = format.isText() ? MAX_TEXT_BYTES : MAX_BINARY_BYTES;
        if (size > limit) {
            throw tooLarge(size, limit);
        }
        return attrs;
    }

    private IngestResult readChecked(Path file, SourceFormat format, ReadBudget budget) throws ReadFailure {
        long limit = format.isText() ? MAX_TEXT_BYTES : MAX_BINARY_BYTES;
        byte[] bytes = null;
        String reportId;
        if (format.isText()) {
            bytes = readAtMost(file, limit);
            if (bytes.length == 0) {
                throw new ReadFailure(ProblemKind.EMPTY, "empty file", null);
            }
            reportId = Ids.sha256(bytes);
        } else {
            reportId = sha256(file);
        }
        FormatReader reader = readers.get(format);
        if (reader == null) {
            throw new ReadFailure(ProblemKind.UNSUPPORTED_FORMAT, "unsupported file type", null);
        }
        ExtractedText extracted = reader.read(file, bytes, budget);
        budget.checkChars(extracted.text().length());
        if (extracted.text().isBlank()) {
            // what to do is the kind's: open it and, if it shows text, export a fresh copy
            throw new ReadFailure(ProblemKind.NO_TEXT, "no readable text", null);
        }
        List<Problem> problems = new ArrayList<>(extracted.problems());
        SourceDocument doc = new SourceDocument(reportId, String.valueOf(file.getFileName()),
                file.toAbsolutePath().toString(), format.id(), extracted.text(), extracted.pages(), problems,
                extracted.declared(), extracted.layout());
        return new IngestResult(file, doc, problems);
    }

    private static BasicFileAttributes attributes(Path file) throws ReadFailure {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    /** Reads the whole file but never more than {@code limit} bytes, in case it grew since its size was checked. */
    private static byte[] readAtMost(Path file, long limit) throws ReadFailure {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) limit);
            if (in.read() >= 0) {
                throw tooLarge(limit + 1, limit);
            }
            return bytes;
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    /** SHA-256 of a file, streamed, in the same form as {@link Ids#sha256(byte[])}. */
    static String sha256(Path file) throws ReadFailure {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            byte[] buffer = new byte[64 * 1024];
            while (in.read(buffer) >= 0) {
                // the digest sees every byte as it passes
            }
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    /** Why a file could not be read, in the words of a problem. */
    private static ReadFailure unreadable(IOException e) {
        return switch (e) {
            case NoSuchFileException _ -> new ReadFailure(ProblemKind.NOT_FOUND, "file not found", null, e);
            case AccessDeniedException _ -> new ReadFailure(ProblemKind.NO_ACCESS, "permission denied",
                    "check the file's permissions", e);
            default -> new ReadFailure(ProblemKind.NO_ACCESS, "cannot read file: " + describe(e), null, e);
        };
    }

    private static ReadFailure tooLarge(long size, long limit) {
        return new ReadFailure(ProblemKind.TOO_LARGE,
                "too large (" + (size + MB - 1) / MB + " MB > " + limit / MB + " MB limit)",
                "split the file, or extract the part you need");
    }

    static String describe(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
