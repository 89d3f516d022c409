package org.rapporteur.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * A readable Markdown (CommonMark) dossier: excerpts grouped by tag or speaker, each as a block quote with its
 * citation, tags, notes and links, then the cited reports with their notes. Text from reports and users is
 * backslash-escaped so it never turns into markup or HTML.
 */
public final class MarkdownDossierExporter implements Exporter {
    @Override
    public void write(ExportBundle bundle, ExportOptions options, OutputStream out) throws IOException {
        Dossier d = new Dossier(bundle, options.groupBy());
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        ExportInfo info = bundle.info();
        w.write("# " + escape(info.title()) + "\n\n");
        w.write("*" + escape(info.selection()) + " · " + d.counts() + " · exported " + escape(info.generated())
                + " by " + escape(info.generator()) + "*\n");
        for (Dossier.Group g : d.groups) {
            w.write("\n## " + escape(g.title()) + "\n\n");
            if (g.subtitle() != null) {
                w.write("*" + escape(g.subtitle()) + "*\n\n");
            }
            if (g.description() != null && !g.description().isBlank()) {
                w.write(escape(Texts.oneLine(g.description())) + "\n\n");
            }
            for (NoteEntry n : g.notes()) {
                w.write("**" + escape(Dossier.noteLine(n)) + ":** " + escape(Texts.oneLine(n.text())) + "\n\n");
            }
            int i = 0;
            for (Excerpt e : g.excerpts()) {
                excerpt(w, ++i, e);
            }
        }
        w.write("\n## Sources\n\n");
        for (Dossier.Source s : d.sources) {
            w.write("- " + escape(Dossier.sourceLine(s.report())) + " (id `" + s.report().id() + "`)\n");
            for (NoteEntry n : s.notes()) {
                w.write("  - **" + escape(Dossier.noteLine(n)) + ":** " + escape(Texts.oneLine(n.text())) + "\n");
            }
        }
        w.flush();
    }

    private static void excerpt(Writer w, int number, Excerpt e) throws IOException {
        w.write("### " + number + ". " + escape(Texts.shorten(e.text(), 60)) + "\n\n");
        for (String line : e.text().strip().split("\n")) {
            w.write(line.isBlank() ? ">\n" : "> " + escapeLine(line.strip()) + "\n");
        }
        w.write("\n— " + escape(e.citation().line()) + "\n\n");
        if (!e.tagPaths().isEmpty()) {
            w.write("- Tags: " + escape(String.join("; ", e.tagPaths())) + "\n");
        }
        for (NoteEntry n : e.notes()) {
            w.write("- " + escape(Dossier.noteLine(n)) + ": " + escape(Texts.oneLine(n.text())) + "\n");
        }
        for (Excerpt.LinkView l : e.links()) {
            StringBuilder sb = new StringBuilder("- ").append(escape(capitalise(l.phrase()))).append(": “")
                    .append(escape(Texts.shorten(l.other().exact(), 120))).append("”");
            String who = l.otherSpeaker();
            String where = l.otherReportTitle();
            if (who != null || where != null) {
                sb.append(" — ").append(escape(who == null ? where : where == null ? who : who + ", " + where));
            }
            if (l.link().note() != null) {
                sb.append(" (").append(escape(Texts.oneLine(l.link().note()))).append(')');
            }
            w.write(sb.append('\n').toString());
        }
        w.write("- Id: `" + e.key() + "`\n\n");
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Backslash-escapes CommonMark's inline markup characters (ASCII punctuation may always be escaped). */
    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("\\`*_[]<>#|~&!".indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** {@link #escape} plus the block markers a line may start with: list bullets and numbers, setext underlines. */
    static String escapeLine(String s) {
        String out = escape(s);
        if (out.matches("(?s)[-+=].*")) {
            out = "\\" + out;
        }
        return out.replaceFirst("^(\\d{1,9})([.)])", "$1\\\\$2");
    }
}
