package org.rapporteur.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.rapporteur.model.Claim;
import org.rapporteur.model.Person;

/**
 * One row per excerpt (RFC 4180, UTF-8, CRLF, optional byte order mark): text, speaker, role, speaker's country,
 * countries, themes, tags, notes, report title, organisation, date, page, section, links, and the ids and offsets
 * that locate it, and last the tags the analyst accepted from suggestions (ADR 0034). Every cell goes through {@link SpreadsheetCells#safe(String)}; list cells are joined with
 * {@code "; "}, notes with {@code " | "}.
 */
public final class CsvExporter implements Exporter {
    public static final List<String> HEADER = List.of("excerpt_id", "kind", "text", "speaker", "role",
            "speaker_country", "countries", "themes", "tags", "notes", "report_title", "organisation", "date", "page",
            "section", "links", "report_id", "start", "end", "suggested_tags");

    @Override
    public void write(ExportBundle bundle, ExportOptions options, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        if (options.byteOrderMark()) {
            w.write('\uFEFF');
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get();
        CSVPrinter printer = new CSVPrinter(w, format);
        for (Excerpt e : Excerpts.of(bundle)) {
            List<String> row = row(e);
            List<String> safe = new ArrayList<>(row.size());
            row.forEach(v -> safe.add(SpreadsheetCells.safe(v)));
            printer.printRecord(safe);
        }
        printer.flush();
    }

    static List<String> row(Excerpt e) {
        Claim c = e.claim() == null ? null : e.claim().claim();
        Person p = e.speaker();
        ExcerptCitation cite = e.citation();
        String countries = c == null ? "" : String.join("; ", c.enrichment().countries());
        String themes = c == null ? "" : String.join("; ", c.enrichment().themeNames());
        String notes = e.notes().stream().map(n -> n.text() + (n.creator() == null ? "" : " (" + n.creator() + ")"))
                .collect(Collectors.joining(" | "));
        String links = e.links().stream().map(CsvExporter::link).collect(Collectors.joining(" | "));
        return List.of(e.key(), e.target().name().toLowerCase(java.util.Locale.ROOT), e.text(),
                nz(e.speakerLabel()), p == null ? "" : nz(p.roleLine()), nz(cite.country()), countries, themes,
                String.join("; ", e.tagPaths()), notes, nz(cite.report()), nz(cite.organisation()), nz(cite.date()),
                e.page() == null ? "" : Integer.toString(e.page()), nz(e.section()), links, e.report().id(),
                Integer.toString(e.start()), Integer.toString(e.end()), suggestedTags(e));
    }

    /** The tags of the excerpt that were accepted from suggestions; after the other columns, so none moves. */
    private static String suggestedTags(Excerpt e) {
        return e.codings().stream().filter(CodingEntry::suggested).map(CodingEntry::tagPath).distinct()
                .collect(Collectors.joining("; "));
    }

    private static String link(Excerpt.LinkView l) {
        StringBuilder sb = new StringBuilder(l.phrase()).append(' ');
        sb.append(l.other().claimId() != null ? l.other().claimId() : l.other().reportId() + ":" + l.other().start());
        sb.append(": \"").append(Texts.shorten(l.other().exact(), 80)).append('"');
        String who = l.otherSpeaker();
        String where = l.otherReportTitle();
        if (who != null || where != null) {
            sb.append(" (").append(who == null ? where : where == null ? who : who + ", " + where).append(')');
        }
        if (l.link().note() != null) {
            sb.append(" — ").append(l.link().note());
        }
        return sb.toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
