package org.rapporteur.ingest;

import java.nio.file.Path;

/**
 * Reads {@code .txt} and {@code .md} files: decodes the bytes ({@link TextDecoder}), strips Markdown and stray HTML
 * ({@link MarkdownCleaner}) — plain-text reports extracted from PDFs and web pages carry both — and normalises
 * ({@link TextNormaliser}). Unpaged. Stateless, thread-safe.
 */
final class PlainTextReader implements FormatReader {
    @Override
    public ExtractedText read(Path file, byte[] bytes) throws ReadFailure {
        String decoded = TextDecoder.decode(bytes).text();
        return ExtractedText.unpaged(TextNormaliser.normalise(MarkdownCleaner.clean(decoded)));
    }
}
