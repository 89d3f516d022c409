package org.rapporteur.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.testing.SharedData;

/**
 * {@code rapporteur review [--json] [--limit N]} lists the weak attributions of the sample reports worst first;
 * {@code rapporteur correct --report R --from LABEL --speaker NAME} renames a label for all its claims in one report,
 * and {@code undo} takes the whole rename back.
 */
class ReviewCommandTest {
    @TempDir
    Path workspace;

    private void index() {
        CliRun r = CliRun.run(workspace, "index", "--corpus", SharedData.corpus().toString());
        assertEquals(0, r.exit(), r.err());
    }

    @Test
    void reviewJsonListsWeakAttributionsWorstFirstWithinTheLimit() {
        index();
        JsonNode all = CliRun.run(workspace, "review", "--json", "--limit", "1000").json();
        long total = all.get("total").asLong();
        assertTrue(total > 5, all.toString());
        assertEquals(total, all.get("claims").size());
        double last = Double.MAX_VALUE;
        for (JsonNode item : all.get("claims")) {
            double doubt = item.get("doubt").asDouble();
            assertTrue(doubt <= last, "worst first");
            assertTrue(doubt >= all.get("threshold").asDouble());
            last = doubt;
            JsonNode claim = item.get("claim");
            // weak, or with a runner-up close behind
            assertTrue(claim.get("confidence").asDouble() < 0.7 || claim.get("runnerUp").isObject(), claim.toString());
            assertTrue(claim.has("runnerUp") && claim.has("evidence") && claim.has("text"));
        }
        JsonNode three = CliRun.run(workspace, "review", "--json", "--limit", "3").json();
        assertEquals(3, three.get("claims").size());
        assertEquals(total, three.get("total").asLong(), "the total does not depend on the limit");

        CliRun text = CliRun.run(workspace, "review", "--limit", "2");
        assertEquals(0, text.exit(), text.err());
        assertTrue(text.out().contains("2 of " + total + " claims to review"), text.out());
        CliRun bad = CliRun.run(workspace, "review", "--limit", "-1");
        assertEquals(2, bad.exit());
    }

    @Test
    void correctReportFromRenamesEveryClaimOfTheLabelInThatReportAndUndoTakesItBack() {
        index();
        JsonNode review = CliRun.run(workspace, "review", "--json", "--limit", "1000").json();
        // the label with the most claims to review, and its report
        Map<String, Integer> counts = new HashMap<>();
        for (JsonNode item : review.get("claims")) {
            JsonNode c = item.get("claim");
            String who = c.get("speaker").isNull() ? c.get("attributedTo").asText() : c.get("speaker").asText();
            counts.merge(c.get("reportId").asText() + "\n" + who, 1, Integer::sum);
        }
        String[] top = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey()
                .split("\n", 2);
        String reportId = top[0];
        String label = top[1];
        int before = credited(reportId, label);
        assertTrue(before >= 3, label + ": " + before);

        CliRun r = CliRun.run(workspace, "correct", "--report", reportId.substring(0, 8), "--from", label,
                "--speaker", "Alice Jones");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains(before + " claims of "), r.out());
        assertEquals(0, credited(reportId, label));
        assertEquals(before, credited(reportId, "Alice Jones"));
        JsonNode after = CliRun.run(workspace, "review", "--json", "--limit", "1000").json();
        assertTrue(after.get("total").asLong() < review.get("total").asLong(), "they left the review");

        CliRun undo = CliRun.run(workspace, "undo");
        assertEquals(0, undo.exit(), undo.err());
        assertEquals(before, credited(reportId, label), "one undo step takes the whole rename back");
        assertEquals(0, credited(reportId, "Alice Jones"));
    }

    @Test
    void correctRefusesHalfALabelCorrectionAndUnknownReports() {
        index();
        CliRun noFrom = CliRun.run(workspace, "correct", "--report", "whatever", "--speaker", "Alice Jones");
        assertEquals(2, noFrom.exit());
        assertTrue(noFrom.err().contains("--from"), noFrom.err());
        CliRun unknown = CliRun.run(workspace, "correct", "--report", "ffffffffff", "--from", "X", "--speaker",
                "Alice Jones");
        assertEquals(1, unknown.exit());
        assertTrue(unknown.err().contains("No report 'ffffffffff'"), unknown.err());
        CliRun nothing = CliRun.run(workspace, "correct", "--speaker", "Alice Jones");
        assertEquals(2, nothing.exit());
        assertEquals(0, CliRun.run(workspace, "history", "--json").json().size(), "nothing was recorded");
    }

    private int credited(String reportId, String name) {
        JsonNode claims = CliRun.run(workspace, "claims", "--json").json();
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode c : claims) {
            String who = c.get("speaker").isNull() ? c.get("attributedTo").asText() : c.get("speaker").asText();
            if (c.get("reportId").asText().equals(reportId) && who.equalsIgnoreCase(name)) {
                out.add(c);
            }
        }
        return out.size();
    }
}
