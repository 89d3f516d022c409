package org.rapporteur.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rapporteur.model.AttributionMethod;
import org.rapporteur.model.Person;

/**
 * Finds where a report introduces a speaker, in all the genre's styles: {@code Moderator: Name}, a label line over
 * names ({@code Chair}, {@code Speakers}), "Welcome Remarks by …", {@code NAME:} transcript turns, a name line with
 * its role on the same line, and speaker cards (a name over role and institution lines, with or without a blank line
 * between). One instance per document, reading the scanner's paragraphs and the people introduced so far.
 */
final class SpeakerIntroDetector {
    static final Pattern LABEL_COLON = Pattern.compile(
            "(?i)^(moderator|moderated by|chair|chairperson|chairman|chaired by|host|hosted by|discussants?|presenters?|panel+ists?|speakers?|speaker\\s*\\d{1,2}|panel+ist\\s*\\d{1,2}|keynote speaker|guest speakers?|chief guest|facilitator)\\s*[:：]\\s*(.+)$");
    static final Pattern LABEL_ALONE = Pattern.compile(
            "(?i)^(moderators?|chairs?|chairperson|chairman|co-chairs?|speakers?|panel+ists?|discussants?|guest speakers?|keynote speakers?|chief guest|presenters?|participants|facilitators?)\\s*:?$");
    static final Pattern REMARKS_BY = Pattern.compile(
            "(?i)^(?:(?:welcome|opening|closing|concluding|introductory|inaugural|keynote|special|presidential|key)\\s+)?"
                    + "(?:remarks|address|speech|statement|presentation|note|words|lecture|talk|vote of thanks)\\s+(?:by|of|from)\\s+(.+)$");
    static final Pattern TURN = Pattern.compile("^([^:]{2,60}?)\\s*:\\s+(\\S.*)$");
    static final Pattern ORG_WORD = Pattern.compile(
            "(?i)\\b(institute|university|centre|center|ministry|council|foundation|program|programme|commission|embassy|"
                    + "party|assembly|senate|government|emirate|bank|forum|agency|association|school|college|academy|"
                    + "organi[sz]ation|office|department|division|branch|commerce|affairs|times|news|world|group|studies)\\b");
    static final Set<String> TURN_STOP = Set.of("note", "source", "type", "email", "e-mail", "tel", "tel no",
            "phone", "fax", "date", "venue", "time", "q", "a", "question", "answer", "title", "subject", "keywords",
            "tags", "category", "categories", "address", "location", "website", "web", "url", "ref", "reference",
            "photo", "image", "caption", "rv", "theme", "topic", "format", "language", "isbn", "doi", "published",
            "updated", "posted", "filed under", "read more", "contact", "cell", "mobile", "summary");

    private final List<Paragraph> paras;
    private final List<Person> persons;

    SpeakerIntroDetector(List<Paragraph> paras, List<Person> personsSoFar) {
        this.paras = paras;
        this.persons = personsSoFar;
    }

    Optional<SpeakerIntro> detect(int i) {
        Paragraph p = paras.get(i);
        TextLine first = p.first();
        String l0 = first.text();
        Matcher lc = LABEL_COLON.matcher(l0);
        if (lc.matches()) {
            List<ParsedPerson> found = new ArrayList<>(PersonNameParser.findPersons(lc.group(2)));
            if (found.isEmpty()) {
                String bare = lc.group(2).split("\\s+[–—-]\\s+|,")[0].strip();
                PersonNameParser.parseNameLine(bare).ifPresent(found::add);
            }
            if (found.size() <= 1 && lc.group(2).matches(".*(;|\\band\\b|&).*")) {
                found = new ArrayList<>(namesInList(lc.group(2)));
            }
            if (found.size() > 1 || LABEL_ALONE.matcher(lc.group(1)).matches() && lc.group(1).toLowerCase(Locale.ROOT).endsWith("s")) {
                List<ParsedPerson> listed = found.isEmpty() ? namesInList(lc.group(2)) : found;
                if (!listed.isEmpty()) {
                    return Optional.of(new SpeakerIntro(listed, first.start(), p.end(), AttributionMethod.SPEAKER_BLOCK,
                            false, i, -1));
                }
            }
            if (!found.isEmpty()) {
                String label = LineShapes.smartCase(lc.group(1).replaceFirst("(?i)\\s*(by)$", ""));
                ParsedPerson pp = found.getFirst();
                Person person = pp.person();
                int last = i;
                int headerEnd = first.end();
                String roleText = null;
                if (p.lines().size() > 1 && isRoleLine(p.lines().get(1).text())) {
                    roleText = p.lines().get(1).text();
                    headerEnd = p.lines().get(1).end();
                } else if (p.singleLine() && i + 1 < paras.size() && paras.get(i + 1).singleLine()
                        && isRoleLine(paras.get(i + 1).first().text())) {
                    last = i + 1;
                    roleText = paras.get(i + 1).first().text();
                    headerEnd = paras.get(i + 1).end();
                }
                if (roleText != null && person.role() == null) {
                    String[] ra = PersonNameParser.splitRole(roleText);
                    person = new Person(person.name(), person.honorifics(), ra[0], ra[1], null);
                }
                person = withRole(person, label);
                boolean wholeParagraph = p.lines().size() <= 2;
                return Optional.of(new SpeakerIntro(List.of(new ParsedPerson(person, pp.honorific(), 0)), first.start(),
                        headerEnd, AttributionMethod.SPEAKER_BLOCK, true, last,
                        wholeParagraph ? -1 : p.lines().get(roleText != null ? 2 : 1).start()));
            }
        }
        Matcher la = LABEL_ALONE.matcher(l0);
        if (la.matches()) {
            List<TextLine> lines = p.lines().subList(1, p.lines().size());
            int last = i;
            if (lines.isEmpty() && i + 1 < paras.size() && allShortLines(paras.get(i + 1))) {
                lines = paras.get(i + 1).lines();
                last = i + 1;
            }
            List<ParsedPerson> people = namesAndRoles(lines);
            if (!people.isEmpty()) {
                String label = LineShapes.smartCase(la.group(1));
                boolean singular = !label.toLowerCase(Locale.ROOT).endsWith("s") || people.size() == 1;
                if (people.size() == 1) {
                    ParsedPerson pp = people.getFirst();
                    String singularLabel = label.replaceAll("s$", "");
                    people = List.of(new ParsedPerson(withRole(pp.person(), singularLabel), pp.honorific(), 0));
                }
                return Optional.of(new SpeakerIntro(people, first.start(), paras.get(last).end(),
                        AttributionMethod.SPEAKER_BLOCK, singular && people.size() == 1, last, -1));
            }
        }
        Matcher rb = REMARKS_BY.matcher(l0);
        if (rb.matches() && p.singleLine()) {
            Optional<ParsedPerson> pp = PersonNameParser.parseIntroduction(rb.group(1));
            if (pp.isPresent()) {
                return Optional.of(new SpeakerIntro(List.of(pp.get()), first.start(), first.end(),
                        AttributionMethod.SPEAKER_BLOCK, true, i, -1));
            }
        }
        Matcher turn = TURN.matcher(l0);
        if (turn.matches()) {
            String label = turn.group(1).strip();
            if (!TURN_STOP.contains(label.toLowerCase(Locale.ROOT)) && !LineShapes.isTimeTable(l0)) {
                Optional<ParsedPerson> pp = turnSpeaker(label).or(() -> turnByRole(label));
                String said = turn.group(2).strip();
                if (pp.isPresent() && pp.get().person() != null && p.singleLine() && !LineShapes.endsSentence(said)
                        && isRoleLine(said)) {
                    // "Dr. Omar Lodhi: Director, Trade Desk" is a name and its role, not a turn
                    String[] ra = PersonNameParser.splitRole(said);
                    Person q = pp.get().person();
                    Person withRoleLine = new Person(q.name(), q.honorifics(), ra[0], ra[1], null);
                    return Optional.of(new SpeakerIntro(List.of(new ParsedPerson(withRoleLine, pp.get().honorific(), 0)),
                            first.start(), first.end(), AttributionMethod.SPEAKER_BLOCK, true, i, -1));
                }
                if (pp.isPresent()) {
                    int colon = l0.indexOf(':', turn.end(1));
                    int contentFrom = first.start() + turn.start(2);
                    return Optional.of(new SpeakerIntro(List.of(pp.get()), first.start(), first.start() + colon + 1,
                            AttributionMethod.TRANSCRIPT_TURN, true, i, contentFrom));
                }
            }
        }
        Optional<SpeakerIntro> nameAndRole = nameWithRoleLine(i);
        if (nameAndRole.isPresent()) {
            return nameAndRole;
        }
        Optional<ParsedPerson> name = PersonNameParser.parseNameLine(l0);
        if (name.isEmpty() && LineShapes.isAllCaps(l0) && LineShapes.wordCount(l0) <= 7) {
            name = PersonNameParser.parseNameLine(LineShapes.smartCase(l0)); // "DR. AMINA YUSUF"
        }
        if (name.isPresent() && !LineShapes.isKnownHeading(l0)) {
            List<TextLine> roleLines = new ArrayList<>();
            int last = i;
            int contentFrom = -1;
            if (p.lines().size() > 1) {
                if (isRoleLine(p.lines().get(1).text()) || startsContent(p.lines().get(1).text())) {
                    int k = 1;
                    for (; k < p.lines().size() && k <= 4; k++) {
                        String t = p.lines().get(k).text();
                        if (t.length() > 120 || LineShapes.endsSentence(t) && !t.endsWith(")") || startsContent(t)) {
                            break;
                        }
                        roleLines.add(p.lines().get(k));
                    }
                    if (k < p.lines().size()) {
                        if (!startsContent(p.lines().get(k).text())) {
                            return Optional.empty();
                        }
                        contentFrom = p.lines().get(k).start(); // the speaker's bullets follow without a blank line
                    }
                } else {
                    return Optional.empty();
                }
            } else if (i + 1 < paras.size() && paras.get(i + 1).lines().size() <= 3
                    && isRoleLine(paras.get(i + 1).first().text()) && allShortLines(paras.get(i + 1))) {
                roleLines.addAll(paras.get(i + 1).lines());
                last = i + 1;
            }
            if (!name.get().honorific() && roleLines.isEmpty()) {
                return Optional.empty();
            }
            Person person = name.get().person();
            if (!roleLines.isEmpty()) {
                StringBuilder role = new StringBuilder();
                for (TextLine rl : roleLines) {
                    role.append(role.isEmpty() ? "" : " ").append(rl.text());
                }
                String[] ra = PersonNameParser.splitRole(role.toString());
                person = new Person(person.name(), person.honorifics(), ra[0], ra[1], null);
            }
            int headerEnd = roleLines.isEmpty() ? first.end() : roleLines.getLast().end();
            return Optional.of(new SpeakerIntro(List.of(new ParsedPerson(person, name.get().honorific(), 0)),
                    first.start(), headerEnd, AttributionMethod.SPEAKER_BLOCK, true, last, contentFrom));
        }
        return Optional.empty();
    }

    /** "MODERATOR:" or "Host:" turns: the person introduced with that role, if exactly one was. */
    private Optional<ParsedPerson> turnByRole(String label) {
        if (LineShapes.wordCount(label) > 3) {
            return Optional.empty();
        }
        for (String w : label.split("\\s+")) {
            if (!WordLists.isRoleWord(LineShapes.smartCase(w))) {
                return Optional.empty();
            }
        }
        String role = label.toLowerCase(Locale.ROOT);
        Person found = null;
        for (Person p : persons) {
            if (p.role() != null && p.role().toLowerCase(Locale.ROOT).contains(role)) {
                if (found != null && !found.name().equals(p.name())) {
                    return Optional.empty();
                }
                found = p;
            }
        }
        return Optional.of(new ParsedPerson(found, false, 0));
    }

    /**
     * "Dr. Sameer Aziz, Senior Research Fellow, IRS", "Rina Das (Trade Desk)" or "Omar Lodhi – Director": a name with
     * its role on one short line, standing alone above the speaker's text.
     */
    private Optional<SpeakerIntro> nameWithRoleLine(int i) {
        Paragraph p = paras.get(i);
        TextLine first = p.first();
        String l0 = first.text();
        if (LineShapes.wordCount(l0) > 20 || LineShapes.endsSentence(l0) && !l0.endsWith(")")
                || !(p.singleLine() || startsContent(p.lines().get(1).text()))) {
            return Optional.empty();
        }
        Matcher m = Pattern.compile("^(.{3,70}?)(?:,\\s+|\\s+[–—-]\\s+|\\s*\\()(.{2,120}?)\\)?$").matcher(l0);
        if (!m.matches() || PersonNameParser.parseNameLine(m.group(1)).isEmpty() || !isRoleLine(m.group(2))) {
            return Optional.empty();
        }
        ParsedPerson pp = PersonNameParser.parseNameLine(m.group(1)).get();
        if (!pp.honorific() && LineShapes.wordCount(m.group(1)) < 2) {
            return Optional.empty();
        }
        if (!p.singleLine() || i + 1 < paras.size() && !isHeadingParagraph(paras.get(i + 1))) {
            String[] ra = PersonNameParser.splitRole(m.group(2));
            Person person = new Person(pp.name(), pp.person().honorifics(), ra[0], ra[1], null);
            return Optional.of(new SpeakerIntro(List.of(new ParsedPerson(person, pp.honorific(), 0)), first.start(),
                    first.end(), AttributionMethod.SPEAKER_BLOCK, true, i,
                    p.singleLine() ? -1 : p.lines().get(1).start()));
        }
        return Optional.empty();
    }

    /** A line that starts a speaker's content: a bullet, a numbered item or a full sentence of prose. */
    private static boolean startsContent(String t) {
        return LineShapes.isBullet(t) || LineShapes.isNumbered(t) || t.length() >= 60 && !isRoleLine(t);
    }

    private Optional<ParsedPerson> turnSpeaker(String label) {
        Optional<ParsedPerson> pp = PersonNameParser.parseNameLine(label);
        if (pp.isPresent()) {
            return pp;
        }
        if (label.matches("[\\p{Lu}][\\p{Lu}'’.\\- ]{2,40}") && !WordLists.isNotNameWord(label)
                && !WordLists.isRoleWord(label) && LineShapes.wordCount(label) <= 4) {
            String name = LineShapes.smartCase(label);
            return PersonNameParser.parseNameLine(name).or(() -> LineShapes.wordCount(name) == 1
                    && !WordLists.isNotNameWord(name) ? Optional.of(new ParsedPerson(Person.named(name), false, 0))
                    : Optional.empty());
        }
        return Optional.empty();
    }

    private List<ParsedPerson> namesAndRoles(List<TextLine> lines) {
        List<ParsedPerson> out = new ArrayList<>();
        for (TextLine l : lines) {
            String t = l.text();
            Optional<ParsedPerson> pp = PersonNameParser.parseNameLine(t);
            if (pp.isEmpty()) {
                List<ParsedPerson> inline = PersonNameParser.findPersons(t);
                if (!inline.isEmpty() && inline.getFirst().honorific()) {
                    pp = Optional.of(inline.getFirst());
                }
            }
            if (pp.isPresent()) {
                out.add(pp.get());
            } else if (!out.isEmpty() && isRoleLine(t)) {
                ParsedPerson prev = out.removeLast();
                Person q = prev.person();
                String role = q.role() == null ? t : q.role() + " " + t;
                String[] ra = PersonNameParser.splitRole(role);
                out.add(new ParsedPerson(new Person(q.name(), q.honorifics(), ra[0], ra[1], null), prev.honorific(), 0));
            } else {
                return List.of();
            }
        }
        return out;
    }

    static boolean isRoleLine(String t) {
        if (t.length() > 120 || LineShapes.wordCount(t) > 14 || t.endsWith(".") && !t.matches(".*\\b\\p{Lu}\\.$")) {
            return false;
        }
        if (LineShapes.isKnownHeading(t) || LineShapes.isBullet(t) || PersonNameParser.parseNameLine(t).isPresent()
                || LABEL_ALONE.matcher(t).matches()) {
            return false;
        }
        for (String w : t.split("[\\s/]+")) {
            if (WordLists.isRoleWord(w)) {
                return true;
            }
        }
        return ORG_WORD.matcher(t).find() || t.matches("(?i)^(to|of|at)\\s.*");
    }

    /** "Dr. A, Mr. B and Ms. C" or "A; B; C": each listed person. */
    static List<ParsedPerson> namesInList(String s) {
        List<ParsedPerson> out = new ArrayList<>();
        for (String part : s.split("\\s*(?:;|&|\\band\\b)\\s*")) {
            List<ParsedPerson> found = PersonNameParser.findPersons(part);
            if (!found.isEmpty()) {
                out.addAll(found);
            } else {
                PersonNameParser.parseNameLine(part.split(",")[0].strip()).ifPresent(out::add);
            }
        }
        return out;
    }

    static boolean allShortLines(Paragraph p) {
        for (TextLine l : p.lines()) {
            if (l.text().length() > 90 || l.text().endsWith(".")) {
                return false;
            }
        }
        return true;
    }

    static boolean isHeadingParagraph(Paragraph p) {
        if (!p.singleLine()) {
            return false;
        }
        String t = p.first().text();
        if (LineShapes.looksLikeDate(t) || LineShapes.isNumbered(t) && LineShapes.endsSentence(t)) {
            return false;
        }
        return LineShapes.isHeading(t);
    }

    static Person withRole(Person p, String role) {
        return p.role() == null ? new Person(p.name(), p.honorifics(), role, p.affiliation(), p.country()) : p;
    }
}
