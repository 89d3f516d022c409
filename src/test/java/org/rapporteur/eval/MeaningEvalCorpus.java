package org.rapporteur.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The texts the meaning evaluation searches: the five samples, the dev corpus, the UN speeches the paraphrase key
 * quotes and a fixed set of further UN speeches as distractors, so a query competes with thousands of claims of the
 * same kind of text. Nothing is copied: the UN speeches are symbolic links (with {@code speakers.csv}, so each speech
 * gets its speaker and country) in a folder laid out as the dataset is, the samples and dev corpus are their own
 * folders under {@code ../shared}.
 *
 * <p>The distractors: from each third year 1946, 1949, …, 2018 (25 sessions), the 10 speeches at evenly spaced places
 * of that year's file names in alphabetical order (index {@code i * n / 10} of {@code n}), less any the key quotes
 * (those are in anyway). About 250 speeches, the same on every machine with the same dataset.
 */
public final class MeaningEvalCorpus {
    static final int FIRST_YEAR = 1946;
    static final int LAST_YEAR = 2018;
    static final int YEAR_STEP = 3;
    static final int PER_YEAR = 10;

    private MeaningEvalCorpus() {
    }

    /** The UN speeches (paths relative to {@code ungdc/speeches}, e.g. {@code 1948/IND_03_1948.txt}) the key quotes. */
    public static Set<String> keySpeeches(ParaphraseKey key) {
        Set<String> out = new LinkedHashSet<>();
        for (ParaphraseKey.Entry e : key.entries()) {
            if (e.file().startsWith("ungdc/speeches/")) {
                out.add(e.file().substring("ungdc/speeches/".length()));
            }
        }
        return out;
    }

    /** The distractor speeches, relative to {@code ungdc/speeches}, in year and name order. */
    public static List<String> distractors(Path shared, Set<String> keySpeeches) {
        List<String> out = new ArrayList<>();
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year += YEAR_STEP) {
            List<String> names = list(shared.resolve("ungdc/speeches").resolve(Integer.toString(year)));
            int n = names.size();
            for (int i = 0; i < PER_YEAR && i < n; i++) {
                String speech = year + "/" + names.get(i * n / PER_YEAR);
                if (!keySpeeches.contains(speech)) {
                    out.add(speech);
                }
            }
        }
        return out;
    }

    /**
     * Lays out {@code dir/ungdc} (links to {@code speakers.csv} and to the given speeches) and returns the corpus
     * roots to index: the samples, the dev corpus texts and that folder. Existing links are kept, so a second run
     * indexes nothing new.
     */
    public static List<Path> roots(Path shared, Path dir, Set<String> speeches) {
        Path ungdc = shared.resolve("ungdc").toAbsolutePath().normalize();
        Path root = dir.resolve("ungdc");
        try {
            Files.createDirectories(root);
            link(root.resolve("speakers.csv"), ungdc.resolve("speakers.csv"));
            for (String speech : speeches) {
                Path target = ungdc.resolve("speeches").resolve(speech);
                if (!Files.isRegularFile(target)) {
                    throw new IllegalStateException("UN speech missing: " + target);
                }
                Path at = root.resolve("speeches").resolve(speech);
                Files.createDirectories(at.getParent());
                link(at, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lay out the UN speeches in " + root, e);
        }
        return List.of(shared.resolve("corpus").toAbsolutePath().normalize(),
                shared.resolve("devcorpus/texts").toAbsolutePath().normalize(), root.toAbsolutePath());
    }

    private static void link(Path link, Path target) throws IOException {
        if (!Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            Files.createSymbolicLink(link, target);
        }
    }

    private static List<String> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }
}
