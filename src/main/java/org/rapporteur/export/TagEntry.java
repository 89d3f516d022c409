package org.rapporteur.export;

/**
 * A codebook entry.
 *
 * @param id       the store's id (for an imported codebook: a number unique within the import)
 * @param parentId null for a top-level tag
 * @param path     names from the root down joined by {@code /}
 * @param colour   {@code #RRGGBB}, may be null
 */
public record TagEntry(long id, String name, Long parentId, String path, String colour, String description,
                       String creator, String createdAt, String modifiedAt) {
    /** How deep the tag sits: 0 for a top-level tag. */
    public int depth() {
        return (int) path.chars().filter(c -> c == '/').count();
    }
}
