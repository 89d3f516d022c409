package org.rapporteur.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rapporteur.model.DeclaredMetadata;

/**
 * YAML ({@code ---} … {@code ---}) or TOML ({@code +++} … {@code +++}) front matter at the very start of a Markdown or
 * text file, as static-site generators (Jekyll, Hugo, Eleventy) write it: what it declares, and the body after it.
 *
 * <p>The reader is a deliberately small, tolerant one for the shapes front matter takes — {@code key: value},
 * quoted values, values folded over indented lines, {@code [a, b]} and {@code - item} lists, nested {@code name:}
 * entries, {@code |}/{@code >} blocks, TOML {@code key = "value"} and {@code [[authors]]} tables — not a full YAML
 * parser (SnakeYAML is not a dependency, and front matter needs none of YAML's power). A block only counts as front
 * matter when it opens on the first line and nearly every line in it reads as a key, a list item or a continuation:
 * a {@code ---} rule over ordinary prose is left in the text. Never throws.
 *
 * @param declared what the block declares ({@link DeclaredMetadata#none()} when there is no block)
 * @param body     the text after the block (the whole text when there is none)
 */
record FrontMatter(DeclaredMetadata declared, String body) {
    private static final int MAX_LINES = 400;
    /** Keys static-site generators and note tools write; a block naming none of them is not front matter. */
    private static final Set<String> KNOWN_KEYS = Set.of("title", "date", "author", "authors",
            "layout", "tags", "categories", "category", "description", "excerpt", "summary", "slug", "draft", "type",
            "publisher", "published", "keywords", "permalink", "lang", "language", "subtitle", "site", "organisation",
            "organization", "event_date", "content_type", "image", "url", "aliases", "weight", "series", "source",
            "lastmod", "updated", "abstract", "transcript_by", "speakers", "pubdate", "publishdate", "id", "name");
    private static final Pattern YAML_KEY = Pattern.compile("^([A-Za-z_][\\w.\\-]*)[ \\t]*:(?:[ \\t]+(.*?)|[ \\t]*)$");
    private static final Pattern TOML_KEY = Pattern.compile("^([A-Za-z_][\\w.\\-]*)[ \\t]*=[ \\t]*(.*?)[ \\t]*$");
    private static final Pattern TOML_TABLE = Pattern.compile("^\\[\\[?[ \\t]*([\\w.\\-]+)[ \\t]*]]?$");
    private static final Pattern LIST_ITEM = Pattern.compile("^-(?:[ \\t]+(.*))?$");
    /** "… by J. Stephen Morrison" in a standfirst: the author, when no author is declared. */
    private static final Pattern BY_NAME = Pattern.compile(
            "\\b[Bb]y\\s+((?:\\p{Lu}\\.\\s*)*\\p{Lu}[\\p{L}’'\\-]+(?:\\s+(?:\\p{Lu}\\.\\s*)*\\p{Lu}[\\p{L}’'\\-]+){1,3})");

    static FrontMatter none(String text) {
        return new FrontMatter(DeclaredMetadata.none(), text);
    }

    /** The front matter at the start of {@code text}, or {@link #none(String)}. */
    static FrontMatter read(String text) {
        try {
            return readOrNone(text);
        } catch (RuntimeException e) {
            return none(text); // odd input: keep the text as it is
        }
    }

    private static FrontMatter readOrNone(String text) {
        int start = text.startsWith("\uFEFF") ? 1 : 0;
        String fence;
        if (text.startsWith("---", start)) {
            fence = "---";
        } else if (text.startsWith("+++", start)) {
            fence = "+++";
        } else {
            return none(text);
        }
        int firstEnd = text.indexOf('\n', start);
        if (firstEnd < 0 || !text.substring(start, firstEnd).strip().equals(fence)) {
            return none(text);
        }
        List<String> lines = new ArrayList<>();
        int pos = firstEnd + 1;
        int bodyStart = -1;
        while (pos <= text.length() && lines.size() <= MAX_LINES) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl;
            String line = text.substring(pos, end).replace("\r", "");
            if (line.strip().equals(fence) || fence.equals("---") && line.strip().equals("...")) {
                bodyStart = nl < 0 ? text.length() : nl + 1;
                break;
            }
            lines.add(line);
            if (nl < 0) {
                break;
            }
            pos = nl + 1;
        }
        if (bodyStart < 0) {
            return none(text);
        }
        Map<String, List<String>> values = fence.equals("---") ? yaml(lines) : toml(lines);
        if (values == null || values.keySet().stream().noneMatch(KNOWN_KEYS::contains)) {
            // "Chair: Good morning" between two rules reads like YAML too; front matter names its usual keys
            return none(text);
        }
        return new FrontMatter(declared(values), text.substring(bodyStart));
    }

    // --- YAML ------------------------------------------------------------------------------------------------------

    /** Top-level keys with their values (a list's items, a nested entry's {@code name}); null when not YAML-like. */
    private static Map<String, List<String>> yaml(List<String> lines) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        String key = null;
        StringBuilder folded = null;
        int content = 0;
        int odd = 0;
        for (String raw : lines) {
            String line = raw.replace('\t', ' ');
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            content++;
            boolean indented = Character.isWhitespace(line.charAt(0));
            String t = line.strip();
            Matcher km = YAML_KEY.matcher(t);
            if (!indented && km.matches()) {
                flush(out, key, folded);
                key = km.group(1).toLowerCase(Locale.ROOT);
                String v = km.group(2);
                folded = null;
                out.computeIfAbsent(key, k -> new ArrayList<>());
                if (v != null && !v.isBlank() && !v.matches("[|>][+\\-]?\\d?")) {
                    addScalarOrList(out.get(key), v);
                    if (!v.startsWith("[") && !v.startsWith("{")) {
                        folded = new StringBuilder(); // a plain value may continue on indented lines
                        folded.append('\u0000');
                    }
                } else {
                    folded = new StringBuilder();
                }
                continue;
            }
            if (key == null) {
                odd++;
                continue;
            }
            Matcher li = LIST_ITEM.matcher(t);
            if (li.matches() && (indented || t.startsWith("- "))) {
                String item = li.group(1) == null ? "" : li.group(1);
                Matcher nested = YAML_KEY.matcher(item);
                if (nested.matches()) {
                    if (isNameKey(nested.group(1)) && nested.group(2) != null) {
                        out.get(key).add(unquote(nested.group(2)));
                    }
                } else if (!item.isBlank()) {
                    out.get(key).add(unquote(item));
                }
                folded = null;
                continue;
            }
            if (indented) {
                Matcher nested = YAML_KEY.matcher(t);
                if (nested.matches()) {
                    if (isNameKey(nested.group(1)) && nested.group(2) != null) {
                        out.get(key).add(unquote(nested.group(2)));
                    }
                    folded = null;
                } else if (folded != null) {
                    folded.append(folded.isEmpty() ? "" : " ").append(t);
                }
                continue;
            }
            odd++;
        }
        flush(out, key, folded);
        // a rule followed by prose is not front matter: most lines must have read as YAML
        return content == 0 || odd * 4 > content ? null : out;
    }

    /** A value folded over indented lines: the continuation joins the value started on the key's line. */
    private static void flush(Map<String, List<String>> out, String key, StringBuilder folded) {
        if (key == null || folded == null || folded.isEmpty()) {
            return;
        }
        List<String> values = out.get(key);
        if (folded.charAt(0) == '\u0000') {
            if (folded.length() > 1 && !values.isEmpty()) {
                String first = values.removeLast();
                values.add(unquote(first + " " + folded.substring(1).strip()));
            }
        } else {
            values.add(unquote(folded.toString()));
        }
    }

    private static boolean isNameKey(String k) {
        String l = k.toLowerCase(Locale.ROOT);
        return l.equals("name") || l.equals("title") || l.equals("display_name") || l.equals("fullname");
    }

    private static void addScalarOrList(List<String> into, String v) {
        String s = v.strip();
        if (s.startsWith("[") && s.endsWith("]")) {
            for (String item : splitInline(s.substring(1, s.length() - 1))) {
                if (!item.isBlank()) {
                    into.add(unquote(item));
                }
            }
        } else if (s.startsWith("{") && s.endsWith("}")) {
            for (String item : splitInline(s.substring(1, s.length() - 1))) {
                Matcher m = YAML_KEY.matcher(item.strip());
                Matcher t = TOML_KEY.matcher(item.strip());
                if (m.matches() && isNameKey(m.group(1)) && m.group(2) != null) {
                    into.add(unquote(m.group(2)));
                } else if (t.matches() && isNameKey(t.group(1))) {
                    into.add(unquote(t.group(2)));
                }
            }
        } else {
            into.add(unquote(s.replaceAll("\\s+#\\s.*$", "")));
        }
    }

    /** Commas outside quotes separate the items of an inline list. */
    private static List<String> splitInline(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
                cur.append(c);
            } else if (c == '"' || c == '\'') {
                quote = c;
                cur.append(c);
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }

    private static String unquote(String v) {
        String s = v.strip();
        if (s.length() >= 2 && s.startsWith("'") && s.endsWith("'")) {
            s = s.substring(1, s.length() - 1).replace("''", "'");
        } else if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1).replace("\\\"", "\"");
        }
        return s.strip();
    }

    // --- TOML ------------------------------------------------------------------------------------------------------

    private static Map<String, List<String>> toml(List<String> lines) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        String table = null;
        int content = 0;
        int odd = 0;
        for (String raw : lines) {
            String t = raw.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            content++;
            Matcher tm = TOML_TABLE.matcher(t);
            if (tm.matches()) {
                table = tm.group(1).toLowerCase(Locale.ROOT);
                continue;
            }
            Matcher km = TOML_KEY.matcher(t);
            if (!km.matches()) {
                odd++;
                continue;
            }
            String key = km.group(1).toLowerCase(Locale.ROOT);
            if (table != null) {
                // [author] name = "…" or [[authors]] name = "…": the table's name is the value
                if (!isNameKey(key)) {
                    continue;
                }
                key = table;
            }
            addScalarOrList(out.computeIfAbsent(key, k -> new ArrayList<>()), km.group(2));
        }
        return content == 0 || odd * 4 > content ? null : out;
    }

    // --- what the keys mean ----------------------------------------------------------------------------------------

    private static DeclaredMetadata declared(Map<String, List<String>> v) {
        String title = DeclaredValues.title(first(v, "title"));
        String description = DeclaredValues.text(first(v, "description", "excerpt", "summary", "abstract"));
        String organisation = DeclaredValues.organisation(
                first(v, "publisher", "organisation", "organization", "site", "source"));
        List<String> authors = new ArrayList<>();
        for (String key : List.of("author", "authors")) {
            for (String a : v.getOrDefault(key, List.of())) {
                for (String p : DeclaredValues.people(a)) {
                    if (!authors.contains(p)) {
                        authors.add(p);
                    }
                }
                if (organisation == null) {
                    // an "author" that is an institution's slug (massey-university) is the publisher
                    organisation = DeclaredValues.slugOrganisation(a);
                }
            }
        }
        if (authors.isEmpty() && description != null) {
            Matcher by = BY_NAME.matcher(description);
            if (by.find()) {
                authors.addAll(DeclaredValues.people(by.group(1)));
            }
        }
        String date = null;
        for (String key : List.of("event_date", "date", "published", "pubdate", "publishdate", "date_published")) {
            date = DeclaredValues.date(first(v, key));
            if (date != null) {
                break;
            }
        }
        String type = DeclaredValues.text(first(v, "type", "content_type", "layout", "categories", "category"));
        return new DeclaredMetadata(title, authors, organisation, date, description, type);
    }

    private static String first(Map<String, List<String>> v, String... keys) {
        for (String k : keys) {
            List<String> values = v.get(k);
            if (values != null) {
                for (String s : values) {
                    if (s != null && !s.isBlank()) {
                        return s;
                    }
                }
            }
        }
        return null;
    }
}
