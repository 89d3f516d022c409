package org.rapporteur.ingest;

import java.nio.file.Path;

/**
 * Reads one format into normalised text. Implementations are stateless and thread-safe; fatal problems are thrown as
 * {@link ReadFailure}, everything else is returned as data.
 */
interface FormatReader {
    /**
     * @param file  the file (already checked to exist, be a regular file and be within the size limit)
     * @param bytes the file's bytes for text formats, null for binary formats (which read the file themselves so
     *              memory stays bounded)
     * @param budget time and characters this read may take: check it once per page or element
     */
    ExtractedText read(Path file, byte[] bytes, ReadBudget budget) throws ReadFailure;
}
