package org.rapporteur.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.annotations.Change;
import org.rapporteur.annotations.CorrectionRequest;
import org.rapporteur.model.ClaimHit;
import org.rapporteur.model.QuerySyntaxException;
import org.rapporteur.model.SearchRequest;
import org.rapporteur.progress.Cancellation;
import org.rapporteur.progress.ProgressListener;
import org.rapporteur.testing.SharedData;

/** Editing the taxonomy and saving searches as theme rules re-tags claims from the index, keeping corrections. */
class ThemeServiceTest {
    @Test
    void rulesAndNewTermsRetagWithoutReadingTheSourcesAgain(@TempDir Path dir) {
        try (Workspace ws = Workspace.open(dir)) {
            ws.index(List.of(SharedData.corpus()), ProgressListener.NONE, Cancellation.NEVER);
            ThemeService themes = ws.themes();
            assertEquals(0, themes.retag(ProgressListener.NONE, Cancellation.NEVER), "indexing already tagged");

            long proxyClaims = ws.corpus().search(SearchRequest.of("\"non-state actors\" OR proxies", 100)).total();
            assertTrue(proxyClaims > 0);
            themes.addRule("Security/Proxies", "\"non-state actors\" OR proxies");
            themes.addTheme("Society/Welfare state", List.of("welfare state"));
            assertTrue(Files.exists(dir.resolve(ThemeService.FILE)));

            long changed = themes.retag(ProgressListener.NONE, Cancellation.NEVER);
            assertTrue(changed >= proxyClaims, "changed " + changed);
            assertEquals(proxyClaims, ws.corpus().search(SearchRequest.of("theme:proxies", 100)).total());
            ClaimHit welfare = ws.corpus().search(SearchRequest.of("theme:\"welfare state\"", 10)).hits().getFirst();
            assertTrue(welfare.record().claim().enrichment().themes().stream()
                    .anyMatch(t -> t.theme().equals("Society/Welfare state")
                            && t.evidence().stream().anyMatch(e -> e.equalsIgnoreCase("welfare state"))));

            // a removed theme stays removed through re-tagging
            String id = welfare.record().claim().id();
            ws.annotations().execute(new Change.AddCorrection(
                    new CorrectionRequest.RemoveTheme(id, "Society/Welfare state")));
            themes.retag(ProgressListener.NONE, Cancellation.NEVER);
            assertTrue(ws.corpus().claim(id).orElseThrow().claim().enrichment().themes().stream()
                    .noneMatch(t -> t.theme().equals("Society/Welfare state")));
        }
        try (Workspace reopened = Workspace.open(dir)) {
            assertTrue(reopened.themes().taxonomy().theme("Society/Welfare state").isPresent(), "saved");
            assertEquals(1, reopened.themes().rules().size());
        }
    }

    @Test
    void aRuleWithATypoIsRefusedWithItsPosition(@TempDir Path dir) {
        try (Workspace ws = Workspace.open(dir)) {
            QuerySyntaxException e = assertThrows(QuerySyntaxException.class,
                    () -> ws.themes().addRule("Security/Proxies", "proxies AND"));
            assertEquals(11, e.position());
            assertTrue(ws.themes().rules().isEmpty());
        }
    }
}
