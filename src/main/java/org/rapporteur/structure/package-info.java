/**
 * Structure: from a normalised {@link org.rapporteur.model.SourceDocument} to a {@link org.rapporteur.model.Report}.
 *
 * <p>{@link org.rapporteur.structure.ReportStructurer} is the entry point: a {@code StructureScanner} walks the
 * paragraphs once (boilerplate, headings and their nesting, speaker cards, claim spans), {@code MetadataExtractor}
 * reads title, organisation, date and authors (declared values first), and {@code SpeakerAttribution} credits every
 * claim as scored evidence (ADR 0007): {@code DocumentPeople} indexes the people of the document, {@code TurnDetector}
 * finds speaker labels, {@code LayoutClassifier} decides the layout and so the priors, the {@code EvidenceDetector}s
 * emit evidence and {@code EvidenceResolver} weighs it into a speaker (or organisation, delegation, session), a
 * runner-up and the evidence for and against. {@link org.rapporteur.structure.PersonRegistry} joins the people of
 * many reports into canonical persons.
 *
 * <p>The rules are about the genre's layout (speaker cards, programme tables, session takeaways, bylines,
 * transcript turns, reported speech), never about one publisher; the word lists they use (honorifics,
 * post-nominals, role words, institutional titles, words that are never names) are resources beside these classes.
 * Imports only {@code org.rapporteur.model} and SLF4J.
 */
package org.rapporteur.structure;
