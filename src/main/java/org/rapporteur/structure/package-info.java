/**
 * Structure: from a normalised {@link org.rapporteur.model.SourceDocument} to a {@link org.rapporteur.model.Report}.
 *
 * <p>{@link org.rapporteur.structure.ReportStructurer} is the entry point: a {@code StructureScanner} walks the
 * paragraphs once (boilerplate, headings and their nesting, the many ways reports introduce speakers, claim spans),
 * {@code MetadataExtractor} reads title, organisation, date, kind and authors, and {@code AttributionResolver}
 * credits every claim to a person or to the organisation or session, with method, confidence and reason.
 * {@link org.rapporteur.structure.PersonRegistry} joins the people of many reports into canonical persons.
 *
 * <p>The rules are about the genre's layout (speaker cards, programme tables, session takeaways, bylines,
 * transcript turns, reported speech), never about one publisher; the word lists they use (honorifics,
 * post-nominals, role words, institutional titles, words that are never names) are resources beside these classes.
 * Imports only {@code org.rapporteur.model} and SLF4J.
 */
package org.rapporteur.structure;
