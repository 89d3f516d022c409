package org.rapporteur.structure;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rapporteur.model.Person;
import org.rapporteur.model.SpeakerBlock;

/**
 * Builds a document's {@link PersonIndex}: the people the scanner introduced (cards, programme rows, bylines), full
 * names used as turn labels, people named with an apposition in the prose ("Colonel Grant Motley, Commander of …"),
 * and the roles the document gives them — the witness sworn in ("MS SUE GRAY (affirmed)"), the one questioning after
 * "Questions From Counsel to the Inquiry", the journalist an interviewee "tells", the chair named in "chaired by".
 */
final class DocumentPeople {
    private static final Pattern SWORN = Pattern.compile(
            "(?m)^[*_\\s]*((?:\\p{Lu}[\\p{Lu}\\p{L}.'’\\-]*\\s+){1,5}\\p{Lu}[\\p{L}'’\\-]+)\\s*\\((?:affirmed|sworn|re-?called|continued)\\)");
    private static final Pattern QUESTIONS_FROM = Pattern.compile(
            "(?im)^[*_#\\s]*(?:questions|questioned|examination|cross-examination) (?:from|by) (.{3,80}?)[*_\\s]*$");
    private static final Pattern INTERVIEWER = Pattern.compile(
            "\\b(?:tells|told|talks to|talked to|talking to|spoke to|speaks to|speaking to|interviewed by|in conversation with|in an interview with)\\s+"
                    + "((?:\\p{Lu}[\\p{L}'’\\-]+\\s+){1,3}\\p{Lu}[\\p{L}'’\\-]+)");
    private static final int PROSE_LIMIT = 400_000;
    /** Capitalised at a sentence start, never a first name. */
    private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of("if", "when", "while", "but", "and",
            "as", "so", "then", "after", "before", "since", "because", "although", "though", "for", "with",
            "without", "in", "on", "at", "by", "from", "to", "of", "the", "a", "an", "this", "that", "these", "those",
            "it", "its", "our", "their", "his", "her", "we", "they", "he", "she", "i", "you", "what", "why", "how",
            "where", "who", "which", "however", "moreover", "meanwhile", "yet", "still", "also", "both", "all",
            "some", "many", "most", "more", "each", "every", "no", "not", "only", "even", "just", "now", "today",
            "unlike", "like", "under", "over", "until", "whether", "once", "here", "there", "perhaps", "indeed");
    /** "Theo Corfiatis’ presentation", "Colonel Grant Motley’s keynote": a speaker of the event, named once in full. */
    private static final Pattern PRESENTER = Pattern.compile(
            "((?:\\p{Lu}[\\p{L}'\\-]+\\s+){1,3}\\p{Lu}[\\p{L}\\-]+)(?:’s|'s|’|')\\s+(?:keynote|presentation|talk|address|speech|paper|lecture|remarks|session|opening|closing)\\b");

    private DocumentPeople() {
    }

    static PersonIndex build(String text, DocumentScan scan, List<TurnDetector.Turn> turns) {
        PersonIndex index = new PersonIndex();
        for (Person p : scan.persons()) {
            if (!TurnSpeakers.isRoleLabel(p.name())) {
                index.add(p);
            }
        }
        for (SpeakerBlock b : scan.speakerBlocks()) {
            if (!TurnSpeakers.isRoleLabel(b.person().name())
                    && !(b.method() == org.rapporteur.model.AttributionMethod.TRANSCRIPT_TURN && !turns.isEmpty())) {
                index.add(b.person());
            }
        }
        String prose = text.length() > PROSE_LIMIT ? text.substring(0, PROSE_LIMIT) : text;
        Matcher sworn = SWORN.matcher(prose);
        while (sworn.find()) {
            String name = LineShapes.isAllCaps(sworn.group(1)) ? LineShapes.smartCase(sworn.group(1)) : sworn.group(1);
            PersonNameParser.parseNameLine(name).ifPresent(pp -> index.addRole(pp.person(), "witness"));
        }
        for (TurnDetector.Turn t : turns) {
            String l = TurnSpeakers.labelCase(t.label());
            if (TurnSpeakers.isRoleLabel(l)) {
                continue;
            }
            Optional<Person> named = PersonNameParser.parseNameLine(l).filter(pp -> LineShapes.wordCount(pp.name()) >= 2)
                    .map(ParsedPerson::person);
            if (named.isEmpty() && LineShapes.wordCount(TurnSpeakers.withoutTitles(l)) >= 2
                    && !TurnSpeakers.withoutTitles(l).equals(l)) {
                named = Optional.of(Person.named(TurnSpeakers.withoutTitles(l)));
            }
            named.ifPresent(p -> {
                Person added = index.add(p);
                if (t.role() != null) {
                    index.addRole(added, t.role());
                }
            });
        }
        nameLines(scan, index);
        rolesFromQuestionHeadings(prose, turns, index);
        Matcher iv = INTERVIEWER.matcher(prose.substring(0, Math.min(prose.length(), 3000)));
        if (iv.find()) {
            String asker = iv.group(1).replaceFirst("^.*(?:'s|’s)\\s+", ""); // "Atlas Quarterly's Mira Sandoval"
            PersonNameParser.parseNameLine(asker).ifPresent(pp -> index.addRole(pp.person(), "interviewer"));
        }
        appositions(text, scan, index);
        Matcher presenter = PRESENTER.matcher(prose);
        while (presenter.find()) {
            PersonNameParser.parseNameLine(presenter.group(1)).filter(pp -> LineShapes.wordCount(pp.name()) >= 2)
                    .ifPresent(pp -> index.add(pp.person()));
        }
        return index;
    }

    private static final Pattern NAME_LINE = Pattern.compile("^(.{3,50}?)(?:,\\s+|\\s+[–—-]\\s+|\\s*\\()(.{2,80}?)\\)?$");

    /** Short lines "Jerry Brito, Coin Center" or "Mark Wetjen – DTCC" list a panel's people before it starts. */
    private static void nameLines(DocumentScan scan, PersonIndex index) {
        int seen = 0;
        for (Paragraph p : scan.paragraphs()) {
            if (++seen > 4000) {
                return;
            }
            for (TextLine l : p.lines()) {
                String t = l.text();
                if (t.length() > 130 || LineShapes.endsSentence(t) && !t.endsWith(")")) {
                    continue;
                }
                Matcher m = NAME_LINE.matcher(t);
                if (!m.matches()) {
                    continue;
                }
                Optional<ParsedPerson> pp = PersonNameParser.parseNameLine(m.group(1));
                if (pp.isPresent() && LineShapes.wordCount(pp.get().name()) >= 2) {
                    String[] ra = PersonNameParser.splitRole(m.group(2));
                    Person q = pp.get().person();
                    index.add(new Person(q.name(), q.honorifics(), ra[0], ra[1], null));
                }
            }
        }
    }

    /** "Questions From Lead Counsel to the Inquiry" then "Mr Keith: …": Mr Keith is the lead counsel. */
    private static void rolesFromQuestionHeadings(String prose, List<TurnDetector.Turn> turns, PersonIndex index) {
        Matcher m = QUESTIONS_FROM.matcher(prose);
        while (m.find()) {
            String role = m.group(1);
            for (TurnDetector.Turn t : turns) {
                if (t.labelStart() < m.end()) {
                    continue;
                }
                String l = TurnSpeakers.labelCase(t.label());
                Optional<ParsedPerson> pp = PersonNameParser.parseNameLine(l);
                if (pp.isPresent() && !TurnSpeakers.isRoleLabel(l)) {
                    Person p = pp.get().person();
                    Optional<Person> known = LineShapes.wordCount(p.name()) >= 2 ? index.byName(p.name())
                            : index.bySurname(p.name());
                    index.addRole(known.orElse(p), role);
                }
                break;
            }
        }
    }

    /**
     * The one full name the text gives a surname ("Ilse Varga" for a {@code VARGA:} label), or empty when it gives
     * none or several. Titles and role words before the surname are not first names.
     */
    static Optional<Person> fullNameFor(String surname, String text) {
        if (surname.length() < 2 || !Character.isUpperCase(surname.charAt(0))) {
            return Optional.empty();
        }
        Pattern p = Pattern.compile("\\b(\\p{Lu}[\\p{L}'’\\-]+(?:\\s+\\p{Lu}\\.)?(?:\\s+\\p{Lu}[\\p{L}'’\\-]+)?)\\s+"
                + Pattern.quote(surname) + "(?![\\p{L}])");
        Matcher m = p.matcher(text.length() > PROSE_LIMIT ? text.substring(0, PROSE_LIMIT) : text);
        String found = null;
        while (m.find()) {
            String first = m.group(1);
            String[] w = first.split("\\s+");
            int k = 0;
            for (int j = 0; j < w.length; j++) {
                // everything up to the last title or role word is a title ("Squadron Leader", "Minister")
                if (PersonNameParser.startsWithHonorific(w[j]) || WordLists.isRoleWord(w[j])
                        || WordLists.isNotNameWord(w[j]) || w[j].matches("(?i)the|and|of|mr|ms|mrs|dr|prof")) {
                    k = j + 1;
                }
            }
            if (k == w.length || FUNCTION_WORDS.contains(w[k].toLowerCase(java.util.Locale.ROOT))) {
                continue; // "Minister Varga": a title, not a first name; "If Russia": a sentence, not a name
            }
            String name = String.join(" ", java.util.Arrays.copyOfRange(w, k, w.length)) + " " + surname;
            if (found != null && !found.equals(name)) {
                return Optional.empty();
            }
            found = name;
        }
        if (found == null) {
            return Optional.empty();
        }
        String full = found;
        return PersonNameParser.parseNameLine(full).map(ParsedPerson::person).or(() -> Optional.of(Person.named(full)));
    }

    /** The apposition up to its first comma or reporting verb: "Commander of the College", not the whole sentence. */
    static String shortRole(String role) {
        if (role == null) {
            return null;
        }
        String r = role.split(",|;|\\s(?:said|says|told|argued|noted|added|explained|who|which|that)\\b")[0].strip();
        return r.isEmpty() || r.length() > 80 || LineShapes.wordCount(r) > 12 ? null : r;
    }

    /**
     * People the prose introduces with an honorific or a role apposition; only these (and the people above) can later
     * be referred to by surname or pronoun. A name merely mentioned is not added.
     */
    private static void appositions(String text, DocumentScan scan, PersonIndex index) {
        int budget = PROSE_LIMIT;
        for (ClaimDraft c : scan.claims()) {
            int len = c.end() - c.start();
            if (len > 4000) {
                continue;
            }
            budget -= len;
            if (budget < 0) {
                return;
            }
            for (ParsedPerson pp : PersonNameParser.findPersons(text.substring(c.start(), c.end()))) {
                Person p = pp.person();
                String role = shortRole(p.role());
                if (LineShapes.wordCount(p.name()) >= 2 && (pp.honorific() || role != null)) {
                    index.add(new Person(p.name(), p.honorifics(), role, null, null));
                }
            }
        }
    }
}
