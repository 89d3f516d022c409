/**
 * Enrichment of claims: countries mentioned (a gazetteer of every UN member and observer state plus Taiwan and Kosovo,
 * with ISO 3166 codes, aliases, demonyms, capitals and compounds, and rules for what is not a mention), regions, the
 * speaker's country, themes from an editable hierarchical taxonomy matched through the index's text analysis,
 * organisations, and a corpus glossary of acronyms. Entry point: {@link org.rapporteur.enrich.ReportEnricher}.
 *
 * <p>Imports only {@code model} (and SLF4J and Jackson); its data are resource files under {@code org/rapporteur/enrich}.
 * The theme taxonomy file is JSON, read and written with Jackson ({@code TaxonomyJson}).
 */
package org.rapporteur.enrich;
