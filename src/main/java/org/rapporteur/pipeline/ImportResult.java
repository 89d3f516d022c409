package org.rapporteur.pipeline;

import java.nio.file.Path;
import java.util.List;

/**
 * What an import did.
 *
 * @param tagsCreated     tags added to the codebook
 * @param tagsExisting    tags of the file the codebook had already (same path)
 * @param duplicates      codings, notes and links the workspace had already, skipped
 * @param orphansSkipped  annotations the file marks as orphans that could not be placed either, skipped
 * @param moved           annotations placed by their quote because the text had moved
 * @param downgraded      claim codings or notes whose claim no longer exists, kept as codings of the selection
 */
public record ImportResult(Path file, String kind, int tagsCreated, int tagsExisting, int codings, int notes,
                           int links, int duplicates, int orphansSkipped, int moved, int downgraded,
                           List<String> messages) {
    public ImportResult {
        messages = List.copyOf(messages);
    }
}
