package org.rapporteur.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.model.SourceDocument;

class PlainTextReaderTest {
    @TempDir
    Path dir;

    private final Ingestor ingestor = new Ingestor();

    @Test
    void markdownBecomesPlainText() throws Exception {
        Path f = Files.writeString(dir.resolve("notes.markdown"), """
                # Roundtable on **Grid** Security

                Chair: Prof. Ines Kalu**Dean, School of Energy**
                * Blackouts cost the region 2% of GDP.
                * Cyber attacks on substations rose; see [the annex](annex.pdf).



                > Quoted remark from the floor.
                """);

        SourceDocument d = ingestor.read(f).document();

        assertEquals("md", d.format());
        assertEquals("""
                Roundtable on Grid Security

                Chair: Prof. Ines Kalu
                Dean, School of Energy
                - Blackouts cost the region 2% of GDP.
                - Cyber attacks on substations rose; see the annex.

                Quoted remark from the floor.""", d.text());
    }

    @Test
    void formFeedsMakePagesAsPdftotextWritesThem() throws Exception {
        String header = "Quarterly Energy Outlook\n";
        Path f = Files.writeString(dir.resolve("outlook.txt"),
                header + "Demand rose in every province during the winter months, and the\n"
                        + "regulators asked the utilities to publish\n\n1\n\f"
                        + header + "their reserve margins each week.\n\n2\n\f"
                        + header + "Prices fell in spring.\n\n3\n\f");

        SourceDocument d = ingestor.read(f).document();

        assertEquals("Quarterly Energy Outlook\nDemand rose in every province during the winter months, and the"
                + " regulators asked the utilities to publish their reserve margins each week.\n\n"
                + "Prices fell in spring.", d.text());
        assertEquals(3, d.pages().size());
        assertEquals(2, d.pageAt(d.text().indexOf("their reserve")));
        assertEquals(3, d.pageAt(d.text().indexOf("Prices fell")));
        assertTrue(d.paged());
    }
}
