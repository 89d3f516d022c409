/**
 * Reading report files into normalised {@link org.rapporteur.model.SourceDocument}s: one reader per format
 * (plain text and Markdown, HTML with jsoup, PDF with PDFBox, DOCX with POI), the shared text normalisation, corpus
 * scanning ({@link org.rapporteur.ingest.CorpusScanner}) and metadata sidecars
 * ({@link org.rapporteur.ingest.SidecarReader}). Entry point: {@link org.rapporteur.ingest.Ingestor#read}.
 *
 * <p>The normalised text every reader produces, which the structure stage relies on:
 * <ul>
 *   <li>LF line ends; no trailing spaces or tabs on a line (leading indentation is kept); no leading or trailing
 *       blank lines;</li>
 *   <li>paragraphs separated by exactly one blank line; a single line break inside a paragraph block means a
 *       separate line in the source (a name above a role, list items, table rows);</li>
 *   <li>no markup: no Markdown marks, HTML tags or entities; list items start with {@code - } (HTML, DOCX,
 *       Markdown {@code *}/{@code +}) or keep their own bullet or number (text, PDF); table rows are lines of
 *       tab-separated cells;</li>
 *   <li>non-breaking and other fixed-width spaces are plain spaces, ligatures spelled out, soft hyphens and
 *       zero-width characters removed; curly quotes and dashes kept;</li>
 *   <li>for PDFs, {@link org.rapporteur.model.PageSpan}s in text order, one per page with text, plus one for a
 *       page's footnotes when they follow the sentence that runs over its page break; the space or blank line
 *       joining two spans lies between them. Other formats have no pages;</li>
 *   <li>for PDFs, the text is in reading order (column by column) without running headers, footers and page
 *       numbers, and a {@link org.rapporteur.model.LayoutMarks} says which lines are headings by their type and
 *       which paragraphs are footnotes (ADR 0012).</li>
 * </ul>
 * Bad input becomes a {@link org.rapporteur.model.Problem}, never an exception. The only package that imports
 * PDFBox, POI and jsoup.
 */
package org.rapporteur.ingest;
