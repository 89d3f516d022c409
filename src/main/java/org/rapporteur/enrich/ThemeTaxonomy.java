package org.rapporteur.enrich;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.rapporteur.model.Problem;
import org.rapporteur.model.ProblemKind;
import org.rapporteur.model.Theme;
import org.rapporteur.model.ThemeRule;

/**
 * A hierarchical taxonomy of themes, each with the terms that code a claim with it, plus "autocode by query" rules.
 *
 * <p>The default ships as the resource {@code themes.json}; an analyst's copy lives in the workspace and is read with
 * {@link #load(Path)} and written with {@link #save(Path)}. The file is JSON: {@code {"version": 2, "themes": [{"theme":
 * "Security/Terrorism and militancy", "description": "...", "terms": [...], "examples": [...]}], "rules": [{"theme":
 * ..., "query": ...}]}}. Version 1 files (themes with terms only) are read as they are; a description or examples that
 * are empty are left out on writing, and a taxonomy without any is written as version 1 (as version 1 wrote it). Parents exist
 * implicitly: a theme {@code A/B} makes {@code A} a theme too. Immutable: the {@code with...} methods return edited
 * copies, so a taxonomy can be shared between threads.
 */
public final class ThemeTaxonomy {
    /** The version written; files of versions 1 (terms only) and 2 (with description and examples) are read. */
    public static final int VERSION = 2;
    private static volatile ThemeTaxonomy defaults;

    private final Map<String, Theme> themes;
    private final List<ThemeRule> rules;

    private ThemeTaxonomy(Map<String, Theme> themes, List<ThemeRule> rules) {
        this.themes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(themes));
        this.rules = List.copyOf(rules);
    }

    public static ThemeTaxonomy of(List<Theme> themes, List<ThemeRule> rules) {
        Map<String, Theme> m = new LinkedHashMap<>();
        for (Theme t : themes) {
            m.merge(t.path(), t, (a, b) -> new Theme(a.path(), concat(a.terms(), b.terms()),
                    a.description().isEmpty() ? b.description() : a.description(),
                    concat(a.examples(), b.examples())));
        }
        return new ThemeTaxonomy(m, rules);
    }

    /** The bundled default taxonomy. */
    public static ThemeTaxonomy defaults() {
        ThemeTaxonomy t = defaults;
        if (t == null) {
            try (InputStream in = Objects.requireNonNull(ThemeTaxonomy.class.getResourceAsStream("themes.json"),
                    "missing resource themes.json")) {
                t = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            defaults = t;
        }
        return t;
    }

    /**
     * Reads a taxonomy file.
     *
     * @throws IOException              when the file cannot be read
     * @throws IllegalArgumentException when it is not a taxonomy (the message says where)
     */
    public static ThemeTaxonomy load(Path file) throws IOException {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The workspace's taxonomy, or the default one when the file is missing; a file that cannot be read or parsed
     * becomes a {@link Problem} in {@code problems} and the default is used, so a typo never stops the pipeline.
     */
    public static ThemeTaxonomy loadOrDefaults(Path file, List<Problem> problems) {
        if (file == null || !Files.exists(file)) {
            return defaults();
        }
        try {
            return load(file);
        } catch (IOException | IllegalArgumentException e) {
            problems.add(Problem.warning(file.toString(), ProblemKind.TAXONOMY,
                    "theme taxonomy not usable: " + e.getMessage(),
                    "fix the file or delete it to get the default taxonomy back"));
            return defaults();
        }
    }

    /**
     * Parses the JSON form.
     *
     * @throws IllegalArgumentException when it is not a taxonomy (the message says where)
     */
    public static ThemeTaxonomy parse(String json) {
        JsonNode root = TaxonomyJson.parse(json);
        if (!root.isObject()) {
            throw new IllegalArgumentException("a taxonomy is a JSON object");
        }
        JsonNode version = root.path("version");
        if (version.isNumber() && version.intValue() > VERSION) {
            throw new IllegalArgumentException("taxonomy version " + version.numberValue() + " is newer than this program ("
                    + VERSION + ")");
        }
        List<Theme> ts = new ArrayList<>();
        for (JsonNode t : list(root, "themes", "themes")) {
            if (!t.isObject() || !t.path("theme").isTextual()) {
                throw new IllegalArgumentException("each theme needs a \"theme\" name");
            }
            String path = t.get("theme").textValue();
            JsonNode description = t.path("description");
            if (!description.isMissingNode() && !description.isNull() && !description.isTextual()) {
                throw new IllegalArgumentException("the description of " + path + " must be a string");
            }
            ts.add(new Theme(path, strings(t, "terms", "terms of " + path),
                    description.isTextual() ? description.textValue() : "", strings(t, "examples", "examples of " + path)));
        }
        List<ThemeRule> rs = new ArrayList<>();
        for (JsonNode r : list(root, "rules", "rules")) {
            if (r.isObject() && r.path("theme").isTextual() && r.path("query").isTextual()) {
                rs.add(new ThemeRule(r.get("theme").textValue(), r.get("query").textValue()));
            } else {
                throw new IllegalArgumentException("each rule needs a \"theme\" and a \"query\"");
            }
        }
        return of(ts, rs);
    }

    /** The strings of the array under {@code field} (other values are skipped): none when absent or null. */
    private static List<String> strings(JsonNode parent, String field, String what) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : list(parent, field, what)) {
            if (n.isTextual()) {
                out.add(n.textValue());
            }
        }
        return out;
    }

    /** The array under {@code field}: none when absent or null. */
    private static Iterable<JsonNode> list(JsonNode parent, String field, String what) {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            return List.of();
        }
        if (n.isArray()) {
            return n;
        }
        throw new IllegalArgumentException(what + " must be a list");
    }

    /** The JSON form, as {@link #save(Path)} writes it. */
    public String toJson() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        // the lowest version that holds the content: a taxonomy of terms only stays a version 1 file, byte for byte,
        // and an older Rapporteur can still read it
        root.put("version", themes.values().stream().anyMatch(t -> !t.description().isEmpty() || !t.examples().isEmpty())
                ? VERSION : 1);
        ArrayNode ts = root.putArray("themes");
        for (Theme t : themes.values()) {
            ObjectNode o = ts.addObject();
            o.put("theme", t.path());
            if (!t.description().isEmpty()) {
                o.put("description", t.description());
            }
            ArrayNode terms = o.putArray("terms");
            t.terms().forEach(terms::add);
            if (!t.examples().isEmpty()) {
                ArrayNode examples = o.putArray("examples");
                t.examples().forEach(examples::add);
            }
        }
        ArrayNode rs = root.putArray("rules");
        for (ThemeRule r : rules) {
            rs.addObject().put("theme", r.theme()).put("query", r.query());
        }
        return TaxonomyJson.write(root);
    }

    /** Writes the taxonomy to {@code file} atomically (a temporary file moved into place). */
    public void save(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
        try {
            Files.writeString(tmp, toJson(), StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Themes with terms, in file order. */
    public List<Theme> themes() {
        return List.copyOf(themes.values());
    }

    /** Every theme path including implicit parents, parents before children. */
    public List<String> paths() {
        Set<String> out = new LinkedHashSet<>();
        for (String p : themes.keySet()) {
            String[] parts = p.split("/");
            StringBuilder b = new StringBuilder();
            for (String part : parts) {
                if (!b.isEmpty()) {
                    b.append('/');
                }
                b.append(part);
                out.add(b.toString());
            }
        }
        return List.copyOf(out);
    }

    public List<ThemeRule> rules() {
        return rules;
    }

    public Optional<Theme> theme(String path) {
        return Optional.ofNullable(themes.get(Theme.normalisePath(path)));
    }

    /** A copy with {@code path} added, or its terms replaced when it exists (its description and examples stay). */
    public ThemeTaxonomy withTheme(String path, List<String> terms) {
        Theme old = themes.get(Theme.normalisePath(path));
        return withTheme(old == null ? new Theme(path, terms) : old.withTerms(terms));
    }

    /** A copy with {@code theme} added, or replacing the theme of the same path. */
    public ThemeTaxonomy withTheme(Theme theme) {
        Map<String, Theme> m = new LinkedHashMap<>(themes);
        m.put(theme.path(), theme);
        return new ThemeTaxonomy(m, rules);
    }

    /** A copy with {@code terms} added to {@code path} (created when missing). */
    public ThemeTaxonomy withTerms(String path, List<String> terms) {
        Theme old = themes.get(Theme.normalisePath(path));
        return withTheme(path, old == null ? terms : concat(old.terms(), terms));
    }

    /** A copy with example sentences added to {@code path} (created when missing). */
    public ThemeTaxonomy withExamples(String path, List<String> examples) {
        Theme old = themes.get(Theme.normalisePath(path));
        Theme t = old == null ? new Theme(path, List.of(), "", examples) : old.withExamples(concat(old.examples(), examples));
        return withTheme(t);
    }

    /** A copy without {@code path} and its rules (children keep their own entries). */
    public ThemeTaxonomy withoutTheme(String path) {
        String p = Theme.normalisePath(path);
        Map<String, Theme> m = new LinkedHashMap<>(themes);
        m.remove(p);
        return new ThemeTaxonomy(m, rules.stream().filter(r -> !r.theme().equals(p)).toList());
    }

    /** A copy with an "autocode by query" rule added (a rule equal to an existing one is not added twice). */
    public ThemeTaxonomy withRule(ThemeRule rule) {
        if (rules.contains(rule)) {
            return this;
        }
        List<ThemeRule> rs = new ArrayList<>(rules);
        rs.add(rule);
        return new ThemeTaxonomy(themes, rs);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ThemeTaxonomy t && themes().equals(t.themes()) && rules.equals(t.rules);
    }

    @Override
    public int hashCode() {
        return Objects.hash(themes(), rules);
    }

    @Override
    public String toString() {
        return "ThemeTaxonomy[" + themes.size() + " themes, " + rules.size() + " rules]";
    }
}
