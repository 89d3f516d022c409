package org.rapporteur.structure;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rapporteur.model.Person;

/**
 * A speech or statement whose speaker is named only in its title ("Remarks by Minister X", "Lawsky on the
 * BitLicense"): in a first-person text with no turns and no author, the person the title names speaks throughout.
 * A title word counts as a name only when it is shaped like one and the body never uses it (a topic word recurs in
 * the body; the speaker of a speech rarely names themselves).
 */
final class TitleSpeakerDetector implements EvidenceDetector {
    static final double TITLE = 0.55;

    private static final Pattern BY = Pattern.compile(
            "(?i)\\b(?:remarks|speech|statement|address|testimony|lecture|keynote|talk|briefing|interview)\\s+(?:by|of|from|with)\\s+(.{3,80})$");

    /** The speaker a "Remarks by …" line among the first paragraphs names, or empty. */
    static Optional<Person> remarksBy(DocumentScan scan) {
        int k = 0;
        for (Paragraph p : scan.paragraphs()) {
            if (++k > 8) {
                break;
            }
            Matcher m = SpeakerIntroDetector.REMARKS_BY.matcher(p.first().text());
            if (m.matches()) {
                Optional<Person> named = personIn(m.group(1));
                if (named.isPresent()) {
                    return named;
                }
            }
        }
        return Optional.empty();
    }

    /** "Minister Tomas Reinholt on Port Reform", "Dr. X at the Y": the person before the occasion. */
    static Optional<Person> personIn(String phrase) {
        String who = phrase.split("\\s+(?:at|to|before|on|during|in|for)\\s+(?:the\\s+)?\\p{Lu}")[0].strip();
        for (ParsedPerson pp : PersonNameParser.findPersons(who)) {
            return Optional.of(pp.person());
        }
        String head = who.split(",")[0].strip();
        String bare = TurnSpeakers.withoutTitles(head);
        Optional<ParsedPerson> named = PersonNameParser.parseNameLine(bare.isEmpty() ? head : bare);
        return named.filter(pp -> LineShapes.wordCount(pp.name()) >= 2).map(ParsedPerson::person);
    }

    @Override
    public void detect(AttributionContext ctx, List<Evidence> out) {
        if (ctx.layout().layout() != Layout.STATEMENT) {
            return;
        }
        Optional<Person> remarks = remarksBy(ctx.scan());
        if (remarks.isPresent()) {
            Person p = ctx.people().add(remarks.get());
            out.add(new Evidence(Candidate.of(p), ctx.bodyStart(), ctx.text().length(), Cue.TITLE_SPEAKER, 0.75,
                    "a speech headed \"Remarks by " + p.name() + "\""));
            return;
        }
        String title = ctx.declared().title() != null ? ctx.declared().title() : ctx.meta().title();
        if (title == null || title.isBlank()) {
            return;
        }
        speakerIn(title, ctx.text()).ifPresent(p -> out.add(new Evidence(Candidate.of(ctx.people().add(p)),
                ctx.bodyStart(), ctx.text().length(), Cue.TITLE_SPEAKER, TITLE,
                "a first-person speech whose title names " + p.name())));
    }

    static Optional<Person> speakerIn(String title, String body) {
        Matcher by = BY.matcher(title.strip());
        if (by.find()) {
            Optional<Person> named = personIn(by.group(1));
            if (named.isPresent()) {
                return named;
            }
        }
        for (ParsedPerson pp : PersonNameParser.findPersons(title)) {
            if (pp.honorific()) {
                return Optional.of(pp.person());
            }
        }
        String ownBody = withoutTitleLines(title, body);
        String lowerBody = ownBody.toLowerCase(Locale.ROOT);
        String found = null;
        for (String w : title.split("[\\s:,;–—\\-/|()]+")) {
            String bare = w.replaceAll("(’s|'s)$", "").replaceAll("[^\\p{L}'’]", "");
            if (bare.length() < 4 || !Character.isUpperCase(bare.charAt(0)) || LineShapes.isAllCaps(bare)
                    || bare.chars().skip(1).anyMatch(Character::isUpperCase) || WordLists.isNotNameWord(bare)
                    || WordLists.isRoleWord(bare) || LineShapes.looksLikeDate(bare)) {
                continue;
            }
            if (countWord(lowerBody, bare.toLowerCase(Locale.ROOT)) > 0) {
                continue; // a topic or common word: the body uses it; a speech's speaker rarely names themselves
            }
            if (found != null) {
                return Optional.empty(); // two unknown capitalised words: no way to tell the name
            }
            found = bare;
        }
        return found == null ? Optional.empty() : Optional.of(Person.named(found));
    }

    /** The body without the lines that repeat the title (a heading over the text, a title page). */
    static String withoutTitleLines(String title, String body) {
        java.util.Set<String> titleWords = new java.util.HashSet<>();
        for (String w : title.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > 2) {
                titleWords.add(w);
            }
        }
        StringBuilder sb = new StringBuilder(body.length());
        int lines = 0;
        for (String line : body.split("\n", -1)) {
            if (lines++ < 60 && !titleWords.isEmpty() && line.length() < 160 && !LineShapes.endsSentence(line.strip())) {
                int shared = 0;
                for (String w : line.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                    if (titleWords.contains(w)) {
                        shared++;
                    }
                }
                if (shared * 10 >= titleWords.size() * 6) {
                    continue;
                }
            }
            sb.append(line).append('\n');
        }
        return sb.toString();
    }

    private static int countWord(String lowerBody, String w) {
        int n = 0;
        int from = 0;
        while (n < 3) {
            int k = lowerBody.indexOf(w, from);
            if (k < 0) {
                break;
            }
            boolean start = k == 0 || !Character.isLetter(lowerBody.charAt(k - 1));
            boolean end = k + w.length() >= lowerBody.length() || !Character.isLetter(lowerBody.charAt(k + w.length()));
            if (start && end) {
                n++;
            }
            from = k + w.length();
        }
        return n;
    }
}
