package org.rapporteur.eval;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.rapporteur.eval.CodingKey.KeyClaim;
import org.rapporteur.model.ClaimRecord;
import org.rapporteur.model.ReportSummary;
import org.rapporteur.pipeline.Workspace;

/**
 * The coding key's claims found in an indexed workspace: the claim (by id) each keyed quote lies in, with the key's
 * tags. Two keyed quotes that the segmenter put into one claim give that claim both sets of tags; a quote whose file
 * was not indexed or that no claim holds is a miss, reported rather than guessed.
 */
record KeyedClaims(Map<String, Set<String>> tagsByClaim, List<String> misses, int merged) {
    /** Finds every keyed claim among the claims of the report read from its file (under {@code shared}). */
    static KeyedClaims locate(CodingKey key, Workspace ws, Path shared) {
        Map<Path, ReportSummary> byPath = new LinkedHashMap<>();
        for (ReportSummary r : ws.corpus().reports()) {
            if (r.path() != null) {
                byPath.put(Path.of(r.path()).toAbsolutePath().normalize(), r);
            }
            r.otherPaths().forEach(p -> byPath.putIfAbsent(Path.of(p).toAbsolutePath().normalize(), r));
        }
        Map<String, List<ClaimRecord>> claimsOfReport = new LinkedHashMap<>();
        Map<String, Set<String>> tagsByClaim = new LinkedHashMap<>();
        List<String> misses = new ArrayList<>();
        int merged = 0;
        for (KeyClaim k : key.claims()) {
            ReportSummary report = byPath.get(shared.resolve(k.file()).toAbsolutePath().normalize());
            String where = k.file() + "@" + k.start();
            if (report == null) {
                misses.add(where + ": file not indexed");
                continue;
            }
            List<ClaimRecord> claims = claimsOfReport.computeIfAbsent(report.id(), ws.corpus()::claimsOf);
            String id = holding(k.quote(), claims);
            if (id == null) {
                misses.add(where + ": no claim holds the quote");
                continue;
            }
            Set<String> tags = tagsByClaim.get(id);
            if (tags != null) {
                merged++;
            } else {
                tags = new LinkedHashSet<>();
                tagsByClaim.put(id, tags);
            }
            tags.addAll(k.tags());
        }
        return new KeyedClaims(tagsByClaim, List.copyOf(misses), merged);
    }

    /**
     * The id of the shortest claim holding the whole quote, else of the claim holding the longest run of its first or
     * last words (at least half of them: a sentence the segmenter split); null when none does.
     */
    static String holding(String quote, List<ClaimRecord> claims) {
        String q = norm(quote);
        ClaimRecord best = null;
        int shortest = Integer.MAX_VALUE;
        for (ClaimRecord c : claims) {
            String n = norm(c.claim().text());
            if (n.contains(q) && n.length() < shortest) {
                best = c;
                shortest = n.length();
            }
        }
        if (best != null) {
            return best.claim().id();
        }
        String[] words = q.split(" ");
        int bestRun = (words.length + 1) / 2 - 1;
        for (ClaimRecord c : claims) {
            String n = norm(c.claim().text());
            for (int len = words.length - 1; len > bestRun; len--) {
                String head = String.join(" ", Arrays.copyOfRange(words, 0, len));
                String tail = String.join(" ", Arrays.copyOfRange(words, words.length - len, words.length));
                if (n.contains(head) || n.contains(tail)) {
                    bestRun = len;
                    best = c;
                    break;
                }
            }
        }
        return best == null ? null : best.claim().id();
    }

    /** Text compared loosely: typographic quotes and dashes plain, markdown stars gone, spaces collapsed, lower case. */
    static String norm(String s) {
        String t = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC)
                .replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"').replace('\u201d', '"')
                .replace('\u2013', '-').replace('\u2014', '-').replace("*", "");
        return t.replaceAll("(?U)\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
