package org.rapporteur.bench;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.rapporteur.index.ThemeTermAnalyzer;
import org.rapporteur.ingest.IngestResult;
import org.rapporteur.ingest.Ingestor;
import org.rapporteur.ingest.Sidecar;
import org.rapporteur.ingest.SidecarReader;
import org.rapporteur.model.Claim;
import org.rapporteur.model.Report;
import org.rapporteur.pipeline.ReportAnalyser;
import org.rapporteur.testing.SharedData;

/**
 * Eval main, not a test: what analysis (structure + enrichment) makes of real text, one line per claim (id, speaker,
 * countries, speaker's country, regions, themes with their evidence, organisations), in one thread and file order so
 * the run is deterministic (the acronym glossary grows report by report). Run it with two builds and diff the
 * outputs: a faster matcher must not change a single line. Prints the count of claims and a SHA-256 of all lines.
 *
 * <pre>java -cp target/test-classes:target/rapporteur.jar:target/lib/* org.rapporteur.bench.EnrichmentDigest
 *     ../shared/ungdc [every-nth-file] [out.txt]</pre>
 */
public final class EnrichmentDigest {
    private EnrichmentDigest() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = (args.length > 0 ? Path.of(args[0]) : SharedData.ungdc()).toAbsolutePath().normalize();
        int every = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        Path out = args.length > 2 ? Path.of(args[2]) : null;
        List<Path> files;
        try (Stream<Path> s = Files.walk(corpus, FileVisitOption.FOLLOW_LINKS)) {
            files = s.filter(p -> p.toString().endsWith(".txt") && Files.isRegularFile(p)).sorted().toList();
        }
        Sidecar sidecar = SidecarReader.read(corpus);
        ReportAnalyser analyser = new ReportAnalyser(new ThemeTermAnalyzer());
        Ingestor ingestor = new Ingestor();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        long claims = 0;
        long cpu0 = BenchMemory.processCpuNanos();
        try (PrintWriter w = out == null ? null : new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            for (int i = 0; i < files.size(); i += every) {
                Path f = files.get(i);
                IngestResult read = ingestor.read(f);
                if (!read.ok()) {
                    continue;
                }
                Report r = analyser.analyse(read.document(), sidecar.entryFor(f).orElse(null));
                for (Claim c : r.claims()) {
                    String line = f.getFileName() + "\t" + c.id() + "\t" + c.start() + "\t" + c.end() + "\t"
                            + (c.attribution().speaker() == null ? c.attribution().attributedTo()
                            : c.attribution().speaker().name())
                            + "\t" + c.enrichment();
                    sha.update(line.getBytes(StandardCharsets.UTF_8));
                    sha.update((byte) '\n');
                    if (w != null) {
                        w.println(line);
                    }
                    claims++;
                }
            }
        }
        System.out.printf(Locale.ROOT, "%d files, %d claims, cpu %.1f s, sha256 %s%n", (files.size() + every - 1) / every, claims,
                (BenchMemory.processCpuNanos() - cpu0) / 1e9, HexFormat.of().formatHex(sha.digest()));
    }
}
