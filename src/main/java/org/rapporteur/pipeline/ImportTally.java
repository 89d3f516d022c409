package org.rapporteur.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What an import adds, skips and moves, and the sentences that say so (its history line, its closing notes). */
final class ImportTally {
    int tagsCreated;
    int tagsExisting;
    int codings;
    int notes;
    int links;
    int duplicates;
    int orphansSkipped;
    int moved;
    int downgraded;

    /** The history line of the import: one undo step named after the file and what it adds. */
    String summary(Path file) {
        List<String> parts = new ArrayList<>();
        if (tagsCreated > 0) {
            parts.add(tagsCreated + " tag" + (tagsCreated == 1 ? "" : "s"));
        }
        if (codings > 0) {
            parts.add(codings + " coding" + (codings == 1 ? "" : "s"));
        }
        if (notes > 0) {
            parts.add(notes + " note" + (notes == 1 ? "" : "s"));
        }
        if (links > 0) {
            parts.add(links + " link" + (links == 1 ? "" : "s"));
        }
        return "import " + file.getFileName() + ": " + String.join(", ", parts);
    }

    /** What the user should know besides the counts: what was there already, skipped or placed differently. */
    List<String> messages() {
        List<String> messages = new ArrayList<>();
        if (tagsExisting > 0) {
            messages.add(tagsExisting + " tag" + (tagsExisting == 1 ? " was" : "s were") + " in the codebook"
                    + " already.");
        }
        if (duplicates > 0) {
            messages.add(duplicates + " annotation" + (duplicates == 1 ? " was" : "s were")
                    + " in the workspace already.");
        }
        if (orphansSkipped > 0) {
            messages.add(orphansSkipped + " orphaned annotation" + (orphansSkipped == 1 ? "" : "s")
                    + " could not be placed and " + (orphansSkipped == 1 ? "was" : "were") + " skipped.");
        }
        if (downgraded > 0) {
            messages.add(downgraded + " annotation" + (downgraded == 1 ? "'s claim is" : "s' claims are")
                    + " no longer a claim here; kept on the same words as selections.");
        }
        return messages;
    }
}
