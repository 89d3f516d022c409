package org.rapporteur.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.annotations.Coding;
import org.rapporteur.model.ClaimRecord;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.testing.SharedData;

/**
 * {@code rapporteur suggest}: a clear sentence (and exit 1) when there are no vectors or nothing is coded, usage
 * errors for a wrong shape; {@code suggest accept} codes the claim marked suggested, {@code suggest reject} remembers
 * the refusal, and {@code undo} takes either back.
 */
class SuggestCommandTest {
    @TempDir
    Path workspace;

    @Test
    void withoutVectorsItSaysToEmbedAndAcceptAndRejectStillWork() {
        CliRun index = CliRun.run(workspace, "index", "--corpus", SharedData.corpus().toString());
        assertEquals(0, index.exit(), index.err());
        List<String> ids;
        try (Workspace ws = Workspace.open(workspace)) {
            ids = ws.claimsOf(ws.reports().getFirst().id()).stream().map(r -> r.claim().id()).limit(2).toList();
        }
        assertEquals(0, CliRun.run(workspace, "tag", "add", "Security").exit());

        CliRun none = CliRun.run(workspace, "suggest", ids.get(0));
        assertEquals(ExitCodes.USER_ERROR, none.exit(), none.out());
        assertTrue(none.err().contains("run 'rapporteur embed'") || none.err().contains("Run 'rapporteur embed'"),
                none.err());
        CliRun byTag = CliRun.run(workspace, "suggest", "--tag", "Security");
        assertEquals(ExitCodes.USER_ERROR, byTag.exit());
        assertTrue(byTag.err().contains("rapporteur embed"), byTag.err());
        assertEquals(ExitCodes.USER_ERROR, CliRun.run(workspace, "suggest", "no-such-claim").exit());
        assertTrue(CliRun.run(workspace, "suggest", "--tag", "Nope").err().contains("No tag named 'Nope'"));
        assertEquals(ExitCodes.USAGE, CliRun.run(workspace, "suggest").exit(), "a claim or a tag");
        assertEquals(ExitCodes.USAGE, CliRun.run(workspace, "suggest", ids.get(0), "--tag", "Security").exit());
        assertEquals(ExitCodes.USAGE, CliRun.run(workspace, "suggest", ids.get(0), "--limit", "0").exit());

        CliRun accept = CliRun.run(workspace, "suggest", "accept", ids.get(0), "Security");
        assertEquals(0, accept.exit(), accept.err());
        assertTrue(accept.out().startsWith("Tag ‘Security’ on ") && accept.out().contains("(suggested)"),
                accept.out());
        JsonNode reject = CliRun.run(workspace, "suggest", "reject", ids.get(1), "Security", "--json").json();
        assertEquals("RejectSuggestion", reject.get("type").asText());
        CliRun again = CliRun.run(workspace, "suggest", "reject", ids.get(1), "Security");
        assertEquals(ExitCodes.USER_ERROR, again.exit());
        assertTrue(again.err().contains("already rejected"), again.err());
        try (Workspace ws = Workspace.open(workspace)) {
            Coding k = ws.annotations().codings(ids.get(0)).getFirst();
            assertTrue(k.suggested());
            assertNull(k.suggestionConfidence(), "no suggestion to take a confidence from without vectors");
            assertEquals(1, ws.annotations().rejectedTagIds(ids.get(1)).size());
            ClaimRecord r = ws.claim(ids.get(0)).orElseThrow();
            assertEquals(List.of("Security"), r.tags());
        }
        CliRun undo = CliRun.run(workspace, "undo");
        assertTrue(undo.out().contains("Undid rejection of the suggested tag ‘Security’"), undo.out());
        try (Workspace ws = Workspace.open(workspace)) {
            assertTrue(ws.annotations().rejectedTagIds(ids.get(1)).isEmpty());
        }
    }
}
