package org.rapporteur.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.rapporteur.testing.SharedData;

/**
 * Benchmark, not a test: the reference for text ingest. Plain Lucene over the same .txt files as
 * {@link TextIngestBenchmark}: StandardAnalyzer, one document per paragraph (split at blank lines; the text stored
 * and indexed, the path as a keyword), two threads sharing one IndexWriter, one commit at the end. Prints the same
 * kind of line, so the two can be divided.
 *
 * <pre>java -Xmx4g -cp target/test-classes:target/rapporteur.jar:target/lib/* org.rapporteur.bench.PlainLuceneParagraphBenchmark
 *     ../shared/ungdc [threads]</pre>
 */
public final class PlainLuceneParagraphBenchmark {
    private static final Pattern BLANK_LINE = Pattern.compile("\\R\\s*\\R");

    private PlainLuceneParagraphBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = (args.length > 0 ? Path.of(args[0]) : SharedData.ungdc()).toAbsolutePath().normalize();
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        List<Path> files;
        try (Stream<Path> s = Files.walk(corpus, FileVisitOption.FOLLOW_LINKS)) {
            files = s.filter(p -> p.toString().endsWith(".txt") && Files.isRegularFile(p)).sorted().toList();
        }
        Path dir = Files.createTempDirectory("plain-lucene-bench");
        AtomicLong bytes = new AtomicLong();
        AtomicLong docs = new AtomicLong();
        AtomicInteger next = new AtomicInteger();
        try {
            long cpu0 = BenchMemory.processCpuNanos();
            long t0 = System.nanoTime();
            try (FSDirectory d = FSDirectory.open(dir);
                 IndexWriter w = new IndexWriter(d, new IndexWriterConfig(new StandardAnalyzer()))) {
                ExecutorService pool = Executors.newFixedThreadPool(threads);
                List<Future<?>> jobs = new java.util.ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    jobs.add(pool.submit(() -> {
                        for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
                            index(w, files.get(i), bytes, docs);
                        }
                        return null;
                    }));
                }
                for (Future<?> f : jobs) {
                    f.get();
                }
                pool.shutdown();
                pool.awaitTermination(1, TimeUnit.MINUTES);
                w.commit();
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            double cpu = (BenchMemory.processCpuNanos() - cpu0) / 1e9;
            System.out.printf(Locale.ROOT, "plain lucene: %d files, %d paragraph docs, %d threads; wall %.1f s, cpu %.1f s, "
                            + "%.2f MB/s; load at end %s%n", files.size(), docs.get(), threads, secs, cpu,
                    bytes.get() / 1e6 / secs, BenchMemory.loadAverage());
        } finally {
            TextIngestBenchmark.deleteTree(dir);
        }
    }

    private static void index(IndexWriter w, Path file, AtomicLong bytes, AtomicLong docs) throws IOException {
        byte[] raw = Files.readAllBytes(file);
        bytes.addAndGet(raw.length);
        String path = file.toString();
        for (String para : BLANK_LINE.split(new String(raw, StandardCharsets.UTF_8))) {
            if (para.isBlank()) {
                continue;
            }
            Document doc = new Document();
            doc.add(new StringField("path", path, Field.Store.YES));
            doc.add(new TextField("text", para, Field.Store.YES));
            w.addDocument(doc);
            docs.incrementAndGet();
        }
    }
}
