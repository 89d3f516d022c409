package org.rapporteur.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds names of organisations, parties and outlets by their shape, so that a country inside one ("Pakistan Muslim
 * League", "United States Institute of Peace", "The Washington Post", "Centre for Pakistan and Gulf Studies") is not
 * counted as a mention of the country.
 *
 * <p>The rule: a run of capitalised words (joined by a few lower-case connectors) that holds a head word such as
 * Institute, University, League, Party, Post, Council, Movement or Bank is a name. The name reaches left over the
 * capitalised words before the head ("Pakistan Peoples Party"), and right over capitalised words after it ("Tehreek-i-
 * Taliban Pakistan") and, after "of"/"for"/"on", over the rest of the run ("Centre for Pakistan and Gulf Studies"). A
 * conjunction stops the leftward reach, so "Pakistan and the Asian Development Bank" keeps Pakistan. Stateless.
 */
final class OrganisationSpanDetector {
    /** Head words of organisation, party and outlet names. State organs (Army, Ministry, Government) are not here. */
    static final Set<String> HEADS = Set.of(
            "institute", "institution", "institutes", "university", "college", "school", "academy", "league", "party",
            "post", "times", "tribune", "herald", "gazette", "journal", "daily", "chronicle", "telegraph", "news",
            "press", "television", "tv", "radio", "broadcasting", "council", "movement", "tehreek", "tehrik",
            "tahreek", "jamaat", "jamiat", "bank", "fund", "organisation", "organization", "association", "foundation",
            "centre", "center", "commission", "agency", "authority", "corporation", "company", "corp", "inc", "ltd",
            "limited", "committee", "forum", "network", "society", "club", "front", "studies", "program", "programme",
            "trust", "hospital", "community", "airlines", "airways", "secretariat", "endowment", "consortium");

    private static final Set<String> CONNECTORS = Set.of("of", "for", "on", "and", "the", "de", "des", "du", "la",
            "le", "al", "el", "i", "e", "ul", "bin", "von", "van", "y");
    private static final Set<String> OPENERS = Set.of("of", "for", "on", "de", "des", "du", "la", "le");
    /** Outlet heads that are also ordinary words: they name an outlet only after a name ("The Washington Post"). */
    private static final Set<String> OUTLETS = Set.of("post", "times", "daily", "news", "press", "journal");

    /** Titles and roles that a capitalised run may carry in front of an organisation's name. */
    private static final Set<String> ROLE_WORDS = Set.of("the", "a", "director", "deputy", "senior", "associate",
            "president", "vice", "vice-president", "chairman", "chairperson", "chair", "secretary", "general",
            "minister", "ambassador", "professor", "prof", "dr", "mr", "ms", "mrs", "head", "chief", "fellow", "member",
            "research", "former", "executive", "managing", "founder", "adviser", "advisor", "lecturer", "analyst",
            "dean", "rector", "registrar", "officer", "coordinator", "manager", "editor", "anchor", "visiting",
            "assistant", "acting", "joint", "additional", "principal", "scholar", "emeritus", "he", "she", "by");

    private OrganisationSpanDetector() {
    }

    static boolean isRoleWord(String word) {
        return ROLE_WORDS.contains(word.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}-]", ""));
    }

    /**
     * An organisation's name as a facet shows it: without the role words a run may start with ("Deputy Director Asia
     * Program" becomes "Asia Program"), whitespace collapsed; null when nothing of a name is left.
     */
    static String cleanName(String surface) {
        String s = surface.replaceAll("[\\s*]+", " ").strip();
        String[] words = s.split(" ");
        int k = 0;
        while (k < words.length - 1 && ROLE_WORDS.contains(words[k].toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}-]", ""))) {
            k++;
        }
        if (k >= words.length) {
            return null;
        }
        String name = String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length));
        if (!name.contains(" ") && HEADS.contains(name.toLowerCase(Locale.ROOT))) {
            return null; // "The Centre": a head word alone names nothing
        }
        return name;
    }

    /** Token ranges {@code [first, last]} of organisation names, in order. */
    static List<int[]> spans(String text, List<SurfaceToken> tokens) {
        List<int[]> out = new ArrayList<>();
        int k = 0;
        while (k < tokens.size()) {
            if (!nameLike(tokens.get(k))) {
                k++;
                continue;
            }
            int end = k;
            while (end + 1 < tokens.size() && !breaks(text, tokens.get(end), tokens.get(end + 1))
                    && (nameLike(tokens.get(end + 1)) || connector(tokens.get(end + 1)))) {
                end++;
            }
            while (end > k && !nameLike(tokens.get(end))) {
                end--;
            }
            spansInRun(tokens, k, end, out);
            k = end + 1;
        }
        return out;
    }

    private static void spansInRun(List<SurfaceToken> tokens, int a, int b, List<int[]> out) {
        int coveredTo = a - 1;
        for (int h = a; h <= b; h++) {
            SurfaceToken head = tokens.get(h);
            if (!head.capitalised() || !HEADS.contains(head.lower())) {
                continue;
            }
            if (OUTLETS.contains(head.lower()) && (h == a || !nameLike(tokens.get(h - 1)))) {
                continue; // "Post-US withdrawal", "POST SEMINAR REPORT": a word, not a newspaper
            }
            int left = h;
            while (left - 1 >= a && left - 1 > coveredTo && nameLike(tokens.get(left - 1))) {
                left--;
            }
            int right = h;
            while (right + 1 <= b) {
                SurfaceToken next = tokens.get(right + 1);
                if (nameLike(next)) {
                    right++;
                } else if (OPENERS.contains(next.lower())) {
                    right = complementEnd(tokens, right + 1, b);
                } else {
                    break;
                }
            }
            if (!out.isEmpty() && out.getLast()[1] >= left) {
                out.getLast()[1] = Math.max(out.getLast()[1], right);
            } else {
                out.add(new int[] {left, right});
            }
            coveredTo = right;
            h = right;
        }
    }

    /** The complement after "of"/"for" runs to the end of the run, but not into "and Scholar", "and Director". */
    private static int complementEnd(List<SurfaceToken> tokens, int opener, int b) {
        for (int k = opener + 1; k < b; k++) {
            if (tokens.get(k).lower().equals("and") && isRoleWord(tokens.get(k + 1).text())) {
                return k - 1;
            }
        }
        return b;
    }

    /** Capitalised, or glued by hyphens into a capitalised name ("Tehreek-i-Taliban", "League-Nawaz"). */
    static boolean nameLike(SurfaceToken t) {
        return t.capitalised() || (t.joinedBefore() && t.joinedAfter());
    }

    private static boolean connector(SurfaceToken t) {
        return CONNECTORS.contains(t.text().toLowerCase(Locale.ROOT)) && !t.capitalised();
    }

    /** Punctuation other than a hyphen, an ampersand or markdown emphasis, or a blank line, ends a name. */
    static boolean breaks(String text, SurfaceToken a, SurfaceToken b) {
        int newlines = 0;
        for (int k = a.end(); k < b.start(); k++) {
            char c = text.charAt(k);
            if (c == '\n') {
                if (++newlines > 1) {
                    return true;
                }
            } else if (!Character.isWhitespace(c) && !SurfaceTokenizer.isHyphen(c) && c != '&' && c != '*') {
                return true;
            }
        }
        return false;
    }
}
