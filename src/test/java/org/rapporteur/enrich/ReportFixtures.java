package org.rapporteur.enrich;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rapporteur.model.Attribution;
import org.rapporteur.model.Claim;
import org.rapporteur.model.Ids;
import org.rapporteur.model.Report;
import org.rapporteur.model.ReportMetadata;
import org.rapporteur.model.SourceDocument;

/** Reports built in tests, with one claim per non-blank line or per naive sentence. */
final class ReportFixtures {
    private static final Pattern LINE = Pattern.compile("[^\\n]+");
    private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]+(?:[.!?]+|$)", Pattern.MULTILINE);

    private ReportFixtures() {
    }

    static Report byLines(String name, String text) {
        return build(name, text, LINE, Claim.Kind.BULLET);
    }

    static Report bySentences(String name, String text) {
        return build(name, text, SENTENCE, Claim.Kind.SENTENCE);
    }

    private static Report build(String name, String text, Pattern unit, Claim.Kind kind) {
        String id = Ids.sha256(text.getBytes(StandardCharsets.UTF_8));
        SourceDocument doc = new SourceDocument(id, name, "/test/" + name, "txt", text, List.of(), List.of());
        List<Claim> claims = new ArrayList<>();
        Matcher m = unit.matcher(text);
        while (m.find()) {
            String t = m.group().strip();
            if (t.length() < 3) {
                continue;
            }
            claims.add(new Claim(Ids.claimId(id, m.start(), m.end()), id, m.start(), m.end(), t, null, List.of(), kind,
                    Attribution.none(), null));
        }
        return new Report(doc, ReportMetadata.empty(), List.of(), List.of(), List.of(), claims);
    }
}
