package org.rapporteur.ingest.ocr;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The pages this run has already recognised, by file content and page, so reading a scanned report again (the
 * workbench's reader re-reads the file it shows) costs a lookup instead of seconds per page. Bounded: the least
 * recently used pages go first past {@link #MAX_PAGES} (a page's text is a few KB). Thread-safe.
 *
 * <p>A miss (a new run) recognises the page again; Tesseract gives the same words for the same image, and if an
 * upgraded Tesseract reads differently, annotations re-anchor as after any improved extraction.
 */
public final class RecognisedPages {
    static final int MAX_PAGES = 4096;

    private static final Map<String, OcrResult> PAGES = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, OcrResult> eldest) {
            return size() > MAX_PAGES;
        }
    };

    private RecognisedPages() {
    }

    /**
     * @param engine     the engine that reads (another program may read differently)
     * @param fileSha256 the file's content hash; {@code pageIndex} 0-based; {@code dpi} what it was rendered at
     */
    public static String key(TesseractEngine engine, String fileSha256, int pageIndex, int dpi) {
        return engine + "|" + fileSha256 + '/' + pageIndex + '@' + dpi;
    }

    public static Optional<OcrResult> get(String key) {
        synchronized (PAGES) {
            return Optional.ofNullable(PAGES.get(key));
        }
    }

    public static void put(String key, OcrResult result) {
        synchronized (PAGES) {
            PAGES.put(key, result);
        }
    }
}
