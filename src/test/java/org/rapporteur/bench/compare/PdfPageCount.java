package org.rapporteur.bench.compare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Counts the pages of each PDF once, with PDFBox, for the pages/s figures of every row (Rapporteur's and the
 * references'). Usage: {@code PdfPageCount FILE_LIST}; prints {@code pages<TAB>path} per file (0 when PDFBox cannot
 * open it) and {@code total=}.
 */
public final class PdfPageCount {
    private PdfPageCount() {
    }

    public static void main(String[] args) throws IOException {
        List<String> files = Files.readAllLines(Path.of(args[0])).stream().filter(l -> !l.isBlank()).toList();
        long total = 0;
        for (String f : files) {
            int pages;
            try (PDDocument doc = Loader.loadPDF(Path.of(f).toFile())) {
                pages = doc.getNumberOfPages();
            } catch (IOException | RuntimeException e) {
                pages = 0;
            }
            total += pages;
            System.out.println(pages + "\t" + f);
        }
        System.out.println("total=" + total);
    }
}
