package org.rapporteur.pipeline;

import org.rapporteur.enrich.ReportEnricher;
import org.rapporteur.model.Report;
import org.rapporteur.model.SidecarEntry;
import org.rapporteur.model.SourceDocument;
import org.rapporteur.model.TextAnalyzer;
import org.rapporteur.structure.ReportStructurer;

/**
 * From a read document to a report ready to index: structure (sections, speakers, claims, metadata), then enrichment
 * (countries, themes, organisations). Thread-safe.
 */
public final class ReportAnalyser {
    private final ReportStructurer structurer = new ReportStructurer();
    private final ReportEnricher enricher;

    public ReportAnalyser(TextAnalyzer textAnalyzer) {
        this.enricher = ReportEnricher.withDefaults(textAnalyzer);
    }

    public ReportAnalyser(ReportEnricher enricher) {
        this.enricher = enricher;
    }

    public Report analyse(SourceDocument doc, SidecarEntry sidecar) {
        return enricher.enrich(structurer.structure(doc, sidecar));
    }
}
