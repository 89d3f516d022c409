package org.rapporteur.structure;

import java.util.List;

/**
 * Whether two name keys ({@link PersonRegistry#key}: no honorifics, lower case, no accents or dots) can be written
 * forms of one person's name, and how strong that is. The surname (last word) must be the same; the given names must
 * correspond in order, each one the same word, its initial ("j" and "josaia") or a known short form ("joe" and
 * "joseph", {@link GivenNameShortForms}); one form may leave out given names the other has. Stateless.
 */
final class NameVariants {
    /** How two names correspond, weakest last. */
    enum Match {
        /** Every given name of each has a counterpart: "josaia v bainimarama" and "josaia voreqe bainimarama". */
        ABBREVIATED,
        /**
         * One leaves out a given name the other has ("george bush", "george w bush"): a namesake (father and son)
         * looks the same, so this needs the corpus not to contradict it ({@link PersonRegistry}).
         */
        SHORTER,
        NONE
    }

    private NameVariants() {
    }

    /** Generational suffixes: "Joseph R. Biden, Jr" is Biden's name, not Jr's. */
    private static final java.util.Set<String> SUFFIXES = java.util.Set.of("jr", "sr", "junior", "senior", "ii",
            "iii", "iv");

    /** The words of a name key without a generational suffix at the end. */
    static List<String> words(String key) {
        if (key.isBlank()) {
            return List.of();
        }
        List<String> w = List.of(key.split(" "));
        return w.size() > 2 && SUFFIXES.contains(w.getLast()) ? w.subList(0, w.size() - 1) : w;
    }

    private static String suffix(String key) {
        String last = key.substring(key.lastIndexOf(' ') + 1);
        return key.indexOf(' ') != key.lastIndexOf(' ') && SUFFIXES.contains(last) ? last : "";
    }

    static String surname(String key) {
        List<String> w = words(key);
        return w.isEmpty() ? "" : w.getLast();
    }

    /** The number of given names written in full (not initials): how complete a written form is. */
    static int fullGivenNames(String key) {
        List<String> w = words(key);
        int n = 0;
        for (int i = 0; i < w.size() - 1; i++) {
            if (w.get(i).length() > 1) {
                n++;
            }
        }
        return n;
    }

    static Match match(String keyA, String keyB) {
        List<String> a = words(keyA);
        List<String> b = words(keyB);
        if (a.size() < 2 || b.size() < 2 || !a.getLast().equals(b.getLast())) {
            return Match.NONE;
        }
        String sa = suffix(keyA);
        String sb = suffix(keyB);
        if (!sa.isEmpty() && !sb.isEmpty() && !sa.equals(sb)) {
            return Match.NONE; // "Jr" and "Sr": father and son
        }
        List<String> ga = a.subList(0, a.size() - 1);
        List<String> gb = b.subList(0, b.size() - 1);
        List<String> shorter = ga.size() <= gb.size() ? ga : gb;
        List<String> longer = ga.size() <= gb.size() ? gb : ga;
        // the first given name is the one people are called by: it must correspond, never be left out
        if (!sameGivenName(shorter.getFirst(), longer.getFirst())) {
            return Match.NONE;
        }
        int j = 1;
        for (int i = 1; i < shorter.size(); i++) {
            while (j < longer.size() && !sameGivenName(shorter.get(i), longer.get(j))) {
                j++;
            }
            if (j == longer.size()) {
                return Match.NONE;
            }
            j++;
        }
        return shorter.size() == longer.size() ? Match.ABBREVIATED : Match.SHORTER;
    }

    /** The same word, an initial of it, or a known short form of it. */
    static boolean sameGivenName(String x, String y) {
        if (x.equals(y)) {
            return true;
        }
        if (x.length() == 1 || y.length() == 1) {
            return x.charAt(0) == y.charAt(0);
        }
        return GivenNameShortForms.related(x, y);
    }
}
