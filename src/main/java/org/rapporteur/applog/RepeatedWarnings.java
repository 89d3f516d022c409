package org.rapporteur.applog;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.text.NumberFormat;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Messages of libraries that the user cannot act on (PDFBox's font fallbacks, Lucene's vector notice, JavaFX's
 * notices), written once per kind and then counted: the first of a kind goes to the log in full, later ones only add
 * to its count, and {@link #countLines()} says how many came since when ("… — 312 more since 14:02:11"). A PDF with a
 * missing font on every page would otherwise write the same line thousands of times.
 *
 * <p>A kind is the library logger's short name plus the message's first line with what varies blanked: quoted,
 * parenthesised and bracketed parts, any word with a digit, and names (a capitalised word other than the first, a
 * word with an inner capital or with '+', '-', '_', '/' or '\' inside, as font and file names have) become "…", and
 * a run of blanks one "…"; so are a word before a parenthesised part the word after "font", PDFBox's glyph and
 * font names, which may be lower case ("No Unicode mapping for triangle (98) in font null"), and the word after a
 * label ("char: l"). So "Using fallback font LiberationSans for ABCDEF+Calibri-Bold" and "Using fallback font
 * Times New Roman for Georgia" are one kind, "Using fallback font … for …" (ADR 0029).
 *
 * <p>Thread-safe. The instance {@link AppLog} installs is shared by the whole process ({@link #shared()}); a new one
 * writes to whatever it is given, for tests.
 */
public final class RepeatedWarnings {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS", Locale.ROOT);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);
    /** PDFBox names a glyph "rect (97)" and a font after "font", in lower case too ("triangle", "null"). */
    private static final Pattern GLYPH_OR_FONT = Pattern.compile("\\S+\\s+\\([^()]*\\)|(?<=\\bfont )\\S+");
    private static final Pattern QUOTED = Pattern.compile("'[^']*'|\"[^\"]*\"|`[^`]*`|\\([^()]*\\)|\\[[^\\[\\]]*\\]");
    /** A word and, apart, the punctuation after it, which is kept. */
    private static final Pattern TOKEN = Pattern.compile("(\\S+?)([,;:.!?]*)(?=\\s|$)");
    private static final Pattern VARYING = Pattern.compile(".*\\d.*|\\p{Lu}.*|.+\\p{Lu}.*|.+[+\\-_/\\\\].+");
    private static final Pattern BLANKS = Pattern.compile("…(?:[\\s,;:.]*…)+");
    private static final int MAX_TEMPLATE = 160;

    private static final RepeatedWarnings SHARED = new RepeatedWarnings(line -> AppLog.sink().print(line));

    private final Consumer<String> out;
    private final Map<String, Kind> kinds = new ConcurrentHashMap<>();

    /** @param out where the first of each kind is written, a complete line (or lines) ending in a line break */
    public RepeatedWarnings(Consumer<String> out) {
        this.out = out;
    }

    /** The process's counter, writing to the log file once {@link AppLog#install} ran (else to stderr). */
    public static RepeatedWarnings shared() {
        return SHARED;
    }

    /** The first of a kind is written now; later ones are counted. */
    public void record(String logger, String level, String message, Throwable thrown) {
        String kind = kindOf(logger, message);
        Kind k = kinds.computeIfAbsent(kind, x -> new Kind());
        if (!k.seen.compareAndSet(0, 1)) {
            k.since.compareAndSet(null, LocalTime.now(ZoneId.systemDefault()));
            k.repeats.incrementAndGet();
            return;
        }
        StringBuilder line = new StringBuilder()
                .append(LocalDateTime.now(ZoneId.systemDefault()).format(STAMP)).append(' ').append(level).append(' ')
                .append(label(logger)).append(" - ").append(printable(message))
                .append("  [first of its kind; repeats are counted]").append(System.lineSeparator());
        if (thrown != null) {
            StringWriter trace = new StringWriter();
            thrown.printStackTrace(new PrintWriter(trace));
            line.append(trace);
        }
        out.accept(line.toString());
    }

    /**
     * One line per kind that repeated since the last call, most frequent first ("PDFBox PDType1Font: Using fallback
     * font … for … — 312 more since 14:02:11"), and those counts start again from zero. A kind stays seen: its next
     * occurrence is counted, not written again.
     */
    public List<String> countLines() {
        NumberFormat n = NumberFormat.getIntegerInstance(Locale.ROOT);
        List<String> lines = new ArrayList<>();
        List<Count> counts = new ArrayList<>();
        for (Map.Entry<String, Kind> e : kinds.entrySet()) {
            LocalTime since = e.getValue().since.getAndSet(null);
            long c = e.getValue().repeats.getAndSet(0);
            if (c > 0) {
                counts.add(new Count(e.getKey(), c, since));
            }
        }
        counts.sort(Comparator.comparingLong(Count::count).reversed().thenComparing(Count::kind));
        for (Count c : counts) {
            lines.add(c.kind() + " — " + n.format(c.count()) + " more since "
                    + (c.since() == null ? "?" : c.since().format(CLOCK)));
        }
        return lines;
    }

    /** {@link #countLines()} as log lines, with a time stamp, ready to append to the log ("" when nothing repeated). */
    public String countText(String when) {
        List<String> lines = countLines();
        if (lines.isEmpty()) {
            return "";
        }
        String stamp = LocalDateTime.now(ZoneId.systemDefault()).format(STAMP);
        StringBuilder text = new StringBuilder();
        for (String l : lines) {
            text.append(stamp).append(" INFO repeated ").append(when).append(": ").append(l)
                    .append(System.lineSeparator());
        }
        return text.toString();
    }

    /** Writes the counts now (at the end of an index run, say), if anything repeated. */
    public void writeCounts(String when) {
        String text = countText(when);
        if (!text.isEmpty()) {
            out.accept(text);
        }
    }

    /** Forgets which kinds were seen, so each is written in full again: for a fresh log file. */
    void forgetSeen() {
        kinds.values().forEach(k -> k.seen.set(0));
    }

    /** "PDFBox COSParser: Object # # not found at #": see the class comment. */
    public static String kindOf(String logger, String message) {
        String text = String.valueOf(message).lines().findFirst().orElse("").strip();
        text = GLYPH_OR_FONT.matcher(text).replaceAll("…");
        text = QUOTED.matcher(text).replaceAll("…");
        StringBuilder template = new StringBuilder();
        Matcher tokens = TOKEN.matcher(text);
        boolean first = true;
        boolean afterLabel = false;
        while (tokens.find()) {
            // the message's first word keeps its capital; any other capitalised word is taken for a name
            String word = tokens.group(1);
            boolean varies = afterLabel || VARYING.matcher(word).matches() && !(first && isPlainWord(word));
            tokens.appendReplacement(template, Matcher.quoteReplacement((varies ? "…" : word) + tokens.group(2)));
            first = false;
            afterLabel = tokens.group(2).contains(":"); // "char: x", "length: 52": a label's value
        }
        tokens.appendTail(template);
        text = BLANKS.matcher(template).replaceAll("…");
        if (text.length() > MAX_TEMPLATE) {
            text = text.substring(0, MAX_TEMPLATE) + "…";
        }
        return label(logger) + ": " + text;
    }

    /** A hostile file's bytes end up in some messages ("char: ^Z"): the log stays a text file. */
    private static String printable(String message) {
        return String.valueOf(message).codePoints()
                .map(c -> Character.isISOControl(c) && c != '\n' && c != '\t' ? '\uFFFD' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private static boolean isPlainWord(String token) {
        return token.chars().allMatch(Character::isLetter) && token.substring(1).chars().noneMatch(Character::isUpperCase);
    }

    /** "PDFBox COSParser", "Lucene VectorizationProvider", "JavaFX javafx": the library and the logger's last part. */
    static String label(String logger) {
        if (logger == null || logger.isEmpty()) {
            return "?";
        }
        String shortName = logger.substring(logger.lastIndexOf('.') + 1);
        String library = logger.startsWith("org.apache.pdfbox") ? "PDFBox "
                : logger.startsWith("org.apache.fontbox") ? "FontBox "
                : logger.startsWith("org.apache.poi") ? "POI "
                : logger.startsWith("org.apache.lucene") ? "Lucene "
                : logger.startsWith("javafx") || logger.startsWith("com.sun.javafx") ? "JavaFX " : "";
        return library + shortName;
    }

    private record Count(String kind, long count, LocalTime since) {
    }

    private static final class Kind {
        final AtomicLong seen = new AtomicLong();
        final AtomicLong repeats = new AtomicLong();
        final AtomicReference<LocalTime> since = new AtomicReference<>();
    }
}
