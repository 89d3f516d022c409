package org.rapporteur.ingest;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

import org.rapporteur.model.EditDistance;
import org.rapporteur.model.ReportKind;

/**
 * The warning for sidecar rows whose {@code kind} is none of {@link ReportKind}'s: which kinds, for which files, that
 * those reports are still indexed (their kind inferred from the text), and the kinds allowed, with the nearest one
 * when a typo is likely ("speach" → speech). Stateless.
 */
final class UnknownKind {
    /** Further than this many edits from every label, a value is no typo of one. */
    private static final int MAX_TYPO_EDITS = 3;

    private UnknownKind() {
    }

    /** {@code unknownKinds}: each unknown value with the first files that gave it. */
    static String message(Map<String, List<String>> unknownKinds) {
        StringJoiner kinds = new StringJoiner("; ");
        unknownKinds.forEach((kind, files) -> kinds.add("\"" + kind + "\"" + (files.isEmpty() ? ""
                : " (" + String.join(", ", files) + (files.size() >= 3 ? ", …" : "") + ")")));
        return "unknown kind " + kinds + ": those reports are indexed with the kind read from their text";
    }

    static String hint(Collection<String> unknown) {
        StringBuilder hint = new StringBuilder("allowed kinds: ").append(String.join(", ", ReportKind.labels()));
        for (String u : unknown) {
            String nearest = nearest(u);
            if (nearest != null) {
                hint.append("; did you mean \"").append(nearest).append("\" for \"").append(u).append("\"?");
            }
        }
        return hint.toString();
    }

    private static String nearest(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ');
        String best = null;
        int bestEdits = MAX_TYPO_EDITS + 1;
        for (String label : ReportKind.labels()) {
            int d = EditDistance.levenshtein(v, label);
            if (d < bestEdits) {
                bestEdits = d;
                best = label;
            }
        }
        return best;
    }
}
