package org.rapporteur.pipeline;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.rapporteur.annotations.AnnotationStore;
import org.rapporteur.annotations.Coding;
import org.rapporteur.annotations.Tag;

/**
 * What a workspace's store holds already, by the keys an import compares with: tags by lower-case path, codings by
 * tag and target, notes by target and text, links by type and claims. Orphaned codings and notes have no target and
 * are not matched.
 */
final class AnnotationKeys {
    private final Map<String, Tag> tags = new HashMap<>();
    private final Set<String> codings = new HashSet<>();
    private final Set<String> notes = new HashSet<>();
    private final Set<String> links = new HashSet<>();

    AnnotationKeys(AnnotationStore store) {
        store.tags().forEach(t -> tags.put(t.path().toLowerCase(Locale.ROOT), t));
        for (Coding k : store.codings()) {
            if (!k.anchor().orphan()) {
                codings.add(k.tagPath().toLowerCase(Locale.ROOT) + "|" + target(k.targetKind().name(),
                        k.anchor().claimId(), k.anchor().reportId(), k.anchor().position().start(),
                        k.anchor().position().end()));
            }
        }
        for (var n : store.notes()) {
            String target = switch (n.targetKind()) {
                case CLAIM, SELECTION -> n.anchor().orphan() ? null : target(n.targetKind().name(),
                        n.anchor().claimId(), n.anchor().reportId(), n.anchor().position().start(),
                        n.anchor().position().end());
                case REPORT -> "REPORT:" + n.reportId();
                case PERSON -> "PERSON:" + n.person().toLowerCase(Locale.ROOT);
                case TAG -> "TAG:" + store.tag(n.tagId()).map(t -> t.path().toLowerCase(Locale.ROOT)).orElse("");
            };
            if (target != null) {
                notes.add(target + "|" + n.text().strip());
            }
        }
        for (var l : store.links()) {
            links.add(l.type().label() + "|" + l.source().claimId() + "|" + l.target().claimId());
        }
    }

    /** The key of an annotation's target: the claim when it is on one, else the report and span. */
    static String target(String kind, String claimId, String reportId, int start, int end) {
        return kind.equals("CLAIM") && claimId != null ? "CLAIM:" + claimId
                : "SELECTION:" + reportId + ":" + start + ":" + end;
    }

    /** The tag at a lower-case path, or null. */
    Tag tag(String pathKey) {
        return tags.get(pathKey);
    }

    boolean hasCoding(String key) {
        return codings.contains(key);
    }

    boolean hasNote(String key) {
        return notes.contains(key);
    }

    boolean hasLink(String key) {
        return links.contains(key);
    }
}
