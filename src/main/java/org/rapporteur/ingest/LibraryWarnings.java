package org.rapporteur.ingest;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Warnings the format libraries log while reading hostile files (PDFBox writes thousands, each with a stack trace),
 * counted by kind instead of printed: the first of a kind goes to the log at INFO without its trace (DEBUG has the
 * trace), and {@link #drainSummary()} gives one line per kind with its count for the end of a run. So nothing of
 * theirs lands in the terminal's progress line, and the log stays readable. What the analyst needs to know about a
 * file comes back as its {@code Problem}, in our words.
 *
 * <p>Thread-safe; counts are process-wide (the libraries' loggers are static).
 */
public final class LibraryWarnings {
    private static final Logger LOG = LoggerFactory.getLogger(LibraryWarnings.class);
    private static final Map<String, AtomicLong> COUNTS = new ConcurrentHashMap<>();

    private LibraryWarnings() {
    }

    /** Counts one warning of library logger {@code source}; logs it at INFO if it is the first of its kind. */
    static void record(String source, Object message, Throwable t) {
        String kind = kindOf(source, message);
        AtomicLong count = COUNTS.computeIfAbsent(kind, k -> new AtomicLong());
        if (count.getAndIncrement() == 0) {
            LOG.info("library warning (further ones of this kind are counted): {}", kind);
            if (t != null) {
                LOG.debug("the first {}", kind, t);
            }
        }
    }

    /** "PDFBox COSParser: Could not read object #": the source's short name and the message with numbers blanked. */
    static String kindOf(String source, Object message) {
        String shortName = source == null ? "?" : source.substring(source.lastIndexOf('.') + 1);
        String library = source == null ? "" : source.startsWith("org.apache.pdfbox") ? "PDFBox "
                : source.startsWith("org.apache.fontbox") ? "FontBox " : source.startsWith("org.apache.poi") ? "POI " : "";
        String text = String.valueOf(message).lines().findFirst().orElse("");
        if (text.length() > 160) {
            text = text.substring(0, 160) + "…";
        }
        return library + shortName + ": " + text.replaceAll("\\d+", "#");
    }

    /** One line per kind counted since the last call, most frequent first, and resets the counts. */
    public static List<String> drainSummary() {
        List<Map.Entry<String, Long>> counted = new ArrayList<>();
        for (String kind : List.copyOf(COUNTS.keySet())) {
            AtomicLong c = COUNTS.remove(kind);
            if (c != null && c.get() > 0) {
                counted.add(Map.entry(kind, c.get()));
            }
        }
        counted.sort(Map.Entry.<String, Long>comparingByValue().reversed());
        NumberFormat n = NumberFormat.getIntegerInstance(Locale.ROOT);
        return counted.stream().map(e -> n.format(e.getValue()) + " × " + e.getKey()).toList();
    }
}
