package org.rapporteur.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code .txt} and {@code .md} files: decodes the bytes ({@link TextDecoder}), strips Markdown and stray HTML
 * ({@link MarkdownCleaner}) — plain-text reports extracted from PDFs and web pages carry both — and normalises
 * ({@link TextNormaliser}). YAML or TOML front matter at the start is read as declared metadata ({@link FrontMatter})
 * and left out of the text. Unpaged, except text with form feeds between pages (as {@code pdftotext} writes it):
 * that is read like a PDF's pages ({@link PageTextAssembler}), with page spans, running lines removed and wrapped
 * lines joined. Stateless, thread-safe.
 */
final class PlainTextReader implements FormatReader {
    private static final char FORM_FEED = '\f';

    @Override
    public ExtractedText read(Path file, byte[] bytes, ReadBudget budget) throws ReadFailure {
        // front matter is read and cut off before anything else, so the stored text (and every offset into it)
        // never contains it
        String text = TextDecoder.decode(bytes).text();
        budget.checkChars(text.length()); // before the cleaning passes, which would spend seconds on it
        FrontMatter front = FrontMatter.read(text);
        String decoded = front.body();
        List<String> pages = pages(decoded);
        if (pages.size() >= 2) {
            List<String> cleaned = new ArrayList<>(pages.size());
            for (String page : pages) {
                cleaned.add(MarkdownCleaner.clean(page));
            }
            return PageTextAssembler.assemble(cleaned).withDeclared(front.declared());
        }
        return ExtractedText.unpaged(TextNormaliser.normalise(MarkdownCleaner.clean(decoded)))
                .withDeclared(front.declared());
    }

    /** The form-feed separated pages; a trailing form feed (pdftotext ends with one) makes no extra page. */
    private static List<String> pages(String text) {
        if (text.indexOf(FORM_FEED) < 0) {
            return List.of(text);
        }
        List<String> pages = new ArrayList<>(List.of(text.split(String.valueOf(FORM_FEED), -1)));
        if (pages.getLast().isBlank()) {
            pages.removeLast();
        }
        return pages;
    }
}
