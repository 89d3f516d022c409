package org.rapporteur.annotations;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The team's corpus manifest and shared workspace settings, kept in the store's database (issue 17, ADR 0039). Each
 * workbench keeps its own Lucene index as a cache of the manifest. A single-user store keeps the same tables,
 * unshared.
 *
 * <p>Neither the manifest nor a setting is an annotation change: nothing here goes into the undo journal. Undo takes
 * back the analyst's own work on the claims; a setting is the team's configuration and the manifest records which
 * files exist, and taking either back with Ctrl+Z (perhaps someone else's edit, made minutes ago on another machine)
 * would change what every member's index means. A change still records a {@link ChangeEvent} (types
 * {@link #SETTING_CHANGED} and {@link #MANIFEST_CHANGED}, change id 0), so other workbenches hear of it as they hear
 * of codings. Thread-safe, like the store.
 */
public interface SharedCorpus {
    /** {@link ChangeEvent#type()} of a shared setting's change; {@link ChangeEvent#summary()} names the key. */
    String SETTING_CHANGED = "PutSetting";
    /** {@link ChangeEvent#type()} of a change of the manifest. */
    String MANIFEST_CHANGED = "RecordManifest";

    /** Every report of the manifest, ordered by path. */
    List<ManifestEntry> entries();

    /**
     * Reports removed from the manifest, ordered by path: each with the SHA-256 it had, and who removed it when (in
     * {@code recordedBy} and {@code recordedAt}). A path recorded again leaves this list.
     */
    List<ManifestEntry> removedEntries();

    /**
     * Records (inserts or replaces, by path) these reports and forgets {@code removedPaths}, in one transaction. An
     * entry without {@code recordedBy} or {@code recordedAt} is recorded as the store's user, now. Refuses an absolute
     * path or one with {@code \} or {@code ..}, and a SHA-256 that is not 64 hex digits, changing nothing.
     */
    void record(Collection<ManifestEntry> entries, Collection<String> removedPaths);

    /** A shared setting (a JSON document: theme rules, the taxonomy, codebook display) by key. */
    Optional<String> setting(String key);

    /** Sets a shared setting; other workbenches hear of it as a change event. Not undoable (see above). */
    void putSetting(String key, String json);
}
