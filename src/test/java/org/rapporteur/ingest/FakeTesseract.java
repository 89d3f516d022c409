package org.rapporteur.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Optional;
import org.rapporteur.ingest.ocr.TesseractEngine;

/**
 * Stand-ins for the {@code tesseract} program, as shell scripts, to test what OCR does around the engine (caps,
 * time limits, kills, failures) without depending on how fast or how well the real one reads. Each answers
 * {@code --list-langs} as Tesseract does, so the engine accepts it.
 */
final class FakeTesseract {
    private static final String LIST_LANGS = """
            if [ "$1" = "--list-langs" ]; then
              echo 'List of available languages in "/usr/share/tesseract-ocr/5/tessdata/" (2):'
              echo eng
              echo osd
              exit 0
            fi
            """;

    private FakeTesseract() {
    }

    /** Writes its process id to {@code pidFile} and then sleeps for a minute instead of reading. */
    static Path sleeping(Path dir, Path pidFile) throws IOException {
        return script(dir, "sleeping", "echo $$ > '" + pidFile + "'\nexec sleep 60\n");
    }

    static Path oneWord(Path dir, Path calls, String... words) throws IOException {
        return oneWord(dir, calls, 90, 0, words);
    }

    /**
     * Logs each call to {@code calls}, waits {@code seconds}, and "recognises" one word with {@code confidence}:
     * the n-th call the n-th of
     * {@code words} (the last one again after that), so pages differ as real pages do.
     */
    static Path oneWord(Path dir, Path calls, int confidence, int seconds, String... words) throws IOException {
        StringBuilder pick = new StringBuilder("n=$(wc -l < '" + calls + "')\ncase $n in\n");
        for (int i = 0; i < words.length; i++) {
            pick.append("  ").append(i == words.length - 1 ? "*" : Integer.toString(i + 1)).append(") w='")
                    .append(words[i]).append("';;\n");
        }
        pick.append("esac\n");
        return script(dir, "one-word", "echo \"$1\" >> '" + calls + "'\nsleep " + seconds + "\n" + pick
                + "printf 'level\\tpage_num\\tblock_num\\tpar_num\\tline_num\\tword_num\\tleft\\ttop\\twidth\\theight\\tconf\\ttext\\n"
                + "5\\t1\\t1\\t1\\t1\\t1\\t10\\t10\\t50\\t20\\t" + confidence + "\\t%s\\n' \"$w\" > \"$2.tsv\"\n");
    }

    /** Fails as Tesseract does on an image it cannot read, with its own message on stderr. */
    static Path failing(Path dir) throws IOException {
        return script(dir, "failing", "echo 'Error in pixReadMem: Unknown format: no pix returned' >&2\nexit 1\n");
    }

    static PageOcr.Settings settings(Path script, int maxPages, Duration pageTimeout) {
        return settings(script, maxPages, pageTimeout, PageOcr.Settings.DEFAULT.fileTime());
    }

    static PageOcr.Settings settings(Path script, int maxPages, Duration pageTimeout, Duration fileTime) {
        Optional<TesseractEngine> engine = TesseractEngine.at(script);
        if (engine.isEmpty()) {
            throw new IllegalStateException("the stand-in " + script + " was not accepted");
        }
        PageOcr.Settings d = PageOcr.Settings.DEFAULT;
        return new PageOcr.Settings(() -> engine, maxPages, pageTimeout, fileTime, d.maxPixels());
    }

    private static Path script(Path dir, String name, String body) throws IOException {
        Path f = dir.resolve(name + ".sh");
        Files.writeString(f, "#!/bin/sh\n" + LIST_LANGS + body);
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rwxr-xr-x"));
        return f;
    }
}
