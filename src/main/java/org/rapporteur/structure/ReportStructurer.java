package org.rapporteur.structure;

import java.util.ArrayList;
import java.util.List;
import org.rapporteur.model.Attribution;
import org.rapporteur.model.AttributionMethod;
import org.rapporteur.model.Claim;
import org.rapporteur.model.Ids;
import org.rapporteur.model.Person;
import org.rapporteur.model.Problem;
import org.rapporteur.model.ProblemKind;
import org.rapporteur.model.Report;
import org.rapporteur.model.ReportKind;
import org.rapporteur.model.ReportMetadata;
import org.rapporteur.model.SidecarEntry;
import org.rapporteur.model.SourceDocument;
import org.rapporteur.model.SpeakerBlock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a normalised {@link SourceDocument} into a {@link Report}: nested sections, speaker blocks, boilerplate
 * spans, claims (bullets, numbered items, sentences) each with page, section path and an {@link Attribution}
 * (person or organisation/session, method, confidence, reason), and the report's metadata.
 *
 * <p>Contract: deterministic (same input, same output, same claim ids), thread-safe (no shared mutable state: each
 * call scans with its own objects), and never throws on odd text: if a rule fails unexpectedly the report falls back
 * to unattributed sentence claims and the failure is logged. A {@link SidecarEntry} overrides any metadata field, and
 * its speaker (with role and country) becomes the speaker of every claim (method {@code SIDECAR}), as for the UN
 * General Debate speeches.
 */
public final class ReportStructurer {
    private static final Logger LOG = LoggerFactory.getLogger(ReportStructurer.class);

    public Report structure(SourceDocument doc, SidecarEntry sidecarOrNull) {
        SidecarOverrides sidecar = SidecarOverrides.of(sidecarOrNull);
        try {
            return structureOrThrow(doc, sidecar);
        } catch (RuntimeException | StackOverflowError e) {
            // a rule must never cost the batch a report: keep the sentences, drop the structure
            LOG.warn("structuring {} failed, falling back to plain sentences: {}", doc.sourceName(), e.toString());
            return fallback(doc, sidecar);
        }
    }

    private Report structureOrThrow(SourceDocument doc, SidecarOverrides sidecar) {
        String text = doc.text();
        Person sidecarSpeaker = sidecar.speaker();
        DocumentScan scan = new StructureScanner(text, doc.layout()).scan();
        List<TurnDetector.Turn> turns = sidecarSpeaker != null ? List.of() : TurnDetector.find(text);
        scan = ClaimBoundaries.atTurns(scan, turns, text);
        // A sidecar that names the speaker of a speech settles what the shape would decide (kind, attribution, and
        // whether the text's institutions and dates are mentions); measuring it costs a regex pass over the whole
        // text and a reported-speech test per sentence, a third of the CPU of ingesting the UN speeches.
        boolean speechBySidecar = sidecarSpeaker != null && sidecar.speech();
        SpeechShape shape = speechBySidecar ? null : SpeechShape.of(text, scan, doc.declared());
        ReportMetadata meta = MetadataExtractor.extract(text, scan, sidecar, doc.declared(),
                declaredByDocumentProperties(doc), shape, doc.sourceName());
        SpeakerAttribution attribution = null;
        SourceDocument source = doc;
        if (sidecarSpeaker == null) {
            // a sidecar's speaker speaks every claim: nothing to weigh (the UN speeches take this path)
            attribution = SpeakerAttribution.of(text, scan, meta, doc.declared(), turns, shape);
            if (!sidecar.givesKind()) {
                ReportKind found = attribution.kind(meta.kind());
                if (found == ReportKind.SPEECH && meta.kind() != ReportKind.SPEECH && !sidecar.givesDate()) {
                    // a speech only attribution recognised: a date in the speaker's own sentences is another event's
                    meta = meta.withDate(MetadataExtractor.date(text, scan, ReportKind.SPEECH, doc.declared(),
                            declaredByDocumentProperties(doc), true, doc.sourceName()));
                }
                meta = meta.withKind(found);
            }
            if (attribution.layout().layout() == Layout.UNKNOWN && !scan.claims().isEmpty()) {
                source = withProblem(doc, Problem.warning(doc.path(), ProblemKind.NO_LAYOUT,
                        "no recognisable layout (no turns, speaker cards, "
                        + "author or reported speech): claims are credited to the organisation with a low confidence",
                        "correct speakers in the workbench's Review attributions view"));
            }
        }
        List<Claim> claims = new ArrayList<>(scan.claims().size());
        for (ClaimDraft d : scan.claims()) {
            Attribution a = sidecarSpeaker != null ? sidecarAttribution(sidecarSpeaker) : attribution.resolve(d);
            claims.add(new Claim(Ids.claimId(doc.reportId(), d.start(), d.end()), doc.reportId(), d.start(), d.end(),
                    text.substring(d.start(), d.end()), doc.pageAt(d.start()), d.sectionPath(), d.kind(), a, null));
        }
        List<SpeakerBlock> blocks = new ArrayList<>(scan.speakerBlocks());
        if (sidecarSpeaker != null) {
            blocks.add(new SpeakerBlock(sidecarSpeaker, 0, 0, 0, text.length(), AttributionMethod.SIDECAR));
        } else {
            addBylineBlocks(blocks, claims);
        }
        blocks.sort((x, y) -> Integer.compare(x.headerStart(), y.headerStart()));
        return new Report(source, meta, scan.sections(), blocks, scan.boilerplate(), claims);
    }

    private static SourceDocument withProblem(SourceDocument d, Problem p) {
        List<Problem> problems = new ArrayList<>(d.problems());
        problems.add(p);
        return new SourceDocument(d.reportId(), d.sourceName(), d.path(), d.format(), d.text(), d.pages(), problems,
                d.declared(), d.layout());
    }

    /** PDF and Word files declare through properties their authoring tool keeps, not through what the author wrote. */
    private static boolean declaredByDocumentProperties(SourceDocument doc) {
        return "pdf".equals(doc.format()) || "docx".equals(doc.format());
    }

    /** The author of a bylined piece speaks from the first to the last claim credited to them. */
    private static void addBylineBlocks(List<SpeakerBlock> blocks, List<Claim> claims) {
        Person author = null;
        int start = -1;
        int end = -1;
        for (Claim c : claims) {
            if (c.attribution().method() == AttributionMethod.BYLINE && c.attribution().speaker() != null) {
                author = c.attribution().speaker();
                start = start < 0 ? c.start() : start;
                end = c.end();
            }
        }
        if (author != null) {
            blocks.add(new SpeakerBlock(author, start, start, start, end, AttributionMethod.BYLINE));
        }
    }

    private static Attribution sidecarAttribution(Person p) {
        return Attribution.to(p, AttributionMethod.SIDECAR, 1.0, "speaker given by the metadata sidecar");
    }

    private Report fallback(SourceDocument doc, SidecarOverrides sidecar) {
        String text = doc.text();
        Person speaker = sidecar.speaker();
        List<Claim> claims = new ArrayList<>();
        try {
            for (int[] s : SentenceSplitter.split(text, 0, text.length())) {
                Attribution a = speaker != null ? sidecarAttribution(speaker) : Attribution.none();
                claims.add(new Claim(Ids.claimId(doc.reportId(), s[0], s[1]), doc.reportId(), s[0], s[1],
                        text.substring(s[0], s[1]), doc.pageAt(s[0]), List.of(), Claim.Kind.SENTENCE, a, null));
            }
        } catch (RuntimeException e) {
            LOG.warn("sentence fallback failed for {}: {}", doc.sourceName(), e.toString());
        }
        ReportMetadata meta = MetadataExtractor.declaredOnly(sidecar, doc.declared(), doc.sourceName());
        return new Report(doc, meta, List.of(), List.of(), List.of(), claims);
    }
}
