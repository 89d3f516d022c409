package org.rapporteur.index;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.rapporteur.model.Attribution;
import org.rapporteur.model.AttributionMethod;
import org.rapporteur.model.Claim;
import org.rapporteur.model.ClaimRecord;
import org.rapporteur.model.Enrichment;
import org.rapporteur.model.Ids;
import org.rapporteur.model.Person;
import org.rapporteur.model.ReportKind;
import org.rapporteur.model.ReportSummary;
import org.rapporteur.model.ThemeMatch;

/** A small invented report in an in-memory index, for query tests that need real postings to search. */
final class QueryFixture {
    static final String REPORT = Ids.sha256("query fixture".getBytes(StandardCharsets.UTF_8));
    static final List<String> SENTENCES = List.of(
            "Militants crossed the border from Afghanistan into Pakistan last winter.",
            "Economic security and human security were the two pillars of the new policy.",
            "The securities regulator warned that insecurity deters investors.",
            "Trade with India could double within five years if the border reopens.",
            "Sáo Paulo hosted the Security Council's regional dialogue in 2023.",
            "A secure supply of water is a question of national survival.");

    private QueryFixture() {
    }

    static ClaimIndex index() {
        ClaimIndex index = ClaimIndex.inMemory();
        List<ClaimRecord> claims = new ArrayList<>();
        int at = 0;
        for (String s : SENTENCES) {
            Claim c = new Claim(Ids.claimId(REPORT, at, at + s.length()), REPORT, at, at + s.length(), s, 1,
                    List.of("Session I"), Claim.Kind.SENTENCE,
                    Attribution.to(new Person("Amina Rauf", List.of(), "Director", "Institute", null),
                            AttributionMethod.SPEAKER_BLOCK, 0.9, "named above the block"),
                    new Enrichment(List.of("Pakistan"), null, List.of("South Asia"),
                            List.of(new ThemeMatch("Security/Border", List.of("border"))), List.of()));
            claims.add(new ClaimRecord(c, "fixture.txt", "Fixture Seminar", "Institute", "2023-05-01",
                    ReportKind.SEMINAR_REPORT, List.of()));
            at += s.length() + 1;
        }
        index.replaceReport(new ReportSummary(REPORT, "fixture.txt", "/c/fixture.txt", "Fixture Seminar",
                "Institute", "2023-05-01", ReportKind.SEMINAR_REPORT, List.of(), claims.size(), List.of()),
                String.join(" ", SENTENCES), claims);
        index.commit();
        return index;
    }
}
