package org.rapporteur.pipeline;

import java.util.ArrayList;
import java.util.List;

import org.rapporteur.annotations.Anchor;
import org.rapporteur.annotations.AnnotationStore;
import org.rapporteur.annotations.Coding;
import org.rapporteur.annotations.Link;
import org.rapporteur.annotations.Note;
import org.rapporteur.annotations.Tag;

/**
 * A store's annotations as sorted lines (tags, codings, notes, links), without timestamps: what every client of a
 * team must read identically at the end of the soak (bin/team-soak). Ids are kept: all clients read one database.
 */
public final class SoakDump {
    private SoakDump() {
    }

    public static List<String> lines(AnnotationStore store) {
        List<String> out = new ArrayList<>();
        for (Tag t : store.tags()) {
            out.add("tag\t" + t.id() + "\t" + t.path() + "\t" + t.colour() + "\t" + t.parentId());
        }
        for (Coding k : store.codings()) {
            out.add("coding\t" + k.id() + "\t" + k.tagId() + "\t" + k.tagPath() + "\t" + k.targetKind() + "\t"
                    + anchor(k.anchor()));
        }
        for (Note n : store.notes()) {
            out.add("note\t" + n.id() + "\t" + n.targetKind() + "\t" + (n.anchor() == null ? "-" : anchor(n.anchor()))
                    + "\t" + n.reportId() + "\t" + n.tagId() + "\t" + n.text().replace('\n', ' '));
        }
        for (Link l : store.links()) {
            out.add("link\t" + l.id() + "\t" + l.type() + "\t" + anchor(l.source()) + "\t" + anchor(l.target()) + "\t"
                    + l.note());
        }
        out.sort(null);
        return out;
    }

    private static String anchor(Anchor a) {
        return a.reportId() + ":" + a.claimId() + ":" + a.position().start() + "-" + a.position().end() + ":"
                + a.status();
    }
}
