package org.rapporteur.ingest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.rapporteur.model.Problem;
import org.rapporteur.model.ProblemKind;
import org.rapporteur.model.ReportKind;
import org.rapporteur.model.SidecarEntry;

/**
 * Finds and reads the metadata sidecars in a corpus folder and its subfolders (following symbolic links):
 * <ul>
 *   <li>{@code rapporteur-metadata.csv}: one row per file; columns {@code file, title, organisation, date, kind,
 *       authors} ({@code ;}-separated){@code , speaker, speakerRole, speakerCountry}; names match ignoring case,
 *       spaces and underscores, any column may be left out;</li>
 *   <li>{@code rapporteur-metadata.json}: the same fields, as an array of objects with a {@code file} key or an
 *       object keyed by file name; {@code authors} may be an array;</li>
 *   <li>{@code rapporteur-sidecar.json}: a {@link SidecarDescriptor} mapping a dataset's own CSV;</li>
 *   <li>a {@code speakers.csv} with the UN General Debate Corpus header, read with
 *       {@link SidecarDescriptor#UNGDC} (a known dataset layout, so the read-only dataset needs no descriptor).</li>
 * </ul>
 * Values are trimmed, trailing commas dropped. When two rows describe the same file name, the first read wins
 * (folders in sorted order) and a warning says so. Problems are always warnings; a missing root gives an empty
 * sidecar (the {@link CorpusScanner} reports it). Stateless, thread-safe.
 */
public final class SidecarReader {
    public static final String METADATA_CSV = "rapporteur-metadata.csv";
    public static final String METADATA_JSON = "rapporteur-metadata.json";
    public static final String DESCRIPTOR_JSON = "rapporteur-sidecar.json";
    public static final String UNGDC_SPEAKERS_CSV = "speakers.csv";

    /** File names that are sidecars, never reports (the scanner skips them). */
    public static final Set<String> SIDECAR_NAMES = Set.of(METADATA_CSV, METADATA_JSON, DESCRIPTOR_JSON);

    private static final int MAX_DEPTH = 32;
    private static final int EXAMPLES = 3;
    private static final ObjectMapper JSON = new ObjectMapper();

    private SidecarReader() {
    }

    public static boolean isSidecarName(String fileName) {
        return SIDECAR_NAMES.contains(fileName.toLowerCase(Locale.ROOT));
    }

    /** Reads every sidecar under each root, in root order. */
    public static Sidecar read(List<Path> roots) {
        Collector c = new Collector();
        for (Path root : roots) {
            readInto(root, c);
        }
        return c.result();
    }

    public static Sidecar read(Path root) {
        return read(List.of(root));
    }

    private static void readInto(Path root, Collector c) {
        if (!Files.isDirectory(root)) {
            return;
        }
        for (Map.Entry<Path, List<Path>> folder : candidatesByFolder(root).entrySet()) {
            Set<Path> consumedCsv = new HashSet<>();
            Map<String, Path> byName = new TreeMap<>();
            for (Path p : folder.getValue()) {
                byName.put(p.getFileName().toString().toLowerCase(Locale.ROOT), p);
            }
            Path descriptor = byName.get(DESCRIPTOR_JSON);
            if (descriptor != null) {
                readDescriptor(descriptor, c, consumedCsv);
            }
            Path metadataCsv = byName.get(METADATA_CSV);
            if (metadataCsv != null) {
                readMetadataCsv(metadataCsv, c);
            }
            Path metadataJson = byName.get(METADATA_JSON);
            if (metadataJson != null) {
                readMetadataJson(metadataJson, c);
            }
            Path speakers = byName.get(UNGDC_SPEAKERS_CSV);
            if (speakers != null && !consumedCsv.contains(speakers.normalize())) {
                readKnownDataset(speakers, c);
            }
        }
    }

    /** Sidecar-named files per folder, folders sorted so that "first wins" is deterministic. */
    private static Map<Path, List<Path>> candidatesByFolder(Path root) {
        Map<Path, List<Path>> found = new TreeMap<>();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), MAX_DEPTH, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    Path name = dir.getFileName();
                    boolean hidden = !dir.equals(root) && name != null && name.toString().startsWith(".");
                    return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                    if (attrs.isRegularFile() && (SIDECAR_NAMES.contains(name) || name.equals(UNGDC_SPEAKERS_CSV))) {
                        found.computeIfAbsent(file.getParent(), k -> new ArrayList<>()).add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    return FileVisitResult.CONTINUE; // the scanner reports unreadable parts of a corpus
                }
            });
        } catch (IOException e) {
            // walkFileTree only throws what the visitor throws; ours never does
        }
        return found;
    }

    private static void readKnownDataset(Path csv, Collector c) {
        CsvTable table = readCsv(csv, c);
        if (table != null && SidecarDescriptor.isUngdcHeader(table.header())) {
            apply(SidecarDescriptor.UNGDC, table, csv, c);
        }
    }

    private static void readDescriptor(Path file, Collector c, Set<Path> consumedCsv) {
        JsonNode root = readJson(file, c);
        if (root == null) {
            return;
        }
        if (!root.isObject() || !root.path("csv").isTextual()) {
            c.warn(file, "sidecar descriptor needs an object with a \"csv\" file name", null);
            return;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        root.properties().forEach(e -> {
            if (e.getKey().equals("csv")) {
                return;
            }
            if (SidecarDescriptor.FIELDS.contains(e.getKey()) && e.getValue().isValueNode()) {
                fields.put(e.getKey(), e.getValue().asText());
            } else {
                unknown.add(e.getKey());
            }
        });
        if (!unknown.isEmpty()) {
            c.warn(file, "sidecar descriptor: ignored unknown keys " + unknown,
                    "known keys: csv, " + String.join(", ", SidecarDescriptor.FIELDS));
        }
        SidecarDescriptor d = new SidecarDescriptor(root.get("csv").asText(), fields);
        Path csv = file.resolveSibling(d.csv()).normalize();
        consumedCsv.add(csv);
        if (!Files.isRegularFile(csv)) {
            c.warn(file, "sidecar descriptor names a CSV that does not exist: " + d.csv(), null);
            return;
        }
        CsvTable table = readCsv(csv, c);
        if (table != null) {
            apply(d, table, file, c);
        }
    }

    private static void readMetadataCsv(Path file, Collector c) {
        CsvTable table = readCsv(file, c);
        if (table == null) {
            return;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        String fileColumn = table.column("file") >= 0 ? "file" : table.column("fileName") >= 0 ? "fileName" : null;
        if (fileColumn == null) {
            c.warn(file, "metadata sidecar has no \"file\" column", "the first row must name the columns: file,title,...");
            return;
        }
        fields.put(SidecarDescriptor.FILE_NAME, table.header().get(table.column(fileColumn)));
        for (String field : SidecarDescriptor.FIELDS) {
            int col = columnFor(table, field);
            if (!field.equals(SidecarDescriptor.FILE_NAME) && col >= 0) {
                fields.put(field, table.header().get(col));
            }
        }
        apply(new SidecarDescriptor(file.getFileName().toString(), fields), table, file, c);
    }

    private static int columnFor(CsvTable table, String field) {
        int col = table.column(field);
        if (col < 0 && field.equals("organisation")) {
            col = table.column("organization");
        }
        return col;
    }

    private static void readMetadataJson(Path file, Collector c) {
        JsonNode root = readJson(file, c);
        if (root == null) {
            return;
        }
        Map<String, SidecarEntry> entries = new LinkedHashMap<>();
        Rows rows = new Rows();
        if (root.isArray()) {
            for (JsonNode n : root) {
                String name = text(n, "file");
                if (name == null) {
                    rows.withoutFile++;
                } else {
                    rows.row = fileNameOf(name);
                    rows.put(entries, rows.row, entryFromJson(n, rows));
                }
            }
        } else if (root.isObject()) {
            root.properties().forEach(e -> {
                rows.row = fileNameOf(e.getKey());
                rows.put(entries, rows.row, entryFromJson(e.getValue(), rows));
            });
        } else {
            c.warn(file, "metadata sidecar must be a JSON array or object", null);
            return;
        }
        rows.report(file, c);
        c.add(file, entries);
    }

    private static SidecarEntry entryFromJson(JsonNode n, Rows rows) {
        List<String> authors = null;
        JsonNode a = n.path("authors");
        if (a.isArray()) {
            List<String> list = new ArrayList<>();
            a.forEach(x -> addIfPresent(list, clean(x.asText())));
            authors = list.isEmpty() ? null : list;
        } else if (a.isValueNode()) {
            authors = splitAuthors(clean(a.asText()));
        }
        String org = text(n, "organisation") != null ? text(n, "organisation") : text(n, "organization");
        return new SidecarEntry(text(n, "title"), org, text(n, "date"), rows.kind(text(n, "kind")), authors,
                text(n, "speaker"), text(n, "speakerRole"), text(n, "speakerCountry"));
    }

    private static String text(JsonNode n, String key) {
        JsonNode v = n.get(key);
        return v == null || !v.isValueNode() || v.isNull() ? null : clean(v.asText());
    }

    private static void apply(SidecarDescriptor d, CsvTable table, Path source, Collector c) {
        Map<String, FieldTemplate> templates = new LinkedHashMap<>();
        try {
            for (Map.Entry<String, String> f : d.fields().entrySet()) {
                templates.put(f.getKey(), FieldTemplate.compile(f.getValue(), table));
            }
        } catch (IllegalArgumentException e) {
            c.warn(source, "sidecar: " + e.getMessage(), "columns: " + table.header());
            return;
        }
        if (!templates.containsKey(SidecarDescriptor.FILE_NAME)) {
            c.warn(source, "sidecar descriptor has no \"fileName\"", null);
            return;
        }
        Map<String, SidecarEntry> entries = new LinkedHashMap<>();
        Rows rows = new Rows();
        for (List<String> row : table.rows()) {
            String name = expand(templates, SidecarDescriptor.FILE_NAME, row);
            if (name == null) {
                rows.withoutFile++;
                continue;
            }
            rows.row = fileNameOf(name);
            SidecarEntry e = new SidecarEntry(expand(templates, "title", row),
                    expand(templates, "organisation", row), expand(templates, "date", row),
                    rows.kind(expand(templates, "kind", row)), splitAuthors(expand(templates, "authors", row)),
                    expand(templates, "speaker", row), expand(templates, "speakerRole", row),
                    expand(templates, "speakerCountry", row));
            rows.put(entries, rows.row, e);
        }
        rows.report(source, c);
        c.add(source, entries);
    }

    private static String expand(Map<String, FieldTemplate> templates, String field, List<String> row) {
        FieldTemplate t = templates.get(field);
        return t == null ? null : clean(t.expand(row));
    }

    private static List<String> splitAuthors(String s) {
        if (s == null) {
            return null;
        }
        List<String> list = new ArrayList<>();
        Arrays.stream(s.split(";")).forEach(x -> addIfPresent(list, clean(x)));
        return list.isEmpty() ? null : list;
    }

    private static void addIfPresent(List<String> list, String s) {
        if (s != null) {
            list.add(s);
        }
    }

    private static final java.util.regex.Pattern TRAILING_DEBRIS = java.util.regex.Pattern.compile("[\\s,;]+$");

    /** Trimmed, inner whitespace collapsed, trailing commas and semicolons (spreadsheet debris) dropped. */
    static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = CsvTable.collapseWhitespace(s.replace('\u00A0', ' '));
        if (!t.isEmpty() && (t.endsWith(",") || t.endsWith(";"))) {
            t = TRAILING_DEBRIS.matcher(t).replaceAll("");
        }
        return t.isEmpty() ? null : t;
    }

    private static String fileNameOf(String name) {
        String n = name.replace('\\', '/');
        return n.substring(n.lastIndexOf('/') + 1);
    }

    private static CsvTable readCsv(Path file, Collector c) {
        try {
            return CsvTable.read(file);
        } catch (ReadFailure e) {
            c.warn(file, "sidecar not read: " + e.reason(), e.hint());
        } catch (IOException | RuntimeException e) {
            c.warn(file, "sidecar not read: " + Ingestor.describe(e), null);
        }
        return null;
    }

    private static JsonNode readJson(Path file, Collector c) {
        try {
            if (Files.size(file) > CsvTable.MAX_BYTES) {
                c.warn(file, "sidecar too large", null);
                return null;
            }
            return JSON.readTree(file.toFile());
        } catch (JacksonException e) {
            c.warn(file, "sidecar is not valid JSON: " + e.getOriginalMessage(), null);
        } catch (IOException | RuntimeException e) {
            c.warn(file, "sidecar not read: " + Ingestor.describe(e), null);
        }
        return null;
    }

    /** Per-sidecar bookkeeping of rows that could not be used, reported as one warning each. */
    private static final class Rows {
        int withoutFile;
        final List<String> duplicates = new ArrayList<>();
        /** Each unknown kind with the first files that gave it. */
        final Map<String, List<String>> unknownKinds = new TreeMap<>();
        /** The file of the row being read, for naming it in a warning. */
        String row;

        void put(Map<String, SidecarEntry> entries, String name, SidecarEntry e) {
            if (entries.putIfAbsent(name, e) != null) {
                duplicates.add(name);
            }
        }

        ReportKind kind(String label) {
            if (label == null) {
                return null;
            }
            ReportKind k = ReportKind.fromLabel(label);
            if (k == null) {
                List<String> files = unknownKinds.computeIfAbsent(label, x -> new ArrayList<>());
                if (row != null && files.size() < EXAMPLES) {
                    files.add(row);
                }
            }
            return k;
        }

        void report(Path source, Collector c) {
            if (withoutFile > 0) {
                c.warn(source, withoutFile + " row(s) without a file name ignored", null);
            }
            if (!duplicates.isEmpty()) {
                c.warn(source, duplicates.size() + " row(s) repeat a file already described; the first row wins"
                        + " (e.g. " + String.join(", ", duplicates.subList(0, Math.min(EXAMPLES, duplicates.size())))
                        + ")", null);
            }
            if (!unknownKinds.isEmpty()) {
                c.warn(source, UnknownKind.message(unknownKinds), UnknownKind.hint(unknownKinds.keySet()));
            }
        }
    }

    /** Merges sidecars in reading order: a file described twice keeps its first description. */
    private static final class Collector {
        final Map<String, SidecarEntry> entries = new LinkedHashMap<>();
        final List<Path> sources = new ArrayList<>();
        final List<Problem> problems = new ArrayList<>();

        void add(Path source, Map<String, SidecarEntry> more) {
            sources.add(source);
            List<String> clashes = new ArrayList<>();
            more.forEach((k, v) -> {
                if (entries.putIfAbsent(k, v) != null) {
                    clashes.add(k);
                }
            });
            if (!clashes.isEmpty()) {
                warn(source, clashes.size() + " file(s) already described by an earlier sidecar kept their first entry"
                        + " (e.g. " + String.join(", ", clashes.subList(0, Math.min(EXAMPLES, clashes.size()))) + ")",
                        null);
            }
        }

        void warn(Path source, String reason, String hint) {
            problems.add(Problem.warning(source.toString(), ProblemKind.SIDECAR, reason, hint));
        }

        Sidecar result() {
            return new Sidecar(entries, sources, problems);
        }
    }
}
