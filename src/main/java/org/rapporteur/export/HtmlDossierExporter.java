package org.rapporteur.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * A readable, self-contained HTML5 dossier (one file, inline CSS, no script): excerpts grouped by tag or speaker,
 * each with its citation, tags, notes and links, then the cited reports with their notes. Every piece of text is
 * escaped; tag colours are used only when they are plain {@code #RRGGBB}.
 */
public final class HtmlDossierExporter implements Exporter {
    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");
    private static final String CSS = """
            body{font-family:system-ui,sans-serif;max-width:50em;margin:2em auto;padding:0 1em;line-height:1.5;color:#222}
            blockquote{margin:0.5em 0;padding:0.2em 1em;border-left:4px solid #999;background:#f7f7f7;white-space:pre-line}
            .cite{color:#555;font-size:0.95em}.meta{color:#666;font-size:0.9em}.swatch{display:inline-block;width:0.8em;
            height:0.8em;border-radius:2px;margin-right:0.4em}.note{background:#fffbe6;padding:0.2em 0.5em}
            .excerpt{margin-bottom:1.5em}code{font-size:0.85em;color:#666}
            """;

    @Override
    public void write(ExportBundle bundle, ExportOptions options, OutputStream out) throws IOException {
        Dossier d = new Dossier(bundle, options.groupBy());
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        ExportInfo info = bundle.info();
        w.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + esc(info.title())
                + "</title>\n<meta name=\"generator\" content=\"" + esc(info.generator()) + "\">\n<style>\n" + CSS
                + "</style>\n</head>\n<body>\n");
        w.write("<h1>" + esc(info.title()) + "</h1>\n<p class=\"meta\">" + esc(info.selection()) + " · "
                + esc(d.counts()) + " · exported " + esc(info.generated()) + " by " + esc(info.generator())
                + "</p>\n");
        for (Dossier.Group g : d.groups) {
            w.write("<section>\n<h2>");
            if (g.colour() != null && COLOUR.matcher(g.colour()).matches()) {
                w.write("<span class=\"swatch\" style=\"background:" + g.colour() + "\"></span>");
            }
            w.write(esc(g.title()) + "</h2>\n");
            if (g.subtitle() != null) {
                w.write("<p class=\"meta\">" + esc(g.subtitle()) + "</p>\n");
            }
            if (g.description() != null && !g.description().isBlank()) {
                w.write("<p>" + esc(g.description()) + "</p>\n");
            }
            for (NoteEntry n : g.notes()) {
                w.write("<p class=\"note\"><strong>" + esc(Dossier.noteLine(n)) + ":</strong> " + esc(n.text())
                        + "</p>\n");
            }
            for (Excerpt e : g.excerpts()) {
                excerpt(w, e);
            }
            w.write("</section>\n");
        }
        w.write("<section>\n<h2>Sources</h2>\n<ul>\n");
        for (Dossier.Source s : d.sources) {
            w.write("<li>" + esc(Dossier.sourceLine(s.report())) + " <code>" + esc(s.report().id()) + "</code>");
            if (!s.notes().isEmpty()) {
                w.write("\n<ul>\n");
                for (NoteEntry n : s.notes()) {
                    w.write("<li class=\"note\"><strong>" + esc(Dossier.noteLine(n)) + ":</strong> "
                            + esc(n.text()) + "</li>\n");
                }
                w.write("</ul>\n");
            }
            w.write("</li>\n");
        }
        w.write("</ul>\n</section>\n</body>\n</html>\n");
        w.flush();
    }

    private static void excerpt(Writer w, Excerpt e) throws IOException {
        w.write("<div class=\"excerpt\" id=\"" + esc(e.key()) + "\">\n<blockquote>" + esc(e.text().strip())
                + "</blockquote>\n<p class=\"cite\">— " + esc(e.citation().line()) + "</p>\n");
        if (e.tagPaths().isEmpty() && e.notes().isEmpty() && e.links().isEmpty()) {
            w.write("</div>\n");
            return;
        }
        w.write("<ul>\n");
        if (!e.tagPaths().isEmpty()) {
            w.write("<li>Tags: " + esc(String.join("; ", e.tagPaths())) + "</li>\n");
        }
        for (NoteEntry n : e.notes()) {
            w.write("<li class=\"note\"><strong>" + esc(Dossier.noteLine(n)) + ":</strong> " + esc(n.text())
                    + "</li>\n");
        }
        for (Excerpt.LinkView l : e.links()) {
            w.write("<li>" + esc(l.phrase()) + ": “" + esc(Texts.shorten(l.other().exact(), 120)) + "”");
            String who = l.otherSpeaker();
            String where = l.otherReportTitle();
            if (who != null || where != null) {
                w.write(" — " + esc(who == null ? where : where == null ? who : who + ", " + where));
            }
            if (l.link().note() != null) {
                w.write(" <em>(" + esc(l.link().note()) + ")</em>");
            }
            w.write("</li>\n");
        }
        w.write("</ul>\n</div>\n");
    }

    /** Escapes text for element content and double- or single-quoted attributes. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    // Control characters other than tab and line ends are not allowed in HTML text.
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
                        sb.append('\uFFFD');
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
