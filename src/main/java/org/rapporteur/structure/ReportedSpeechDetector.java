package org.rapporteur.structure;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rapporteur.model.Person;

/**
 * Reported speech and quotations, read claim by claim in order: a subject at the sentence start ("Smith argued
 * that …", "According to the minister, …"), a speaker after the words ("…, Smith said.", "…, says a top officer"), a
 * quotation with its attribution after it ("“…,” said Smith", or a "– Name, Role" line under a quote), a pronoun
 * ("He added …") for the last person named in the section or the speaker whose block holds it, and the sentences and
 * unattributed quotation paragraphs that go on with the account of the person last reported.
 *
 * <p>Only people the document introduces (or whom it reports with a name and a reporting verb) are candidates: a
 * pronoun never reaches across a heading, and a name merely mentioned never makes its bearer a speaker.
 */
final class ReportedSpeechDetector implements EvidenceDetector {
    /** A subject that is a thing ("The plan, which …", "Its budget") rather than a person. */
    private static final java.util.regex.Pattern THING = java.util.regex.Pattern.compile(
            "^(?:The|A|An|This|That|These|Those|Its|Their|Our|Such)\\s+\\p{Ll}[\\p{L}\\-]*(?:\\s+\\p{Ll}[\\p{L}\\-]*)*\\s*,");
    static final double QUOTE_LINE = 0.85;
    static final double QUOTE_THEN_SPEAKER = 0.8;
    static final double SUBJECT_KNOWN = 0.8;
    static final double SUBJECT_NEW = 0.7;
    static final double TRAILING = 0.75;
    static final double PRONOUN = 0.65;
    static final double ROLE = 0.7;
    static final double SAME_PARAGRAPH = 0.62;
    static final double QUOTE_PARAGRAPH = 0.8;

    @Override
    public void detect(AttributionContext ctx, List<Evidence> out) {
        new Pass(ctx, out).run();
    }

    /** The state of one reading: the last person named, and the account in progress. */
    private static final class Pass {
        final AttributionContext ctx;
        final List<Evidence> out;
        Person lastNamed;
        int lastSerial = -1;
        Person reported;
        int reportedParagraph = -1;
        /** Whether a quotation opened in an earlier sentence of the paragraph is still open. */
        boolean quoteOpen;
        /** The institution last reported ("UNHCR says …"), for a following "It warns …". */
        String reportedBody;
        int quoteParagraph = -1;

        Pass(AttributionContext ctx, List<Evidence> out) {
            this.ctx = ctx;
            this.out = out;
        }

        void run() {
            for (ClaimDraft c : ctx.claims()) {
                if (c.end() - c.start() > 3000) {
                    continue; // a run-on paragraph without sentence ends: nothing here is a sentence subject
                }
                if (c.sectionSerial() != lastSerial) {
                    lastSerial = c.sectionSerial();
                    lastNamed = null;
                }
                String claim = ctx.text().substring(c.start(), c.end());
                if (c.paragraph() != quoteParagraph) {
                    quoteOpen = false;
                    quoteParagraph = c.paragraph();
                }
                Person said = one(c, claim);
                remember(c, claim, said);
                quoteOpen = quoteOpenAfter(claim, quoteOpen);
            }
        }

        private Person one(ClaimDraft c, String claim) {
            if (c.quotedBy() != null) {
                Person p = ctx.people().add(c.quotedBy());
                add(c, p, Cue.QUOTATION, QUOTE_LINE, "quotation followed by the line naming " + p.name());
                return p;
            }
            ReportedSpeech.Subject quoted = ReportedSpeech.quoteSpeaker(claim);
            if (quoted != null) {
                Optional<Person> p = resolve(quoted, c);
                if (p.isPresent()) {
                    add(c, p.get(), Cue.QUOTATION, QUOTE_THEN_SPEAKER, "quotation followed by \"" + quoted.phrase() + "\"");
                    return p.get();
                }
            }
            ReportedSpeech.Subject subject = ReportedSpeech.subject(claim);
            String body = subject == null ? null : bodyOf(subject.phrase());
            if (body != null) {
                // "The Government estimates …", "UNHCR says …": an institution speaks, not a person
                out.add(new Evidence(Candidate.body(body), c.start(), c.end(), Cue.REPORTED_SPEECH, SUBJECT_KNOWN,
                        "reported speech of a body: \"" + subject.phrase() + "\" at the sentence start"));
                reportedBody = body;
                reported = null;
                reportedParagraph = c.paragraph();
                return null;
            }
            if (subject != null && subject.phrase().equalsIgnoreCase("it") && reportedBody != null
                    && reportedParagraph == c.paragraph()) {
                out.add(new Evidence(Candidate.body(reportedBody), c.start(), c.end(), Cue.PRONOUN, PRONOUN,
                        "\"It\" at the sentence start: the body last reported, " + reportedBody));
                return null;
            }
            if (subject != null && subject.kind() != ReportedSpeech.SubjectKind.GROUP) {
                Optional<Person> p = resolve(subject, c);
                if (p.isPresent()) {
                    switch (subject.kind()) {
                        case PRONOUN -> add(c, p.get(), Cue.PRONOUN, PRONOUN,
                                "\"" + subject.phrase() + "\" at the sentence start: the last person named, " + p.get().name());
                        case ROLE -> add(c, p.get(), Cue.REPORTED_SPEECH, ROLE,
                                "\"the " + subject.phrase() + "\" reports speech: " + p.get().name());
                        default -> add(c, p.get(), Cue.REPORTED_SPEECH, known(p.get()) ? SUBJECT_KNOWN : SUBJECT_NEW,
                                "reported speech: \"" + subject.phrase() + "\" at the sentence start");
                    }
                    return p.get();
                }
            }
            if (subject != null && subject.kind() == ReportedSpeech.SubjectKind.GROUP) {
                return null; // a group ("some participants said"): no one person
            }
            ReportedSpeech.Subject trailing = ReportedSpeech.trailingSpeaker(claim);
            if (trailing != null && trailing.kind() != ReportedSpeech.SubjectKind.GROUP) {
                Optional<Person> p = resolve(trailing, c);
                if (p.isPresent()) {
                    add(c, p.get(), trailing.kind() == ReportedSpeech.SubjectKind.PRONOUN ? Cue.PRONOUN : Cue.REPORTED_SPEECH,
                            trailing.kind() == ReportedSpeech.SubjectKind.PRONOUN ? PRONOUN : TRAILING,
                            "reported speech: \"" + trailing.phrase() + "\" after the words");
                    return p.get();
                }
            }
            ReportedSpeech.Subject source = ReportedSpeech.midSource(claim);
            if (source != null && source.kind() == ReportedSpeech.SubjectKind.PERSON_PHRASE) {
                Optional<Person> p = resolve(source, c);
                if (p.isPresent()) {
                    add(c, p.get(), Cue.REPORTED_SPEECH, TRAILING,
                            "names its source: \"according to " + source.phrase() + "\"");
                    return p.get();
                }
            }
            if (reported != null && (startsWithQuote(claim) || quoteOpen && reportedParagraph == c.paragraph())
                    && c.paragraph() - reportedParagraph <= 2) {
                add(c, reported, Cue.CONTINUATION, QUOTE_PARAGRAPH,
                        "an unattributed quotation that goes on quoting " + reported.name());
                reportedParagraph = c.paragraph();
                return reported;
            }
            if (reported != null && reportedParagraph == c.paragraph()) {
                add(c, reported, Cue.CONTINUATION, SAME_PARAGRAPH,
                        "continues the account of " + reported.name() + "'s words in the same paragraph");
                return reported;
            }
            return null;
        }

        private void add(ClaimDraft c, Person p, Cue cue, double weight, String reason) {
            out.add(new Evidence(Candidate.of(p), c.start(), c.end(), cue, weight, reason));
            if (cue != Cue.CONTINUATION) {
                reportedBody = null;
                reported = p;
                reportedParagraph = c.paragraph();
            }
        }

        private boolean known(Person p) {
            return ctx.people().byName(p.name()).map(k -> k.role() != null || !k.honorifics().isEmpty()).orElse(false);
        }

        private Optional<Person> resolve(ReportedSpeech.Subject s, ClaimDraft c) {
            switch (s.kind()) {
                case PRONOUN -> {
                    return Optional.ofNullable(c.blockPerson() != null ? c.blockPerson() : lastNamed);
                }
                case ROLE -> {
                    if (c.blockPerson() != null && PersonIndex.roleWords(c.blockPerson().role()).containsAll(
                            PersonIndex.roleWords(s.phrase()))) {
                        return Optional.of(c.blockPerson());
                    }
                    return ctx.people().byRole(s.phrase());
                }
                case PERSON_PHRASE -> {
                    if (THING.matcher(s.phrase()).find()) {
                        // "The dredging plan, which Minister X announced": a thing is the subject, not the minister
                        return Optional.empty();
                    }
                    Optional<Person> p = person(s.phrase());
                    if (p.isEmpty() && s.phrase().contains(", ")) {
                        // "Although Castro is the wife of …, Siu insists that …": the subject is after the last comma
                        String tail = s.phrase().substring(s.phrase().lastIndexOf(", ") + 2).strip();
                        p = tail.equalsIgnoreCase("he") || tail.equalsIgnoreCase("she")
                                ? Optional.ofNullable(c.blockPerson() != null ? c.blockPerson() : lastNamed)
                                : tail.isEmpty() || Character.isLowerCase(tail.charAt(0)) ? Optional.empty()
                                : person(tail);
                    }
                    return p;
                }
                default -> {
                    return Optional.empty();
                }
            }
        }

        /**
         * The institution a subject phrase names, or null: an acronym ("UNHCR"), or "the" and an institutional word
         * ("the Government", "the ministry", "the Commission").
         */
        private static String bodyOf(String phrase) {
            String p = phrase.strip();
            if (p.matches("(?:the\\s+)?\\p{Lu}{2,8}") && !p.matches("(?i)(?:the\\s+)?(?:he|she|it|we|they|i)")) {
                return p.replaceFirst("^the\\s+", "");
            }
            // "the" and at most four words, the last an institution's: "The Government", "the Finance Ministry"
            return p.matches("^[Tt]he(?:\\s+[\\p{L}\\-]+){1,4}$")
                    && ReportedSpeech.namesInstitution(p.substring(p.lastIndexOf(' ') + 1))
                    ? p.replaceFirst("^[Tt]he\\s+", "") : null;
        }

        /** The person a subject phrase names: known by name or surname, or newly introduced with a full name. */
        private Optional<Person> person(String phrase) {
            Optional<ParsedPerson> lead = PersonNameParser.leadingPerson(phrase);
            if (lead.isEmpty()) {
                List<ParsedPerson> found = PersonNameParser.findPersons(phrase);
                if (!found.isEmpty() && found.getFirst().honorific() && phrase.strip().startsWith(firstWord(found.getFirst()))) {
                    lead = Optional.of(found.getFirst());
                }
            }
            if (lead.isPresent()) {
                Person p = PersonIndex.withoutPossessive(lead.get().person());
                Optional<Person> k = ctx.people().byName(p.name());
                if (k.isPresent()) {
                    return k;
                }
                if (LineShapes.wordCount(p.name()) == 1) {
                    Optional<Person> bySurname = ctx.people().bySurnameInText(p.name(), ctx.text());
                    if (bySurname.isPresent()) {
                        return bySurname;
                    }
                }
                Person slim = new Person(p.name(), p.honorifics(), DocumentPeople.shortRole(p.role()), null, null);
                return Optional.of(ctx.people().add(slim));
            }
            String bare = phrase.strip().replaceAll("(’s|'s|’)$", "");
            if (bare.matches("\\p{Lu}[\\p{L}'’\\-]+")) {
                return ctx.people().bySurnameInText(bare, ctx.text());
            }
            // "Colonel Motley", "Squadron Leader Nash, who …": titles, then a surname the document introduced
            String head = bare.split(",")[0].strip();
            String untitled = TurnSpeakers.withoutTitles(head);
            String[] words = head.split("\\s+");
            String last = words[words.length - 1].replaceAll("(’s|'s|’)$", "");
            if (words.length <= 4) {
                // a short head only: "Although Castro is the wife of President Zelaya, Siu insists" names Siu, not Zelaya
                for (String surname : new String[] {untitled, last}) {
                    if (!surname.isEmpty() && surname.matches("\\p{Lu}[\\p{L}'’\\-]+")) {
                        Optional<Person> known = ctx.people().bySurnameInText(surname, ctx.text());
                        if (known.isPresent()) {
                            return known;
                        }
                    }
                }
            }
            // "Nawabzada Nasrullah Khan of the Pakistan Muslim League": the leading run of capitalised words
            StringBuilder run = new StringBuilder();
            for (String w : words) {
                if (!w.matches("\\p{Lu}[\\p{L}.'’\\-]*")) {
                    break;
                }
                run.append(run.isEmpty() ? "" : " ").append(w);
            }
            if (LineShapes.wordCount(run.toString()) >= 2 && LineShapes.wordCount(run.toString()) <= 4) {
                Optional<ParsedPerson> runName = PersonNameParser.parseNameLine(run.toString());
                if (runName.isPresent() && LineShapes.wordCount(runName.get().name()) >= 2) {
                    Optional<Person> k = ctx.people().byName(runName.get().name());
                    return Optional.of(k.orElseGet(() -> ctx.people().add(runName.get().person())));
                }
            }
            Optional<ParsedPerson> named = PersonNameParser.parseNameLine(bare);
            if (named.isPresent() && (named.get().honorific() || LineShapes.wordCount(named.get().name()) >= 2)) {
                Optional<Person> k = ctx.people().byName(named.get().name());
                if (k.isPresent()) {
                    return k;
                }
                if (LineShapes.wordCount(named.get().name()) == 1) {
                    return ctx.people().bySurname(named.get().name());
                }
                return Optional.of(ctx.people().add(named.get().person()));
            }
            return Optional.empty();
        }

        private static String firstWord(ParsedPerson p) {
            List<String> h = p.person().honorifics();
            return h.isEmpty() ? p.name().split(" ")[0] : h.getFirst().split(" ")[0];
        }

        /** The last person a sentence names (with an honorific, or a full name the document knows) is "he" next. */
        private void remember(ClaimDraft c, String claim, Person said) {
            Set<String> named = new LinkedHashSet<>();
            Person single = null;
            if (claim.length() <= 1500 && hasCapitalisedPair(claim)) {
                for (ParsedPerson pp : PersonNameParser.findPersons(claim)) {
                    Optional<Person> k = ctx.people().byName(pp.name());
                    if (pp.honorific() || LineShapes.wordCount(pp.name()) >= 2 && k.isPresent()) {
                        named.add(PersonRegistry.key(pp.name()));
                        single = k.orElse(PersonIndex.withoutPossessive(pp.person()));
                    }
                }
            }
            if (said != null) {
                lastNamed = said;
            } else if (named.size() == 1) {
                lastNamed = single;
            } else if (named.size() > 1) {
                lastNamed = null;
            }
        }

        /** Two capitalised words in a row ("Dr. Li", "Jane Doe"): without one, no person is named (a cheap test). */
        private static boolean hasCapitalisedPair(String s) {
            boolean previousCapital = false;
            int i = 0;
            int n = s.length();
            while (i < n) {
                while (i < n && Character.isWhitespace(s.charAt(i))) {
                    i++;
                }
                if (i >= n) {
                    break;
                }
                boolean capital = Character.isUpperCase(s.charAt(i));
                if (capital && previousCapital) {
                    return true;
                }
                previousCapital = capital;
                while (i < n && !Character.isWhitespace(s.charAt(i))) {
                    i++;
                }
            }
            return false;
        }

        /** Straight quotes toggle; curly ones open and close. */
        private static boolean quoteOpenAfter(String claim, boolean open) {
            boolean o = open;
            for (int i = 0; i < claim.length(); i++) {
                char ch = claim.charAt(i);
                if (ch == '“') {
                    o = true;
                } else if (ch == '”') {
                    o = false;
                } else if (ch == '"') {
                    o = !o;
                }
            }
            return o;
        }

        private static boolean startsWithQuote(String claim) {
            String s = claim.stripLeading();
            return !s.isEmpty() && (s.charAt(0) == '“' || s.charAt(0) == '"' || s.charAt(0) == '‘');
        }
    }
}
