package org.rapporteur.enrich;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Countries, regions and well-known organisations, and the tagger that finds them in text.
 *
 * <p>The data are three resource files this project writes: {@code countries.tsv} (every UN member and observer state
 * plus Taiwan and Kosovo, with ISO 3166 codes, short and official names, aliases and former names, demonyms, capitals
 * and seats, and combining forms such as Pak- and Sino-), {@code regions.tsv} and {@code organisations.tsv}.
 *
 * <p>Tagging is a leftmost-longest match of word sequences (so "Indian Ocean" is a region, "South China Sea" is not
 * China, "United States Institute of Peace" is an organisation), followed by rules that drop what is not a mention of a
 * place: a place inside an organisation's name ({@link OrganisationSpanDetector}), a place in an address line, a link or after
 * a comma as the location of a named body ("Tsinghua University, China"), a capital naming an agreement ("Paris
 * Agreement"), and a combining form outside a compound ("Pak" alone). Immutable and thread-safe.
 */
public final class Gazetteer {
    private static final Pattern ADDRESS_LINE = Pattern.compile(
            "\\b(?:Floor|Plaza|Avenue|Road|Street|Lane|Sector|P\\.\\s?O\\.?\\s?Box|PO Box|GPO|Tel|Phone|Fax|E-?mail)\\b");
    private static final Set<String> AGREEMENT_WORDS = Set.of("agreement", "agreements", "accord", "accords",
            "convention", "protocol", "process", "declaration", "consensus", "format", "pact", "charter", "treaty",
            "principles", "statement", "communique", "plan");
    private static final Pattern URL = Pattern.compile("(?:https?://|www\\.)\\S+|[\\w.+-]+@[\\w-]+\\.[\\w.-]+");
    private static final Set<String> LOCATION_FOLLOWERS = Set.of("on", "in", "at", "from");

    private static volatile Gazetteer defaults;

    /** What a dictionary phrase stands for. */
    private record Target(PlaceKind kind, String name, MentionForm form, String homeCountry) {
        boolean organisation() {
            return form == MentionForm.ORGANISATION;
        }
    }

    private final List<Country> countries;
    private final Map<String, Country> byName;
    private final Map<String, Country> byCode;
    private final List<String> regions;
    private final PhraseDictionary<Target> dictionary = new PhraseDictionary<>();

    private Gazetteer(List<Country> countries, Map<String, List<String>> regions,
                      Map<String, OrgRow> organisations) {
        this.countries = List.copyOf(countries);
        Map<String, Country> names = new HashMap<>();
        Map<String, Country> codes = new HashMap<>();
        // organisations first: among phrases of equal length, the lower priority number wins
        for (OrgRow o : organisations.values()) {
            dictionary.add(o.name(), new Target(null, o.name(), MentionForm.ORGANISATION, o.country()), 0);
            for (String a : o.aliases()) {
                dictionary.add(a, new Target(null, o.name(), MentionForm.ORGANISATION, o.country()), 0);
            }
        }
        for (Country c : countries) {
            codes.put(c.alpha2(), c);
            codes.put(c.alpha3(), c);
            put(names, c.name(), c);
            put(names, c.officialName(), c);
            dictionary.add(c.name(), new Target(PlaceKind.COUNTRY, c.name(), MentionForm.NAME, null), 1);
            dictionary.add(c.officialName(), new Target(PlaceKind.COUNTRY, c.name(), MentionForm.NAME, null), 1);
            for (String a : c.aliases()) {
                put(names, a, c);
                dictionary.add(a, new Target(PlaceKind.COUNTRY, c.name(), MentionForm.ALIAS, null), 1);
            }
            for (String d : c.demonyms()) {
                put(names, d, c);
                dictionary.add(d, new Target(PlaceKind.COUNTRY, c.name(), MentionForm.DEMONYM, null), 2);
                String plural = plural(d);
                if (plural != null) {
                    dictionary.add(plural, new Target(PlaceKind.COUNTRY, c.name(), MentionForm.DEMONYM, null), 2);
                }
            }
            for (String cap : c.capitals()) {
                put(names, cap, c);
                dictionary.add(cap, new Target(PlaceKind.COUNTRY, c.name(), MentionForm.CAPITAL, null), 3);
            }
            for (String f : c.combining()) {
                dictionary.add(f, new Target(PlaceKind.COUNTRY, c.name(), MentionForm.COMBINING, null), 4);
            }
        }
        for (Map.Entry<String, List<String>> r : regions.entrySet()) {
            dictionary.add(r.getKey(), new Target(PlaceKind.REGION, r.getKey(), MentionForm.REGION, null), 5);
            for (String a : r.getValue()) {
                dictionary.add(a, new Target(PlaceKind.REGION, r.getKey(), MentionForm.REGION, null), 5);
            }
        }
        this.byName = Collections.unmodifiableMap(names);
        this.byCode = Collections.unmodifiableMap(codes);
        this.regions = List.copyOf(regions.keySet());
    }

    /** The gazetteer of the bundled resource files, loaded once. */
    public static Gazetteer defaults() {
        Gazetteer g = defaults;
        if (g == null) {
            synchronized (Gazetteer.class) {
                g = defaults;
                if (g == null) {
                    g = load(resource("countries.tsv"), resource("regions.tsv"), resource("organisations.tsv"));
                    defaults = g;
                }
            }
        }
        return g;
    }

    /**
     * A gazetteer from the three tab-separated files (see the bundled ones for the columns). The streams are read
     * and closed.
     */
    public static Gazetteer load(InputStream countries, InputStream regions, InputStream organisations) {
        List<Country> cs = new ArrayList<>();
        for (String[] row : rows(countries)) {
            cs.add(new Country(row[0], row[1], Country.Status.valueOf(row[2].toUpperCase(Locale.ROOT)), row[3],
                    col(row, 4).isEmpty() ? row[3] : col(row, 4), list(col(row, 5)), list(col(row, 6)),
                    list(col(row, 7)), list(col(row, 8))));
        }
        Map<String, List<String>> rs = new LinkedHashMap<>();
        for (String[] row : rows(regions)) {
            rs.put(row[0], list(col(row, 1)));
        }
        Map<String, OrgRow> os = new LinkedHashMap<>();
        for (String[] row : rows(organisations)) {
            String country = col(row, 2);
            os.put(row[0], new OrgRow(row[0], list(col(row, 1)), country.isEmpty() ? null : country));
        }
        return new Gazetteer(cs, rs, os);
    }

    private record OrgRow(String name, List<String> aliases, String country) {
    }

    /** Every country, in file order. */
    public List<Country> countries() {
        return countries;
    }

    /** Every region name. */
    public List<String> regions() {
        return regions;
    }

    /**
     * The country a name, alias, demonym, capital or ISO code stands for: {@code lookup("U.S.")}, {@code
     * lookup("Pakistani")}, {@code lookup("PAK")}, case-insensitive for names, exact for codes.
     */
    public Optional<Country> lookup(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String n = name.strip();
        Country c = byCode.get(n);
        if (c == null) {
            c = byName.get(key(n));
        }
        if (c == null && n.regionMatches(true, 0, "the ", 0, 4)) {
            c = byName.get(key(n.substring(4)));
        }
        return Optional.ofNullable(c);
    }

    /** Countries mentioned in {@code text}, in order, one per mention, with offsets. */
    public List<PlaceMention> countriesIn(String text) {
        return placesIn(text).stream().filter(p -> p.kind() == PlaceKind.COUNTRY).toList();
    }

    /**
     * Countries named anywhere in {@code text}, including inside organisation names and addresses: for a speaker's
     * role and affiliation, where "Tsinghua University, China" does say where the speaker comes from.
     */
    public List<PlaceMention> allCountriesIn(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<SurfaceToken> tokens = SurfaceTokenizer.tokenize(text);
        List<PhraseDictionary.Match<Target>> matches = dictionary.matchAll(tokens);
        List<PlaceMention> out = new ArrayList<>();
        for (int i = 0; i < matches.size(); i++) {
            PhraseDictionary.Match<Target> m = matches.get(i);
            Target t = m.entry().value();
            if (t.kind() != PlaceKind.COUNTRY || t.form() == MentionForm.COMBINING && !inCompound(matches, i, tokens)) {
                continue;
            }
            int start = tokens.get(m.first()).start();
            int end = tokens.get(m.last()).end();
            out.add(new PlaceMention(t.name(), t.kind(), start, end, text.substring(start, end), t.form()));
        }
        return out;
    }

    /** Regions mentioned in {@code text}, in order, with offsets. */
    public List<PlaceMention> regionsIn(String text) {
        return placesIn(text).stream().filter(p -> p.kind() == PlaceKind.REGION).toList();
    }

    /** Countries and regions mentioned in {@code text}, in order. */
    public List<PlaceMention> placesIn(String text) {
        return scan(text).places();
    }

    /** Well-known organisations and names shaped like organisations in {@code text}, in order. */
    public List<OrganisationMention> organisationsIn(String text) {
        return scan(text).organisations();
    }

    /** Everything the gazetteer finds in one text, in one pass. */
    public record Scan(List<PlaceMention> places, List<OrganisationMention> organisations) {
        public Scan {
            places = List.copyOf(places);
            organisations = List.copyOf(organisations);
        }
    }

    /** Places and organisations of {@code text} in one pass. */
    public Scan scan(String text) {
        if (text == null || text.isEmpty()) {
            return new Scan(List.of(), List.of());
        }
        List<SurfaceToken> tokens = SurfaceTokenizer.tokenize(text);
        List<PhraseDictionary.Match<Target>> matches = dictionary.matchAll(tokens);
        List<int[]> orgSpans = OrganisationSpanDetector.spans(text, tokens);
        boolean[] inOrg = new boolean[tokens.size()];
        for (int[] s : orgSpans) {
            Arrays.fill(inOrg, s[0], s[1] + 1, true);
        }
        for (PhraseDictionary.Match<Target> m : matches) {
            if (m.entry().value().organisation()) {
                Arrays.fill(inOrg, m.first(), m.last() + 1, true);
            }
        }
        List<int[]> addressLines = addressLines(text);
        if (text.indexOf('@') >= 0 || text.contains("://") || text.contains("www.")) {
            Matcher urls = URL.matcher(text);
            while (urls.find()) {
                addressLines.add(new int[] {urls.start(), urls.end()});
            }
        }

        List<PlaceMention> places = new ArrayList<>();
        for (int i = 0; i < matches.size(); i++) {
            PhraseDictionary.Match<Target> m = matches.get(i);
            Target t = m.entry().value();
            if (t.organisation() || inOrg[m.first()] || inOrg[m.last()]) {
                continue;
            }
            int start = tokens.get(m.first()).start();
            int end = tokens.get(m.last()).end();
            if (within(addressLines, start)) {
                continue;
            }
            if (t.form() == MentionForm.COMBINING && !inCompound(matches, i, tokens)) {
                continue;
            }
            if (t.form() == MentionForm.CAPITAL && namesAgreement(tokens, m)) {
                continue;
            }
            if (isLocationOfBody(text, tokens, m, inOrg, matches)) {
                continue;
            }
            if (shortCapsInShoutedLine(text, m, tokens)) {
                continue;
            }
            places.add(new PlaceMention(t.name(), t.kind(), start, end, text.substring(start, end), t.form()));
        }

        List<OrganisationMention> orgs = new ArrayList<>();
        boolean[] known = new boolean[tokens.size()];
        for (PhraseDictionary.Match<Target> m : matches) {
            if (m.entry().value().organisation() && !insideLongerName(orgSpans, m, tokens)) {
                Arrays.fill(known, m.first(), m.last() + 1, true);
                int s = tokens.get(m.first()).start();
                int e = tokens.get(m.last()).end();
                orgs.add(new OrganisationMention(m.entry().value().name(), s, e, text.substring(s, e),
                        m.entry().value().homeCountry()));
            }
        }
        for (int[] span : orgSpans) {
            if (span[1] - span[0] < 1 || anyKnown(known, span)) {
                continue; // a lone head word ("Council") names nothing; a known name is already listed
            }
            int s = tokens.get(span[0]).start();
            int e = tokens.get(span[1]).end();
            String name = OrganisationSpanDetector.cleanName(text.substring(s, e));
            if (name != null) {
                orgs.add(new OrganisationMention(name, s, e, text.substring(s, e), null));
            }
        }
        orgs.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return new Scan(places, orgs);
    }

    /** "Border Security Council" is not the UN's "Security Council": a longer name around a known one wins. */
    private static boolean insideLongerName(List<int[]> orgSpans, PhraseDictionary.Match<Target> m,
                                            List<SurfaceToken> tokens) {
        for (int[] s : orgSpans) {
            if (s[0] < m.first() && s[1] >= m.last()) {
                for (int k = s[0]; k < m.first(); k++) {
                    if (!OrganisationSpanDetector.isRoleWord(tokens.get(k).text())) {
                        return true; // "The Security Council" is still the known one
                    }
                }
            }
        }
        return false;
    }

    private static boolean anyKnown(boolean[] known, int[] span) {
        for (int k = span[0]; k <= span[1]; k++) {
            if (known[k]) {
                return true;
            }
        }
        return false;
    }

    /** A combining form (Pak, Indo, Sino) names a country only when hyphen-joined to another country. */
    private static boolean inCompound(List<PhraseDictionary.Match<Target>> matches, int i,
                                      List<SurfaceToken> tokens) {
        PhraseDictionary.Match<Target> m = matches.get(i);
        if (tokens.get(m.last()).joinedAfter() && i + 1 < matches.size()) {
            PhraseDictionary.Match<Target> next = matches.get(i + 1);
            if (next.first() == m.last() + 1 && next.entry().value().kind() == PlaceKind.COUNTRY) {
                return true;
            }
        }
        if (tokens.get(m.first()).joinedBefore() && i > 0) {
            PhraseDictionary.Match<Target> prev = matches.get(i - 1);
            return prev.last() == m.first() - 1 && prev.entry().value().kind() == PlaceKind.COUNTRY;
        }
        return false;
    }

    /**
     * "Paris Agreement", "Warsaw Pact", "Kabul Process", "Treaty of Moscow": the capital names a text or a forum, not
     * the country.
     */
    private static boolean namesAgreement(List<SurfaceToken> tokens, PhraseDictionary.Match<Target> m) {
        int next = m.last() + 1;
        if (next < tokens.size() && AGREEMENT_WORDS.contains(tokens.get(next).lower())) {
            return true;
        }
        // "the Treaty of Moscow", "the Declaration of Paris"
        int of = m.first() - 1;
        return of >= 1 && tokens.get(of).lower().equals("of") && AGREEMENT_WORDS.contains(tokens.get(of - 1).lower());
    }

    /**
     * "Tsinghua University, China", "Blue Area, Islamabad.": a place after a comma that follows an organisation's name
     * or a multi-word proper name with no place in it, and that ends the line or is followed by on/in/at/from, is the
     * location of that body, not something the text is about.
     */
    private static boolean isLocationOfBody(String text, List<SurfaceToken> tokens, PhraseDictionary.Match<Target> m,
                                            boolean[] inOrg, List<PhraseDictionary.Match<Target>> matches) {
        int first = m.first();
        if (first == 0) {
            return false;
        }
        SurfaceToken before = tokens.get(first - 1);
        String gap = text.substring(before.end(), tokens.get(first).start());
        if (!gap.strip().equals(",")) {
            return false;
        }
        if (!followedByLineEndOrLocative(text, tokens, m)) {
            return false;
        }
        if (inOrg[first - 1]) {
            return true;
        }
        int k = first - 1;
        int words = 0;
        while (k >= 0 && tokens.get(k).capitalised()
                && (k == first - 1 || !OrganisationSpanDetector.breaks(text, tokens.get(k), tokens.get(k + 1)))) {
            if (startsMatch(matches, k)) {
                return false;
            }
            words++;
            k--;
        }
        return words >= 2;
    }

    private static boolean startsMatch(List<PhraseDictionary.Match<Target>> matches, int token) {
        for (PhraseDictionary.Match<Target> m : matches) {
            if (token >= m.first() && token <= m.last() && !m.entry().value().organisation()) {
                return true;
            }
        }
        return false;
    }

    private static boolean followedByLineEndOrLocative(String text, List<SurfaceToken> tokens,
                                                       PhraseDictionary.Match<Target> m) {
        int e = tokens.get(m.last()).end();
        while (e < text.length() && (text.charAt(e) == ' ' || text.charAt(e) == '\t' || text.charAt(e) == '*')) {
            e++;
        }
        if (e >= text.length()) {
            return true;
        }
        char c = text.charAt(e);
        if (c == '\n' || c == '\r' || c == ')' || c == ';') {
            return true;
        }
        if (c == '.') {
            return true; // the sentence ends with the location
        }
        int next = m.last() + 1;
        return next < tokens.size() && tokens.get(next).start() == e
                && LOCATION_FOLLOWERS.contains(tokens.get(next).text());
    }

    /** Lines of a letterhead or contact block: short, with an address word and a digit. */
    private static List<int[]> addressLines(String text) {
        List<int[]> out = new ArrayList<>();
        int from = 0;
        while (from <= text.length()) {
            int nl = text.indexOf('\n', from);
            int to = nl < 0 ? text.length() : nl;
            if (to - from <= 120 && to > from) {
                String line = text.substring(from, to);
                if (line.chars().anyMatch(Character::isDigit) && ADDRESS_LINE.matcher(line).find()) {
                    out.add(new int[] {from, to});
                }
            }
            if (nl < 0) {
                break;
            }
            from = nl + 1;
        }
        return out;
    }

    private static boolean within(List<int[]> ranges, int offset) {
        for (int[] r : ranges) {
            if (offset >= r[0] && offset < r[1]) {
                return true;
            }
        }
        return false;
    }

    /** "US" in a line written all in capitals ("TELL US MORE") is the pronoun, not the country. */
    private static boolean shortCapsInShoutedLine(String text, PhraseDictionary.Match<Target> m,
                                                  List<SurfaceToken> tokens) {
        SurfaceToken t = tokens.get(m.first());
        if (m.length() != 1 || !t.allCaps() || t.text().length() > 3 || t.text().contains(".")) {
            return false;
        }
        int ls = text.lastIndexOf('\n', t.start()) + 1;
        int le = text.indexOf('\n', t.end());
        String line = text.substring(ls, le < 0 ? text.length() : le);
        int letters = 0;
        for (int k = 0; k < line.length(); k++) {
            char c = line.charAt(k);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isLowerCase(c)) {
                    return false;
                }
            }
        }
        return letters > 12;
    }

    private static String plural(String demonym) {
        String d = demonym.toLowerCase(Locale.ROOT);
        if (d.endsWith("s") || d.endsWith("sh") || d.endsWith("ch") || d.endsWith("ese") || d.contains(" ")) {
            return null;
        }
        return demonym + "s";
    }

    private static void put(Map<String, Country> names, String name, Country c) {
        names.putIfAbsent(key(name), c);
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " ").strip();
    }

    private static InputStream resource(String name) {
        return Objects.requireNonNull(Gazetteer.class.getResourceAsStream(name), "missing resource " + name);
    }

    private static List<String[]> rows(InputStream in) {
        List<String[]> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                out.add(line.split("\t", -1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static String col(String[] row, int i) {
        return i < row.length ? row[i].strip() : "";
    }

    private static List<String> list(String s) {
        if (s.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(s.split("\\|")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }
}
