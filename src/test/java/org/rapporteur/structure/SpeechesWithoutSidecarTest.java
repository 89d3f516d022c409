package org.rapporteur.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.rapporteur.ingest.Sidecar;
import org.rapporteur.ingest.SidecarReader;
import org.rapporteur.model.Ids;
import org.rapporteur.model.ReportKind;
import org.rapporteur.model.ReportMetadata;
import org.rapporteur.model.SourceDocument;
import org.rapporteur.testing.SharedData;

/**
 * A speech that no sidecar describes: one speaker addressing an assembly is a speech (not a meeting record because it
 * cites "the representative of …", not a seminar report because it names a conference); an institution the speaker
 * says convened or held something is not its publisher; a date in the speaker's sentences is some other event's, and
 * the year in the file name dates it. Invented texts, then real UN speeches the dataset's sidecar has no row for.
 */
class SpeechesWithoutSidecarTest {
    /** Cites three delegations, an agency that convened and held things, and another event's date. */
    private static final String SPEECH = """
            Mr. President, allow me to congratulate you on your election to preside over this Assembly. My delegation
            assures you of its full cooperation.

            We come to this rostrum at a difficult hour for small countries. I must say plainly that our people have
            suffered from the interference of others for many years, and we will not accept it in silence.

            As the representative of Norland said yesterday, the rules we make here must bind the strong as well as the
            weak. We agree with the representative of Sarvia that disarmament cannot wait. The representative of Ostmark
            was right to remind us of the cost of delay.

            The mercenaries who attacked our coast were trained in camps run by the Central Intelligence Agency (CIA).
            The Central Intelligence Agency held a meeting with their leaders in the spring, and the operation was
            convened by the Central Intelligence Agency itself. We have the documents, and we will lay them before the
            Assembly.

            We welcome the conference on trade and development, which is to be convened in Geneva on 23 March 1964. My
            Government will take part in it, and we hope that all of us will come to it ready to agree.

            I thank you, Mr. President, and I wish the Assembly every success in its work.
            """;

    @Test
    void oneVoiceAddressingAnAssemblyIsASpeechWithNoPublisherAndTheFileNamesYear() {
        ReportMetadata m = structure(SPEECH, "XYZ_18_1963.txt");
        assertEquals(ReportKind.SPEECH, m.kind());
        assertNull(m.organisation(), "an agency the speaker accuses of convening something is no publisher");
        assertEquals("1963", m.date(), "the conference's date is not the speech's; the file name's year is");
    }

    @Test
    void withoutAYearInItsNameASpeechHasNoDateRatherThanAnotherEventsDate() {
        assertNull(structure(SPEECH, "speech.txt").date());
    }

    @Test
    void aDateTheTextStatesBeatsTheFileName() {
        String dated = "Statement to the Assembly\n\nNew York, 3 October 1963\n\n" + SPEECH;
        assertEquals("1963-10-03", structure(dated, "XYZ_18_1962.txt").date());
    }

    @Test
    void anInstitutionThatOpensItsReportByHoldingTheEventIsStillItsPublisher() {
        String report = """
                Harbour Security After the Storms

                12 March 2021

                The Centre for Harbour Studies (CHS) held a round table on port security in Valmont.
                Port officials, insurers and two retired admirals took part.

                Admiral Rhea Kosta said that the storms had exposed how few ports keep spare cranes. She argued that
                insurers should price the risk openly rather than quietly.

                Dr. Ivo Brandt said that the harbour authorities had been warned twice. He added that the warnings were
                filed and forgotten.

                The CHS will publish the full proceedings later this year.
                """;
        ReportMetadata m = structure(report, "harbour-roundtable-2019.txt");
        assertEquals("Centre for Harbour Studies", m.organisation());
        assertEquals("2021-03-12", m.date(), "the date the text states, not the year the file was named with");
        assertNotEquals(ReportKind.SPEECH, m.kind());
    }

    @Test
    void aThirdPersonMeetingRecordStaysAMeetingRecord() {
        String record = """
                Council Weighs Grain Corridor as Briefer Warns of Shortages

                The Council this morning heard that the grain corridor is holding but that ships still wait for weeks.

                The representative of Norland said that the corridor should be monitored by a neutral mission. The
                representative of Sarvia said that monitoring would only delay the ships further. The representative of
                Ostmark said that both concerns could be met by a short trial. The representative of Valdoria said that
                his country would fund the trial.

                The Council will meet again on the matter next month.
                """;
        assertEquals(ReportKind.MEETING_RECORD, structure(record, "council-2024.txt").kind());
    }

    @Test
    void aWrappedLineOfProseThatBeginsProducedByIsNoColophon() {
        String text = """
                We come before this Assembly to speak of poverty. According to the latest report on development,
                produced by the World Bank, one fifth of the world's population lives on less than a dollar a day.
                I say to my colleagues that we cannot accept this, and my delegation will propose a fund.
                We have waited too long, and our people will not wait any longer.
                We ask every Government to join us, and we thank you for listening.
                We will return to this matter in the Second Committee.
                """;
        assertNull(structure(text, "statement.txt").organisation());
    }

    /** Real speeches the UN dataset's speakers.csv has no row for, read at run time. */
    @Test
    void realUnSpeechesMissingFromTheSidecarAreDatedSpeechesWithoutAGuessedPublisher() throws Exception {
        Path ungdc = SharedData.ungdc();
        Sidecar sidecar = SidecarReader.read(ungdc);
        List<Path> missing;
        try (Stream<Path> s = Files.walk(ungdc.resolve("speeches"))) {
            missing = s.filter(p -> p.toString().endsWith(".txt")).filter(p -> sidecar.entryFor(p).isEmpty())
                    .sorted().toList();
        }
        // before: a Cuban speech and others got no date, a Dominican one was a "meeting record", an Iraqi one was
        // dated by a committee resolution of July 1963 it cites
        for (String name : List.of("CUB_18_1963.txt", "DOM_18_1963.txt", "IRQ_18_1963.txt", "CSK_02_1947.txt")) {
            Path file = missing.stream().filter(p -> p.getFileName().toString().equals(name)).findFirst()
                    .orElseThrow(() -> new AssertionError(name + " is no longer missing from the sidecar"));
            ReportMetadata m = new ReportStructurer().structure(SampleReports.read(file), null).metadata();
            String year = name.substring(name.length() - 8, name.length() - 4);
            assertEquals(ReportKind.SPEECH, m.kind(), name);
            assertEquals(year, m.date(), name);
            assertNull(m.organisation(), name);
        }
        assertTrue(missing.size() >= 4);
    }

    private static ReportMetadata structure(String text, String fileName) {
        String id = Ids.sha256(text.getBytes(StandardCharsets.UTF_8));
        SourceDocument doc = new SourceDocument(id, fileName, "/invented/" + fileName, "txt", text, List.of(), List.of());
        return new ReportStructurer().structure(doc, null).metadata();
    }
}
