package org.rapporteur.annotations;

import java.util.List;

/**
 * What re-anchoring one report did: how many anchors stayed put, moved (exact or whitespace-only), matched fuzzily,
 * or became orphans, with every placement.
 */
public record ReanchorReport(String fromReportId, String toReportId, int anchors, int unchanged, int moved,
                             int fuzzy, int orphaned, List<Reanchorer.Placement> placements) {
    public ReanchorReport {
        placements = List.copyOf(placements);
    }

    static ReanchorReport of(String from, String to, List<Reanchorer.Placement> placements) {
        int unchanged = 0;
        int moved = 0;
        int fuzzy = 0;
        int orphaned = 0;
        for (Reanchorer.Placement p : placements) {
            switch (p.method()) {
                case POSITION -> unchanged++;
                case QUOTE, WHITESPACE -> moved++;
                case FUZZY -> fuzzy++;
                default -> orphaned++;
            }
        }
        return new ReanchorReport(from, to, placements.size(), unchanged, moved, fuzzy, orphaned, placements);
    }
}
