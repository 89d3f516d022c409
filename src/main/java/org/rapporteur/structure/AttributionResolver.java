package org.rapporteur.structure;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.rapporteur.model.Attribution;
import org.rapporteur.model.AttributionMethod;
import org.rapporteur.model.Person;
import org.rapporteur.model.ReportKind;
import org.rapporteur.model.ReportMetadata;

/**
 * Decides who said each claim, in order of evidence: a quote's attribution line, reported speech at the start of a
 * sentence, the speaker block the claim sits in, a session (tied to one panellist when the text names their
 * programme perspective), the organisation's own sections, the byline's author, else the organisation's narrative.
 * One instance per report, used in claim order (it remembers the last person named, for "He noted …").
 */
final class AttributionResolver {
    private static final Set<String> US_ALIASES = Set.of("us", "u.s.", "usa", "u.s.a.", "america", "american",
            "united states");

    private static final Pattern GROUP_MENTION = Pattern.compile(
            "(?i)\\b(some|several|many|other|a few) (of the )?(participants|speakers|panel+ists|experts|discussants)\\b");

    /** A sentence about the event itself, not something the speaker said ("The session closed with …"). */
    private static final Pattern NARRATIVE = Pattern.compile(
            "^(The|This) (session|panel|seminar|webinar|roundtable|round table|discussion|event|conference|meeting|"
                    + "workshop|dialogue|proceedings|programme|program|ceremony) (was|were|had|has|ended|began|started|"
                    + "opened|closed|concluded|discussed|featured|focused|brought|included|saw|examined)\\b");

    private final String text;
    private final ScanResult scan;
    private final ReportMetadata meta;
    private final List<Person> people;
    private final boolean authored;
    private int lastSerial = -1;
    private Person reportedInParagraph;
    private int reportedParagraph = -1;
    private Person lastNamed;

    AttributionResolver(String text, ScanResult scan, ReportMetadata meta) {
        this.text = text;
        this.scan = scan;
        this.meta = meta;
        this.people = new ArrayList<>(scan.persons());
        boolean event = meta.kind() == ReportKind.SEMINAR_REPORT || meta.kind() == ReportKind.WEBINAR_REPORT
                || meta.kind() == ReportKind.TRANSCRIPT || meta.kind() == ReportKind.WEB_PAGE;
        this.authored = !event && !meta.authors().isEmpty()
                && scan.claims().stream().noneMatch(c -> c.blockPerson() != null);
    }

    Attribution resolve(ClaimDraft c) {
        if (c.sectionSerial() != lastSerial) {
            lastSerial = c.sectionSerial();
            lastNamed = null;
        }
        String claim = text.substring(c.start(), c.end());
        Attribution a = decide(c, claim);
        remember(c, claim, a);
        return a;
    }

    private Attribution decide(ClaimDraft c, String claim) {
        if (c.quotedBy() != null) {
            return Attribution.to(c.quotedBy(), AttributionMethod.QUOTED_STATEMENT, 0.85,
                    "quotation followed by the line naming " + c.quotedBy().name());
        }
        Person block = c.blockPerson();
        ReportedSpeech.Subject quoted = block == null ? ReportedSpeech.quoteSpeaker(claim) : null;
        if (quoted != null) {
            Optional<Person> p = resolveSubject(quoted, null);
            if (p.isPresent()) {
                reportedInParagraph = p.get();
                reportedParagraph = c.paragraph();
                return Attribution.to(p.get(), AttributionMethod.QUOTED_STATEMENT, 0.8,
                        "quotation followed by \"" + quoted.phrase() + "\"");
            }
        }
        ReportedSpeech.Subject subject = ReportedSpeech.subject(claim);
        if (subject != null) {
            Optional<Person> p = resolveSubject(subject, block);
            if (p.isPresent()) {
                if (block != null && sameName(block, p.get())) {
                    return Attribution.to(block, c.blockMethod(), 0.95,
                            "in " + block.name() + "'s block, and the sentence names them as its speaker");
                }
                if (block == null) {
                    reportedInParagraph = p.get();
                    reportedParagraph = c.paragraph();
                    double conf = subject.kind() == ReportedSpeech.SubjectKind.PRONOUN ? 0.6 : 0.75;
                    return Attribution.to(p.get(), AttributionMethod.REPORTED_SPEECH, conf,
                            "reported speech: \"" + subject.phrase() + "\" "
                                    + (subject.kind() == ReportedSpeech.SubjectKind.PRONOUN
                                    ? "resolved to the last person named, " + p.get().name() : "at the sentence start"));
                }
            }
        }
        if (block != null && !NARRATIVE.matcher(claim).find()) {
            AttributionMethod m = c.blockMethod() == null ? AttributionMethod.SPEAKER_BLOCK : c.blockMethod();
            return Attribution.to(block, m, m == AttributionMethod.TRANSCRIPT_TURN ? 0.95 : 0.9,
                    (m == AttributionMethod.TRANSCRIPT_TURN ? "transcript turn of " : "in the speaker block of ")
                            + block.name());
        }
        if (subject == null && !authored && reportedInParagraph != null && reportedParagraph == c.paragraph()) {
            // "X said that A. [B.]" — B goes on with X's remarks in the same paragraph of an event narrative
            return Attribution.to(reportedInParagraph, AttributionMethod.REPORTED_SPEECH, 0.55,
                    "continues the account of " + reportedInParagraph.name() + "'s remarks in the same paragraph");
        }
        boolean group = subject != null && subject.kind() == ReportedSpeech.SubjectKind.GROUP
                || GROUP_MENTION.matcher(claim).find();
        if (c.session() != null) {
            if (!group) {
                Optional<Person> tied = perspectiveSpeaker(claim, c.session());
                if (tied.isPresent()) {
                    return Attribution.to(tied.get(), AttributionMethod.PROGRAMME_SLOT, 0.6,
                            "session takeaway naming the perspective " + tied.get().name()
                                    + " presented in the programme");
                }
            }
            return Attribution.toBody(c.session(), AttributionMethod.SESSION, group ? 0.7 : 0.8,
                    group ? "session takeaway credited to a group of participants, not one person"
                            : "takeaway of the session, not tied to one speaker");
        }
        String org = meta.organisation();
        if (authored) {
            Person author = authorPerson();
            if (org != null && scan.selfReferenceParagraphs().contains(c.paragraph())) {
                return Attribution.toBody(org, AttributionMethod.INSTITUTIONAL, 0.6,
                        "publisher's description of the report (speaks of \"this report\")");
            }
            return Attribution.to(author, AttributionMethod.BYLINE, 0.8,
                    "written by the report's author " + author.name());
        }
        if (c.institutional() && org != null) {
            return Attribution.toBody(org, AttributionMethod.INSTITUTIONAL, 0.85,
                    "institutional section (" + (c.sectionPath().isEmpty() ? "" : c.sectionPath().getLast())
                            + ") of " + org);
        }
        if (org != null) {
            return Attribution.toBody(org, AttributionMethod.INSTITUTIONAL, 0.5,
                    "the organisation's own text: no speaker, session or byline covers it");
        }
        return Attribution.none();
    }

    private void remember(ClaimDraft c, String claim, Attribution a) {
        Set<String> named = new LinkedHashSet<>();
        Person single = null;
        for (ParsedPerson pp : PersonNameParser.findPersons(claim)) {
            if (pp.honorific() || pp.person().name().split(" ").length >= 2 && known(pp.person().name()).isPresent()) {
                named.add(pp.name());
                single = known(pp.name()).orElse(pp.person());
            }
        }
        if (named.size() == 1) {
            lastNamed = single;
        } else if (named.size() > 1) {
            lastNamed = null;
        } else if (a.speaker() != null && (a.method() == AttributionMethod.REPORTED_SPEECH
                || a.method() == AttributionMethod.SPEAKER_BLOCK)) {
            lastNamed = a.speaker();
        }
    }

    private Optional<Person> resolveSubject(ReportedSpeech.Subject s, Person block) {
        switch (s.kind()) {
            case PRONOUN -> {
                if (block != null) {
                    return Optional.of(block);
                }
                return Optional.ofNullable(lastNamed);
            }
            case ROLE -> {
                String role = s.phrase().toLowerCase(Locale.ROOT);
                if (block != null && roleMatches(block, role)) {
                    return Optional.of(block);
                }
                if (role.equals("author") || role.equals("writer")) {
                    return meta.authors().isEmpty() ? Optional.empty() : Optional.of(authorPerson());
                }
                Person found = null;
                for (Person p : people) {
                    if (roleMatches(p, role)) {
                        if (found != null && !sameName(found, p)) {
                            return Optional.empty();
                        }
                        found = p;
                    }
                }
                return Optional.ofNullable(found);
            }
            case PERSON_PHRASE -> {
                String phrase = s.phrase();
                Optional<ParsedPerson> lead = PersonNameParser.leadingPerson(phrase);
                if (lead.isPresent()) {
                    return Optional.of(known(lead.get().name()).orElse(lead.get().person()));
                }
                if (phrase.matches("\\p{Lu}[\\p{L}'’\\-]+")) {
                    return bySurname(phrase);
                }
                return Optional.empty();
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    private static boolean roleMatches(Person p, String role) {
        String pr = ((p.role() == null ? "" : p.role()) + " " + String.join(" ", p.honorifics()))
                .toLowerCase(Locale.ROOT);
        for (String w : role.split("[\\s-]+")) {
            if (w.length() > 2 && WordLists.isRoleWord(w) && !pr.contains(w)) {
                return false;
            }
        }
        return !pr.isBlank() && role.chars().anyMatch(Character::isLetter);
    }

    private Optional<Person> known(String name) {
        String key = PersonRegistry.key(name);
        for (Person p : people) {
            if (PersonRegistry.key(p.name()).equals(key)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private Optional<Person> bySurname(String surname) {
        Person found = null;
        for (Person p : people) {
            String[] parts = p.name().split(" ");
            if (parts[parts.length - 1].equalsIgnoreCase(surname)) {
                if (found != null && !sameName(found, p)) {
                    return Optional.empty();
                }
                found = p;
            }
        }
        return Optional.ofNullable(found);
    }

    private static boolean sameName(Person a, Person b) {
        return PersonRegistry.key(a.name()).equals(PersonRegistry.key(b.name()));
    }

    private Person authorPerson() {
        String name = meta.authors().getFirst();
        return known(name).orElse(Person.named(name));
    }

    /** A takeaway that names a programme perspective ("From the US perspective", "The Russian perspective"). */
    private Optional<Person> perspectiveSpeaker(String claim, String session) {
        String lower = claim.toLowerCase(Locale.ROOT);
        String label = LineShapes.sessionLabel(session);
        // the sentence's subject, without an opening "The" or connective
        String subject = lower.replaceFirst("^(however|moreover|similarly|likewise|meanwhile|additionally),?\\s+", "")
                .replaceFirst("^the\\s+", "");
        for (Perspective e : scan.perspectives()) {
            if (e.sessionLabel() != null && !e.sessionLabel().equals(label)) {
                continue;
            }
            for (String alias : aliases(e.label())) {
                Pattern named = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(alias)
                        + "(?:'s|’s)?\\s+(?:[\\p{L}\\-]+\\s+){0,2}?perspectives?\\b");
                Pattern asSubject = Pattern.compile("^" + Pattern.quote(alias) + "(?:'s|’s)?(?![\\p{L}.])");
                if (named.matcher(lower).find() || asSubject.matcher(subject).find()) {
                    return Optional.of(e.person());
                }
            }
        }
        return Optional.empty();
    }

    static Set<String> aliases(String label) {
        String l = label.toLowerCase(Locale.ROOT).replaceAll("(’s|'s)$", "").strip();
        Set<String> out = new LinkedHashSet<>();
        out.add(l);
        if (US_ALIASES.contains(l)) {
            out.addAll(US_ALIASES);
            return out;
        }
        out.add(l + "n");
        out.add(l + "i");
        out.add(l + "ian");
        out.add(l + "ese");
        if (l.endsWith("a")) {
            out.add(l.substring(0, l.length() - 1) + "ese");
            out.add(l.substring(0, l.length() - 1) + "an");
        }
        if (l.endsWith("istan")) {
            out.add(l.substring(0, l.length() - 5));
        }
        if (l.endsWith("y")) {
            out.add(l.substring(0, l.length() - 1) + "ish");
        }
        return out;
    }
}
