package org.rapporteur.model;

import java.util.List;

/** Lookups over a sorted list of {@link PageSpan}s. */
public final class Pages {
    private Pages() {
    }

    /**
     * The page of the character at {@code offset}; an offset in a gap between spans (a joining space) belongs to the
     * page before it. Null when {@code pages} is empty.
     */
    public static Integer pageAt(List<PageSpan> pages, int offset) {
        if (pages.isEmpty()) {
            return null;
        }
        int lo = 0;
        int hi = pages.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (pages.get(mid).start() <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return pages.get(lo).number();
    }
}
