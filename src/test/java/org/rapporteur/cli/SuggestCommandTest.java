package org.rapporteur.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.annotations.Coding;
import org.rapporteur.model.ClaimHit;
import org.rapporteur.model.ClaimRecord;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.testing.SharedData;

/**
 * {@code rapporteur suggest}: a clear sentence (and exit 1) when there are no vectors or nothing is coded, usage
 * errors for a wrong shape; {@code suggest accept} codes the claim marked suggested, {@code suggest reject} remembers
 * the refusal, and {@code undo} takes either back. With the shipped model on the embedded samples, the tag of a
 * claim's nearest neighbours is suggested first, and code by example offers the claim for it.
 */
class SuggestCommandTest {
    @TempDir
    static Path shared;
    static Path template;

    @TempDir
    Path dir;
    Path workspace;

    /** The samples are indexed (without vectors) once; each test works on its own copy. */
    @BeforeAll
    static void indexOnce() {
        template = shared.resolve("template");
        CliRun index = CliRun.run(template, "index", "--no-embed", "--corpus", SharedData.corpus().toString());
        assertEquals(0, index.exit(), index.err());
    }

    @BeforeEach
    void copy() throws IOException {
        workspace = dir.resolve("ws");
        try (Stream<Path> files = Files.walk(template)) {
            for (Path p : files.toList()) {
                Path target = workspace.resolve(template.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().endsWith(".lock")) {
                    Files.copy(p, target);
                }
            }
        }
    }

    @Test
    void withoutVectorsItSaysToEmbedAndAcceptAndRejectStillWork() {
        List<String> ids;
        try (Workspace ws = Workspace.open(workspace)) {
            ids = ws.corpus().claimsOf(ws.corpus().reports().getFirst().id()).stream().map(r -> r.claim().id()).limit(2).toList();
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
            ClaimRecord r = ws.corpus().claim(ids.get(0)).orElseThrow();
            assertEquals(List.of("Security"), r.tags());
        }
        CliRun undo = CliRun.run(workspace, "undo");
        assertTrue(undo.out().contains("Undid rejection of the suggested tag ‘Security’"), undo.out());
        try (Workspace ws = Workspace.open(workspace)) {
            assertTrue(ws.annotations().rejectedTagIds(ids.get(1)).isEmpty());
        }
    }

    /**
     * The real model: a claim's three nearest claims in other reports are coded "Near", the three nearest of a claim
     * far from it "Other"; the claim is then suggested "Near" first, with those claims as the evidence, and code by
     * example offers it for "Near" (not the coded ones).
     */
    @Test
    void withTheShippedModelTheTagOfTheNearestCodedClaimsComesFirst() {
        CliRun embed = CliRun.run(workspace, "embed");
        assertEquals(0, embed.exit(), embed.err());
        String claim;
        List<String> near;
        List<String> other;
        try (Workspace ws = Workspace.open(workspace)) {
            claim = ws.corpus().claimsOf(ws.corpus().reports().getFirst().id()).stream()
                    .filter(r -> r.claim().text().strip().split("\\s+").length >= 12).findFirst().orElseThrow()
                    .claim().id();
            List<ClaimHit> related = ws.meaning().related(claim, 50);
            near = related.stream().limit(3).map(h -> h.record().claim().id()).toList();
            Set<String> close = new HashSet<>(related.stream().map(h -> h.record().claim().id()).toList());
            close.add(claim);
            String far = ws.corpus().claimsOf(ws.corpus().reports().getLast().id()).stream().map(r -> r.claim().id())
                    .filter(id -> !close.contains(id)).filter(id -> ws.meaning().related(id, 3).stream()
                            .noneMatch(h -> close.contains(h.record().claim().id()))).findFirst().orElseThrow();
            other = new ArrayList<>(ws.meaning().related(far, 3).stream().map(h -> h.record().claim().id())
                    .filter(id -> !close.contains(id)).toList());
        }
        assertEquals(0, CliRun.run(workspace, "tag", "add", "Near").exit());
        assertEquals(0, CliRun.run(workspace, "tag", "add", "Other").exit());
        near.forEach(id -> assertEquals(0, CliRun.run(workspace, "code", id, "Near").exit()));
        other.forEach(id -> assertEquals(0, CliRun.run(workspace, "code", id, "Other").exit()));

        JsonNode got = CliRun.run(workspace, "suggest", claim, "--json").json();
        assertEquals(claim, got.get("claim").asText());
        JsonNode first = got.get("suggestions").get(0);
        assertEquals("Near", first.get("tag").asText(), got.toString());
        double confidence = first.get("confidence").asDouble();
        assertTrue(confidence > 0.5 && confidence <= 1, got.toString());
        List<String> evidence = new ArrayList<>();
        first.get("becauseOf").forEach(n -> evidence.add(n.asText()));
        assertTrue(near.containsAll(evidence) && !evidence.isEmpty(), evidence + " vs " + near);
        CliRun text = CliRun.run(workspace, "suggest", claim);
        assertTrue(text.out().contains("1. Near"), text.out());

        JsonNode candidates = CliRun.run(workspace, "suggest", "--tag", "Near", "--limit", "20", "--json").json();
        List<String> offered = new ArrayList<>();
        candidates.get("candidates").forEach(c -> offered.add(c.get("claim").get("id").asText()));
        assertTrue(offered.contains(claim), offered.toString());
        assertTrue(offered.stream().noneMatch(near::contains), "the examples are not offered");
        assertTrue(CliRun.run(workspace, "suggest", "--tag", "Near", "--limit", "3").out()
                .startsWith("Claims most like those coded with 'Near':"));

        assertEquals(0, CliRun.run(workspace, "suggest", "accept", claim, "Near").exit());
        try (Workspace ws = Workspace.open(workspace)) {
            Coding k = ws.annotations().codings(claim).getFirst();
            assertTrue(k.suggested());
            assertEquals(confidence, k.suggestionConfidence(), 1e-9, "the confidence it was suggested with");
        }
    }
}
