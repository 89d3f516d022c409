package org.rapporteur.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Citations as RIS (UTF-8, CRLF): reports as {@code RPRT}; speeches, which RIS has no type for, as {@code GEN} with
 * {@code M3 - Speech} and the event in {@code T2}.
 */
public final class RisExporter implements Exporter {
    @Override
    public void write(ExportBundle bundle, ExportOptions options, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        for (CitationItem c : CitationItems.of(bundle)) {
            boolean speech = c.type() == CitationItem.Type.SPEECH;
            tag(w, "TY", speech ? "GEN" : "RPRT");
            tag(w, "ID", c.id());
            for (CitationItem.Name a : c.authors()) {
                tag(w, "AU", a.inverted());
            }
            tag(w, "TI", c.title());
            tag(w, "T2", c.event());
            tag(w, "PB", c.publisher());
            tag(w, "PY", c.year());
            int[] p = c.dateParts();
            if (p.length > 0) {
                tag(w, "DA", p[0] + "/" + (p.length > 1 ? String.format(java.util.Locale.ROOT, "%02d", p[1]) : "") + "/"
                        + (p.length > 2 ? String.format(java.util.Locale.ROOT, "%02d", p[2]) : "") + "/");
            }
            tag(w, "M3", speech ? "Speech" : c.genre());
            tag(w, "N1", c.note());
            w.write("ER  - \r\n\r\n");
        }
        w.flush();
    }

    private static void tag(Writer w, String tag, String value) throws IOException {
        if (value == null || value.isBlank()) {
            return;
        }
        w.write(tag + "  - " + Texts.oneLine(value) + "\r\n");
    }
}
