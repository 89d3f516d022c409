package org.rapporteur.pipeline;

import java.nio.file.Path;

import org.rapporteur.annotations.AnnotationStore;
import org.rapporteur.index.ClaimIndex;

/**
 * Refuses a workspace that a newer Rapporteur wrote, before anything in it is opened for writing (ADR 0028). The
 * annotation store would otherwise be refused only after the index had been opened, and the index of a newer
 * schema is rebuilt on opening like an older one: the newer build would then have to rebuild it again, a long wait
 * on a large corpus each time the two builds take turns. {@code workspace.json} is checked where it is read
 * ({@link WorkspaceSettings#load}).
 */
final class WorkspaceVersions {
    private WorkspaceVersions() {
    }

    static void requireReadable(Path dir) {
        int store = AnnotationStore.schemaVersionOf(dir);
        if (store > AnnotationStore.schemaVersion()) {
            throw WorkspaceUnusableException.newer(dir, "annotation store version " + store,
                    "up to " + AnnotationStore.schemaVersion());
        }
        Path index = dir.resolve("index");
        ClaimIndex.newerSchema(index).ifPresent(found -> {
            throw WorkspaceUnusableException.newer(dir, found, "schema " + ClaimIndex.schemaVersion(),
                    "; or, to use it with this version, delete its folder " + index + " (a cache of the reports, "
                            + "rebuilt by the next index run; your annotations are kept)");
        });
    }
}
