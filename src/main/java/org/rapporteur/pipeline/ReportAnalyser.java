package org.rapporteur.pipeline;

import java.util.function.UnaryOperator;

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
    private final UnaryOperator<Report> variant;

    public ReportAnalyser(TextAnalyzer textAnalyzer) {
        this(ReportEnricher.withDefaults(textAnalyzer), UnaryOperator.identity());
    }

    /** @param variant applied to every analysed report: how tests stand in for a changed extractor */
    ReportAnalyser(ReportEnricher enricher, UnaryOperator<Report> variant) {
        this.enricher = enricher;
        this.variant = variant;
    }

    public Report analyse(SourceDocument doc, SidecarEntry sidecar) {
        return variant.apply(enricher.enrich(structurer.structure(doc, sidecar)));
    }
}
