package org.rapporteur.export;

import java.util.List;

import org.rapporteur.model.ClaimRecord;
import org.rapporteur.model.Problem;

/**
 * Everything an exporter needs, gathered once by the pipeline: the reports involved (with their normalised text),
 * the selected claims, the codebook, and the codings, notes and links of the selection.
 *
 * @param info          what was exported, when and by what
 * @param reports       every report a claim or anchor of the bundle lies in, in a stable order
 * @param claims        the selected claims: each is an excerpt of its own
 * @param contextClaims claims that are not selected but are referred to (the claim around a coded selection, the
 *                      other end of a link); they give speaker and citation, never rows of their own
 * @param tags          the whole codebook, parents before children
 * @param codings       codings of the selection
 * @param notes         notes of the selection (on claims, selections, reports, persons and tags)
 * @param links         links from or to a selected claim
 * @param problems      what could not be gathered (a report whose file changed, ...); exporters carry on without it
 */
public record ExportBundle(ExportInfo info, List<ReportEntry> reports, List<ClaimRecord> claims,
                           List<ClaimRecord> contextClaims, List<TagEntry> tags, List<CodingEntry> codings,
                           List<NoteEntry> notes, List<LinkEntry> links, List<Problem> problems) {
    public ExportBundle {
        reports = List.copyOf(reports);
        claims = List.copyOf(claims);
        contextClaims = List.copyOf(contextClaims);
        tags = List.copyOf(tags);
        codings = List.copyOf(codings);
        notes = List.copyOf(notes);
        links = List.copyOf(links);
        problems = List.copyOf(problems);
    }

    /** A bundle of annotations only, as an importer reads it (no claims, no problems). */
    public static ExportBundle ofAnnotations(ExportInfo info, List<ReportEntry> reports, List<TagEntry> tags,
                                             List<CodingEntry> codings, List<NoteEntry> notes, List<LinkEntry> links) {
        return new ExportBundle(info, reports, List.of(), List.of(), tags, codings, notes, links, List.of());
    }
}
