package org.rapporteur.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

/**
 * Citations as BibTeX (UTF-8, for biber or bibtex8): reports as {@code @techreport} (publisher as institution, kind
 * as type), speeches as {@code @misc} with the event in {@code howpublished}. Titles keep their case with double
 * braces; bodies as authors are braced so they are not split into names; LaTeX's special characters are escaped.
 */
public final class BibtexExporter implements Exporter {
    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
        "nov", "dec"};

    @Override
    public void write(ExportBundle bundle, ExportOptions options, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write("% Encoding: UTF-8\n% Exported by " + bundle.info().generator() + "\n");
        for (CitationItem c : CitationItems.of(bundle)) {
            boolean speech = c.type() == CitationItem.Type.SPEECH;
            w.write("\n@" + (speech ? "misc" : "techreport") + "{" + c.id() + ",\n");
            if (!c.authors().isEmpty()) {
                field(w, "author", c.authors().stream().map(BibtexExporter::name).collect(Collectors.joining(" and ")));
            }
            field(w, "title", "{" + escape(c.title()) + "}");
            if (speech) {
                if (c.event() != null) {
                    field(w, "howpublished", "Remarks at " + escape(c.event()));
                }
                if (c.publisher() != null) {
                    field(w, "organization", escape(c.publisher()));
                }
            } else {
                if (c.publisher() != null) {
                    field(w, "institution", escape(c.publisher()));
                }
                if (c.genre() != null) {
                    field(w, "type", escape(capitalise(c.genre())));
                }
            }
            if (c.year() != null) {
                field(w, "year", c.year());
            }
            int[] p = c.dateParts();
            if (p.length > 1 && p[1] >= 1 && p[1] <= 12) {
                w.write("  month = " + MONTHS[p[1] - 1] + ",\n");
            }
            if (p.length > 0) {
                field(w, "date", c.date());
            }
            if (c.note() != null) {
                field(w, "note", escape(c.note()));
            }
            w.write("}\n");
        }
        w.flush();
    }

    private static void field(Writer w, String name, String value) throws IOException {
        w.write("  " + name + " = {" + value + "},\n");
    }

    private static String name(CitationItem.Name n) {
        return n.literal() != null ? "{" + escape(n.literal()) + "}" : escape(n.family()) + ", " + escape(n.given());
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** LaTeX's special characters escaped; line breaks to spaces. */
    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (char c : Texts.oneLine(s).toCharArray()) {
            switch (c) {
                case '\\' -> sb.append("\\textbackslash{}");
                case '{', '}', '&', '%', '$', '#', '_' -> sb.append('\\').append(c);
                case '~' -> sb.append("\\textasciitilde{}");
                case '^' -> sb.append("\\textasciicircum{}");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
