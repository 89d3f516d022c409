package org.rapporteur.bench.compare;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The real PDFs of row 2: the documentation PDFs of Debian's {@code r-doc-pdf} and {@code texlive-humanities-doc}
 * packages (R manuals, LaTeX package docs: 159 files in Debian 12, of which 151 distinct, 8,492 pages). Found in a folder given with
 * {@code --pdfs}, else fetched once into a cache folder outside the repository with {@code apt-get download} and
 * unpacked with {@code dpkg -x}. The files are copied flat into the run's temp folder, so every program reads the same
 * files from the same disk, and Rapporteur's index sees PDFs only.
 */
public final class PdfSet {
    static final List<String> PACKAGES = List.of("r-doc-pdf", "texlive-humanities-doc");
    /** Quick mode: the first files by name up to this many pages. */
    static final int QUICK_PAGES = 300;

    private final Path folder;
    private final Map<Path, Integer> pages;

    private PdfSet(Path folder, Map<Path, Integer> pages) {
        this.folder = folder;
        this.pages = pages;
    }

    /** The folder of every PDF (copied), the list file of their paths, and their pages. */
    public Path folder() {
        return folder;
    }

    public Map<Path, Integer> pages() {
        return pages;
    }

    public long totalPages() {
        return pages.values().stream().mapToLong(Integer::longValue).sum();
    }

    public long bytes() throws IOException {
        long n = 0;
        for (Path p : pages.keySet()) {
            n += Files.size(p);
        }
        return n;
    }

    /** Writes the paths, one a line, for the reference programs. */
    public Path listFile(Path file) throws IOException {
        Files.write(file, pages.keySet().stream().map(Path::toString).toList());
        return file;
    }

    /**
     * Copies the PDFs under {@code source} (or fetched ones) into {@code target}, flat, numbered so names never clash,
     * and counts their pages with {@link PdfPageCount} in a separate JVM.
     */
    public static PdfSet prepare(Path source, Path cache, Path target, boolean quick, ChildRunner runner)
            throws IOException, InterruptedException {
        Path from = source != null ? source : fetched(cache, runner);
        List<Path> found = distinctPdfs(from);
        if (found.isEmpty()) {
            throw new IOException("no PDFs under " + from);
        }
        Files.createDirectories(target);
        List<Path> copies = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            Path to = target.resolve(String.format(Locale.ROOT, "%03d-%s", i, found.get(i).getFileName()));
            Files.copy(found.get(i), to);
            copies.add(to);
        }
        Path list = target.resolveSibling(target.getFileName() + ".list");
        Files.write(list, copies.stream().map(Path::toString).toList());
        Measured count = runner.java("pdf-page-count", PdfPageCount.class, List.of(), List.of(list.toString()))
                .requireOk();
        Map<Path, Integer> pages = new LinkedHashMap<>();
        for (String line : count.stdout().split("\n")) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                pages.put(Path.of(line.substring(tab + 1)), Integer.parseInt(line.substring(0, tab)));
            }
        }
        if (quick) {
            Map<Path, Integer> some = subset(pages, QUICK_PAGES);
            for (Path p : pages.keySet()) {
                if (!some.containsKey(p)) {
                    Files.delete(p);
                }
            }
            pages = some;
        }
        return new PdfSet(target, pages);
    }

    /**
     * A deterministic subset of about {@code targetPages} pages: files in name order, each taken when it still fits.
     * Large files are skipped by small targets, so the subsets are real files, not cut ones.
     */
    public static Map<Path, Integer> subset(Map<Path, Integer> pages, long targetPages) {
        Map<Path, Integer> out = new LinkedHashMap<>();
        long sum = 0;
        for (Map.Entry<Path, Integer> e : pages.entrySet()) {
            if (e.getValue() > 0 && sum + e.getValue() <= targetPages) {
                out.put(e.getKey(), e.getValue());
                sum += e.getValue();
            }
        }
        return out;
    }

    /** Links the given files into a new folder (a subset for Rapporteur to index). */
    public static PdfSet linked(Map<Path, Integer> files, Path target) throws IOException {
        Files.createDirectories(target);
        Map<Path, Integer> linked = new LinkedHashMap<>();
        for (Map.Entry<Path, Integer> e : files.entrySet()) {
            Path to = target.resolve(e.getKey().getFileName());
            Files.createLink(to, e.getKey());
            linked.put(to, e.getValue());
        }
        return new PdfSet(target, linked);
    }

    /**
     * The PDFs under {@code dir} in path order, each content once: symbolic links are skipped and of identical files
     * the first is kept. Rapporteur reads identical files once (one report, several paths), the references would
     * read them again: r-doc-pdf links its manuals from a second folder, which counted 2,415 pages of the reference
     * manual twice.
     */
    static List<Path> distinctPdfs(Path dir) throws IOException {
        List<Path> all;
        try (Stream<Path> s = Files.walk(dir)) {
            all = s.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf"))
                    .sorted().toList();
        }
        Set<String> seen = new HashSet<>();
        List<Path> out = new ArrayList<>();
        for (Path p : all) {
            if (seen.add(sha256(p))) {
                out.add(p);
            }
        }
        return out;
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The packages' PDFs in {@code cache}, downloaded and unpacked there first when it holds none. */
    static Path fetched(Path cache, ChildRunner runner) throws IOException, InterruptedException {
        Path unpacked = cache.resolve("x");
        if (Files.isDirectory(unpacked)) {
            try (Stream<Path> s = Files.walk(unpacked)) {
                if (s.anyMatch(p -> p.toString().endsWith(".pdf"))) {
                    return unpacked;
                }
            }
        }
        Files.createDirectories(unpacked);
        if (!onPath("apt-get") || !onPath("dpkg")) {
            throw new IOException("the real PDFs come from Debian's packages " + PACKAGES + ", and this machine has no "
                    + "apt-get/dpkg: download the two .deb files from https://packages.debian.org (e.g. bookworm, "
                    + "section doc), unpack them with 'dpkg-deb -x FILE DIR' (or 'ar x FILE' then 'tar xf data.tar.*'), "
                    + "and pass the folder with --pdfs DIR (any folder of PDFs works; the page count is printed)");
        }
        List<String> download = new ArrayList<>(List.of("bash", "-c",
                "cd '" + cache + "' && apt-get download " + String.join(" ", PACKAGES)));
        Measured d = runner.run("apt-get-download", download, Map.of(), null);
        if (!d.ok()) {
            throw new IOException("apt-get download " + PACKAGES + " failed (" + d.stderrTail().strip() + "); run "
                    + "'apt-get update' first, or pass a folder of PDFs with --pdfs DIR");
        }
        Measured x = runner.run("dpkg-x", List.of("bash", "-c",
                "cd '" + cache + "' && for f in *.deb; do dpkg -x \"$f\" x || exit 1; done"), Map.of(), null);
        if (!x.ok()) {
            throw new IOException("dpkg -x failed: " + x.stderrTail().strip());
        }
        return unpacked;
    }

    static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
