package org.rapporteur.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.model.ReportKind;

/** A sidecar row with a kind Rapporteur does not know: the index report names it and the allowed kinds; nothing is lost. */
class UnknownSidecarKindTest {
    @TempDir
    Path dir;

    @Test
    void anUnknownKindIsNamedWithTheAllowedOnesAndTheReportIsStillIndexed() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("remarks.txt"), """
                Remarks on the river treaty

                Mr. President, we thank you for this debate. I speak for a country that lives on the river.
                We have signed the treaty, and we will keep it. Our farmers need the water in summer.
                We ask our neighbours to keep it too. My delegation will report every year.
                I thank you.
                """);
        Files.writeString(corpus.resolve("brief.txt"), "River brief\n\nThe treaty divides the water by season.\n");
        Files.writeString(corpus.resolve("rapporteur-metadata.csv"), """
                file,title,kind
                remarks.txt,Remarks on the river treaty,speach
                brief.txt,River brief,Policy-Report
                """);

        CliRun r = CliRun.run(dir.resolve("ws"), "index", "--corpus", corpus.toString());

        String warning = r.out().lines().filter(l -> l.contains("unknown kind")).findFirst()
                .orElseThrow(() -> new AssertionError("no unknown-kind warning in: " + r.out() + r.err()));
        assertTrue(warning.contains("\"speach\" (remarks.txt)"), warning);
        for (String label : ReportKind.labels()) {
            assertTrue(warning.contains(label), () -> "allowed kind " + label + " not listed: " + warning);
        }
        assertTrue(warning.contains("did you mean \"speech\""), warning);

        Map<String, String> kinds = new HashMap<>();
        for (JsonNode n : CliRun.run(dir.resolve("ws"), "reports", "--json").json()) {
            kinds.put(n.get("source").asText(), n.get("kind").asText());
        }
        assertEquals(Map.of("remarks.txt", "speech", "brief.txt", "policy report"), kinds,
                "both reports indexed; the unknown kind read from the text instead");
    }
}
