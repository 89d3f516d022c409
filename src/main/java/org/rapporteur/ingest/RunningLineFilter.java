package org.rapporteur.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes running headers, footers and page numbers from the lines of a paged document: a line in the first or last
 * {@link #ZONE} non-blank lines of a page whose shape (digits masked, case and spacing ignored) recurs in those zones
 * on at least half of the pages, e.g. the report title, {@code Page 3 of 10}, {@code 3}. A lone page number in a
 * zone goes even when it recurs less (the first pages of a report are often unnumbered) as long as two pages have
 * one. On the first page only page numbers go: a running title there is the document's own title, which the
 * structure stage needs. Needs at least two pages: one page gives no evidence. Stateless, thread-safe.
 */
final class RunningLineFilter {
    /** Lines at each end of a page that may be running lines: title plus chapter, or a number plus a date. */
    static final int ZONE = 3;

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)^(?:page|p\\.|seite|pág\\.?|página)?\\s*[-–—(\\[]?\\s*#\\s*[-–—)\\]]?\\s*(?:(?:of|/|de|von)\\s*#)?$");

    private RunningLineFilter() {
    }

    /** Returns the pages' lines without running lines; blank lines are kept where they were. */
    static List<List<String>> filter(List<List<String>> pages) {
        if (pages.size() < 2) {
            return pages;
        }
        List<Set<String>> keysPerPage = new ArrayList<>();
        Map<String, Integer> pagesWithKey = new HashMap<>();
        int nonEmpty = 0;
        for (List<String> lines : pages) {
            Set<String> keys = new HashSet<>();
            for (int i : zoneIndexes(lines)) {
                keys.add(key(lines.get(i)));
            }
            keysPerPage.add(keys);
            keys.forEach(k -> pagesWithKey.merge(k, 1, Integer::sum));
            if (!keys.isEmpty()) {
                nonEmpty++;
            }
        }
        int needed = Math.max(2, (nonEmpty + 1) / 2);
        Set<String> running = new HashSet<>();
        pagesWithKey.forEach((k, count) -> {
            if (!k.isEmpty() && (count >= needed || (count >= 2 && PAGE_NUMBER.matcher(k).matches()))) {
                running.add(k);
            }
        });
        if (running.isEmpty()) {
            return pages;
        }
        List<List<String>> out = new ArrayList<>(pages.size());
        for (int p = 0; p < pages.size(); p++) {
            List<String> lines = pages.get(p);
            Set<Integer> drop = new HashSet<>();
            for (int i : zoneIndexes(lines)) {
                String k = key(lines.get(i));
                // On the first page a running title is the document's own title: keep it, drop only page numbers.
                if (running.contains(k) && (p > 0 || PAGE_NUMBER.matcher(k).matches())) {
                    drop.add(i);
                }
            }
            List<String> kept = new ArrayList<>(lines.size());
            for (int i = 0; i < lines.size(); i++) {
                if (!drop.contains(i)) {
                    kept.add(lines.get(i));
                }
            }
            out.add(kept);
        }
        return out;
    }

    /** Indexes of the first and last {@link #ZONE} non-blank lines. */
    private static Set<Integer> zoneIndexes(List<String> lines) {
        Set<Integer> idx = new HashSet<>();
        int found = 0;
        for (int i = 0; i < lines.size() && found < ZONE; i++) {
            if (!lines.get(i).isBlank()) {
                idx.add(i);
                found++;
            }
        }
        found = 0;
        for (int i = lines.size() - 1; i >= 0 && found < ZONE; i--) {
            if (!lines.get(i).isBlank()) {
                idx.add(i);
                found++;
            }
        }
        return idx;
    }

    static String key(String line) {
        String k = DIGITS.matcher(line.strip()).replaceAll("#");
        return SPACES.matcher(k).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
