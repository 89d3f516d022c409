package org.rapporteur.durability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes invented seminar reports as text files: a title, a line of speakers, and paragraphs of sentences built from
 * word lists by a seeded random generator, so every run makes the same corpus and every report differs.
 */
public final class InventedCorpus {
    private static final String[] SPEAKERS = {"Amina Qureshi", "Jonas Berglund", "Priya Raman", "Tomas Novak",
            "Leila Haddad", "Marcus Oyelaran", "Sofia Lindqvist", "Daniel Achterberg"};
    private static final String[] SUBJECTS = {"The regional grid", "Cross-border trade", "The water commission",
            "Maritime patrols", "The customs union", "Refugee support", "The border authority", "Fiscal transfers",
            "The energy ministry", "Public health spending"};
    private static final String[] VERBS = {"has weakened", "has strengthened", "depends on", "was undermined by",
            "cannot survive without", "is reshaping", "was tested by", "will outlast"};
    private static final String[] OBJECTS = {"the drought of the last decade", "falling maintenance budgets",
            "a shared outage register", "the new treaty on fisheries", "local elections in the north",
            "an informal ceasefire", "rising interest rates", "pressure from neighbouring capitals",
            "a decade of underinvestment", "the courts' recent rulings"};
    private static final String[] TAILS = {"according to the delegates", "as several speakers warned",
            "in the view of the panel", "despite official denials", "for at least five more years",
            "more than anyone expected", "if the figures are right", "on every measure the seminar used"};

    private InventedCorpus() {
    }

    /** Writes {@code count} reports of about {@code paragraphs} paragraphs into {@code folder}; returns the files. */
    public static List<Path> write(Path folder, int count, int paragraphs, long seed) throws IOException {
        Files.createDirectories(folder);
        Random r = new Random(seed);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Path f = folder.resolve(String.format(Locale.ROOT, "seminar-%03d.txt", i));
            Files.writeString(f, report(r, i, paragraphs), StandardCharsets.UTF_8);
            files.add(f);
        }
        return files;
    }

    static String report(Random r, int number, int paragraphs) {
        StringBuilder sb = new StringBuilder();
        sb.append("Seminar report ").append(number).append(": ").append(pick(r, SUBJECTS)).append(" and ")
                .append(pick(r, OBJECTS)).append("\n\n");
        sb.append("Speakers: ").append(pick(r, SPEAKERS)).append(", ").append(pick(r, SPEAKERS)).append("\n\n");
        for (int p = 0; p < paragraphs; p++) {
            int sentences = 3 + r.nextInt(4);
            for (int s = 0; s < sentences; s++) {
                sb.append(sentence(r, number * 1000 + p * 10 + s)).append(' ');
            }
            sb.setLength(sb.length() - 1);
            sb.append("\n\n");
        }
        return sb.toString();
    }

    /** One sentence; the serial number makes every sentence of the corpus unique, so quotes anchor unambiguously. */
    static String sentence(Random r, int serial) {
        return pick(r, SUBJECTS) + " " + pick(r, VERBS) + " " + pick(r, OBJECTS) + ", " + pick(r, TAILS)
                + " (point " + serial + ").";
    }

    private static String pick(Random r, String[] words) {
        return words[r.nextInt(words.length)];
    }
}
