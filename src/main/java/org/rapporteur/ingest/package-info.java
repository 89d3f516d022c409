/**
 * Reading report files into normalised {@link org.rapporteur.model.SourceDocument}s: one reader per format
 * (plain text and Markdown, HTML with jsoup, PDF with PDFBox, DOCX with POI), the shared text normalisation, corpus
 * scanning and metadata sidecars. Bad input becomes a {@link org.rapporteur.model.Problem}, never an exception.
 * The only package that imports PDFBox, POI and jsoup.
 */
package org.rapporteur.ingest;
