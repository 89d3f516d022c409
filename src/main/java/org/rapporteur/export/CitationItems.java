package org.rapporteur.export;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.rapporteur.model.Person;
import org.rapporteur.model.ReportKind;
import org.rapporteur.model.ReportSummary;

/**
 * The citable items of a bundle: every report (a {@code speech} when the report is one, else a {@code report} whose
 * authors are its authors, or its organisation when none are known), and for reports of events (webinars, seminars,
 * transcripts) one {@code speech} per speaker with excerpts in the export, given at the event the report records.
 */
public final class CitationItems {
    private static final Set<ReportKind> EVENTS = Set.of(ReportKind.WEBINAR_REPORT, ReportKind.SEMINAR_REPORT,
            ReportKind.TRANSCRIPT, ReportKind.HEARING, ReportKind.MEETING_RECORD);

    private CitationItems() {
    }

    public static List<CitationItem> of(ExportBundle bundle) {
        Map<String, List<Person>> speakers = new LinkedHashMap<>();
        for (Excerpt e : Excerpts.of(bundle)) {
            Person p = e.speaker();
            if (p != null && p.name() != null && !p.name().isBlank()) {
                List<Person> list = speakers.computeIfAbsent(e.report().id(), k -> new ArrayList<>());
                if (list.stream().noneMatch(q -> q.name().equalsIgnoreCase(p.name()))) {
                    list.add(p);
                }
            }
        }
        Keys keys = new Keys();
        List<CitationItem> out = new ArrayList<>();
        for (ReportEntry r : bundle.reports()) {
            ReportSummary s = r.summary();
            List<Person> people = speakers.getOrDefault(r.id(), List.of());
            boolean speech = s.kind() == ReportKind.SPEECH;
            List<CitationItem.Name> authors = new ArrayList<>();
            s.authors().forEach(a -> authors.add(CitationItem.Name.person(a)));
            if (authors.isEmpty() && speech) {
                people.forEach(p -> authors.add(CitationItem.Name.person(p.name())));
            }
            if (authors.isEmpty() && s.organisation() != null) {
                authors.add(CitationItem.Name.literal(s.organisation()));
            }
            String title = s.title() != null ? s.title() : s.source();
            out.add(new CitationItem(keys.next(authors, s.organisation(), title, s.date()),
                    speech ? CitationItem.Type.SPEECH : CitationItem.Type.REPORT, title, authors, s.organisation(),
                    null, s.date(), s.kind() == null ? null : s.kind().label(), r.id(), null));
            if (s.kind() != null && EVENTS.contains(s.kind())) {
                for (Person p : people) {
                    List<CitationItem.Name> who = List.of(CitationItem.Name.person(p.name()));
                    String role = p.roleLine();
                    out.add(new CitationItem(keys.next(who, null, title, s.date()), CitationItem.Type.SPEECH,
                            "Remarks", who, s.organisation(), title, s.date(), "speech", r.id(),
                            (role == null ? "" : role + ". ") + "Reported in: " + title
                                    + (s.organisation() == null ? "" : ", " + s.organisation())));
                }
            }
        }
        return out;
    }

    /** Citation keys: first author's family name (or the body's first word) and year, with a, b... on clashes. */
    private static final class Keys {
        private final Set<String> taken = new HashSet<>();

        String next(List<CitationItem.Name> authors, String organisation, String title, String date) {
            String who;
            if (!authors.isEmpty()) {
                CitationItem.Name n = authors.getFirst();
                who = n.family() != null ? n.family() : firstWord(n.literal());
            } else if (organisation != null) {
                who = firstWord(organisation);
            } else {
                who = firstWord(title);
            }
            String base = Texts.slug(who, "report").replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
            if (base.isEmpty()) {
                base = "report";
            }
            base += date != null && date.matches("\\d{4}.*") ? date.substring(0, 4) : "nd";
            String key = base;
            for (char c = 'a'; !taken.add(key); c++) {
                key = base + (c <= 'z' ? String.valueOf(c) : "x" + (int) c);
            }
            return key;
        }

        private static String firstWord(String s) {
            if (s == null) {
                return "";
            }
            String[] w = s.strip().split("[\\s:,;]+");
            return w.length == 0 ? "" : w[0];
        }
    }
}
