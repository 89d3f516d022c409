package org.rapporteur.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rapporteur.model.Problem;

class TextDecodingTest {
    private static final String SAMPLE = "Café talks – the minister said “we are ready” for the naïve plan.\nSecond line.";

    @TempDir
    Path dir;

    private final Ingestor ingestor = new Ingestor();

    static Stream<Arguments> encodings() {
        return Stream.of(
                Arguments.of("utf-8", new byte[0], StandardCharsets.UTF_8),
                Arguments.of("utf-8 with BOM", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, StandardCharsets.UTF_8),
                Arguments.of("utf-16le with BOM", new byte[] {(byte) 0xFF, (byte) 0xFE}, StandardCharsets.UTF_16LE),
                Arguments.of("utf-16be with BOM", new byte[] {(byte) 0xFE, (byte) 0xFF}, StandardCharsets.UTF_16BE),
                Arguments.of("utf-16le without BOM", new byte[0], StandardCharsets.UTF_16LE),
                Arguments.of("windows-1252", new byte[0], Charset.forName("windows-1252")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("encodings")
    void decodesEveryCommonEncodingWithoutGarbling(String name, byte[] bom, Charset charset) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(bom);
        bytes.write(SAMPLE.getBytes(charset));
        Path f = dir.resolve("enc.txt");
        Files.write(f, bytes.toByteArray());

        IngestResult r = ingestor.read(f);

        assertTrue(r.ok(), () -> r.problems().toString());
        assertEquals(SAMPLE, r.document().text());
        assertFalse(r.document().text().contains("\uFEFF"), "BOM must not leak into the text");
    }

    @Test
    void binaryJunkNamedTxtIsRefused() throws Exception {
        byte[] junk = new byte[4096];
        new java.util.Random(7).nextBytes(junk);
        Path f = dir.resolve("junk.txt");
        Files.write(f, junk);

        IngestResult r = ingestor.read(f);

        assertNull(r.document());
        assertEquals(Problem.Severity.ERROR, r.problems().getFirst().severity());
        assertTrue(r.problems().getFirst().reason().startsWith("not a text file"), r.problems().toString());
    }

    @Test
    void controlCharacterSoupWithoutNulIsRefused() throws Exception {
        byte[] b = new byte[2000];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (i % 3 == 0 ? 0x01 + i % 7 : 'a');
        }
        Path f = dir.resolve("ctl.md");
        Files.write(f, b);

        assertTrue(ingestor.read(f).problems().getFirst().reason().startsWith("not a text file"));
    }
}
