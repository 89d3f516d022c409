package org.rapporteur.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The headings of the guide's documents as bundled in the build, read line by line (not through commonmark, which the
 * guide itself uses), so the tests compare the guide with the documents and not with itself.
 */
final class BundledHeadings {
    record Heading(int level, String text) {
    }

    private BundledHeadings() {
    }

    static String bundled(String path) {
        try (InputStream in = BundledHeadings.class.getResourceAsStream("/guide/" + path)) {
            if (in == null) {
                throw new AssertionError("not bundled: /guide/" + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Every ATX heading outside fenced code, its words without Markdown's backticks. */
    static List<Heading> headings(String markdown) {
        List<Heading> out = new ArrayList<>();
        boolean fenced = false;
        for (String line : markdown.lines().toList()) {
            if (line.startsWith("```")) {
                fenced = !fenced;
                continue;
            }
            int level = 0;
            while (level < line.length() && line.charAt(level) == '#') {
                level++;
            }
            if (!fenced && level >= 1 && level <= 6 && line.length() > level && line.charAt(level) == ' ') {
                out.add(new Heading(level, line.substring(level + 1).replace("`", "").strip()));
            }
        }
        return out;
    }

    /** The headings of the sections titled {@code wanted} (and under them), after the opening's (before any level 2). */
    static List<Heading> openingAnd(List<Heading> all, Set<String> wanted) {
        List<Heading> out = new ArrayList<>();
        int keptLevel = 0;
        boolean opening = true;
        for (Heading h : all) {
            if (h.level() >= 2) {
                opening = false;
                if (keptLevel > 0 && h.level() <= keptLevel) {
                    keptLevel = 0;
                }
                if (keptLevel == 0 && wanted.contains(h.text())) {
                    keptLevel = h.level();
                }
            }
            if (opening || keptLevel > 0) {
                out.add(h);
            }
        }
        return out;
    }

    /** The headings but those of the sections titled {@code unwanted} (and under them). */
    static List<Heading> without(List<Heading> all, Set<String> unwanted) {
        List<Heading> out = new ArrayList<>();
        int skipped = 0;
        for (Heading h : all) {
            if (skipped > 0 && h.level() <= skipped) {
                skipped = 0;
            }
            if (skipped == 0 && unwanted.contains(h.text())) {
                skipped = h.level();
            }
            if (skipped == 0) {
                out.add(h);
            }
        }
        return out;
    }
}
