package org.rapporteur.enrich;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.rapporteur.model.Attribution;
import org.rapporteur.model.Claim;
import org.rapporteur.model.Enrichment;
import org.rapporteur.model.Report;
import org.rapporteur.model.TextAnalyzer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills every claim's {@link Enrichment}: countries mentioned (short names, in order of first mention), the speaker's
 * country, regions, themes with the words that triggered them, and organisations named.
 *
 * <p>Enriching a report first adds its acronym definitions to the corpus {@link AcronymGlossary}, so a claim that uses
 * "NACTA" is tagged with the organisation its report (or, failing that, the corpus) spelled out. Re-tagging after the
 * analyst edits the taxonomy is {@code enricher.withTaxonomy(edited).enrich(report)}: no re-ingest. Thread-safe:
 * reports may be enriched from several threads at once (the glossary is the only shared mutable state, and it is
 * concurrent). A claim that cannot be enriched keeps an empty enrichment and the rest of the report goes on.
 */
public final class ReportEnricher {
    private static final Logger LOG = LoggerFactory.getLogger(ReportEnricher.class);

    private final TextAnalyzer analyzer;
    private final Gazetteer gazetteer;
    private final ThemeTagger themes;
    private final AcronymGlossary glossary;
    private final OrganisationTagger organisations;
    private final SpeakerCountryResolver speakers;

    public ReportEnricher(TextAnalyzer analyzer, Gazetteer gazetteer, ThemeTaxonomy taxonomy) {
        this(analyzer, gazetteer, taxonomy, new AcronymGlossary());
    }

    /** An enricher that adds to, and resolves acronyms from, the given corpus glossary. */
    public ReportEnricher(TextAnalyzer analyzer, Gazetteer gazetteer, ThemeTaxonomy taxonomy, AcronymGlossary glossary) {
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.themes = new ThemeTagger(analyzer, Objects.requireNonNull(taxonomy, "taxonomy"));
        this.glossary = Objects.requireNonNull(glossary, "glossary");
        this.organisations = new OrganisationTagger(gazetteer, glossary);
        this.speakers = new SpeakerCountryResolver(gazetteer);
    }

    /** The bundled gazetteer and theme taxonomy, a fresh glossary. */
    public static ReportEnricher withDefaults(TextAnalyzer analyzer) {
        return new ReportEnricher(analyzer, Gazetteer.defaults(), ThemeTaxonomy.defaults());
    }

    /** The same enricher (and glossary) with another taxonomy, e.g. the analyst's edited one. */
    public ReportEnricher withTaxonomy(ThemeTaxonomy taxonomy) {
        return new ReportEnricher(analyzer, gazetteer, taxonomy, glossary);
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    public ThemeTaxonomy taxonomy() {
        return themes.taxonomy();
    }

    public AcronymGlossary glossary() {
        return glossary;
    }

    /** The report with every claim's enrichment filled; the report's other parts are unchanged. */
    public Report enrich(Report report) {
        glossary.addReport(report.id(), report.source().text());
        List<Claim> claims = new ArrayList<>(report.claims().size());
        for (Claim c : report.claims()) {
            try {
                claims.add(c.withEnrichment(enrich(c.text(), c.attribution(), report.id())));
            } catch (RuntimeException e) {
                // one odd claim must not cost the analyst the whole report
                LOG.warn("could not enrich claim {} of {}: {}", c.id(), report.id(), e.toString());
                claims.add(c.withEnrichment(Enrichment.empty()));
            }
        }
        return report.withClaims(claims);
    }

    /** The enrichment of one text said by {@code attribution} in report {@code reportId} (which may be null). */
    public Enrichment enrich(String text, Attribution attribution, String reportId) {
        Gazetteer.Scan scan = gazetteer.scan(text == null ? "" : text);
        Set<String> countries = new LinkedHashSet<>();
        Set<String> regions = new LinkedHashSet<>();
        for (PlaceMention p : scan.places()) {
            (p.kind() == PlaceKind.COUNTRY ? countries : regions).add(p.place());
        }
        return new Enrichment(List.copyOf(countries), speakers.resolve(attribution), List.copyOf(regions),
                themes.tag(text), organisations.organisationsIn(text == null ? "" : text, reportId, scan.organisations()));
    }
}
