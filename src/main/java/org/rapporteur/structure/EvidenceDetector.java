package org.rapporteur.structure;

import java.util.List;

/**
 * One independent way of telling who speaks: reads the document and adds the evidence it finds. Detectors never see
 * each other's evidence; the {@link EvidenceResolver} weighs it all.
 */
interface EvidenceDetector {
    void detect(AttributionContext ctx, List<Evidence> out);
}
