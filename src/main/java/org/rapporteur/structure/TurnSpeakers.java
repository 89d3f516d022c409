package org.rapporteur.structure;

import java.util.Locale;
import java.util.Optional;
import org.rapporteur.model.Person;

/**
 * Who a turn label names: the person the document introduced under that name, surname, initials or role, else the
 * person the label itself names; an audience label ("Q", "Audience member") is the audience; a role label nobody was
 * introduced under stays a role (a body), never a guessed person.
 */
final class TurnSpeakers {
    private final PersonIndex people;
    private final String organisation;
    private final String text;

    TurnSpeakers(PersonIndex people, String organisation, String text) {
        this.people = people;
        this.organisation = organisation;
        this.text = text;
    }

    /** A surname the index does not know: the one full name the text gives it, added to the index. */
    private Optional<Person> completed(String surname) {
        return people.bySurnameInText(surname, text);
    }

    /** The candidate for a label, with a note on how it was resolved. */
    record Resolved(Candidate candidate, String how) {
    }

    Resolved resolve(String label) {
        Resolved r = resolveAsWritten(label);
        if (r.candidate().isPerson() && LineShapes.wordCount(r.candidate().person().name()) == 1) {
            // "SOLHEIM" was first known by the label alone; the text names her in full elsewhere
            Optional<Person> full = completed(r.candidate().person().name());
            if (full.isPresent()) {
                return new Resolved(Candidate.of(full.get()), r.how() + ", in full " + full.get().name());
            }
        }
        return r;
    }

    private Resolved resolveAsWritten(String label) {
        String l = TurnDetector.cleanLabel(label);
        if (LayoutClassifier.isAudienceLabel(l)) {
            Optional<Person> asker = people.byRole("interviewer");
            if (asker.isPresent() && TurnDetector.key(l).equals("q")) {
                return new Resolved(Candidate.of(asker.get()), "question label of the interviewer " + asker.get().name());
            }
            return new Resolved(Candidate.body("Audience"), "an audience question");
        }
        String words = labelCase(l);
        // initials: "JB" for the Jerry Brito the text introduced
        if (l.matches("\\p{Lu}{2,3}")) {
            Optional<Person> p = people.byInitials(l);
            if (p.isPresent()) {
                return new Resolved(Candidate.of(p.get()), "initials " + l + " of " + p.get().name());
            }
            if (people.initialsCount(l) > 1) {
                return new Resolved(Candidate.body(l), "initials " + l + " that two people share");
            }
            if (organisation != null && acronymOf(organisation).equals(l) || isOrganisationAcronym(l)) {
                Optional<Person> asker = people.byRole("interviewer");
                if (asker.isPresent()) {
                    return new Resolved(Candidate.of(asker.get()),
                            "the publication's label " + l + ", asked by its interviewer " + asker.get().name());
                }
            }
        }
        if (isRoleLabel(words)) {
            Optional<Person> p = people.byRole(words);
            if (p.isPresent()) {
                return new Resolved(Candidate.of(p.get()), "role label \"" + l + "\" of " + p.get().name());
            }
            return new Resolved(Candidate.body(words), "role label \"" + l + "\" that names nobody introduced");
        }
        Optional<ParsedPerson> parsed = PersonNameParser.parseNameLine(words);
        if (parsed.isPresent()) {
            Person named = parsed.get().person();
            if (LineShapes.wordCount(named.name()) >= 2 || named.name().contains(".")) {
                Optional<Person> known = people.byName(named.name());
                Person p = known.orElseGet(() -> people.add(named));
                return new Resolved(Candidate.of(p), "turn label " + l);
            }
            Optional<Person> bySurname = people.bySurname(named.name()).or(() -> completed(named.name()));
            if (bySurname.isPresent()) {
                return new Resolved(Candidate.of(bySurname.get()), "turn label " + l + ", surname of "
                        + bySurname.get().name());
            }
            return new Resolved(Candidate.of(people.add(named)), "turn label " + l);
        }
        String bare = withoutTitles(words);
        if (!bare.equals(words) && !bare.isEmpty()) {
            // "Ambassador Elahi", "Lady Hallett", "Hon. Ro F. Tuisawau": titles the parser does not know, then a name
            Optional<Person> known = LineShapes.wordCount(bare) >= 2 ? people.byName(bare)
                    : people.bySurname(bare).or(() -> completed(bare));
            if (known.isEmpty() && LineShapes.wordCount(bare) >= 2) {
                known = people.bySurname(bare.substring(bare.lastIndexOf(' ') + 1));
            }
            Person p = known.orElseGet(() -> people.add(Person.named(bare)));
            return new Resolved(Candidate.of(p), "turn label " + l);
        }
        if (words.matches("\\p{Lu}[\\p{L}'’\\-]+") && !WordLists.isNotNameWord(words)) {
            Optional<Person> bySurname = people.bySurname(words).or(() -> completed(words));
            Person p = bySurname.orElseGet(() -> people.add(Person.named(words)));
            return new Resolved(Candidate.of(p), "turn label " + l);
        }
        return new Resolved(Candidate.body(words), "label \"" + l + "\" that is not a person's name");
    }

    /**
     * An upper-case label in name case: "HON. A. SAYED-KHAIYUM" is "Hon. A. Sayed-Khaiyum" (initials stay capitals,
     * each part of a hyphenated name is capitalised); a label in mixed case is left as written.
     */
    static String labelCase(String label) {
        if (!LineShapes.isAllCaps(label) || label.length() <= 3) {
            return label;
        }
        StringBuilder sb = new StringBuilder(label.length());
        boolean wordStart = true;
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (Character.isLetter(c)) {
                boolean initial = i + 1 < label.length() && label.charAt(i + 1) == '.' && wordStart;
                sb.append(wordStart || initial ? c : Character.toLowerCase(c));
                wordStart = false;
            } else {
                sb.append(c);
                wordStart = c == ' ' || c == '-' || c == '.' || c == '\'' || c == '’';
            }
        }
        return sb.toString();
    }

    /** The label without its leading honorifics and role words: "Ambassador Elahi" is "Elahi"; "" when nothing is left. */
    static String withoutTitles(String label) {
        String[] w = label.split("\\s+");
        int k = 0;
        while (k < w.length - 1 && (PersonNameParser.startsWithHonorific(w[k]) || WordLists.isRoleWord(w[k])
                || WordLists.isRoleWord(w[k].replace(".", "")) || w[k].matches("(?i)ro|ratu|adi|his|her|excellency|the"))) {
            k++;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = k; i < w.length; i++) {
            if (!w[i].matches("[\\p{Lu}][\\p{L}.'’\\-]*")) {
                return "";
            }
            sb.append(sb.isEmpty() ? "" : " ").append(w[i]);
        }
        return sb.toString();
    }

    /** Every word a role word or a connective: "Lead Inquiry", "The Witness", "Counsel to the Inquiry", "MODERATOR". */
    static boolean isRoleLabel(String label) {
        boolean role = false;
        for (String w : label.split("\\s+")) {
            String lw = w.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
            if (lw.isEmpty() || CONNECTIVES.contains(lw) || PersonNameParser.startsWithHonorific(w)) {
                continue;
            }
            if (WordLists.isRoleWord(capitalise(lw)) || WordLists.isRoleWord(lw) || ROLE_EXTRA.contains(lw)) {
                role = true;
            } else {
                return false;
            }
        }
        return role;
    }

    private static final java.util.Set<String> CONNECTIVES = java.util.Set.of("the", "of", "to", "for", "and", "my",
            "mr", "madam", "deputy", "lead", "vice");
    private static final java.util.Set<String> ROLE_EXTRA = java.util.Set.of("witness", "counsel", "inquiry",
            "moderator", "host", "chair", "chairman", "chairwoman", "chairperson", "interviewer", "presenter",
            "speaker", "clerk", "panel", "panelist", "panellist", "facilitator", "narrator", "announcer", "operator",
            "judge", "commissioner", "registrar", "secretary", "attorney", "solicitor", "barrister", "member",
            "representative", "senator", "president", "minister", "prosecutor", "defence", "defense", "court");

    private static boolean isOrganisationAcronym(String l) {
        return !WordLists.isRoleWord(l);
    }

    private static String acronymOf(String organisation) {
        int open = organisation.indexOf('(');
        int close = organisation.indexOf(')', open + 1);
        if (open >= 0 && close > open) {
            return organisation.substring(open + 1, close).strip();
        }
        StringBuilder sb = new StringBuilder();
        for (String w : organisation.split("\\s+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                sb.append(w.charAt(0));
            }
        }
        return sb.toString();
    }

    private static String capitalise(String w) {
        return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }
}
