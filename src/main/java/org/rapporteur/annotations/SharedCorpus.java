package org.rapporteur.annotations;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The team's corpus manifest and shared workspace settings, kept in the store's database (issue 17). Each workbench
 * keeps its own Lucene index as a cache of the manifest. Part corpus implements it; a single-user store keeps the
 * same tables, unshared.
 */
public interface SharedCorpus {
    /** Every report of the manifest, ordered by path. */
    List<ManifestEntry> entries();

    /** Records (inserts or replaces, by path) these reports and forgets {@code removedPaths}, in one transaction. */
    void record(Collection<ManifestEntry> entries, Collection<String> removedPaths);

    /** A shared setting (a JSON document: theme rules, the taxonomy, codebook display) by key. */
    Optional<String> setting(String key);

    /** Sets a shared setting; other workbenches hear of it as a change event. */
    void putSetting(String key, String json);
}
