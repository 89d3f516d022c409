package org.rapporteur.ingest;

/** The version of the PDFBox this program runs with, as PDFBox reports it (for Help ▸ About and --version). */
public final class PdfBoxVersion {
    private PdfBoxVersion() {
    }

    /** The version, or null when PDFBox cannot say (its version resource missing from a repackaged jar). */
    public static String current() {
        return org.apache.pdfbox.util.Version.getVersion();
    }
}
