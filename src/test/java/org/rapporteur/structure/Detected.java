package org.rapporteur.structure;

import java.util.List;
import org.rapporteur.model.DeclaredMetadata;
import org.rapporteur.model.ReportMetadata;
import org.rapporteur.model.SourceDocument;

/**
 * Runs the first steps of {@link ReportStructurer} on invented text, so a detector test can look at one component's
 * output (turns, people, layout) instead of only the final claims.
 */
final class Detected {
    private Detected() {
    }

    /** The scan with its claims cut at the turns, as the structurer prepares it. */
    static DocumentScan scan(String text) {
        return ClaimBoundaries.atTurns(new StructureScanner(text).scan(), TurnDetector.find(text), text);
    }

    static SpeakerAttribution attribution(String text) {
        SourceDocument doc = Invented.doc(text);
        List<TurnDetector.Turn> turns = TurnDetector.find(text);
        DocumentScan scan = ClaimBoundaries.atTurns(new StructureScanner(text).scan(), turns, text);
        ReportMetadata meta = metadata(text, scan);
        return SpeakerAttribution.of(text, scan, meta, doc.declared(), turns);
    }

    static LayoutDecision layout(String text) {
        return attribution(text).layout();
    }

    /** A context with the given layout and no evidence yet, for feeding the resolver hand-made evidence. */
    static AttributionContext context(String text, Layout layout) {
        List<TurnDetector.Turn> turns = TurnDetector.find(text);
        DocumentScan scan = ClaimBoundaries.atTurns(new StructureScanner(text).scan(), turns, text);
        ReportMetadata meta = metadata(text, scan);
        return new AttributionContext(text, scan, meta, Invented.doc(text).declared(),
                new LayoutDecision(layout, List.of("set by the test")), turns, new PersonIndex());
    }

    /** The metadata of a text without sidecar or declarations, as the structurer extracts it. */
    static ReportMetadata metadata(String text, DocumentScan scan) {
        return MetadataExtractor.extract(text, scan, SidecarOverrides.NONE, DeclaredMetadata.none(), false,
                SpeechShape.of(text, scan, DeclaredMetadata.none()), null);
    }
}
