package org.rapporteur.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rapporteur.model.Person;

/**
 * The author of the whole text: declared in the file (front matter, meta tags, document properties), a byline or an
 * author label at the top ("By X", "Rapporteur: X"), a closing bio ("X is a senior fellow at Y"), or a standfirst that
 * names the writer ("OER correspondent X gauges …"). Each covers the body; the layout's prior decides how much it
 * counts against the people the text reports.
 */
final class AuthorDetector implements EvidenceDetector {
    static final double DECLARED = 0.6;
    static final double BYLINE = 0.6;
    static final double BIO = 0.55;
    static final double STANDFIRST = 0.55;

    /** "Jane Doe is a senior fellow at …", "Jane Doe is the founder of …", the usual closing bio. */
    private static final Pattern BIO_LINE = Pattern.compile(
            "^(?:\\*|_)?((?:\\p{Lu}[\\p{L}.'’\\-]*\\s+){1,4}\\p{Lu}[\\p{L}'’\\-]+)(?:\\*|_)?,?\\s+(?:is|serves as)\\s+"
                    + "(?:an?\\s+|the\\s+|one of the\\s+)?([^.]{3,160})");
    /** "OER correspondent Jane Doe gauges …", "writes Jane Doe", "reports Jane Doe": the writer in a standfirst. */
    private static final Pattern STANDFIRST_WRITER = Pattern.compile(
            "\\b(?:correspondent|reporter|writer|columnist|editor|contributor|staff writer)\\s+((?:\\p{Lu}[\\p{L}'’\\-]+\\s+){1,3}\\p{Lu}[\\p{L}'’\\-]+)\\b"
                    + "|\\b(?:writes|reports)\\s+((?:\\p{Lu}[\\p{L}'’\\-]+\\s+){1,3}\\p{Lu}[\\p{L}'’\\-]+)\\b");
    private static final Pattern ORG_SLUG = Pattern.compile(
            "(?i).*\\b(university|institute|institution|centre|center|council|foundation|media|news|press|staff|"
                    + "editor(ial)?s?|team|desk|admin|webmaster|office|ministry|department|agency|association|society|"
                    + "group|network|review|times|post|daily|magazine|journal)\\b.*");

    @Override
    public void detect(AttributionContext ctx, List<Evidence> out) {
        int from = ctx.bodyStart();
        int to = ctx.text().length();
        for (String a : ctx.declared().authors()) {
            personOf(a).ifPresent(p -> out.add(new Evidence(Candidate.of(ctx.people().add(p)), from, to,
                    Cue.DECLARED_AUTHOR, DECLARED, "the file declares " + p.name() + " as its author")));
        }
        if (!itemBylines(ctx, out)) {
            for (String a : ctx.scan().bylineAuthors()) {
                personOf(a).ifPresent(p -> out.add(new Evidence(Candidate.of(ctx.people().add(p)), from, to,
                        Cue.BYLINE, BYLINE, "byline \"By " + a + "\"")));
            }
        }
        for (String a : ctx.scan().labelledAuthors()) {
            personOf(a).ifPresent(p -> out.add(new Evidence(Candidate.of(ctx.people().add(p)), from, to, Cue.BYLINE,
                    BYLINE, "named as the report's author or rapporteur")));
        }
        if (ctx.scan().aboutAuthor() != null) {
            personOf(ctx.scan().aboutAuthor()).ifPresent(p -> out.add(new Evidence(Candidate.of(ctx.people().add(p)),
                    from, to, Cue.AUTHOR_BIO, BIO, "\"About the author\": " + p.name())));
        }
        closingBio(ctx).ifPresent(p -> out.add(new Evidence(Candidate.of(ctx.people().add(p)), from, to,
                Cue.AUTHOR_BIO, BIO, "closing bio: \"" + p.name() + " is " + (p.role() == null ? "…" : p.role()) + "\"")));
        memoSender(ctx).ifPresent(p -> out.add(new Evidence(Candidate.of(ctx.people().add(p)), from, to, Cue.BYLINE,
                BYLINE, "the memo's sender (FROM: " + p.name() + ")")));
        standfirstWriter(ctx).ifPresent(p -> out.add(new Evidence(Candidate.of(ctx.people().add(p)), from, to,
                Cue.BYLINE, STANDFIRST, "the standfirst names the writer, " + p.name())));
    }

    /**
     * A page of items, each under its own byline (a digest, a newsletter): each author writes from their byline to
     * the next item's title, and the items without a byline stay the publisher's. Returns whether it found such a
     * page (two or more bylines inside the body).
     */
    private static boolean itemBylines(AttributionContext ctx, List<Evidence> out) {
        List<Paragraph> paras = ctx.scan().paragraphs();
        List<Integer> bylines = new ArrayList<>();
        for (Paragraph p : paras) {
            if (p.singleLine() && StructureScanner.BYLINE.matcher(p.first().text()).matches()) {
                bylines.add(p.index());
            }
        }
        if (bylines.size() < 2) {
            return false;
        }
        for (int b : bylines) {
            Matcher m = StructureScanner.BYLINE.matcher(paras.get(b).first().text());
            m.matches();
            String who = m.group(1);
            List<ParsedPerson> found = PersonNameParser.findPersons(who);
            Optional<Person> person = !found.isEmpty() ? Optional.of(found.getFirst().person())
                    : PersonNameParser.parseNameLine(who.split(",")[0].strip()).map(ParsedPerson::person);
            if (person.isEmpty()) {
                continue;
            }
            int end = ctx.text().length();
            for (int k = b + 1; k < paras.size(); k++) {
                if (k > b + 1 && SpeakerIntroDetector.isHeadingParagraph(paras.get(k)) || bylines.contains(k)) {
                    end = paras.get(k).start(); // the next item's title
                    break;
                }
            }
            out.add(new Evidence(Candidate.of(ctx.people().add(person.get())), paras.get(b).end(), end, Cue.BYLINE,
                    BYLINE, "the item's byline \"By " + who + "\""));
        }
        return true;
    }

    /** A declared author that is a person: a name, or a handle; not an organisation's slug ("massey-university"). */
    static Optional<Person> personOf(String declared) {
        if (declared == null || declared.isBlank()) {
            return Optional.empty();
        }
        String d = declared.strip();
        if (d.contains("/") || d.matches(".*\\.(md|html?|json|ya?ml)$")) {
            // a reference to an author page ("_authors/stephen-morrison.md"): its file name is the person's slug
            d = d.substring(d.lastIndexOf('/') + 1).replaceFirst("\\.[a-z]+$", "").replaceFirst("^_+", "");
        }
        if (ORG_SLUG.matcher(d.replace('-', ' ').replace('_', ' ')).matches()) {
            return Optional.empty();
        }
        Optional<ParsedPerson> pp = PersonNameParser.parseNameLine(d);
        if (pp.isPresent()) {
            return Optional.of(pp.get().person());
        }
        if (d.matches("[\\p{L}][\\p{L}\\p{N}._]{2,30}") && !d.contains(" ")) {
            return Optional.of(Person.named(d)); // a handle such as "judsonlmoore" is still one person
        }
        if (d.matches("[\\p{Ll}]+(-[\\p{Ll}]+){1,3}")) {
            // a slug "stephen-morrison": a person's name written for a URL
            StringBuilder sb = new StringBuilder();
            for (String w : d.split("-")) {
                sb.append(sb.isEmpty() ? "" : " ").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
            }
            return PersonNameParser.parseNameLine(sb.toString()).map(ParsedPerson::person);
        }
        return Optional.empty();
    }

    /** The last paragraphs of the body: "Jane Doe is a senior fellow at …" names the author. */
    private static Optional<Person> closingBio(AttributionContext ctx) {
        List<Paragraph> paras = ctx.scan().paragraphs();
        List<Paragraph> tail = new ArrayList<>();
        for (int k = paras.size() - 1; k >= 0 && tail.size() < 12; k--) {
            tail.add(paras.get(k));
        }
        for (Paragraph p : tail) {
            String t = p.joined();
            if (t.length() > 600) {
                continue;
            }
            Matcher m = BIO_LINE.matcher(t);
            if (m.find()) {
                Optional<ParsedPerson> pp = PersonNameParser.parseNameLine(m.group(1));
                String role = m.group(2).strip();
                if (pp.isPresent() && LineShapes.wordCount(pp.get().name()) >= 2 && bioRole(role)) {
                    Person q = pp.get().person();
                    return Optional.of(new Person(q.name(), q.honorifics(), role, null, null));
                }
            }
        }
        return Optional.empty();
    }

    /** Occupations an author bio states; "was sworn in as prime minister" in a teaser is no bio. */
    private static final Pattern BIO_WORDS = Pattern.compile(
            "(?i)\\b(fellow|professor|director|researcher|research|analyst|scholar|founder|co-founder|editor|writer|"
                    + "journalist|author|lecturer|associate|chair|head|host|producer|correspondent|columnist|consultant|"
                    + "adviser|advisor|expert|economist|lawyer|partner|member|vice president|president|dean|"
                    + "candidate|student|officer|specialist|manager|coordinator|executive|ambassador|minister)\\b");

    private static boolean bioRole(String role) {
        return BIO_WORDS.matcher(role).find();
    }

    private static final Pattern MEMO_FIELD = Pattern.compile("(?im)^\\s*(?:to|subject|re|date)\\s*:");
    private static final Pattern MEMO_FROM = Pattern.compile("(?im)^\\s*(?:from|sender|author)\\s*:\\s*(.{3,120})$");

    /** A memo's header: "FROM: Dr. Jane Doe, Director of Policy" names its author. */
    private static Optional<Person> memoSender(AttributionContext ctx) {
        String head = ctx.text().substring(0, Math.min(ctx.text().length(), 1200));
        Matcher m = MEMO_FROM.matcher(head);
        if (!m.find() || !MEMO_FIELD.matcher(head).find()) {
            return Optional.empty(); // "From:" alone is too common; a memo has TO:, SUBJECT: or DATE: beside it
        }
        String who = m.group(1);
        List<ParsedPerson> found = PersonNameParser.findPersons(who);
        if (!found.isEmpty()) {
            return Optional.of(found.getFirst().person());
        }
        return PersonNameParser.parseNameLine(who.split(",")[0].strip()).map(ParsedPerson::person);
    }

    private static Optional<Person> standfirstWriter(AttributionContext ctx) {
        String head = ctx.text().substring(0, Math.min(ctx.text().length(), 1500));
        Matcher m = STANDFIRST_WRITER.matcher(head);
        if (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(2);
            return PersonNameParser.parseNameLine(name).map(ParsedPerson::person);
        }
        return Optional.empty();
    }
}
