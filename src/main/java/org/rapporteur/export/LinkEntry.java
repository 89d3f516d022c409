package org.rapporteur.export;

/**
 * A typed link from one claim to another.
 *
 * @param type {@code supports}, {@code contradicts}, {@code elaborates}, {@code same-claim} or {@code responds-to}
 * @param note optional
 */
public record LinkEntry(long id, String type, AnchorEntry source, AnchorEntry target, String note, String creator,
                        String createdAt, String modifiedAt) {
}
