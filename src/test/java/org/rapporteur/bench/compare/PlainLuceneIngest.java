package org.rapporteur.bench.compare;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/**
 * Reference for text ingest: what Lucene alone does with the same files. Every {@code .txt} file under the corpus
 * (README files left out, as Rapporteur's scanner does) is read as UTF-8 and split on blank lines; each paragraph is
 * one document (text analysed by {@code StandardAnalyzer} and stored, path and paragraph number stored) added by two
 * threads to one writer over a fresh directory, committed once at the end. The writer's RAM buffer is Rapporteur's
 * (128 MB), so the difference is the work, not the configuration.
 *
 * <p>Usage: {@code PlainLuceneIngest CORPUS INDEX_DIR [THREADS]}. Prints {@code files=}, {@code paragraphs=},
 * {@code bytes=}, {@code seconds=} (from the first file read to the commit).
 */
public final class PlainLuceneIngest {
    private static final Pattern BLANK_LINES = Pattern.compile("\\R\\s*\\R");
    private static final Pattern README = Pattern.compile("(?i)(?:^|[-_ .])read[-_ ]?me(?:[-_ .]|$)");

    private PlainLuceneIngest() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        Path indexDir = Path.of(args[1]);
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        List<Path> files = textFiles(corpus);
        long t0 = System.nanoTime();
        AtomicLong paragraphs = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        IndexWriterConfig cfg = new IndexWriterConfig(new StandardAnalyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE).setRAMBufferSizeMB(128);
        try (IndexWriter writer = new IndexWriter(FSDirectory.open(indexDir), cfg)) {
            ConcurrentLinkedQueue<Path> queue = new ConcurrentLinkedQueue<>(files);
            List<Thread> workers = new ArrayList<>();
            List<Throwable> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
            for (int i = 0; i < threads; i++) {
                workers.add(Thread.ofPlatform().name("plain-lucene-" + i).start(() -> {
                    try {
                        for (Path f; (f = queue.poll()) != null; ) {
                            byte[] raw = Files.readAllBytes(f);
                            bytes.addAndGet(raw.length);
                            paragraphs.addAndGet(index(writer, f, new String(raw, StandardCharsets.UTF_8)));
                        }
                    } catch (IOException | RuntimeException e) {
                        errors.add(e);
                    }
                }));
            }
            for (Thread w : workers) {
                w.join();
            }
            if (!errors.isEmpty()) {
                throw new IllegalStateException("indexing failed", errors.getFirst());
            }
            writer.commit();
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        System.out.println("files=" + files.size());
        System.out.println("paragraphs=" + paragraphs.get());
        System.out.println("bytes=" + bytes.get());
        System.out.printf(java.util.Locale.ROOT, "seconds=%.3f%n", secs);
    }

    private static int index(IndexWriter writer, Path file, String text) throws IOException {
        List<Document> docs = new ArrayList<>();
        int n = 0;
        for (String para : BLANK_LINES.split(text)) {
            if (para.isBlank()) {
                continue;
            }
            Document d = new Document();
            d.add(new StringField("path", file.toString(), Field.Store.YES));
            d.add(new StoredField("paragraph", n++));
            d.add(new TextField("text", para, Field.Store.YES));
            docs.add(d);
        }
        writer.addDocuments(docs);
        return docs.size();
    }

    /** The corpus's {@code .txt} files in path order, README files left out. */
    static List<Path> textFiles(Path corpus) throws IOException {
        try (Stream<Path> s = Files.walk(corpus)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".txt"))
                    .filter(p -> !README.matcher(p.getFileName().toString()).find())
                    .sorted().toList();
        }
    }
}
