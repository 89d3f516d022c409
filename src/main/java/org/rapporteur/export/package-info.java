/**
 * Exporters and importers of the analyst's work: the {@link org.rapporteur.export.ExportBundle} DTOs, one exporter
 * per format (CSV, Markdown and HTML dossiers, W3C Web Annotation JSON-LD, REFI-QDA project and codebook, CSL-JSON,
 * RIS, BibTeX) and importers of our own JSON-LD and of REFI-QDA codebooks. Imports only {@code model},
 * {@code progress}, Jackson, Commons CSV and the JDK's XML APIs: the pipeline turns the annotation store into these
 * DTOs, so this package never sees the store.
 */
package org.rapporteur.export;
