package org.rapporteur.pipeline;

import org.rapporteur.annotations.Anchor;
import org.rapporteur.annotations.Coding;
import org.rapporteur.annotations.Link;
import org.rapporteur.annotations.Note;
import org.rapporteur.annotations.Tag;
import org.rapporteur.export.AnchorEntry;
import org.rapporteur.export.CodingEntry;
import org.rapporteur.export.LinkEntry;
import org.rapporteur.export.NoteEntry;
import org.rapporteur.export.TagEntry;
import org.rapporteur.export.TargetType;

/** Turns the annotation store's records into the exporters' DTOs (the export package never sees the store). */
final class AnnotationDtos {
    private AnnotationDtos() {
    }

    static TagEntry tag(Tag t) {
        return new TagEntry(t.id(), t.name(), t.parentId(), t.path(), t.colour(), t.description(), t.creator(),
                t.createdAt(), t.modifiedAt());
    }

    static AnchorEntry anchor(Anchor a) {
        return a == null ? null : new AnchorEntry(a.reportId(), a.claimId(), a.quote().exact(), a.quote().prefix(),
                a.quote().suffix(), a.position().start(), a.position().end(), a.orphan());
    }

    static CodingEntry coding(Coding k) {
        return new CodingEntry(k.id(), k.tagId(), k.tagPath(), TargetType.valueOf(k.targetKind().name()),
                anchor(k.anchor()), k.creator(), k.createdAt(), k.modifiedAt(), k.suggested(),
                k.suggestionConfidence());
    }

    static NoteEntry note(Note n) {
        return new NoteEntry(n.id(), TargetType.valueOf(n.targetKind().name()), anchor(n.anchor()), n.reportId(),
                n.person(), n.tagId(), n.text(), n.creator(), n.createdAt(), n.modifiedAt());
    }

    static LinkEntry link(Link l) {
        return new LinkEntry(l.id(), l.type().label(), anchor(l.source()), anchor(l.target()), l.note(), l.creator(),
                l.createdAt(), l.modifiedAt());
    }
}
