package org.rapporteur.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.rapporteur.ingest.IngestResult;
import org.rapporteur.ingest.Ingestor;
import org.rapporteur.ingest.Sidecar;
import org.rapporteur.ingest.SidecarReader;
import org.rapporteur.model.ReportMetadata;
import org.rapporteur.model.SidecarEntry;
import org.rapporteur.structure.ReportStructurer;
import org.rapporteur.testing.SharedData;

/**
 * Evaluation, not a test: what Rapporteur makes of UN General Debate speeches whose metadata the sidecar does not give.
 * Two runs over {@code ungdc/speeches}:
 * <ul>
 *   <li><b>missing rows</b>: the speeches {@code speakers.csv} has no row for, structured as {@code rapporteur index}
 *       structures them (no sidecar entry);</li>
 *   <li><b>no sidecar at all</b>: every speech (or every Nth) structured as if the sidecar were absent, so that the
 *       rules for date, publisher and kind are measured on thousands of texts we know to be speeches, given by
 *       one speaker to an assembly, with no publisher line, in the year their file name carries.</li>
 * </ul>
 * For each: how many get a date, how many of those agree with the year the file name carries, how many get a
 * publisher (any publisher is guessed: none of the texts states one), and the kinds. Prints Markdown (the section in
 * docs/attribution.md). Usage: {@code java -cp target/test-classes:target/rapporteur.jar:target/lib/*
 * org.rapporteur.eval.UnSpeechMetadataSurvey [UNGDC_DIR] [EVERY_NTH]}.
 */
public final class UnSpeechMetadataSurvey {
    /** The UN corpus names speeches ISO_SESSION_YEAR.txt; the year is the truth the dates are checked against. */
    private static final Pattern UN_FILE_YEAR = Pattern.compile("_(\\d{4})\\.txt$");
    private static final int EXAMPLES = 8;

    private UnSpeechMetadataSurvey() {
    }

    /** What one speech became. */
    private record Outcome(String file, String fileYear, ReportMetadata meta) {
    }

    public static void main(String[] args) throws Exception {
        Path ungdc = (args.length > 0 ? Path.of(args[0]) : SharedData.ungdc()).toAbsolutePath().normalize();
        int every = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        Sidecar sidecar = SidecarReader.read(ungdc);
        List<Path> all;
        try (Stream<Path> s = Files.walk(ungdc.resolve("speeches"))) {
            all = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        List<Path> missing = all.stream().filter(p -> sidecar.entryFor(p).isEmpty()).toList();
        List<Path> sample = new ArrayList<>();
        for (int i = 0; i < all.size(); i += every) {
            sample.add(all.get(i));
        }
        long t0 = System.nanoTime();
        List<Outcome> missingRows = structure(missing, sidecar);
        List<Outcome> withoutSidecar = structure(sample, Sidecar.empty());
        double secs = (System.nanoTime() - t0) / 1e9;

        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Corpus `%s`: %,d speeches, %,d sidecar rows, %,d speeches without a row."
                        + " Structured in %.0f s.%n%n", ungdc, all.size(), sidecar.size(), missing.size(), secs));
        out.append("| run | speeches | dated | date in the file name's year | other year | no date | publisher guessed |"
                + " speech | other kinds |\n|---|---:|---:|---:|---:|---:|---:|---:|---|\n");
        row(out, "missing rows (as indexed)", missingRows);
        row(out, every == 1 ? "no sidecar at all" : "no sidecar at all (every " + every + "th)", withoutSidecar);
        out.append('\n');
        examples(out, "missing rows", missingRows);
        examples(out, "no sidecar at all", withoutSidecar);
        System.out.print(out);
    }

    private static List<Outcome> structure(List<Path> files, Sidecar sidecar) throws Exception {
        Ingestor ingestor = new Ingestor();
        ReportStructurer structurer = new ReportStructurer();
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Path f : files) {
                futures.add(pool.submit(() -> {
                    IngestResult read = ingestor.read(f);
                    String name = f.getFileName().toString();
                    Matcher y = UN_FILE_YEAR.matcher(name);
                    String year = y.find() ? y.group(1) : null;
                    if (!read.ok()) {
                        return new Outcome(name, year, null);
                    }
                    SidecarEntry entry = sidecar.entryFor(f).orElse(null);
                    return new Outcome(name, year, structurer.structure(read.document(), entry).metadata());
                }));
            }
            List<Outcome> out = new ArrayList<>();
            for (Future<Outcome> f : futures) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdown();
        }
    }

    private static void row(StringBuilder out, String name, List<Outcome> outcomes) {
        int dated = 0;
        int sameYear = 0;
        int otherYear = 0;
        int publisher = 0;
        int speech = 0;
        Map<String, Integer> kinds = new TreeMap<>();
        for (Outcome o : outcomes) {
            ReportMetadata m = o.meta();
            if (m == null) {
                kinds.merge("not read", 1, Integer::sum);
                continue;
            }
            if (m.date() != null) {
                dated++;
                if (m.date().startsWith(String.valueOf(o.fileYear()))) {
                    sameYear++;
                } else {
                    otherYear++;
                }
            }
            if (m.organisation() != null) {
                publisher++;
            }
            String kind = m.kind() == null ? "none" : m.kind().label();
            if (kind.equals("speech")) {
                speech++;
            } else {
                kinds.merge(kind, 1, Integer::sum);
            }
        }
        StringBuilder other = new StringBuilder();
        kinds.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> other.append(other.isEmpty() ? "" : ", ").append(e.getKey()).append(' ').append(e.getValue()));
        int n = outcomes.size();
        out.append(String.format(Locale.ROOT, "| %s | %,d | %,d | %,d | %,d | %,d | %,d | %,d | %s |%n", name, n, dated,
                sameYear, otherYear, n - dated, publisher, speech, other.isEmpty() ? "—" : other));
    }

    private static void examples(StringBuilder out, String name, List<Outcome> outcomes) {
        List<String> lines = new ArrayList<>();
        Map<String, Integer> publishers = new TreeMap<>();
        for (Outcome o : outcomes) {
            ReportMetadata m = o.meta();
            if (m == null) {
                continue;
            }
            if (m.organisation() != null) {
                publishers.merge(m.organisation(), 1, Integer::sum);
            }
            boolean wrongDate = m.date() != null && !m.date().startsWith(String.valueOf(o.fileYear()));
            boolean wrongKind = m.kind() == null || !m.kind().label().equals("speech");
            if (wrongDate || wrongKind || m.organisation() != null) {
                lines.add(String.format(Locale.ROOT, "`%s`: %s, %s, %s", o.file(),
                        Optional.ofNullable(m.date()).orElse("no date"),
                        m.kind() == null ? "no kind" : m.kind().label(),
                        m.organisation() == null ? "no publisher" : "publisher " + m.organisation()));
            }
        }
        if (!publishers.isEmpty()) {
            out.append("Publishers guessed (").append(name).append("): ");
            publishers.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                            .thenComparing(Map.Entry.comparingByKey())).limit(EXAMPLES)
                    .forEach(e -> out.append(e.getKey()).append(" (").append(e.getValue()).append("); "));
            out.setLength(out.length() - 2);
            out.append(".\n\n");
        }
        if (!lines.isEmpty()) {
            lines.sort(Comparator.naturalOrder());
            out.append("Examples (").append(name).append(", ").append(lines.size()).append(" with a wrong date, kind"
                    + " or a publisher): ").append(String.join("; ", lines.subList(0, Math.min(EXAMPLES, lines.size()))))
                    .append(".\n\n");
        }
    }
}
