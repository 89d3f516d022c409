package org.rapporteur.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.rapporteur.model.ProblemKind;

/**
 * Turns the bytes of a text file into characters without guessing wrong: a byte-order mark decides (UTF-8, UTF-16
 * LE/BE); BOM-less UTF-16 is recognised by its zero bytes; otherwise bytes that are valid UTF-8 are UTF-8 and
 * anything else is Windows-1252 (which covers Latin-1 and is what "ANSI" files from Word and Notepad are). Binary
 * data (NUL bytes, many control characters) is refused rather than decoded into garbage. Stateless, thread-safe.
 */
final class TextDecoder {
    /** Bytes examined to decide whether a file is text at all. */
    private static final int SNIFF_BYTES = 64 * 1024;
    /** Share of control characters above which a file is binary; real text has tabs and line ends, little else. */
    private static final double MAX_CONTROL_RATIO = 0.02;

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The decoded text and the charset that was used, for diagnostics. */
    record Decoded(String text, Charset charset) {
    }

    private TextDecoder() {
    }

    static Decoded decode(byte[] b) throws ReadFailure {
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(utf8OrCp1252(b, 3), StandardCharsets.UTF_8);
        }
        if (startsWith(b, 0xFF, 0xFE)) {
            return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE);
        }
        if (startsWith(b, 0xFE, 0xFF)) {
            return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE);
        }
        Charset utf16 = bomlessUtf16(b);
        if (utf16 != null) {
            return new Decoded(new String(b, utf16), utf16);
        }
        if (looksBinary(b)) {
            throw new ReadFailure(ProblemKind.UNSUPPORTED_FORMAT, "not a text file (binary content)",
                    "the file holds binary data; check that it has the right extension");
        }
        try {
            return new Decoded(strictUtf8(b, 0), StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            return new Decoded(new String(b, WINDOWS_1252), WINDOWS_1252);
        }
    }

    private static String utf8OrCp1252(byte[] b, int offset) {
        try {
            return strictUtf8(b, offset);
        } catch (CharacterCodingException e) {
            return new String(b, offset, b.length - offset, WINDOWS_1252);
        }
    }

    private static String strictUtf8(byte[] b, int offset) throws CharacterCodingException {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer cb = d.decode(ByteBuffer.wrap(b, offset, b.length - offset));
        return cb.toString();
    }

    /**
     * UTF-16 without a BOM shows as a zero in every other byte for Latin text: at least 40% of the even (BE) or odd
     * (LE) positions zero, and almost none of the others.
     */
    private static Charset bomlessUtf16(byte[] b) {
        int n = Math.min(b.length, SNIFF_BYTES) & ~1;
        if (n < 4) {
            return null;
        }
        int evenZero = 0;
        int oddZero = 0;
        for (int i = 0; i < n; i += 2) {
            if (b[i] == 0) {
                evenZero++;
            }
            if (b[i + 1] == 0) {
                oddZero++;
            }
        }
        int pairs = n / 2;
        if (oddZero >= pairs * 0.4 && evenZero <= pairs * 0.02) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZero >= pairs * 0.4 && oddZero <= pairs * 0.02) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static boolean looksBinary(byte[] b) {
        int n = Math.min(b.length, SNIFF_BYTES);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) {
                return true;
            }
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F) {
                control++;
            }
        }
        return n > 0 && control > n * MAX_CONTROL_RATIO;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
