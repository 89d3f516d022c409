package org.rapporteur.cli;

/** Counts in the commands' sentences: "1 tag", "3 tags". */
final class Plural {
    private Plural() {
    }

    /** The number and the noun, with an s unless the number is one. */
    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
