package org.rapporteur.structure;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rapporteur.model.Claim;
import org.rapporteur.model.Ids;
import org.rapporteur.model.Person;
import org.rapporteur.model.Report;
import org.rapporteur.model.SpeakerBlock;

/**
 * The people of a corpus, built from structured reports: speakers, programme and list entries, quoted persons,
 * authors and sidecar speakers. One canonical person per full name without honorifics, so "Senator Farhatullah
 * Babar" and "Farhatullah Babar" are one, while "Asif Ghafoor", "Asif Durrani" and "Mohammad Asad Durrani" stay
 * three. A bare surname ("Babar") joins the person of that report with that surname when exactly one has it.
 * Immutable after construction and thread-safe.
 */
public final class PersonRegistry {
    private final List<RegistryPerson> persons;
    private final Map<String, RegistryPerson> byKey = new LinkedHashMap<>();

    private static final class Acc {
        final String key;
        String name;
        final Set<String> aliases = new LinkedHashSet<>();
        final Set<String> honorifics = new LinkedHashSet<>();
        final Set<String> roles = new LinkedHashSet<>();
        final Set<String> affiliations = new LinkedHashSet<>();
        final Set<String> countries = new LinkedHashSet<>();
        final Set<String> reports = new LinkedHashSet<>();

        Acc(String key, String name) {
            this.key = key;
            this.name = name;
        }

        void add(Person p, String reportId) {
            String written = String.join(" ", p.honorifics()).isEmpty() ? p.name()
                    : honorificPrefix(p) + p.name();
            aliases.add(p.name());
            aliases.add(written.strip());
            honorifics.addAll(p.honorifics());
            if (p.role() != null) {
                roles.add(p.role());
            }
            if (p.affiliation() != null) {
                affiliations.add(p.affiliation());
            }
            if (p.country() != null) {
                countries.add(p.country());
            }
            if (reportId != null) {
                reports.add(reportId);
            }
        }

        private static String honorificPrefix(Person p) {
            StringBuilder sb = new StringBuilder();
            for (String h : p.honorifics()) {
                if (!h.matches("(?i)(HI|SI|HJ|TI|NI|SJ|PhD|OBE|MBE|CBE|KBE)\\b.*|\\(.*")) {
                    sb.append(h).append(' ');
                }
            }
            return sb.toString();
        }
    }

    public PersonRegistry(Collection<Report> reports) {
        Map<String, Acc> acc = new LinkedHashMap<>();
        List<Object[]> surnameOnly = new ArrayList<>();
        for (Report r : reports) {
            List<Person> seen = new ArrayList<>();
            for (SpeakerBlock b : r.speakerBlocks()) {
                seen.add(b.person());
            }
            for (Claim c : r.claims()) {
                if (c.attribution().speaker() != null) {
                    seen.add(c.attribution().speaker());
                }
            }
            for (String a : r.metadata().authors()) {
                seen.add(Person.named(a));
            }
            for (Person p : seen) {
                if (p == null || p.name() == null || p.name().isBlank()) {
                    continue;
                }
                String key = key(p.name());
                if (key.isEmpty()) {
                    continue;
                }
                if (!key.contains(" ")) {
                    surnameOnly.add(new Object[] {p, r.id()});
                    continue;
                }
                acc.computeIfAbsent(key, k -> new Acc(k, p.name())).add(p, r.id());
            }
        }
        mergeInitialVariants(acc);
        for (Object[] so : surnameOnly) {
            Person p = (Person) so[0];
            String reportId = (String) so[1];
            Acc target = uniqueBySurname(acc.values(), key(p.name()), reportId);
            if (target != null) {
                target.add(p, reportId);
            } else {
                acc.computeIfAbsent(key(p.name()), k -> new Acc(k, p.name())).add(p, reportId);
            }
        }
        List<RegistryPerson> out = new ArrayList<>();
        for (Acc a : acc.values()) {
            RegistryPerson rp = new RegistryPerson(personId(a.key), a.name, List.copyOf(a.aliases),
                    List.copyOf(a.honorifics), List.copyOf(a.roles), List.copyOf(a.affiliations),
                    List.copyOf(a.countries), List.copyOf(a.reports));
            out.add(rp);
            byKey.put(a.key, rp);
        }
        out.sort((x, y) -> x.name().compareToIgnoreCase(y.name()));
        this.persons = List.copyOf(out);
    }

    /** Every canonical person, sorted by name. */
    public List<RegistryPerson> persons() {
        return persons;
    }

    /**
     * The person with this name or alias (honorifics ignored); a bare surname matches only when exactly one person
     * has it.
     */
    public Optional<RegistryPerson> lookup(String nameOrAlias) {
        if (nameOrAlias == null || nameOrAlias.isBlank()) {
            return Optional.empty();
        }
        String k = key(nameOrAlias);
        RegistryPerson p = byKey.get(k);
        if (p != null) {
            return Optional.of(p);
        }
        RegistryPerson found = null;
        for (RegistryPerson rp : persons) {
            boolean hit = false;
            for (String a : rp.aliases()) {
                if (key(a).equals(k)) {
                    hit = true;
                    break;
                }
            }
            if (!hit && !k.contains(" ")) {
                String[] parts = key(rp.name()).split(" ");
                hit = parts[parts.length - 1].equals(k);
            }
            if (hit) {
                if (found != null && found != rp) {
                    return Optional.empty();
                }
                found = rp;
            }
        }
        return Optional.ofNullable(found);
    }

    /** A comparable key for a name: honorifics and post-nominals dropped, accents, case and dots ignored. */
    static String key(String name) {
        String bare = PersonNameParser.bareName(name);
        String n = Normalizer.normalize(bare, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return n.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} ]", "").replaceAll("\\s+", " ").strip();
    }

    private static String personId(String key) {
        return "p-" + Ids.sha256(key.getBytes(StandardCharsets.UTF_8)).substring(0, 12);
    }

    /** "Marvin G Weinbaum" and "Marvin Weinbaum" are one person: same first and last name, initials differ. */
    private static void mergeInitialVariants(Map<String, Acc> acc) {
        List<String> keys = new ArrayList<>(acc.keySet());
        for (String shortKey : keys) {
            if (!acc.containsKey(shortKey)) {
                continue;
            }
            String[] s = shortKey.split(" ");
            for (String longKey : keys) {
                if (longKey.equals(shortKey) || !acc.containsKey(longKey)) {
                    continue;
                }
                String[] l = longKey.split(" ");
                if (l.length <= s.length || !l[0].equals(s[0]) || !l[l.length - 1].equals(s[s.length - 1])) {
                    continue;
                }
                boolean onlyInitials = true;
                List<String> middle = new ArrayList<>(List.of(l).subList(1, l.length - 1));
                for (int k = 1; k < s.length - 1; k++) {
                    middle.remove(s[k]);
                }
                for (String m : middle) {
                    if (m.length() > 1) {
                        onlyInitials = false;
                    }
                }
                if (onlyInitials) {
                    Acc target = acc.get(longKey);
                    Acc from = acc.remove(shortKey);
                    target.aliases.addAll(from.aliases);
                    target.honorifics.addAll(from.honorifics);
                    target.roles.addAll(from.roles);
                    target.affiliations.addAll(from.affiliations);
                    target.countries.addAll(from.countries);
                    target.reports.addAll(from.reports);
                    break;
                }
            }
        }
    }

    private static Acc uniqueBySurname(Collection<Acc> all, String surname, String reportId) {
        Acc found = null;
        for (Acc a : all) {
            String[] parts = a.key.split(" ");
            if (parts[parts.length - 1].equals(surname) && a.reports.contains(reportId)) {
                if (found != null) {
                    return null;
                }
                found = a;
            }
        }
        return found;
    }
}
