package org.rapporteur.export;

/**
 * Size limits an import refuses to exceed, so that a hostile or broken file cannot fill the disk or the heap
 * (zip bombs, huge entries, endless entry lists).
 *
 * @param maxFileBytes     largest JSON-LD, codebook or archive file read
 * @param maxEntryBytes    largest uncompressed zip entry
 * @param maxTotalBytes    largest total uncompressed size of a zip archive
 * @param maxEntries       most entries in a zip archive
 * @param maxRatio         largest compression ratio of a zip entry (uncompressed / compressed) above 1 MB
 */
public record ImportLimits(long maxFileBytes, long maxEntryBytes, long maxTotalBytes, int maxEntries, int maxRatio) {
    public static final long MAX_FILE_BYTES = 256L * 1024 * 1024;
    public static final long MAX_ENTRY_BYTES = 256L * 1024 * 1024;
    public static final long MAX_TOTAL_BYTES = 1024L * 1024 * 1024;
    public static final int MAX_ENTRIES = 20_000;
    public static final int MAX_RATIO = 200;
    public static final ImportLimits DEFAULT = new ImportLimits(MAX_FILE_BYTES, MAX_ENTRY_BYTES, MAX_TOTAL_BYTES,
            MAX_ENTRIES, MAX_RATIO);
}
