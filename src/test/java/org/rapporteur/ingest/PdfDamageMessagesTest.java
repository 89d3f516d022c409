package org.rapporteur.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rapporteur.model.Problem;
import org.rapporteur.testing.SharedData;

/** A damaged PDF is described by what is broken, not by the parser's message. */
class PdfDamageMessagesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            REDHAT-1531897-0.pdf     | damaged PDF: its table of contents (the cross-reference table) is broken
            Brotli-Prototype-FileA.pdf | damaged PDF: its list of pages is broken
            """)
    void damagedPdfsOfTheRobustnessCorpusAreDescribedInPlainWords(String name, String reason) {
        Path f = SharedData.robustnessPdfs().resolve(name);
        Assumptions.assumeTrue(Files.isRegularFile(f), "robustness PDFs absent");
        IngestResult r = new Ingestor().read(f);
        assertNull(r.document());
        Problem p = r.problems().getFirst();
        assertEquals(reason, p.reason());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Missing root object specification in trailer. | its table of contents (the cross-reference table) is broken
            expected='endstream' actual=''               | a compressed part of it cannot be unpacked
            Error: Header doesn't contain versioninfo     | its header is broken
            Something no one foresaw                      | its structure cannot be read
            """)
    void parserMessagesBecomeWhatIsBroken(String message, String words) {
        assertEquals(words, PdfReader.damage(new IOException(message)));
    }
}
