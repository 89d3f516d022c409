package org.rapporteur.structure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rapporteur.model.Person;

/**
 * Reads person names with their honorifics, ranks and post-nominals ({@code Lt. Gen. (R) Syed Muhammad Owais HI (M)},
 * {@code H.E. Mr. Oybek Usmanov}, {@code Amb ® Naghmana Hashmi}), optionally preceded by role words
 * ({@code President NDU Lieutenant General Asif Ghafoor}) and followed by a role ({@code , Deputy Director ...}).
 * Stateless and thread-safe.
 */
final class PersonNameParser {
    private static final Set<String> PARTICLES = Set.of("bin", "ibn", "al", "el", "de", "van", "von", "ul", "ud",
            "di", "da", "du", "le", "la", "der", "den", "ter", "bint", "abu", "y");
    private static final Pattern NAME_TOKEN = Pattern.compile("\\p{Lu}[\\p{L}'’\\-]*\\.?|\\p{Lu}\\.(\\p{Lu}\\.)*");
    private static final Pattern ACRONYM = Pattern.compile("[\\p{Lu}&/\\-]{2,}[,]?");
    private static final Pattern TOKEN = Pattern.compile("\\S+");

    private PersonNameParser() {
    }

    /** A line that is nothing but a name (with honorifics and post-nominals), e.g. a speaker card's first line. */
    static Optional<ParsedPerson> parseNameLine(String line) {
        String l = cleanup(line);
        List<Tok> toks = tokens(l);
        if (toks.isEmpty() || toks.size() > 12) {
            return Optional.empty();
        }
        Optional<Parse> p = parseAt(toks, 0, false);
        if (p.isEmpty()) {
            return Optional.empty();
        }
        Parse parse = p.get();
        if (parse.next != toks.size()) {
            return Optional.empty();
        }
        return Optional.of(parse.toParsed(null, l.length()));
    }

    /**
     * The person introduced by a phrase such as {@code President NDU Lieutenant General Asif Ghafoor, HI (M)} or
     * {@code the Chief Guest Ambassador Asif Durrani, Pakistan's Special Representative}: leading role words, then the
     * name, then an optional role after a comma or dash.
     */
    static Optional<ParsedPerson> parseIntroduction(String phrase) {
        List<ParsedPerson> all = findPersons(phrase);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.getFirst());
    }

    /**
     * Every person named in a programme cell or introduction phrase, each with the role text that follows it up to the
     * next person. Names need an honorific, or must stand right before a comma/dash/end (as in
     * {@code Michael Kugelman, Deputy Director}).
     */
    static List<ParsedPerson> findPersons(String text) {
        String t = cleanup(text);
        List<Tok> toks = tokens(t);
        List<Parse> found = new ArrayList<>();
        int i = 0;
        while (i < toks.size()) {
            Optional<Parse> p = parseAt(toks, i, true);
            if (p.isPresent() && (p.get().honorific || (p.get().endsAtBreak(toks) && roleFollows(toks, p.get().next)))) {
                found.add(p.get());
                i = Math.max(p.get().next, i + 1);
            } else {
                i++;
            }
        }
        List<ParsedPerson> out = new ArrayList<>();
        for (int k = 0; k < found.size(); k++) {
            Parse p = found.get(k);
            int roleFrom = p.next < toks.size() ? toks.get(p.next).start : t.length();
            int roleTo = k + 1 < found.size() ? toks.get(found.get(k + 1).start).start : t.length();
            String role = roleFrom < roleTo ? t.substring(roleFrom, roleTo) : "";
            role = role.replaceAll("^[\\s,–—:-]+|[\\s,–—:;-]+$", "").strip();
            String prefix = p.rolePrefix;
            String fullRole = !role.isEmpty() ? role : (prefix.isEmpty() ? null : prefix);
            out.add(p.toParsed(fullRole, p.next < toks.size() ? toks.get(p.next).start : t.length()));
        }
        return out;
    }

    /**
     * The person a sentence subject starts with ({@code Prime Minister Imran Khan}, {@code John Kerry, the US
     * secretary of state}, {@code Dr. Li}); empty when the subject starts with anything else.
     */
    static Optional<ParsedPerson> leadingPerson(String subject) {
        String t = cleanup(subject);
        List<Tok> toks = tokens(t);
        Optional<Parse> p = parseAt(toks, 0, true);
        if (p.isEmpty()) {
            return Optional.empty();
        }
        Parse parse = p.get();
        boolean endsClean = parse.next >= toks.size() || toks.get(parse.next - 1).text.endsWith(",")
                || toks.get(parse.next).text.startsWith("(") || toks.get(parse.next).text.matches("[–—-]");
        if (!endsClean || !parse.honorific && parse.nameTokens.size() < 2) {
            return Optional.empty();
        }
        return Optional.of(parse.toParsed(parse.rolePrefix.isEmpty() ? null : parse.rolePrefix, t.length()));
    }

    /** Splits a role line such as {@code Secretary General PPP} into role and trailing acronym affiliation. */
    static String[] splitRole(String roleText) {
        if (roleText == null || roleText.isBlank()) {
            return new String[] {null, null};
        }
        String r = roleText.strip().replaceAll("[,;]+$", "");
        int comma = r.indexOf(", ");
        if (comma > 0) {
            return new String[] {r.substring(0, comma).strip(), r.substring(comma + 2).strip()};
        }
        String[] words = r.split("\\s+");
        int k = words.length;
        while (k > 1 && words[k - 1].matches("[\\p{Lu}\\-&()]{2,}")) {
            k--;
        }
        if (k < words.length && k > 0 && WordLists.isRoleWord(words[k - 1])) {
            return new String[] {String.join(" ", java.util.Arrays.copyOfRange(words, 0, k)),
                    String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length))};
        }
        return new String[] {r, null};
    }

    /** Honorifics at the start of {@code s}, e.g. "Lt. Gen. (R)"; the rest of the string is the index returned. */
    static boolean startsWithHonorific(String s) {
        List<Tok> toks = tokens(cleanup(s));
        return !toks.isEmpty() && matchHonorific(toks, 0) > 0;
    }

    /** Strips honorifics and post-nominals from a name as written. */
    static String bareName(String written) {
        return parseNameLine(written).map(ParsedPerson::name).orElse(written.strip());
    }

    static String cleanup(String s) {
        return s.replace('\u00a0', ' ').replaceAll("<[^>]*>", " ").replace("**", " ").replaceAll("\\s+", " ").strip();
    }

    // --- internals -------------------------------------------------------------------------------------------------

    private record Tok(String text, int start) {
    }

    private static final class Parse {
        int start;
        int next;
        boolean honorific;
        String rolePrefix = "";
        final List<String> honorifics = new ArrayList<>();
        final List<String> nameTokens = new ArrayList<>();

        boolean endsAtBreak(List<Tok> toks) {
            if (nameTokens.size() < 2) {
                return false;
            }
            if (next >= toks.size()) {
                return true;
            }
            String prevTok = toks.get(next - 1).text;
            String nt = toks.get(next).text;
            return prevTok.endsWith(",") || prevTok.endsWith(";") || nt.equals("–") || nt.equals("—") || nt.equals("-") || nt.startsWith("(");
        }

        ParsedPerson toParsed(String role, int endInText) {
            String name = displayName(nameTokens);
            String[] ra = splitRole(role);
            return new ParsedPerson(new Person(name, honorifics, ra[0], ra[1], null), honorific, endInText);
        }
    }

    private static Optional<Parse> parseAt(List<Tok> toks, int from, boolean allowRolePrefix) {
        Parse p = new Parse();
        p.start = from;
        int i = from;
        StringBuilder prefix = new StringBuilder();
        if (allowRolePrefix) {
            // "President NDU", "the Chief Guest", "Prime Minister": role words and acronyms before the honorific/name
            int j = i;
            while (j < toks.size()) {
                String w = toks.get(j).text;
                if (matchHonorific(toks, j) > 0) {
                    break;
                }
                boolean possessive = (w.endsWith("'s") || w.endsWith("’s")) && j + 1 < toks.size()
                        && WordLists.isRoleWord(toks.get(j + 1).text);
                boolean connector = (w.equals("of") || w.equals("for") || w.equals("on")) && j > i;
                if (WordLists.isRoleWord(w) || w.equals("the") || w.equals("Guest") || connector || possessive
                        || (ACRONYM.matcher(w).matches() && j > i)) {
                    prefix.append(prefix.isEmpty() ? "" : " ").append(w);
                    j++;
                } else {
                    break;
                }
            }
            if (j > i && (j < toks.size())) {
                i = j;
            }
        }
        int h;
        while (i < toks.size() && (h = matchHonorific(toks, i)) > 0) {
            p.honorifics.add(joined(toks, i, h));
            p.honorific = true;
            i += h;
            int pn;
            while (i < toks.size() && (pn = matchPostNominal(toks, i, true)) > 0) {
                p.honorifics.add(joined(toks, i, pn).replace("@", "®"));
                i += pn;
            }
        }
        int nameStart = i;
        while (i < toks.size() && p.nameTokens.size() < 6) {
            String w = toks.get(i).text;
            String core = w.endsWith(",") || w.endsWith(";") ? w.substring(0, w.length() - 1) : w;
            boolean particle = !p.nameTokens.isEmpty() && PARTICLES.contains(core.toLowerCase(Locale.ROOT))
                    && i + 1 < toks.size();
            if (!p.nameTokens.isEmpty() && matchHonorific(toks, i) > 0) {
                break; // a second person starts here
            }
            if (particle || isNameToken(core)) {
                if (!particle && matchPostNominal(toks, i, false) > 0 && !p.nameTokens.isEmpty()) {
                    break;
                }
                p.nameTokens.add(core);
                i++;
                if (w.endsWith(",") || w.endsWith(";")) {
                    break;
                }
            } else {
                break;
            }
        }
        if (p.nameTokens.isEmpty() || i == nameStart) {
            return Optional.empty();
        }
        // "Dr. Khan" is a name; "General Assembly" is not: a lone name token needs an abbreviated title
        boolean shortTitle = p.honorifics.stream().anyMatch(t -> t.contains(".") || t.length() <= 4
                && Character.isUpperCase(t.charAt(0)) && !t.equals("Lady") && !t.equals("Lord"));
        int minTokens = p.honorific && shortTitle ? 1 : 2;
        if (p.nameTokens.size() < minTokens || p.nameTokens.size() > 5) {
            return Optional.empty();
        }
        if (PARTICLES.contains(p.nameTokens.getLast().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        int pn;
        while (i < toks.size() && (pn = matchPostNominal(toks, i, true)) > 0) {
            p.honorifics.add(joined(toks, i, pn).replaceAll(",$", ""));
            i += pn;
        }
        p.next = i;
        p.rolePrefix = prefix.toString().replaceFirst("^the\\s+", "");
        return Optional.of(p);
    }

    /** True at the end of the text or when a role word comes within the next four tokens. */
    private static boolean roleFollows(List<Tok> toks, int from) {
        if (from >= toks.size()) {
            return false;
        }
        for (int k = from; k < Math.min(toks.size(), from + 4); k++) {
            String w = toks.get(k).text;
            if (WordLists.isRoleWord(w) || WordLists.isRoleWord(capitalise(w))) {
                return true;
            }
        }
        return false;
    }

    private static String capitalise(String w) {
        return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    private static String joined(List<Tok> toks, int from, int n) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < from + n; k++) {
            sb.append(sb.isEmpty() ? "" : " ").append(toks.get(k).text);
        }
        return sb.toString();
    }

    private static boolean isNameToken(String w) {
        if (w.isEmpty() || !NAME_TOKEN.matcher(w).matches()) {
            return false;
        }
        if (w.matches("\\p{Lu}\\.(\\p{Lu}\\.)*")) {
            return true; // initials: "A.", "M.", "A.B."
        }
        if (w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT)) && !w.matches("\\p{Lu}\\.(\\p{Lu}\\.)*")) {
            return false; // an acronym (PPP, NDU), not a name
        }
        return !WordLists.isNotNameWord(w) && !WordLists.isRoleWord(w);
    }

    /** Honorifics and post-nominals split into tokens once, indexed by their first token in lower case. */
    private static final Map<String, List<String[]>> HONORIFIC_INDEX = index(WordLists.HONORIFICS);
    private static final Map<String, List<String[]>> POST_NOMINAL_INDEX = index(WordLists.POST_NOMINALS);

    private static Map<String, List<String[]>> index(List<String> phrases) {
        Map<String, List<String[]>> m = new HashMap<>();
        for (String p : phrases) {
            String[] parts = p.split(" ");
            m.computeIfAbsent(parts[0].toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(parts);
        }
        return m;
    }

    private static List<String[]> candidates(Map<String, List<String[]>> index, String token) {
        String t = token.toLowerCase(Locale.ROOT);
        List<String[]> c = index.get(t);
        if (c == null && t.endsWith(",")) {
            c = index.get(t.substring(0, t.length() - 1));
        }
        return c == null ? List.of() : c;
    }

    private static int matchHonorific(List<Tok> toks, int i) {
        for (String[] h : candidates(HONORIFIC_INDEX, toks.get(i).text)) {
            int n = matchPhrase(toks, i, h, true);
            if (n > 0) {
                return n;
            }
        }
        return 0;
    }

    private static int matchPostNominal(List<Tok> toks, int i, boolean allowMarks) {
        for (String[] pn : candidates(POST_NOMINAL_INDEX, toks.get(i).text)) {
            if (!allowMarks && pn.length == 1 && (pn[0].equals("@") || pn[0].equals("®"))) {
                continue;
            }
            int n = matchPhrase(toks, i, pn, false);
            if (n > 0) {
                return n;
            }
        }
        return 0;
    }

    /** How many tokens from {@code i} spell {@code parts} (a trailing comma on the last token is allowed). */
    private static int matchPhrase(List<Tok> toks, int i, String[] parts, boolean needCapital) {
        if (i + parts.length > toks.size()) {
            return 0;
        }
        for (int k = 0; k < parts.length; k++) {
            String t = toks.get(i + k).text;
            if (k == parts.length - 1 && t.endsWith(",") && !parts[k].endsWith(",")) {
                t = t.substring(0, t.length() - 1);
            }
            if (!t.equals(parts[k])) {
                boolean upperVariant = t.equalsIgnoreCase(parts[k]) && t.equals(t.toUpperCase(Locale.ROOT))
                        && parts[k].length() > 2;
                if (!upperVariant) {
                    return 0;
                }
            }
            if (needCapital && !Character.isUpperCase(t.charAt(0)) && !t.equals("@") && !t.equals("®")) {
                return 0;
            }
        }
        return parts.length;
    }

    private static List<Tok> tokens(String s) {
        List<Tok> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(s);
        while (m.find()) {
            out.add(new Tok(m.group(), m.start()));
        }
        return out;
    }

    private static String displayName(List<String> tokens) {
        StringBuilder sb = new StringBuilder();
        for (String t : tokens) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(t);
        }
        return sb.toString();
    }
}
