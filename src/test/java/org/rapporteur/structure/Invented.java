package org.rapporteur.structure;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.rapporteur.model.Claim;
import org.rapporteur.model.Ids;
import org.rapporteur.model.Report;
import org.rapporteur.model.SidecarEntry;
import org.rapporteur.model.SourceDocument;

/** Structures invented text (never sample text) for rule-table tests. */
final class Invented {
    private Invented() {
    }

    static SourceDocument doc(String text) {
        String id = Ids.sha256(text.getBytes(StandardCharsets.UTF_8));
        return new SourceDocument(id, "invented.txt", "/invented.txt", "txt", text, List.of(), List.of());
    }

    static Report structure(String text) {
        return new ReportStructurer().structure(doc(text), null);
    }

    static Report structure(String text, SidecarEntry sidecar) {
        return new ReportStructurer().structure(doc(text), sidecar);
    }

    static Claim claim(Report r, String fragment) {
        return r.claims().stream().filter(c -> c.text().contains(fragment)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim contains \"" + fragment + "\"; claims: "
                        + r.claims().stream().map(Claim::text).toList()));
    }

    static String who(Claim c) {
        var a = c.attribution();
        return a.speaker() != null ? a.speaker().name() : a.attributedTo() != null ? a.attributedTo() : "NONE";
    }
}
