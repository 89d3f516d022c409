package org.rapporteur.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rapporteur.model.Ids;
import org.rapporteur.model.Person;
import org.rapporteur.model.Report;
import org.rapporteur.model.SidecarEntry;
import org.rapporteur.model.SourceDocument;

/** A dataset's speaker column is one person however it writes the name: honorifics are kept apart. */
class SidecarSpeakerNameTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Mr. Barack Obama        | Barack Obama
            Barack Obama            | Barack Obama
            H.E. Mr. Hamid Karzai   | Hamid Karzai
            Dr. Ana Pereira         | Ana Pereira
            Sheikh Sabah Al-Ahmad   | Sabah Al-Ahmad
            """)
    void honorificsAreStrippedFromTheSidecarName(String written, String canonical) {
        String text = "We gather again in a year of change. Peace needs patience.\n";
        SourceDocument doc = new SourceDocument(Ids.sha256(text.getBytes(StandardCharsets.UTF_8)), "XYZ_01_2000.txt", "/x", "txt", text,
                List.of(), List.of());
        Report r = new ReportStructurer().structure(doc,
                new SidecarEntry(null, null, "2000", null, null, written, "President", "Freedonia"));
        Person speaker = r.claims().getFirst().attribution().speaker();
        assertEquals(canonical, speaker.name());
        assertEquals("Freedonia", speaker.country());
    }
}
