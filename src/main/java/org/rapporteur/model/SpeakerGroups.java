package org.rapporteur.model;

import java.util.List;

/**
 * Which speaker names of the index are one person (ADR 0021): searching or filtering by any of them finds all, and the
 * speaker facet counts the person once, under their canonical name. Immutable; a new one comes with every change of
 * the registry (an index run, a merge or split by the analyst).
 */
public interface SpeakerGroups {
    /** No grouping: every speaker name is its own person. */
    SpeakerGroups NONE = new SpeakerGroups() {
        @Override
        public String personOf(String speaker) {
            return speaker;
        }

        @Override
        public List<String> namesOf(String nameOrVariant) {
            return List.of();
        }

        @Override
        public long version() {
            return 0;
        }
    };

    /** The canonical name of the person this indexed speaker name belongs to (the name itself when alone). */
    String personOf(String speaker);

    /**
     * Every indexed speaker name of the person with this name or written form (case, accents, dots and honorifics
     * ignored), when that person has more than one; else empty.
     */
    List<String> namesOf(String nameOrVariant);

    /** Changes whenever the grouping does, so counts cached under one grouping are not used under another. */
    long version();
}
