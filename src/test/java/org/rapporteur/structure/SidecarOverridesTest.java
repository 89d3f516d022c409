package org.rapporteur.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rapporteur.model.DeclaredMetadata;
import org.rapporteur.model.Ids;
import org.rapporteur.model.ReportKind;
import org.rapporteur.model.ReportMetadata;
import org.rapporteur.model.SidecarEntry;
import org.rapporteur.model.SourceDocument;

/**
 * How a metadata sidecar overrides a report's metadata, whether the text was structured or only split into sentences
 * (the structurer's fallback when a rule fails).
 */
class SidecarOverridesTest {
    private static final DeclaredMetadata DECLARED = new DeclaredMetadata("Declared Title", List.of("Ann Declared"),
            "Declared Org", null, null, null);

    @Test
    void aSidecarValueWinsOverWhatTheFileDeclares() {
        SidecarOverrides s = SidecarOverrides.of(new SidecarEntry(null, "Sidecar Org", "2019-05-05", null, null,
                null, null, null));
        ReportMetadata m = MetadataExtractor.declaredOnly(s, DECLARED, "brief-2001-02-03.txt");
        assertEquals("Declared Title", m.title());
        assertEquals("Sidecar Org", m.organisation());
        assertEquals("2019-05-05", m.date(), "the sidecar's date, not the file name's");
        assertEquals(List.of("Ann Declared"), m.authors());
        assertNull(m.kind(), "nothing says what the unstructured text is");
    }

    @Test
    void withoutASidecarTheFileNamesDateIsTheLastResort() {
        ReportMetadata m = MetadataExtractor.declaredOnly(SidecarOverrides.NONE, DECLARED, "brief-2001-02-03.txt");
        assertEquals(new ReportMetadata("Declared Title", "Declared Org", "2001-02-03", null, List.of("Ann Declared")),
                m);
    }

    @Test
    void aNamedSpeakerMakesASpeechUnlessTheSidecarStatesAKind() {
        SidecarOverrides speaker = SidecarOverrides.of(new SidecarEntry(null, null, null, null, List.of("Eve Author"),
                "H.E. Mr. Hamid Karzai", " President ", " "));
        assertTrue(speaker.speech());
        assertFalse(speaker.givesKind());
        assertEquals(ReportKind.SPEECH, MetadataExtractor.declaredOnly(speaker, DECLARED, null).kind());
        assertEquals(List.of("Eve Author"), MetadataExtractor.declaredOnly(speaker, DECLARED, null).authors());
        assertEquals("Hamid Karzai", speaker.speaker().name());
        assertEquals("President", speaker.speaker().role());
        assertNull(speaker.speaker().country(), "a blank country is no country");

        SidecarOverrides webinar = SidecarOverrides.of(new SidecarEntry(null, null, null, ReportKind.WEBINAR_REPORT,
                null, "Dr Mira Sol", null, null));
        assertFalse(webinar.speech());
        assertEquals(ReportKind.WEBINAR_REPORT, MetadataExtractor.declaredOnly(webinar, DECLARED, null).kind());

        SidecarOverrides blank = SidecarOverrides.of(new SidecarEntry(null, null, null, null, null, "  ", null, null));
        assertNull(blank.speaker());
        assertFalse(blank.speech());
    }

    @Test
    void theStructuredPathTakesTheSidecarsAuthorsAndKind() {
        String text = "Water and Borders\n\nBy Mara Quill\n\nThe levy must rise. Sea walls cost more each year.\n";
        SourceDocument doc = new SourceDocument(Ids.sha256(text.getBytes(StandardCharsets.UTF_8)), "walls.md",
                "/walls.md", "md", text, List.of(), List.of());
        ReportMetadata m = new ReportStructurer().structure(doc, new SidecarEntry(null, null, null,
                ReportKind.POLICY_REPORT, List.of("Tom Berg"), null, null, null)).metadata();
        assertEquals(List.of("Tom Berg"), m.authors());
        assertEquals(ReportKind.POLICY_REPORT, m.kind(), "a stated kind is not re-decided by attribution");
    }
}
