package org.rapporteur.annotations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An edit of a tag or a note that another analyst's later edit replaced without having seen it (last writer wins,
 * issue 17, ADR 0038). The replaced value is not lost: it is the before image of the replacing change in the journal,
 * and {@link #puttingBack()} is the change that restores it.
 *
 * @param changeId   the journal id of the change that replaced the edit
 * @param entityId   the tag's or note's id
 * @param overwrote  the analyst whose edit was replaced
 * @param replacedBy the analyst who replaced it
 * @param at         when it was replaced
 * @param replaced   the fields as {@code overwrote} left them ({@code name}, {@code colour}, {@code description} of a
 *                   tag; {@code text} of a note)
 * @param replacement the same fields as {@code replacedBy} wrote them
 */
public record OverwrittenEdit(long changeId, Kind kind, long entityId, String overwrote, String replacedBy, String at,
                              Map<String, String> replaced, Map<String, String> replacement, String modifiedAt) {
    public enum Kind { TAG, NOTE }

    private static final List<String> FIELDS = List.of("name", "colour", "description", "text");

    public OverwrittenEdit {
        replaced = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(replaced));
        replacement = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(replacement));
    }

    OverwrittenEdit(long changeId, Kind kind, long entityId, String overwrote, String replacedBy, String at,
                    Map<String, String> before, Map<String, String> after) {
        this(changeId, kind, entityId, overwrote, replacedBy, at, changedOnly(before, after, true),
                changedOnly(before, after, false), after.get("modified_at"));
    }

    /** The fields of a tag or note row an analyst edits, as text (null kept as null). */
    static Map<String, String> fields(Map<String, Object> row) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String f : FIELDS) {
            if (row.containsKey(f)) {
                out.put(f, row.get(f) == null ? null : row.get(f).toString());
            }
        }
        out.put("modified_at", row.get("modified_at") == null ? null : row.get("modified_at").toString());
        return out;
    }

    private static Map<String, String> changedOnly(Map<String, String> before, Map<String, String> after,
                                                   boolean takeBefore) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String f : FIELDS) {
            if (before.containsKey(f) && !Objects.equals(before.get(f), after.get(f))) {
                out.put(f, takeBefore ? before.get(f) : after.get(f));
            }
        }
        return out;
    }

    /**
     * What the loser's workbench shows, e.g. {@code Bea renamed tag 12 over your edit: 'Proxy wars' replaced
     * 'Proxies'}.
     */
    public String sentence() {
        StringBuilder what = new StringBuilder();
        replaced.forEach((field, old) -> {
            if (!what.isEmpty()) {
                what.append("; ");
            }
            what.append(field).append(" '").append(replacement.get(field) == null ? "" : replacement.get(field))
                    .append("' replaced '").append(old == null ? "" : old).append("'");
        });
        return replacedBy + " changed " + (kind == Kind.TAG ? "tag " : "note ") + entityId + " over " + overwrote
                + "'s edit: " + what + ".";
    }

    /**
     * The change that puts {@link #replaced()} back: one change (a batch of a rename and an edit when a tag's name and
     * its colour or description were both replaced, so it stays one undo step). It says it read the replacing edit,
     * so it overwrites nobody unless a third analyst changed the tag or note again meanwhile.
     */
    public Change puttingBack() {
        List<Change> steps = new ArrayList<>();
        if (kind == Kind.NOTE) {
            steps.add(new Change.EditNote(entityId, replaced.get("text"), modifiedAt));
        } else {
            if (replaced.containsKey("name")) {
                steps.add(new Change.RenameTag(entityId, replaced.get("name"), modifiedAt));
            }
            if (replaced.containsKey("colour") || replaced.containsKey("description")) {
                String description = replaced.containsKey("description")
                        ? Objects.requireNonNullElse(replaced.get("description"), "") : null;
                steps.add(new Change.EditTag(entityId, replaced.get("colour"), description,
                        steps.isEmpty() ? modifiedAt : null));
            }
        }
        if (steps.isEmpty()) {
            throw new AnnotationException("Nothing to put back: the edit replaced the same value.");
        }
        return steps.size() == 1 ? steps.getFirst() : new Change.Batch("put back " + overwrote + "'s edit of tag "
                + entityId, steps);
    }
}
