package org.rapporteur.ui.export;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.rapporteur.export.ExportBundle;
import org.rapporteur.export.ExportFormat;
import org.rapporteur.export.ExportOptions;
import org.rapporteur.model.Problem;
import org.rapporteur.pipeline.ExportResult;
import org.rapporteur.pipeline.ExportService;
import org.rapporteur.pipeline.ImportResult;

/**
 * The texts the export and import dialogs show: the first lines of an export written into memory, a summary of a
 * binary export's contents, and readable summaries of finished exports and imports. Pure functions; thread-safe.
 */
public final class ExportPreviews {
    /** How many lines a text preview shows. */
    public static final int PREVIEW_LINES = 200;
    /** Bytes kept of the output for a preview: enough for {@link #PREVIEW_LINES} long lines; the rest is counted. */
    static final int PREVIEW_BYTES = 256 * 1024;

    private ExportPreviews() {
    }

    /** True when the format is a zip archive that has no text to preview. */
    public static boolean binary(ExportFormat format) {
        return format == ExportFormat.QDPX;
    }

    /** The first {@code maxLines} lines {@code format} would write for {@code bundle}, with a note when cut. */
    public static String text(ExportService service, ExportBundle bundle, ExportFormat format, ExportOptions options,
                              int maxLines) {
        HeadBuffer out = new HeadBuffer(PREVIEW_BYTES);
        service.write(bundle, format, options, out);
        String text = out.head();
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1); // the byte order mark is invisible; the option says it is there
        }
        int at = 0;
        int lines = 0;
        while (lines < maxLines && at < text.length()) {
            int nl = text.indexOf('\n', at);
            at = nl < 0 ? text.length() : nl + 1;
            lines++;
        }
        boolean cut = at < text.length() || out.total() > out.kept();
        String shown = text.substring(0, at);
        if (!cut) {
            return shown;
        }
        return shown + (shown.endsWith("\n") ? "" : "\n") + "… the preview stops after " + lines + " lines; the export"
                + " has " + size(out.total()) + ".\n";
    }

    /** What a binary export will hold, in place of a text preview. */
    public static String contents(ExportBundle b, ExportFormat format) {
        StringBuilder sb = new StringBuilder();
        sb.append(format.label()).append(" (.").append(format.extension())
                .append("): a zip archive, so there is no text to preview. It will hold:\n\n");
        sb.append(String.format(Locale.ROOT, "  %,8d  %s%n", b.reports().size(), "reports (as sources)"));
        sb.append(String.format(Locale.ROOT, "  %,8d  %s%n", b.claims().size(), "claims"));
        sb.append(String.format(Locale.ROOT, "  %,8d  %s%n", b.tags().size(), "tags (as codes)"));
        sb.append(String.format(Locale.ROOT, "  %,8d  %s%n", b.codings().size(), "codings"));
        sb.append(String.format(Locale.ROOT, "  %,8d  %s%n", b.notes().size(), "notes"));
        sb.append(String.format(Locale.ROOT, "  %,8d  %s%n", b.links().size(), "links"));
        problems(sb, b.problems());
        return sb.toString();
    }

    /** One line on what a gathered selection holds. */
    public static String counts(ExportBundle b) {
        return plural(b.claims().size(), "claim") + " from " + plural(b.reports().size(), "report") + " · "
                + plural(b.codings().size(), "coding") + " · " + plural(b.notes().size(), "note") + " · "
                + plural(b.links().size(), "link")
                + (b.problems().isEmpty() ? "" : " · " + plural(b.problems().size(), "problem"));
    }

    /** What a finished export wrote, for the user. */
    public static String result(ExportResult r) {
        StringBuilder sb = new StringBuilder();
        sb.append("Exported ").append(plural(r.claims(), "claim")).append(" from ")
                .append(plural(r.reports(), "report")).append(" as ").append(r.format().label()).append(" to ")
                .append(r.file()).append(" (").append(size(r.bytes())).append(").\n");
        sb.append(plural(r.codings(), "coding")).append(", ").append(plural(r.notes(), "note")).append(", ")
                .append(plural(r.links(), "link")).append("; ").append(plural(r.tags(), "tag"))
                .append(" in the codebook.");
        problems(sb.append('\n'), r.problems());
        return sb.toString().strip();
    }

    /** What a finished import did, for the user. */
    public static String imported(ImportResult r) {
        StringBuilder sb = new StringBuilder();
        sb.append("Imported ").append(r.file().getFileName()).append(" (").append(r.kind()).append("): ")
                .append(plural(r.tagsCreated(), "new tag"));
        if (r.codings() + r.notes() + r.links() > 0 || r.kind().contains("JSON")) {
            sb.append(", ").append(plural(r.codings(), "coding")).append(", ").append(plural(r.notes(), "note"))
                    .append(", ").append(plural(r.links(), "link"));
        }
        sb.append('.');
        for (String m : r.messages()) {
            sb.append('\n').append(m);
        }
        return sb.toString();
    }

    private static void problems(StringBuilder sb, List<Problem> problems) {
        if (problems.isEmpty()) {
            return;
        }
        sb.append('\n').append(problems.size() == 1 ? "One problem:" : problems.size() + " problems:").append('\n');
        problems.stream().limit(8).forEach(p -> sb.append("  - ").append(p.line())
                .append('\n'));
        if (problems.size() > 8) {
            sb.append("  - and ").append(problems.size() - 8).append(" more\n");
        }
    }

    static String plural(long n, String noun) {
        return String.format(Locale.ROOT, "%,d", n) + " " + noun + (n == 1 ? "" : "s");
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return plural(bytes, "byte");
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }

    /** Keeps the first bytes written and counts the rest, so a big export previews in bounded memory. */
    private static final class HeadBuffer extends OutputStream {
        private final ByteArrayOutputStream head = new ByteArrayOutputStream();
        private final int limit;
        private long total;

        HeadBuffer(int limit) {
            this.limit = limit;
        }

        @Override
        public void write(int b) {
            if (head.size() < limit) {
                head.write(b);
            }
            total++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            int keep = Math.max(0, Math.min(len, limit - head.size()));
            head.write(b, off, keep);
            total += len;
        }

        long total() {
            return total;
        }

        long kept() {
            return head.size();
        }

        String head() {
            // A character cut at the limit decodes as a replacement character, on the last (dropped) line.
            return head.toString(StandardCharsets.UTF_8);
        }
    }
}
