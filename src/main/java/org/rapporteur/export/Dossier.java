package org.rapporteur.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.rapporteur.model.Person;

/**
 * The content of a readable dossier, shared by the Markdown and HTML exporters: excerpts grouped by tag (codebook
 * order, then the untagged ones) or by speaker (alphabetical, unattributed last), each group with its notes, and the
 * reports cited with their notes.
 */
final class Dossier {
    static final String UNTAGGED = "Not tagged";
    static final String UNATTRIBUTED = "Unattributed";

    record Group(String title, String subtitle, String colour, String description, List<NoteEntry> notes,
                 List<Excerpt> excerpts) {
    }

    record Source(ReportEntry report, List<NoteEntry> notes) {
    }

    final ExportBundle bundle;
    final List<Excerpt> excerpts;
    final List<Group> groups;
    final List<Source> sources;

    Dossier(ExportBundle bundle, ExportOptions.GroupBy by) {
        this.bundle = bundle;
        this.excerpts = Excerpts.of(bundle);
        this.groups = by == ExportOptions.GroupBy.SPEAKER ? bySpeaker() : byTag();
        this.sources = sources();
    }

    private List<Group> byTag() {
        List<Group> out = new ArrayList<>();
        for (TagEntry t : bundle.tags()) {
            List<Excerpt> with = excerpts.stream().filter(e -> e.codings().stream()
                    .anyMatch(k -> k.tagId() == t.id())).toList();
            if (with.isEmpty()) {
                continue;
            }
            List<NoteEntry> notes = bundle.notes().stream().filter(n -> n.target() == TargetType.TAG
                    && n.tagId() != null && n.tagId() == t.id()).toList();
            out.add(new Group(t.path().replace("/", " / "), null, t.colour(), t.description(), notes, with));
        }
        List<Excerpt> untagged = excerpts.stream().filter(e -> e.codings().isEmpty()).toList();
        if (!untagged.isEmpty()) {
            out.add(new Group(UNTAGGED, null, null, null, List.of(), untagged));
        }
        return out;
    }

    private List<Group> bySpeaker() {
        Map<String, List<Excerpt>> by = new LinkedHashMap<>();
        Map<String, Person> persons = new LinkedHashMap<>();
        for (Excerpt e : excerpts) {
            String who = e.speakerLabel() == null ? UNATTRIBUTED : e.speakerLabel();
            by.computeIfAbsent(who, k -> new ArrayList<>()).add(e);
            if (e.speaker() != null) {
                persons.putIfAbsent(who, e.speaker());
            }
        }
        List<String> names = new ArrayList<>(by.keySet());
        names.sort(Comparator.comparing((String n) -> n.equals(UNATTRIBUTED))
                .thenComparing(n -> n.toLowerCase(Locale.ROOT)));
        List<Group> out = new ArrayList<>();
        for (String name : names) {
            Person p = persons.get(name);
            List<String> detail = new ArrayList<>();
            if (p != null && p.roleLine() != null) {
                detail.add(p.roleLine());
            }
            if (p != null && p.country() != null) {
                detail.add(p.country());
            }
            List<NoteEntry> notes = bundle.notes().stream().filter(n -> n.target() == TargetType.PERSON
                    && n.person() != null && n.person().equalsIgnoreCase(name)).toList();
            out.add(new Group(name, detail.isEmpty() ? null : String.join("; ", detail), null, null, notes,
                    by.get(name)));
        }
        return out;
    }

    private List<Source> sources() {
        List<Source> out = new ArrayList<>();
        for (ReportEntry r : bundle.reports()) {
            List<NoteEntry> notes = bundle.notes().stream().filter(n -> n.target() == TargetType.REPORT
                    && r.id().equals(n.reportId())).toList();
            out.add(new Source(r, notes));
        }
        return out;
    }

    /** {@code 12 excerpts from 3 reports}. */
    String counts() {
        long reports = excerpts.stream().map(e -> e.report().id()).distinct().count();
        return excerpts.size() + (excerpts.size() == 1 ? " excerpt" : " excerpts") + " from " + reports
                + (reports == 1 ? " report" : " reports");
    }

    /** The report's citation line: title, organisation, date, authors, kind. */
    static String sourceLine(ReportEntry r) {
        var s = r.summary();
        List<String> parts = new ArrayList<>();
        parts.add(s.title() == null ? s.source() : s.title());
        if (!s.authors().isEmpty()) {
            parts.add(String.join("; ", s.authors()));
        }
        if (s.organisation() != null) {
            parts.add(s.organisation());
        }
        if (s.date() != null) {
            parts.add(s.date());
        }
        if (s.kind() != null) {
            parts.add(s.kind().label());
        }
        return String.join(", ", parts);
    }

    static String noteLine(NoteEntry n) {
        String by = n.creator() == null ? "" : n.creator();
        String when = n.createdAt() == null ? "" : n.createdAt().substring(0, Math.min(10, n.createdAt().length()));
        String meta = (by + (by.isEmpty() || when.isEmpty() ? "" : ", ") + when);
        return meta.isEmpty() ? "Note" : "Note (" + meta + ")";
    }
}
