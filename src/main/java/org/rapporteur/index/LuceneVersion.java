package org.rapporteur.index;

/** The version of the Lucene this program runs with, read from Lucene itself (for Help ▸ About and --version). */
public final class LuceneVersion {
    private LuceneVersion() {
    }

    public static String current() {
        return org.apache.lucene.util.Version.LATEST.toString();
    }
}
