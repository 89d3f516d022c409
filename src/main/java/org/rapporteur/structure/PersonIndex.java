package org.rapporteur.structure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rapporteur.model.Person;

/**
 * The people of one document and the roles it gives them, so that later references resolve to the person introduced
 * once: a surname ({@code Mr Keith}, "Bokhari said"), an upper-case label ({@code HON. F. S. KOYA}), initials
 * ({@code JB} for Jerry Brito), or a role label ({@code Counsel Inquiry} for the counsel the hearing introduced,
 * {@code The Witness}, {@code MODERATOR}). A reference that fits two people resolves to neither.
 */
final class PersonIndex {
    private static final Set<String> ROLE_STOP = Set.of("the", "of", "to", "from", "a", "an", "and", "for", "mr", "ms",
            "mrs", "madam", "my", "questions", "question", "by", "in", "at", "on");
    /** Role words that name the same function. */
    private static final List<List<String>> SYNONYMS = List.of(
            List.of("chair", "chairman", "chairwoman", "chairperson", "presiding", "president"),
            List.of("moderator", "host", "facilitator", "anchor"),
            List.of("interviewer", "journalist", "correspondent", "reporter"),
            List.of("witness", "deponent", "respondent"));

    private final List<Entry> people = new ArrayList<>();
    private final Map<String, Optional<Person>> fullNames = new HashMap<>();
    private String fullNamesText;

    private static final class Entry {
        private Person person;
        /** The name's comparison key and its parts, computed once per name (parsing a name is not cheap). */
        private String key;
        private List<String> parts;
        final Set<String> roleWords = new LinkedHashSet<>();

        Entry(Person p) {
            set(p);
        }

        void set(Person p) {
            this.person = p;
            this.key = PersonRegistry.key(p.name());
            this.parts = nameParts(p.name());
        }
    }

    /** Adds a person (or merges with the one of the same name, keeping the richer role). Returns the entry's person. */
    Person add(Person added) {
        Person p = withoutPossessive(added);
        if (p == null || p.name() == null || p.name().isBlank()) {
            return p;
        }
        Entry e = find(p.name());
        List<String> parts = nameParts(p.name());
        if (e == null && parts.size() == 1) {
            e = uniqueBySurname(parts.getFirst()); // "Elahi" is the Karam Elahi the document introduced
        }
        if (e == null && parts.size() >= 2) {
            Entry bare = find(parts.getLast());
            if (bare != null && bare.parts.size() == 1) {
                e = bare; // the surname came first ("Mr Keith:"), the full name now: one person
            }
        }
        if (e == null) {
            e = new Entry(p);
            people.add(e);
        } else if (e.person.role() == null && p.role() != null || e.person.name().length() < p.name().length()) {
            Person richer = p.name().length() >= e.person.name().length() ? p : e.person;
            e.set(new Person(richer.name(), p.honorifics().isEmpty() ? e.person.honorifics() : p.honorifics(),
                    p.role() != null ? p.role() : e.person.role(),
                    p.affiliation() != null ? p.affiliation() : e.person.affiliation(),
                    p.country() != null ? p.country() : e.person.country()));
        }
        addRoleWords(e, p.role());
        addRoleWords(e, p.affiliation());
        for (String h : p.honorifics()) {
            addRoleWords(e, h);
        }
        return e.person;
    }

    /** Gives a known person a role the document states elsewhere ("Questions From Counsel to the Inquiry"). */
    void addRole(Person p, String role) {
        Entry e = find(p.name());
        if (e == null) {
            add(p);
            e = find(p.name());
        }
        if (e != null) {
            addRoleWords(e, role);
            if (e.person.role() == null) {
                e.set(new Person(e.person.name(), e.person.honorifics(), role, e.person.affiliation(),
                        e.person.country()));
            }
        }
    }

    /** "Grant Motley’s keynote": the name is Grant Motley. */
    static Person withoutPossessive(Person p) {
        if (p == null || p.name() == null) {
            return p;
        }
        String n = p.name().replaceAll("(’s|'s|’|')$", "").replaceAll("(\\p{L}{2,})\\.$", "$1").strip();
        return n.equals(p.name()) ? p : new Person(n, p.honorifics(), p.role(), p.affiliation(), p.country());
    }

    List<Person> all() {
        return people.stream().map(e -> e.person).toList();
    }

    /** The known person of this name, by full name, or by surname when the first names are compatible. */
    Optional<Person> byName(String name) {
        Entry e = find(name);
        return e == null ? Optional.empty() : Optional.of(e.person);
    }

    private Entry uniqueBySurname(String surname) {
        Entry found = null;
        for (Entry e : people) {
            List<String> parts = e.parts;
            if (!parts.isEmpty() && parts.getLast().equals(surname)) {
                if (found != null && found != e) {
                    return null;
                }
                found = e;
            }
        }
        return found;
    }

    /** The one known person with this surname. */
    Optional<Person> bySurname(String surname) {
        String s = fold(surname);
        Entry found = null;
        for (Entry e : people) {
            List<String> parts = e.parts;
            if (!parts.isEmpty() && parts.getLast().equals(s)) {
                if (found != null && found != e) {
                    return Optional.empty();
                }
                found = e;
            }
        }
        return found == null ? Optional.empty() : Optional.of(found.person);
    }

    /**
     * The one known person with this surname, else the one full name the text gives the surname ("Ilse Varga" for
     * "Varga"), added to the index; empty when neither.
     */
    Optional<Person> bySurnameInText(String surname, String text) {
        Optional<Person> known = bySurname(surname);
        if (known.isPresent() && nameParts(known.get().name()).size() >= 2) {
            return known;
        }
        // unknown, or known only by the surname ("SOLHEIM:" before the text names her in full): complete it
        Optional<Person> full = fullNameInText(surname, text)
                .filter(f -> LineShapes.wordCount(f.name()) >= 2).map(this::add);
        return full.isPresent() ? full : known;
    }

    /**
     * {@link DocumentPeople#fullNameFor}, remembered per surname for the text last asked about: it searches the whole
     * text, and a long report asks about the same surnames for many of its claims.
     */
    private Optional<Person> fullNameInText(String surname, String text) {
        if (text != fullNamesText) {
            fullNames.clear();
            fullNamesText = text;
        }
        return fullNames.computeIfAbsent(surname, s -> DocumentPeople.fullNameFor(s, text));
    }

    /** The one known person whose initials are these letters ("JB", "MW"), first and last name or all names. */
    Optional<Person> byInitials(String letters) {
        Entry found = null;
        for (Entry e : people) {
            if (hasInitials(e, letters)) {
                if (found != null && found != e) {
                    return Optional.empty();
                }
                found = e;
            }
        }
        return found == null ? Optional.empty() : Optional.of(found.person);
    }

    /** How many known people have these initials: two or more make a label ambiguous. */
    int initialsCount(String letters) {
        return (int) people.stream().filter(e -> hasInitials(e, letters)).count();
    }

    private static boolean hasInitials(Entry e, String letters) {
        List<String> parts = e.parts;
        if (parts.size() < 2) {
            return false;
        }
        StringBuilder all = new StringBuilder();
        for (String p : parts) {
            all.append(p.charAt(0));
        }
        String l = letters.toLowerCase(Locale.ROOT);
        return all.toString().equals(l) || ("" + parts.getFirst().charAt(0) + parts.getLast().charAt(0)).equals(l);
    }

    /**
     * The one person whose stated role holds every content word of {@code label} ("Lead Inquiry" for the "Lead
     * Counsel to the Inquiry", "The Witness" for the witness sworn in), synonyms folded.
     */
    Optional<Person> byRole(String label) {
        Set<String> words = roleWords(label);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        Entry found = null;
        for (Entry e : people) {
            if (e.roleWords.containsAll(words)) {
                if (found != null && found != e) {
                    return Optional.empty();
                }
                found = e;
            }
        }
        return found == null ? Optional.empty() : Optional.of(found.person);
    }

    // --- internals -------------------------------------------------------------------------------------------------

    private Entry find(String name) {
        String key = PersonRegistry.key(name);
        if (key.isEmpty()) {
            return null;
        }
        for (Entry e : people) {
            if (e.key.equals(key)) {
                return e;
            }
        }
        List<String> parts = nameParts(name);
        if (parts.size() < 2) {
            return null;
        }
        Entry found = null;
        for (Entry e : people) {
            List<String> other = e.parts;
            if (other.size() >= 2 && other.getLast().equals(parts.getLast())
                    && other.getFirst().charAt(0) == parts.getFirst().charAt(0)
                    && (other.getFirst().length() == 1 || parts.getFirst().length() == 1
                    || other.getFirst().equals(parts.getFirst()))) {
                if (found != null && found != e) {
                    return null;
                }
                found = e;
            }
        }
        return found;
    }

    private static void addRoleWords(Entry e, String text) {
        e.roleWords.addAll(roleWords(text));
    }

    static Set<String> roleWords(String text) {
        Set<String> out = new LinkedHashSet<>();
        if (text == null) {
            return out;
        }
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.length() < 2 || ROLE_STOP.contains(w)) {
                continue;
            }
            out.add(canonicalRole(w));
        }
        return out;
    }

    private static String canonicalRole(String w) {
        for (List<String> group : SYNONYMS) {
            if (group.contains(w)) {
                return group.getFirst();
            }
        }
        return w;
    }

    /** Lower-case name words without honorifics, accents folded; single letters kept as initials. */
    static List<String> nameParts(String name) {
        String key = PersonRegistry.key(name);
        List<String> out = new ArrayList<>();
        for (String w : key.split(" ")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private static String fold(String s) {
        return PersonRegistry.key(s);
    }
}
