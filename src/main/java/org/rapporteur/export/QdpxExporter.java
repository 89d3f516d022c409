package org.rapporteur.export;

import static org.rapporteur.export.RefiQda.PROJECT_NS;
import static org.rapporteur.export.RefiQda.attr;
import static org.rapporteur.export.RefiQda.child;
import static org.rapporteur.export.RefiQda.guid;
import static org.rapporteur.export.RefiQda.text;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.rapporteur.model.ClaimRecord;
import org.rapporteur.model.Person;
import org.rapporteur.model.ReportSummary;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A REFI-QDA project ({@code .qdpx}: a zip of {@code project.qde} and {@code sources/}), valid against the REFI-QDA
 * project schema, for NVivo, ATLAS.ti, MAXQDA and QualCoder.
 * <ul>
 *   <li>Each report with a known text is a {@code TextSource} whose plain text, LF-normalised, is
 *       {@code sources/<unique name>.txt} ({@code plainTextPath="internal://<name>.txt"}); organisation, date, kind
 *       and authors are its variables; report notes its {@code NoteRef}s.</li>
 *   <li>Each excerpt (claim, coded or annotated selection) and each linked claim is a {@code PlainTextSelection}
 *       with {@code startPosition}/{@code endPosition} in Unicode characters of the LF text, its codings as
 *       {@code Coding}/{@code CodeRef}, its notes as {@code NoteRef}s.</li>
 *   <li>Tags are {@code Code}s (stable GUIDs, colour, description, tag notes), speakers {@code Case}s with the
 *       variables Role, Country and Affiliation and a {@code SelectionRef} to each of their excerpts (person notes
 *       become the case's description), links {@code Link}s between selections, notes {@code Note}s.</li>
 * </ul>
 * Orphaned anchors and reports whose text is unknown are left out.
 */
public final class QdpxExporter implements Exporter {
    static final String PROJECT_ENTRY = "project.qde";
    static final String SOURCES = "sources/";

    @Override
    public void write(ExportBundle bundle, ExportOptions options, OutputStream out) throws IOException {
        Plan plan = new Plan(bundle);
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        long time = time(bundle.info().generated());
        for (Source s : plan.sources.values()) {
            ZipEntry e = new ZipEntry(SOURCES + s.fileName);
            e.setTime(time);
            zip.putNextEntry(e);
            zip.write(s.lf.text().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        ByteArrayOutputStream project = new ByteArrayOutputStream();
        SecureXml.write(plan.project(), project);
        ZipEntry e = new ZipEntry(PROJECT_ENTRY);
        e.setTime(time);
        zip.putNextEntry(e);
        project.writeTo(zip);
        zip.closeEntry();
        zip.finish();
    }

    private static long time(String iso) {
        String t = RefiQda.dateTime(iso);
        return t == null ? Instant.parse("2000-01-01T00:00:00Z").toEpochMilli() : Instant.parse(t).toEpochMilli();
    }

    private record Source(ReportEntry report, String guid, String fileName, LfText lf) {
    }

    private static final class Selection {
        final String guid;
        final Source source;
        final int start;
        final int end;
        final String text;
        final List<CodingEntry> codings = new ArrayList<>();
        final List<NoteEntry> notes = new ArrayList<>();
        Person speaker;

        Selection(Source source, int start, int end, String text) {
            this.source = source;
            this.start = start;
            this.end = end;
            this.text = text;
            this.guid = guid("selection", source.report.id() + ":" + start + ":" + end);
        }
    }

    /** The project laid out: sources with unique file names, selections, cases, users. */
    private static final class Plan {
        final ExportBundle bundle;
        final Map<String, Source> sources = new LinkedHashMap<>();
        final Map<String, Selection> selections = new LinkedHashMap<>();
        final Map<String, String> users = new TreeMap<>();
        final Map<String, Map<String, Selection>> casesSelections = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        final Map<String, Person> cases = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

        Plan(ExportBundle bundle) {
            this.bundle = bundle;
            Set<String> names = new HashSet<>();
            for (ReportEntry r : bundle.reports()) {
                if (r.hasText() && !sources.containsKey(r.id())) {
                    sources.put(r.id(), new Source(r, guid("report", r.id()), uniqueName(r.summary(), names),
                            new LfText(r.text())));
                }
            }
            for (Excerpt e : Excerpts.of(bundle)) {
                Selection s = selection(e.report().id(), e.start(), e.end(), e.text());
                if (s == null) {
                    continue;
                }
                s.codings.addAll(e.codings());
                s.notes.addAll(e.notes());
                speaker(s, e.speaker());
            }
            Map<String, ClaimRecord> claims = new HashMap<>();
            bundle.contextClaims().forEach(c -> claims.put(c.claim().id(), c));
            bundle.claims().forEach(c -> claims.put(c.claim().id(), c));
            for (LinkEntry l : bundle.links()) {
                for (AnchorEntry a : List.of(l.source(), l.target())) {
                    if (!a.orphan()) {
                        Selection s = selection(a.reportId(), a.start(), a.end(), a.exact());
                        ClaimRecord c = a.claimId() == null ? null : claims.get(a.claimId());
                        if (s != null && c != null) {
                            speaker(s, c.claim().attribution().speaker());
                        }
                    }
                }
            }
            bundle.tags().forEach(t -> user(t.creator()));
            bundle.codings().forEach(k -> user(k.creator()));
            bundle.notes().forEach(n -> user(n.creator()));
            bundle.links().forEach(l -> user(l.creator()));
            user(bundle.info().user());
        }

        private static String uniqueName(ReportSummary s, Set<String> taken) {
            String base = s.source() != null ? s.source().replaceFirst("\\.[A-Za-z0-9]{1,5}$", "") : s.title();
            base = Texts.slug(base, "report-" + s.id().substring(0, Math.min(12, s.id().length())));
            String name = base + ".txt";
            for (int i = 2; !taken.add(name.toLowerCase(Locale.ROOT)); i++) {
                name = base + "-" + i + ".txt";
            }
            return name;
        }

        private Selection selection(String reportId, int start, int end, String text) {
            Source src = sources.get(reportId);
            if (src == null || end > src.report.text().length() || start >= end) {
                return null;
            }
            return selections.computeIfAbsent(reportId + ":" + start + ":" + end,
                    k -> new Selection(src, start, end, text));
        }

        private void speaker(Selection s, Person p) {
            if (p == null || p.name() == null || p.name().isBlank()) {
                return;
            }
            s.speaker = p;
            cases.putIfAbsent(p.name(), p);
            casesSelections.computeIfAbsent(p.name(), k -> new LinkedHashMap<>()).put(s.guid, s);
        }

        private void user(String name) {
            if (name != null && !name.isBlank()) {
                users.putIfAbsent(name, guid("user", name));
            }
        }

        Document project() {
            Document doc = SecureXml.newDocument();
            Element root = doc.createElementNS(PROJECT_NS, "Project");
            doc.appendChild(root);
            ExportInfo info = bundle.info();
            root.setAttribute("name", SecureXml.clean(info.title() == null ? "Rapporteur export" : info.title()));
            attr(root, "origin", info.generator());
            if (info.user() != null && users.containsKey(info.user())) {
                root.setAttribute("creatingUserGUID", users.get(info.user()));
            }
            attr(root, "creationDateTime", RefiQda.dateTime(info.generated()));

            if (!users.isEmpty()) {
                Element us = child(doc, root, PROJECT_NS, "Users");
                users.forEach((name, g) -> {
                    Element u = child(doc, us, PROJECT_NS, "User");
                    u.setAttribute("guid", g);
                    u.setAttribute("name", SecureXml.clean(name));
                });
            }
            Map<Long, List<String>> tagNotes = new HashMap<>();
            for (NoteEntry n : bundle.notes()) {
                if (n.target() == TargetType.TAG && n.tagId() != null) {
                    tagNotes.computeIfAbsent(n.tagId(), k -> new ArrayList<>()).add(noteGuid(n));
                }
            }
            Set<Long> tagIds = new HashSet<>();
            bundle.tags().forEach(t -> tagIds.add(t.id()));
            if (!bundle.tags().isEmpty()) {
                Element cb = child(doc, root, PROJECT_NS, "CodeBook");
                RefiQda.codes(doc, cb, PROJECT_NS, bundle.tags(), t -> tagNotes.getOrDefault(t.id(), List.of()));
            }
            variables(doc, root);
            cases(doc, root);
            sources(doc, root, tagIds);
            notes(doc, root);
            links(doc, root);
            return doc;
        }

        private static final List<String> CASE_VARIABLES = List.of("Role", "Country", "Affiliation");
        private static final List<String> SOURCE_VARIABLES = List.of("Organisation", "Date", "Report kind",
                "Authors");

        private void variables(Document doc, Element root) {
            if (cases.isEmpty() && sources.isEmpty()) {
                return;
            }
            Element vs = child(doc, root, PROJECT_NS, "Variables");
            List<String> all = new ArrayList<>(CASE_VARIABLES);
            all.addAll(SOURCE_VARIABLES);
            for (String v : all) {
                Element e = child(doc, vs, PROJECT_NS, "Variable");
                e.setAttribute("guid", guid("variable", v));
                e.setAttribute("name", v);
                e.setAttribute("typeOfVariable", "Text");
            }
        }

        private static void value(Document doc, Element parent, String variable, String value) {
            if (value == null || value.isBlank()) {
                return;
            }
            Element vv = child(doc, parent, PROJECT_NS, "VariableValue");
            child(doc, vv, PROJECT_NS, "VariableRef").setAttribute("targetGUID", guid("variable", variable));
            text(doc, vv, PROJECT_NS, "TextValue", value);
        }

        private void cases(Document doc, Element root) {
            if (cases.isEmpty()) {
                return;
            }
            Element cs = child(doc, root, PROJECT_NS, "Cases");
            for (Person p : cases.values()) {
                Element c = child(doc, cs, PROJECT_NS, "Case");
                c.setAttribute("guid", guid("case", p.name().toLowerCase(Locale.ROOT)));
                c.setAttribute("name", SecureXml.clean(p.name()));
                List<String> notes = bundle.notes().stream().filter(n -> n.target() == TargetType.PERSON
                        && p.name().equalsIgnoreCase(n.person())).map(NoteEntry::text).toList();
                if (!notes.isEmpty()) {
                    text(doc, c, PROJECT_NS, "Description", String.join("\n\n", notes));
                }
                value(doc, c, "Role", p.role());
                value(doc, c, "Country", p.country());
                value(doc, c, "Affiliation", p.affiliation());
                for (Selection s : casesSelections.getOrDefault(p.name(), Map.of()).values()) {
                    child(doc, c, PROJECT_NS, "SelectionRef").setAttribute("targetGUID", s.guid);
                }
            }
        }

        private void sources(Document doc, Element root, Set<Long> tagIds) {
            if (sources.isEmpty()) {
                return;
            }
            Element ss = child(doc, root, PROJECT_NS, "Sources");
            for (Source src : sources.values()) {
                ReportSummary sum = src.report.summary();
                Element t = child(doc, ss, PROJECT_NS, "TextSource");
                t.setAttribute("guid", src.guid);
                t.setAttribute("name", SecureXml.clean(sum.title() != null ? sum.title() : src.fileName));
                t.setAttribute("plainTextPath", "internal://" + src.fileName);
                attr(t, "creationDateTime", RefiQda.dateTime(bundle.info().generated()));
                text(doc, t, PROJECT_NS, "Description", Dossier.sourceLine(src.report) + " (Rapporteur report id "
                        + src.report.id() + ")");
                selections.values().stream().filter(s -> s.source == src)
                        .sorted(java.util.Comparator.comparingInt((Selection s) -> s.start).thenComparingInt(s -> s.end))
                        .forEach(s -> selection(doc, t, s, tagIds));
                for (NoteEntry n : bundle.notes()) {
                    if (n.target() == TargetType.REPORT && src.report.id().equals(n.reportId())) {
                        child(doc, t, PROJECT_NS, "NoteRef").setAttribute("targetGUID", noteGuid(n));
                    }
                }
                value(doc, t, "Organisation", sum.organisation());
                value(doc, t, "Date", sum.date());
                value(doc, t, "Report kind", sum.kind() == null ? null : sum.kind().label());
                value(doc, t, "Authors", sum.authors().isEmpty() ? null : String.join("; ", sum.authors()));
            }
        }

        private void selection(Document doc, Element source, Selection s, Set<Long> tagIds) {
            Element e = child(doc, source, PROJECT_NS, "PlainTextSelection");
            e.setAttribute("guid", s.guid);
            e.setAttribute("name", SecureXml.clean(Texts.shorten(s.text, 60)));
            e.setAttribute("startPosition", Integer.toString(s.source.lf.position(s.start)));
            e.setAttribute("endPosition", Integer.toString(s.source.lf.position(s.end)));
            if (!s.codings.isEmpty()) {
                CodingEntry first = s.codings.getFirst();
                if (first.creator() != null) {
                    e.setAttribute("creatingUser", users.get(first.creator()));
                }
                attr(e, "creationDateTime", RefiQda.dateTime(first.createdAt()));
            }
            Set<String> seen = new LinkedHashSet<>();
            for (CodingEntry k : s.codings) {
                if (!tagIds.contains(k.tagId()) || !seen.add(guid("coding", Long.toString(k.id())))) {
                    continue;
                }
                Element c = child(doc, e, PROJECT_NS, "Coding");
                c.setAttribute("guid", guid("coding", Long.toString(k.id())));
                if (k.creator() != null) {
                    c.setAttribute("creatingUser", users.get(k.creator()));
                }
                attr(c, "creationDateTime", RefiQda.dateTime(k.createdAt()));
                child(doc, c, PROJECT_NS, "CodeRef").setAttribute("targetGUID", RefiQda.tagGuid(k.tagId()));
            }
            for (NoteEntry n : s.notes) {
                child(doc, e, PROJECT_NS, "NoteRef").setAttribute("targetGUID", noteGuid(n));
            }
        }

        private void notes(Document doc, Element root) {
            List<NoteEntry> notes = bundle.notes().stream().filter(n -> n.anchor() == null || !n.anchor().orphan())
                    .toList();
            List<LinkEntry> linkNotes = bundle.links().stream().filter(l -> l.note() != null && !l.note().isBlank())
                    .toList();
            if (notes.isEmpty() && linkNotes.isEmpty()) {
                return;
            }
            Element ns = child(doc, root, PROJECT_NS, "Notes");
            for (NoteEntry n : notes) {
                note(doc, ns, noteGuid(n), "Note on " + about(n), n.creator(), n.createdAt(), n.text());
            }
            for (LinkEntry l : linkNotes) {
                note(doc, ns, guid("link-note", Long.toString(l.id())), "Note on a '" + l.type() + "' link",
                        l.creator(), l.createdAt(), l.note());
            }
        }

        private void note(Document doc, Element parent, String g, String name, String creator, String created,
                          String text) {
            Element e = child(doc, parent, PROJECT_NS, "Note");
            e.setAttribute("guid", g);
            e.setAttribute("name", SecureXml.clean(name));
            if (creator != null && users.containsKey(creator)) {
                e.setAttribute("creatingUser", users.get(creator));
            }
            attr(e, "creationDateTime", RefiQda.dateTime(created));
            text(doc, e, PROJECT_NS, "PlainTextContent", text);
        }

        private String about(NoteEntry n) {
            return switch (n.target()) {
                case CLAIM, SELECTION -> "“" + Texts.shorten(n.anchor().exact(), 40) + "”";
                case REPORT -> {
                    Source s = sources.get(n.reportId());
                    yield s == null ? "report " + n.reportId() : s.report.summary().title();
                }
                case PERSON -> n.person();
                case TAG -> bundle.tags().stream().filter(t -> n.tagId() != null && t.id() == n.tagId())
                        .map(TagEntry::path).findFirst().orElse("a tag");
            };
        }

        private void links(Document doc, Element root) {
            List<Element> out = new ArrayList<>();
            for (LinkEntry l : bundle.links()) {
                Selection from = l.source().orphan() ? null : selections.get(l.source().reportId() + ":"
                        + l.source().start() + ":" + l.source().end());
                Selection to = l.target().orphan() ? null : selections.get(l.target().reportId() + ":"
                        + l.target().start() + ":" + l.target().end());
                if (from == null || to == null) {
                    continue;
                }
                Element e = doc.createElementNS(PROJECT_NS, "Link");
                e.setAttribute("guid", guid("link", Long.toString(l.id())));
                e.setAttribute("name", l.type());
                e.setAttribute("direction", l.type().equals("same-claim") ? "Bidirectional" : "OneWay");
                e.setAttribute("originGUID", from.guid);
                e.setAttribute("targetGUID", to.guid);
                if (l.note() != null && !l.note().isBlank()) {
                    child(doc, e, PROJECT_NS, "NoteRef").setAttribute("targetGUID",
                            guid("link-note", Long.toString(l.id())));
                }
                out.add(e);
            }
            if (!out.isEmpty()) {
                Element ls = child(doc, root, PROJECT_NS, "Links");
                out.forEach(ls::appendChild);
            }
        }

        private static String noteGuid(NoteEntry n) {
            return guid("note", Long.toString(n.id()));
        }
    }
}
