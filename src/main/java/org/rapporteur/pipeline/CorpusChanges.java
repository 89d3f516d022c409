package org.rapporteur.pipeline;

/**
 * What an indexing run's check of the corpus against the index found, before it reads any file: the files found, how
 * many of them the index holds already (same content), how many are new or changed (to be read), and how many
 * reports were removed because their files are gone. Reported once per run, as soon as the files are hashed, so a
 * user learns within seconds whether a start-up run will read anything.
 *
 * @param reportsBefore reports the index held when the run started (0: the first index of this workspace)
 * @param unchanged     files whose content the index holds already
 * @param added         files to read that the index has never seen at their path
 * @param changed       files to read whose path the index holds with other content (or all files, when forced)
 * @param removed       reports removed because all their files are gone
 */
public record CorpusChanges(long reportsBefore, int unchanged, int added, int changed, int removed) {
    /** Report files found under the roots; byte-identical copies count once, as they are one report. */
    public int files() {
        return unchanged + added + changed;
    }

    /** Files the run will read. */
    public int toRead() {
        return added + changed;
    }

    /** True when the run finds nothing to read and nothing to remove. */
    public boolean none() {
        return toRead() == 0 && removed == 0;
    }

    /** True when the workspace's index held no report when the run started. */
    public boolean firstIndex() {
        return reportsBefore == 0;
    }
}
