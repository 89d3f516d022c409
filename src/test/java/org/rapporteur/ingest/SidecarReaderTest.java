package org.rapporteur.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.model.Problem;
import org.rapporteur.model.ReportKind;
import org.rapporteur.model.SidecarEntry;

class SidecarReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsAMetadataCsvWithTrimmedValuesAndSplitAuthors() throws Exception {
        Files.writeString(dir.resolve("rapporteur-metadata.csv"), """
                File,Title,Organization,Date,Kind,Authors,Speaker,Speaker Role,Speaker_Country
                sub/brief-7.pdf, Water and Borders ,Lakeside Institute,2023-04-05,policy report,"Ana Ruiz; Tom Berg ;",,,
                talk.txt,Opening talk,,2022,speech,,Dr Mira Sol ,Minister of Planning,Freedonia,
                odd.txt,Odd,,,pamphlet,,,,
                ,No file here,,,,,,,
                """);

        Sidecar s = SidecarReader.read(dir);

        SidecarEntry brief = s.entryFor(Path.of("/anywhere/brief-7.pdf")).orElseThrow();
        assertEquals("Water and Borders", brief.title());
        assertEquals("Lakeside Institute", brief.organisation());
        assertEquals("2023-04-05", brief.date());
        assertEquals(ReportKind.POLICY_REPORT, brief.kind());
        assertEquals(List.of("Ana Ruiz", "Tom Berg"), brief.authors());
        assertNull(brief.speaker());

        SidecarEntry talk = s.entryFor(Path.of("talk.txt")).orElseThrow();
        assertEquals("Dr Mira Sol", talk.speaker());
        assertEquals("Minister of Planning", talk.speakerRole());
        assertEquals("Freedonia", talk.speakerCountry());
        assertEquals(ReportKind.SPEECH, talk.kind());
        assertNull(talk.organisation());
        assertNull(talk.authors());

        assertNull(s.entryFor(Path.of("odd.txt")).orElseThrow().kind());
        assertEquals(3, s.size());
        assertEquals(2, s.problems().size(), s.problems()::toString);
        assertTrue(s.problems().stream().allMatch(p -> p.severity() == Problem.Severity.WARNING));
        assertTrue(s.problems().stream().anyMatch(p -> p.reason().contains("pamphlet")));
        assertTrue(s.problems().stream().anyMatch(p -> p.reason().contains("without a file name")));
    }

    @Test
    void readsAMetadataJsonInEitherShape() throws Exception {
        Path a = Files.createDirectories(dir.resolve("a"));
        Files.writeString(a.resolve("rapporteur-metadata.json"), """
                [{"file": "one.docx", "title": "One", "authors": ["X Y", " "], "kind": "webinar report"}]
                """);
        Path b = Files.createDirectories(dir.resolve("b"));
        Files.writeString(b.resolve("rapporteur-metadata.json"), """
                {"two.html": {"title": "Two", "authors": "P Q; R S", "speaker": "Lin Wu"},
                 "one.docx": {"title": "Shadowed"}}
                """);

        Sidecar s = SidecarReader.read(dir);

        assertEquals("One", s.entryFor(Path.of("one.docx")).orElseThrow().title());
        assertEquals(List.of("X Y"), s.entryFor(Path.of("one.docx")).orElseThrow().authors());
        assertEquals(ReportKind.WEBINAR_REPORT, s.entryFor(Path.of("one.docx")).orElseThrow().kind());
        assertEquals(List.of("P Q", "R S"), s.entryFor(Path.of("two.html")).orElseThrow().authors());
        assertEquals(1, s.problems().size(), "the shadowed entry is reported");
    }

    @Test
    void descriptorMapsADatasetsOwnCsv() throws Exception {
        Files.writeString(dir.resolve("talks.csv"), """
                yr,no,who,where
                2001,3,Ada Quist ,Ruritania,
                2002,12,Bo Lind,Freedonia
                """);
        Files.writeString(dir.resolve("rapporteur-sidecar.json"), """
                {"csv": "talks.csv", "fileName": "talk-{yr}-{no:%03d}.txt", "speaker": "who",
                 "speakerCountry": "where", "title": "Talk {no:%d} in {where}", "date": "{yr}", "kind": "transcript",
                 "organisation": "Assembly of Nations"}
                """);

        Sidecar s = SidecarReader.read(dir);

        SidecarEntry e = s.entryFor(Path.of("talk-2001-003.txt")).orElseThrow();
        assertEquals("Ada Quist", e.speaker());
        assertEquals("Ruritania", e.speakerCountry());
        assertEquals("Talk 3 in Ruritania", e.title());
        assertEquals("2001", e.date());
        assertEquals(ReportKind.TRANSCRIPT, e.kind());
        assertEquals("Assembly of Nations", e.organisation());
        assertTrue(s.entryFor(Path.of("talk-2002-012.txt")).isPresent());
        assertTrue(s.problems().isEmpty(), s.problems()::toString);
    }

    @Test
    void descriptorWithAnUnknownColumnIsAWarning() throws Exception {
        Files.writeString(dir.resolve("t.csv"), "a,b\n1,2\n");
        Files.writeString(dir.resolve("rapporteur-sidecar.json"), "{\"csv\": \"t.csv\", \"fileName\": \"{c}.txt\"}");

        Sidecar s = SidecarReader.read(dir);

        assertEquals(0, s.size());
        assertTrue(s.problems().getFirst().reason().contains("unknown column \"c\""), s.problems()::toString);
    }

    @Test
    void brokenJsonIsAWarning() throws Exception {
        Files.writeString(dir.resolve("rapporteur-metadata.json"), "{ not json");
        Sidecar s = SidecarReader.read(dir);
        assertEquals(Problem.Severity.WARNING, s.problems().getFirst().severity());
        assertTrue(s.problems().getFirst().reason().startsWith("sidecar is not valid JSON"));
    }

    @Test
    void recognisesTheUnGeneralDebateLayoutWithoutADescriptor() throws Exception {
        Files.writeString(dir.resolve("speakers.csv"), """
                Year,Session,ISO Code,Country,Name of Person Speaking,Post,
                1999,54,FRE,Freedonia ,"Rufus T. Firefly,",Prime Minister ,
                1950,5,RUR,Ruritania,"Mr. Rudolf
                Rassendyll",,
                """);

        Sidecar s = SidecarReader.read(dir);

        SidecarEntry e = s.entryFor(Path.of("speeches/1950/RUR_05_1950.txt")).orElseThrow();
        assertEquals("Mr. Rudolf Rassendyll", e.speaker());
        assertNull(e.speakerRole());
        assertEquals("Ruritania at the UN General Debate, 1950 (session 5)", e.title());
        assertEquals("United Nations General Assembly", e.organisation());
        assertEquals(ReportKind.SPEECH, e.kind());
        assertEquals("1950", e.date());
        SidecarEntry f = s.entryFor(Path.of("FRE_54_1999.txt")).orElseThrow();
        assertEquals("Rufus T. Firefly", f.speaker());
        assertEquals("Prime Minister", f.speakerRole());
        assertEquals("Freedonia", f.speakerCountry());
    }

    @Test
    void aCsvNamedSpeakersWithOtherColumnsIsNotASidecar() throws Exception {
        Files.writeString(dir.resolve("speakers.csv"), "name,bio\nA,B\n");
        assertEquals(0, SidecarReader.read(dir).size());
    }
}
