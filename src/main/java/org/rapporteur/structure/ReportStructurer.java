package org.rapporteur.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rapporteur.model.Claim;
import org.rapporteur.model.Ids;
import org.rapporteur.model.Report;
import org.rapporteur.model.ReportMetadata;
import org.rapporteur.model.SidecarEntry;
import org.rapporteur.model.SourceDocument;

/** SCAFFOLD, replaced by the structure branch: one claim per paragraph, no attribution. */
public final class ReportStructurer {
    private static final Pattern PARAGRAPH = Pattern.compile("[^\\n]+(?:\\n[^\\n]+)*");

    public Report structure(SourceDocument doc, SidecarEntry sidecar) {
        List<Claim> claims = new ArrayList<>();
        Matcher m = PARAGRAPH.matcher(doc.text());
        while (m.find()) {
            claims.add(new Claim(Ids.claimId(doc.reportId(), m.start(), m.end()), doc.reportId(), m.start(), m.end(),
                    m.group(), doc.pageAt(m.start()), List.of(), Claim.Kind.SENTENCE, null, null));
        }
        return new Report(doc, ReportMetadata.empty(), List.of(), List.of(), List.of(), claims);
    }
}
