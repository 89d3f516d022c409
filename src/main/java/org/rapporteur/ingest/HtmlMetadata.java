package org.rapporteur.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.rapporteur.model.DeclaredMetadata;

/**
 * What a web page declares about itself: scholarly {@code citation_*} tags, Open Graph, Dublin Core and plain
 * {@code <meta>} tags, schema.org JSON-LD, and the {@code <title>} (with the site name split off). More specific
 * declarations win: citation tags, then JSON-LD, then Open Graph, then Dublin Core and plain meta tags, then the
 * {@code <title>}. Bad JSON-LD is skipped, never fatal. Must run before scripts are dropped from the page.
 * Stateless, thread-safe.
 */
final class HtmlMetadata {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_JSON_CHARS = 500_000;
    private static final Set<String> WORK_TYPES = Set.of("article", "newsarticle", "blogposting", "report",
            "scholarlyarticle", "analysisnewsarticle", "opinionnewsarticle", "reportagenewsarticle", "webpage",
            "creativework", "event", "techarticle", "publicationissue", "book", "chapter", "socialmediaposting");
    /** Separators between a page's title and its site's name in a {@code <title>}. */
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+(?:\\||-|–|—|::|»|·|•)\\s+|\\s*\\|\\s*");
    private static final Pattern ISO_DATE = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");
    /** A title that only numbers the page in a series ("Oral Question 2", "Item 14"). */
    private static final Pattern SERIES_LABEL = Pattern.compile("^[\\p{L} ]{2,50}?\\s(?:No\\.?\\s*)?\\d{1,3}$");
    private static final Pattern DECORATION = Pattern.compile("^[\\s:|»«·•\\-–—]+|[\\s:|»«·•\\-–—]+$");

    private HtmlMetadata() {
    }

    /** Never throws: a page whose declarations cannot be read declares nothing. */
    static DeclaredMetadata read(Document doc) {
        try {
            return readOrThrow(doc);
        } catch (RuntimeException e) {
            return DeclaredMetadata.none();
        }
    }

    private static DeclaredMetadata readOrThrow(Document doc) {
        Fields f = new Fields();
        // most specific first: each field keeps the first value it is given
        f.title(meta(doc, "citation_title"));
        f.authors(metas(doc, "citation_author"));
        f.date(meta(doc, "citation_publication_date"), meta(doc, "citation_date"), meta(doc, "citation_online_date"));
        f.organisation(meta(doc, "citation_publisher"));
        jsonLd(doc, f);
        String siteName = DeclaredValues.organisation(meta(doc, "og:site_name"));
        f.title(withoutSite(meta(doc, "og:title"), siteName));
        f.organisation(siteName);
        f.type(meta(doc, "og:type"));
        f.date(meta(doc, "article:published_time"));
        f.authors(metas(doc, "article:author"));
        f.description(meta(doc, "og:description"));
        f.title(meta(doc, "dc.title"), meta(doc, "dcterms.title"));
        f.authors(metas(doc, "dc.creator"));
        f.authors(metas(doc, "dcterms.creator"));
        f.authors(metas(doc, "author"));
        f.organisation(meta(doc, "dc.publisher"), meta(doc, "dcterms.publisher"));
        f.date(meta(doc, "dc.date"), meta(doc, "dcterms.date"), meta(doc, "dcterms.issued"), meta(doc, "date"),
                meta(doc, "pubdate"), meta(doc, "publish_date"));
        f.description(meta(doc, "description"), meta(doc, "dc.description"));
        f.type(meta(doc, "dc.type"));
        pageTitle(doc, siteName, f);
        f.title(firstHeading(doc)); // a page with no usable <title> is named by its own heading
        return f.build();
    }

    /**
     * The {@code <title>}, split into the page's own title and its site's name ("Page | Site", "Site - Page"). The
     * site part is the one matching {@code og:site_name}, else a short part the page repeats elsewhere or the part
     * that is not the page's own heading; a part that is only a date is the page's date.
     */
    private static void pageTitle(Document doc, String siteName, Fields f) {
        String raw = DeclaredValues.text(doc.title());
        if (raw == null) {
            return;
        }
        String whole = DECORATION.matcher(raw).replaceAll("");
        List<String> parts = new ArrayList<>();
        for (String p : TITLE_SEPARATOR.split(whole)) {
            String s = DECORATION.matcher(p).replaceAll("");
            if (s.isEmpty()) {
                continue;
            }
            String date = DeclaredValues.date(s);
            if (date != null && DeclaredValues.title(s) == null) {
                f.date(date); // "Site - November 2001": the page's date
                continue;
            }
            parts.add(s);
        }
        if (parts.isEmpty()) {
            return;
        }
        String heading = firstHeading(doc);
        String body = doc.body() == null ? "" : doc.body().text();
        String site = null;
        if (parts.size() >= 2) {
            for (String p : parts) {
                if (siteName != null && p.equalsIgnoreCase(siteName)) {
                    site = p;
                }
            }
            if (site == null) {
                site = shortestPart(parts);
                String rest = String.join(" ", parts.stream().filter(p -> !p.equals(shortestPart(parts))).toList());
                boolean repeated = countOf(body, withoutDates(site)) >= 1 && !rest.contains(site);
                boolean otherIsHeading = heading != null && parts.stream()
                        .anyMatch(p -> !p.equals(shortestPart(parts)) && sameWords(p, heading));
                if (wordCount(site) > 5 || !(repeated || otherIsHeading)) {
                    site = null;
                }
            }
        } else if (wordCount(parts.getFirst()) <= 3 && whole.length() > parts.getFirst().length()
                && countOf(body, parts.getFirst()) >= 1 && (heading == null || !sameWords(parts.getFirst(), heading))) {
            // ":: OER - November/December 2001 ::": the one part besides a date is the site, named again in the page
            site = parts.getFirst();
        }
        List<String> own = new ArrayList<>(parts);
        if (site != null) {
            own.remove(site);
            Matcher iso = ISO_DATE.matcher(site);
            if (iso.find()) {
                f.date(iso.group()); // "Fiji Hansard 2023-09-12": the site part dates the page
            }
            f.organisation(DeclaredValues.organisation(withoutDates(site)));
        }
        String title = own.isEmpty() ? heading : String.join(" - ", own);
        if (heading == null && title != null && SERIES_LABEL.matcher(title).matches()) {
            // "Hansard Oral Question 2" labels the page in a series; the page's opening line names it
            String opening = openingLine(doc);
            if (opening != null) {
                title = opening;
            }
        }
        if (title != null && heading != null && !sameWords(title, heading) && site == null && parts.size() >= 2) {
            // neither part is the page's heading: keep the whole title rather than guess which half is the site
            title = whole;
        }
        f.title(title);
    }

    /**
     * The page's own heading: the first {@code h1}–{@code h3}, else, in pages laid out with presentation markup, the
     * first short run set in a large font ({@code <font size="4">} and up), which is how such pages mark their title.
     */
    static String firstHeading(Document doc) {
        if (doc.body() == null) {
            return null;
        }
        Element h = doc.body().selectFirst("h1, h2, h3");
        if (h != null) {
            return DeclaredValues.text(h.text());
        }
        for (Element font : doc.body().select("font[size]")) {
            String own = DeclaredValues.text(font.ownText());
            if (own != null && largeFont(font.attr("size")) && own.split("\\s+").length <= 14
                    && own.matches("(?s).*\\p{L}{2}.*") && DeclaredValues.title(own) != null) {
                return own;
            }
        }
        return null;
    }

    /**
     * The page's first block of text when it reads as a title line (a few words, no closing punctuation), with a
     * trailing reference in brackets ("(Question No. 03/2021)") left off; null otherwise.
     */
    private static String openingLine(Document doc) {
        if (doc.body() == null) {
            return null;
        }
        for (Element e : doc.body().select("p, div, td, center, h4, h5, h6")) {
            String own = DeclaredValues.text(e.ownText());
            if (own == null) {
                continue;
            }
            String t = DeclaredValues.text(e.text().replaceAll("\\s*\\([^()]*\\d[^()]*\\)\\s*$", ""));
            if (t == null || t.split("\\s+").length > 14 || t.matches("(?s).*[.?!:;,]$")) {
                return null;
            }
            return DeclaredValues.title(t);
        }
        return null;
    }

    private static boolean largeFont(String size) {
        String s = size.strip();
        try {
            return s.startsWith("+") ? Integer.parseInt(s.substring(1)) >= 2 : Integer.parseInt(s) >= 4;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String shortestPart(List<String> parts) {
        String best = parts.getFirst();
        for (String p : parts) {
            if (p.length() < best.length()) {
                best = p;
            }
        }
        return best;
    }

    private static String withoutDates(String s) {
        return s.replaceAll("\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b(?:19|20)\\d{2}\\b", "").strip();
    }

    private static boolean sameWords(String a, String b) {
        Set<String> wa = words(a);
        Set<String> wb = words(b);
        if (wa.isEmpty() || wb.isEmpty()) {
            return false;
        }
        Set<String> common = new LinkedHashSet<>(wa);
        common.retainAll(wb);
        return common.size() * 10 >= Math.min(wa.size(), wb.size()) * 8;
    }

    private static Set<String> words(String s) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > 1) {
                out.add(w);
            }
        }
        return out;
    }

    private static int countOf(String hay, String needle) {
        if (needle.isBlank()) {
            return 0;
        }
        int c = 0;
        for (int i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + needle.length())) {
            c++;
        }
        return c;
    }

    private static int wordCount(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }

    private static String withoutSite(String title, String site) {
        if (title == null || site == null) {
            return title;
        }
        List<String> kept = new ArrayList<>();
        for (String p : TITLE_SEPARATOR.split(title)) {
            if (!p.strip().equalsIgnoreCase(site)) {
                kept.add(p.strip());
            }
        }
        return kept.isEmpty() ? title : String.join(" - ", kept);
    }

    // --- meta tags -------------------------------------------------------------------------------------------------

    private static String meta(Document doc, String name) {
        List<String> all = metas(doc, name);
        return all.isEmpty() ? null : all.getFirst();
    }

    /** Content of every {@code <meta name|property|itemprop=name>}, case-insensitive on the name. */
    private static List<String> metas(Document doc, String name) {
        List<String> out = new ArrayList<>();
        for (Element m : doc.select("meta[content]")) {
            for (String attr : List.of("name", "property", "itemprop")) {
                if (m.attr(attr).strip().equalsIgnoreCase(name)) {
                    String c = DeclaredValues.text(m.attr("content"));
                    if (c != null) {
                        out.add(c);
                    }
                    break;
                }
            }
        }
        return out;
    }

    // --- JSON-LD ---------------------------------------------------------------------------------------------------

    private static void jsonLd(Document doc, Fields f) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            String json = script.data();
            if (json.isBlank() || json.length() > MAX_JSON_CHARS) {
                continue;
            }
            try {
                visit(JSON.readTree(json), f, 0);
            } catch (JsonProcessingException | RuntimeException e) {
                // a page's broken JSON-LD is its own problem, not the reader's
            }
        }
    }

    private static void visit(JsonNode node, Fields f, int depth) {
        if (node == null || depth > 4) {
            return;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                visit(n, f, depth + 1);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        if (node.has("@graph")) {
            visit(node.get("@graph"), f, depth + 1);
        }
        String type = typeOf(node);
        if (type == null || !WORK_TYPES.contains(type.toLowerCase(Locale.ROOT))) {
            return;
        }
        boolean event = type.equalsIgnoreCase("event");
        f.title(string(node.get("headline")), string(node.get("name")));
        f.type(type);
        f.description(string(node.get("description")));
        if (event) {
            f.date(string(node.get("startDate")));
            f.organisation(name(node.get("organizer")));
        }
        f.date(string(node.get("datePublished")), string(node.get("dateCreated")));
        f.organisation(name(node.get("publisher")));
        JsonNode author = node.get("author");
        if (author != null) {
            List<String> people = new ArrayList<>();
            for (JsonNode a : author.isArray() ? author : List.of(author)) {
                String t = typeOf(a);
                String n = a.isTextual() ? a.asText() : name(a);
                if (t != null && t.toLowerCase(Locale.ROOT).contains("organization")) {
                    f.organisation(n);
                } else if (n != null) {
                    people.add(n);
                }
            }
            f.authors(people);
        }
    }

    private static String typeOf(JsonNode n) {
        JsonNode t = n == null ? null : n.get("@type");
        if (t == null) {
            return null;
        }
        if (t.isArray()) {
            for (JsonNode x : t) {
                if (x.isTextual() && WORK_TYPES.contains(x.asText().toLowerCase(Locale.ROOT))) {
                    return x.asText();
                }
            }
            return t.isEmpty() ? null : t.get(0).asText(null);
        }
        return t.isTextual() ? t.asText() : null;
    }

    private static String name(JsonNode n) {
        if (n == null) {
            return null;
        }
        if (n.isTextual()) {
            return n.asText();
        }
        if (n.isArray()) {
            return n.isEmpty() ? null : name(n.get(0));
        }
        return string(n.get("name"));
    }

    private static String string(JsonNode n) {
        return n != null && n.isTextual() ? n.asText() : null;
    }

    /** The declared fields, each keeping the first acceptable value it is offered. */
    private static final class Fields {
        private String title;
        private final Set<String> authors = new LinkedHashSet<>();
        private String organisation;
        private String date;
        private String description;
        private String type;

        void title(String... candidates) {
            for (String c : candidates) {
                if (title == null) {
                    title = DeclaredValues.title(c);
                }
            }
        }

        void authors(List<String> values) {
            if (!authors.isEmpty()) {
                return; // the most specific declaration of authors is the whole list
            }
            for (String v : values) {
                authors.addAll(DeclaredValues.people(v));
            }
        }

        void organisation(String... candidates) {
            for (String c : candidates) {
                if (organisation == null) {
                    organisation = DeclaredValues.organisation(c);
                }
            }
        }

        void date(String... candidates) {
            for (String c : candidates) {
                if (date == null) {
                    date = DeclaredValues.date(c);
                }
            }
        }

        void description(String... candidates) {
            for (String c : candidates) {
                if (description == null) {
                    description = DeclaredValues.text(c);
                }
            }
        }

        void type(String t) {
            if (type == null) {
                type = DeclaredValues.text(t);
            }
        }

        DeclaredMetadata build() {
            return new DeclaredMetadata(title, List.copyOf(authors), organisation, date, description, type);
        }
    }
}
