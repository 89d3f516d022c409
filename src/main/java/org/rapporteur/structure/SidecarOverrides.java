package org.rapporteur.structure;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.rapporteur.model.Person;
import org.rapporteur.model.ReportKind;
import org.rapporteur.model.SidecarEntry;

/**
 * What a report's metadata sidecar settles, read once per report: each metadata accessor returns the sidecar's value,
 * or what {@code found} supplies when the sidecar gives none (so nothing is worked out that the sidecar overrides).
 * The one place that says how a {@link SidecarEntry} overrides a report's metadata: the metadata extractor and the
 * structurer's plain-sentence fallback both ask it. A named speaker makes the report a speech unless the sidecar says
 * otherwise, and speaks every claim. Immutable.
 */
final class SidecarOverrides {
    static final SidecarOverrides NONE = new SidecarOverrides(null);

    private final SidecarEntry entry;
    private final Person speaker;

    private SidecarOverrides(SidecarEntry entry) {
        this.entry = entry;
        this.speaker = entry == null ? null : speakerOf(entry);
    }

    static SidecarOverrides of(SidecarEntry entryOrNull) {
        return entryOrNull == null ? NONE : new SidecarOverrides(entryOrNull);
    }

    String title(Supplier<String> found) {
        return entry != null && entry.title() != null ? entry.title() : found.get();
    }

    String organisation(Supplier<String> found) {
        return entry != null && entry.organisation() != null ? entry.organisation() : found.get();
    }

    String date(Supplier<String> found) {
        return givesDate() ? entry.date() : found.get();
    }

    /** The sidecar's kind; a speech when it names a speaker and no kind. */
    ReportKind kind(Supplier<ReportKind> found) {
        if (givesKind()) {
            return entry.kind();
        }
        return speaker != null ? ReportKind.SPEECH : found.get();
    }

    List<String> authors(Supplier<List<String>> found) {
        return entry != null && entry.authors() != null ? entry.authors() : found.get();
    }

    boolean givesDate() {
        return entry != null && entry.date() != null;
    }

    /** True when the sidecar states a kind itself (a speaker alone makes a speech, but states none). */
    boolean givesKind() {
        return entry != null && entry.kind() != null;
    }

    /** True when the sidecar makes the report a speech, stated or implied by its speaker. */
    boolean speech() {
        return kind(() -> null) == ReportKind.SPEECH;
    }

    /** The speaker the sidecar names, with role and country, or null. */
    Person speaker() {
        return speaker;
    }

    private static Person speakerOf(SidecarEntry s) {
        if (s.speaker() == null || s.speaker().isBlank()) {
            return null;
        }
        // datasets write the same person with and without honorifics ("Mr. Barack Obama", "Barack Obama")
        Optional<ParsedPerson> parsed = PersonNameParser.parseNameLine(s.speaker());
        String name = parsed.map(ParsedPerson::name).orElse(s.speaker().strip());
        List<String> honorifics = parsed.map(p -> p.person().honorifics()).orElse(List.of());
        return new Person(name, honorifics, blankToNull(s.speakerRole()), null, blankToNull(s.speakerCountry()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
