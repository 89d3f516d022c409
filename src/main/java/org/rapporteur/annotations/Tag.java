package org.rapporteur.annotations;

/**
 * A codebook entry. {@code path} is the names from the root down joined by {@code /} (names never contain one).
 *
 * @param parentId null for a top-level tag
 * @param colour   {@code #RRGGBB}
 */
public record Tag(long id, String name, Long parentId, String path, String colour, String description,
                  String creator, String createdAt, String modifiedAt) {
}
