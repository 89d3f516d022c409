package org.rapporteur.structure;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rapporteur.model.Attribution;
import org.rapporteur.model.Claim;
import org.rapporteur.model.Report;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The acceptance test of attribution: every claim the structurer emits for the five samples is keyed in
 * {@code attribution-key.txt} (by a short substring) to the speaker or body a careful reader would give it. Fails when
 * a claim has no key line, a key line matches no claim, or accuracy falls below 95%.
 */
class AttributionAccuracyTest {
    private static final Logger LOG = LoggerFactory.getLogger(AttributionAccuracyTest.class);

    record KeyLine(int line, String report, String fragment, String expected) {
    }

    static List<KeyLine> key() throws IOException {
        List<KeyLine> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                AttributionAccuracyTest.class.getResourceAsStream("attribution-key.txt"), StandardCharsets.UTF_8))) {
            int n = 0;
            for (String l = r.readLine(); l != null; l = r.readLine()) {
                n++;
                if (l.isBlank() || l.startsWith("#")) {
                    continue;
                }
                String[] f = l.split("\\|", -1);
                out.add(new KeyLine(n, f[0], f[1], f[2]));
            }
        }
        return out;
    }

    static boolean agrees(String expected, Attribution a) {
        if (expected.equals("none")) {
            return a.speaker() == null && a.attributedTo() == null;
        }
        if (expected.startsWith("person:")) {
            return a.speaker() != null
                    && PersonRegistry.key(a.speaker().name()).equals(PersonRegistry.key(expected.substring(7)));
        }
        String body = expected.substring(5);
        String got = a.attributedTo();
        return a.speaker() == null && got != null
                && (got.equalsIgnoreCase(body) || got.toLowerCase(Locale.ROOT).startsWith(body.toLowerCase(Locale.ROOT) + ":"));
    }

    private static String flat(String s) {
        return s.replaceAll("\\s+", " ");
    }

    @Test
    void attributionOnTheSamplesMatchesTheAnswerKey() throws IOException {
        List<KeyLine> key = key();
        Set<KeyLine> used = new HashSet<>();
        List<String> unkeyed = new ArrayList<>();
        List<String> conflicting = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        Map<String, int[]> perReport = new LinkedHashMap<>();
        for (Report r : SampleReports.structured()) {
            String prefix = r.source().sourceName().substring(0, 3);
            int[] counts = perReport.computeIfAbsent(prefix, k -> new int[2]);
            for (Claim c : r.claims()) {
                String text = flat(c.text());
                List<KeyLine> hits = key.stream()
                        .filter(k -> k.report().equals(prefix) && text.contains(flat(k.fragment()))).toList();
                if (hits.isEmpty()) {
                    unkeyed.add(prefix + ": " + text.substring(0, Math.min(70, text.length())));
                    continue;
                }
                used.addAll(hits);
                if (hits.stream().map(KeyLine::expected).distinct().count() > 1) {
                    conflicting.add(prefix + ": " + text.substring(0, Math.min(70, text.length())));
                    continue;
                }
                counts[0]++;
                Attribution a = c.attribution();
                if (agrees(hits.getFirst().expected(), a)) {
                    counts[1]++;
                } else {
                    errors.add(prefix + " expected " + hits.getFirst().expected() + " got "
                            + (a.speaker() != null ? "person:" + a.speaker().name() : "body:" + a.attributedTo())
                            + " (" + a.method() + ") for: " + text.substring(0, Math.min(60, text.length())));
                }
            }
        }
        List<String> unused = key.stream().filter(k -> !used.contains(k))
                .map(k -> "line " + k.line() + ": " + k.report() + "|" + k.fragment()).toList();
        int total = perReport.values().stream().mapToInt(c -> c[0]).sum();
        int right = perReport.values().stream().mapToInt(c -> c[1]).sum();
        double accuracy = total == 0 ? 0 : (double) right / total;
        perReport.forEach((k, c) -> LOG.info("attribution {}: {}/{} = {}", k, c[1], c[0],
                String.format(Locale.ROOT, "%.3f", c[0] == 0 ? 0.0 : (double) c[1] / c[0])));
        LOG.info("attribution accuracy over {} keyed claims: {}", total, String.format(Locale.ROOT, "%.4f", accuracy));
        errors.forEach(e -> LOG.info("attribution error: {}", e));
        assertAll(
                () -> assertTrue(unkeyed.isEmpty(), "claims without a key line: " + unkeyed),
                () -> assertTrue(unused.isEmpty(), "key lines matching no claim: " + unused),
                () -> assertTrue(conflicting.isEmpty(), "claims matched by conflicting key lines: " + conflicting),
                () -> assertTrue(total >= 250, "too few keyed claims: " + total),
                () -> assertTrue(accuracy >= 0.95, "attribution accuracy " + accuracy + " < 0.95; errors: " + errors));
    }
}
