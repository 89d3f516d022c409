package org.rapporteur.ui.orphans;

import org.rapporteur.annotations.Orphan;

/**
 * One orphaned annotation as the orphans window lists it.
 *
 * @param what      what it was: {@code Tag 'Energy'}, {@code Note "…"}, {@code Link (supports)} or a correction
 * @param quote     the words it was anchored on, which the report's current text no longer holds
 * @param report    the report it was on (its title, or a note that the version it was made on is gone)
 * @param createdAt when it was made (ISO-8601), or null when unknown
 */
public record OrphanRow(Orphan orphan, String what, String quote, String report, String createdAt) {
    /** The anchor to re-attach. */
    public long anchorId() {
        return orphan.anchor().id();
    }
}
