package org.rapporteur.structure;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rapporteur.model.Claim;
import org.rapporteur.model.Report;
import org.rapporteur.model.Section;
import org.rapporteur.model.SpeakerBlock;
import org.rapporteur.model.Span;

/** Writes a readable dump of what the structurer makes of each sample to target/structure-dump (for review). */
class StructureDumpTest {
    @Test
    void dumpsEverySample() throws Exception {
        List<Report> reports = SampleReports.structured();
        Path out = Path.of("target", "structure-dump");
        Files.createDirectories(out);
        for (Report r : reports) {
            StringBuilder sb = new StringBuilder();
            sb.append("META ").append(r.metadata()).append('\n');
            for (Section s : r.sections()) {
                sb.append("SECTION ").append(s.level()).append(' ').append(s.path()).append('\n');
            }
            for (SpeakerBlock b : r.speakerBlocks()) {
                sb.append("BLOCK ").append(b.method()).append(' ').append(b.person()).append(" [")
                        .append(b.start()).append(',').append(b.end()).append(")\n");
            }
            for (Span s : r.boilerplate()) {
                String t = r.source().text().substring(s.start(), s.end());
                sb.append("BOILER ").append(s.label()).append(": ")
                        .append(t.substring(0, Math.min(60, t.length())).replace('\n', '|')).append('\n');
            }
            for (Claim c : r.claims()) {
                var a = c.attribution();
                String who = a.speaker() != null ? "P:" + a.speaker().name() : a.attributedTo() != null
                        ? "B:" + a.attributedTo() : "NONE";
                sb.append("CLAIM ").append(c.kind()).append(" | ").append(who).append(" | ").append(a.method())
                        .append(' ').append(a.confidence()).append(" | ").append(c.section()).append(" | ")
                        .append(c.text().replace('\n', '|'), 0, Math.min(90, c.text().length())).append('\n');
            }
            Files.writeString(out.resolve(r.source().sourceName() + ".txt"), sb.toString());
            assertFalse(r.claims().isEmpty(), r.source().sourceName());
        }
    }
}
