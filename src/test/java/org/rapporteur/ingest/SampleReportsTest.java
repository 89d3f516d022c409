package org.rapporteur.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rapporteur.model.Ids;
import org.rapporteur.model.SourceDocument;
import org.rapporteur.testing.SharedData;

/** Reads the five real sample reports, which carry the artefacts the plain-text path exists to clean. */
class SampleReportsTest {
    private static final Pattern GLUED_BOLD = Pattern.compile("(?m)^(.*[\\p{L}\\d])\\*\\*([^*\\n]+)\\*\\*[ \\t]*$");

    private final Ingestor ingestor = new Ingestor();

    static Stream<Path> samples() throws IOException {
        try (Stream<Path> s = Files.list(SharedData.corpus())) {
            return s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void sampleReadsCleanAndStable(Path sample) throws IOException {
        SourceDocument doc = ingestor.read(sample).document();

        assertTrue(doc != null, "sample must read");
        assertEquals(Ids.sha256(Files.readAllBytes(sample)), doc.reportId());
        assertTrue(doc.reportId().matches("[0-9a-f]{64}"));
        assertEquals(doc.reportId(), ingestor.read(sample).document().reportId(), "id is stable");
        assertEquals("txt", doc.format());
        assertTrue(doc.pages().isEmpty());
        assertFalse(doc.paged());
        assertTrue(doc.problems().isEmpty(), doc.problems()::toString);
        String t = doc.text();
        assertFalse(t.contains("**"), "no bold marks remain");
        assertFalse(t.contains("\r"));
        assertFalse(t.contains("\n\n\n"), "at most one blank line between paragraphs");
        assertFalse(Pattern.compile("[ \\t]\\n").matcher(t).find(), "no trailing blanks");
        assertFalse(Pattern.compile("(?i)</?(ul|li|p|br|td|tr|strong|span)\\b[^>]*>").matcher(t).find(), "no HTML tags");
        assertFalse(t.startsWith("\n") || t.endsWith("\n"));
        assertFalse(t.contains("\u00A0"));
    }

    @Test
    void boldRunGluedToANameBecomesTwoLines() throws IOException {
        Path sample = samples().filter(p -> p.getFileName().toString().startsWith("000")).findFirst().orElseThrow();
        Matcher m = GLUED_BOLD.matcher(Files.readString(sample, StandardCharsets.UTF_8));
        assertTrue(m.find(), "sample 000 has a Name**Role** line");
        String name = m.group(1).strip();
        String role = m.group(2).strip();

        List<String> lines = ingestor.read(sample).document().text().lines().toList();

        int at = lines.indexOf(name);
        assertTrue(at >= 0, "the name stands on its own line: " + name);
        assertEquals(role, lines.get(at + 1), "the role follows on the next line");
    }

    @Test
    void boldRunSpanningLinesLosesItsMarksButKeepsItsLines() throws IOException {
        Path sample = samples().filter(p -> p.getFileName().toString().startsWith("000")).findFirst().orElseThrow();
        Matcher m = Pattern.compile("(?m)^\\*\\*([^*\\n]+)\\n([^*\\n]+)\\*\\*$")
                .matcher(Files.readString(sample, StandardCharsets.UTF_8));
        assertTrue(m.find(), "sample 000 has a bold run over two lines");

        String text = ingestor.read(sample).document().text();

        assertTrue(text.contains(m.group(1) + "\n" + m.group(2)), "both lines kept, marks gone");
    }

    @Test
    void htmlFragmentsInATableBecomeText() throws IOException {
        Path sample = samples().filter(p -> {
            try {
                return Files.readString(p).contains("<ul");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).findFirst().orElseThrow();

        String text = ingestor.read(sample).document().text();

        assertFalse(text.contains("<ul"));
        assertFalse(text.contains("list-style-type"));
    }
}
