package org.rapporteur.structure;

import java.util.List;
import org.rapporteur.model.DeclaredMetadata;
import org.rapporteur.model.ReportMetadata;

/**
 * What the detectors read about one document: its text, the scanner's layout (paragraphs, claims, blocks), the
 * metadata, what the file declares, the layout decision, the turns and the people index. Built once per report.
 */
record AttributionContext(String text, DocumentScan scan, ReportMetadata meta, DeclaredMetadata declared,
                          LayoutDecision layout, List<TurnDetector.Turn> turns, PersonIndex people) {

    /** Where the body starts: evidence that covers "the whole document" starts here. */
    int bodyStart() {
        int k = scan.contentStartParagraph();
        return k < scan.paragraphs().size() ? scan.paragraphs().get(k).start() : 0;
    }

    String organisation() {
        return meta.organisation();
    }

    List<ClaimDraft> claims() {
        return scan.claims();
    }
}
