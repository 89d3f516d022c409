package org.rapporteur.structure;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
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
import org.rapporteur.model.PersonDecision;
import org.rapporteur.model.Report;
import org.rapporteur.model.SpeakerBlock;

/**
 * The people of a corpus, built from structured reports: speakers, programme and list entries, quoted persons,
 * authors and sidecar speakers. The written forms of one person's name are one person: honorifics aside ("Senator
 * Farhatullah Babar" and "Farhatullah Babar"), and across the corpus initials, middle names, short forms and the
 * corpus's own links ({@link VariantMerging}), while "Asif Ghafoor", "Asif Durrani" and "Mohammad Asad Durrani" stay
 * three. A bare surname ("Babar") joins the person of that report with that surname when exactly one has it. The
 * analyst's merges and splits apply last (ADR 0021). Immutable after construction and thread-safe.
 */
public final class PersonRegistry {
    /**
     * Forms of a name that leave out a given name ("George Bush", "George W. Bush") are kept apart when the corpus
     * uses them in periods this many years apart: a father and a son, not one person renamed (ADR 0021).
     */
    static final int NAMESAKE_GAP_YEARS = 4;

    private final List<RegistryPerson> persons;
    private final Map<String, RegistryPerson> byKey = new LinkedHashMap<>();

    /** One written form of a name (one key) with everything the corpus says about it. */
    private static final class Acc {
        final String key;
        String name;
        long weight;
        final Set<String> aliases = new LinkedHashSet<>();
        final Set<String> honorifics = new LinkedHashSet<>();
        final Set<String> roles = new LinkedHashSet<>();
        final Set<String> affiliations = new LinkedHashSet<>();
        final Set<String> countries = new LinkedHashSet<>();
        final Set<String> reports = new LinkedHashSet<>();
        final java.util.TreeSet<Integer> years = new java.util.TreeSet<>();

        Acc(String key, String name) {
            this.key = key;
            this.name = name;
        }

        void add(Person p, String reportId, Integer year, long w) {
            weight += w;
            if (capitalWords(p.name()) < capitalWords(name)) {
                name = p.name(); // "Ilham Heydar oglu Aliyev" rather than "Mr. Ilham Heydar oglu ALIYEV"
            }
            String written = String.join(" ", p.honorifics()).isEmpty() ? p.name()
                    : honorificPrefix(p) + p.name();
            aliases.add(p.name());
            aliases.add(written.strip());
            honorifics.addAll(p.honorifics());
            if (p.role() != null && !p.role().isBlank()) {
                roles.add(p.role().strip());
            }
            if (p.affiliation() != null) {
                affiliations.add(p.affiliation());
            }
            if (p.country() != null && !p.country().isBlank()) {
                countries.add(p.country().strip());
            }
            if (reportId != null) {
                reports.add(reportId);
            }
            if (year != null) {
                years.add(year);
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
        this(reports, List.of());
    }

    /** The people of these reports, with the analyst's decisions applied (see below). */
    public PersonRegistry(Collection<Report> reports, List<PersonDecision> decisions) {
        this(sightings(reports), decisions);
    }

    /**
     * One person seen in one report: {@code weight} is how often (claims, blocks); {@code date} the report's date.
     */
    public record Sighting(Person person, String reportId, String date, long weight) {
    }

    private static List<Sighting> sightings(Collection<Report> reports) {
        List<Sighting> out = new ArrayList<>();
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
                out.add(new Sighting(p, r.id(), r.metadata().date(), 1));
            }
        }
        return out;
    }

    /**
     * The people of these sightings: written forms of one name merged automatically ({@link VariantMerging}), then
     * the analyst's decisions applied over that, oldest first.
     */
    public PersonRegistry(List<Sighting> sightings, List<PersonDecision> decisions) {
        Map<String, Acc> acc = new LinkedHashMap<>();
        List<Sighting> surnameOnly = new ArrayList<>();
        Map<String, String> keys = new HashMap<>(); // reading a name is the costly part; a corpus repeats them
        for (Sighting s : sightings) {
            Person p = s.person();
            if (p == null || p.name() == null || p.name().isBlank()) {
                continue;
            }
            String key = keys.computeIfAbsent(p.name(), PersonRegistry::key);
            if (key.isEmpty()) {
                continue;
            }
            if (!key.contains(" ")) {
                surnameOnly.add(s);
                continue;
            }
            acc.computeIfAbsent(key, k -> new Acc(k, p.name())).add(p, s.reportId(), yearOf(s.date()), s.weight());
        }
        Map<String, List<Acc>> bySurname = new HashMap<>();
        for (Acc a : acc.values()) {
            bySurname.computeIfAbsent(a.key.substring(a.key.lastIndexOf(' ') + 1), k -> new ArrayList<>()).add(a);
        }
        for (Sighting s : surnameOnly) {
            Person p = s.person();
            Acc target = uniqueBySurname(bySurname.getOrDefault(key(p.name()), List.of()), s.reportId());
            if (target == null) {
                target = acc.computeIfAbsent(key(p.name()), k -> new Acc(k, p.name()));
            }
            target.add(p, s.reportId(), yearOf(s.date()), s.weight());
        }
        List<List<Acc>> people = VariantMerging.merge(acc.values());
        people = applyDecisions(people, decisions);
        List<RegistryPerson> out = new ArrayList<>();
        for (List<Acc> forms : people) {
            RegistryPerson rp = toPerson(forms);
            out.add(rp);
            for (Acc a : forms) {
                byKey.put(a.key, rp);
            }
        }
        out.sort((x, y) -> x.name().compareToIgnoreCase(y.name()));
        this.persons = List.copyOf(out);
    }

    private static Integer yearOf(String date) {
        if (date == null || date.length() < 4 || !date.substring(0, 4).chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Integer.parseInt(date.substring(0, 4));
    }

    /**
     * The canonical form is the most complete one (most given names written in full, then most words), then the one
     * not written in capitals, then the most frequent: "Josaia Voreqe Bainimarama", not "Frank Bainimarama" or
     * "JOSAIA V. BAINIMARAMA". Its key gives the person's id.
     */
    private static final Comparator<Acc> CANONICAL_FIRST = Comparator
            .comparingInt((Acc a) -> -NameVariants.fullGivenNames(a.key))
            .thenComparingInt(a -> -NameVariants.words(a.key).size())
            .thenComparing(a -> isCapitals(a.name))
            .thenComparingLong(a -> -a.weight)
            .thenComparing(a -> a.key);

    /** Words written in capitals (two letters or more): how shouted a written form is. */
    private static int capitalWords(String name) {
        int n = 0;
        for (String w : name.split("\\s+")) {
            if (w.codePoints().filter(Character::isLetter).count() > 1
                    && w.codePoints().filter(Character::isLetter).noneMatch(Character::isLowerCase)) {
                n++;
            }
        }
        return n;
    }

    private static boolean isCapitals(String name) {
        return name.codePoints().filter(Character::isLetter).noneMatch(Character::isLowerCase);
    }

    private static RegistryPerson toPerson(List<Acc> forms) {
        List<Acc> ordered = new ArrayList<>(forms);
        ordered.sort(CANONICAL_FIRST);
        Acc canonical = ordered.getFirst();
        Set<String> aliases = new LinkedHashSet<>();
        Set<String> honorifics = new LinkedHashSet<>();
        Set<String> roles = new LinkedHashSet<>();
        Set<String> affiliations = new LinkedHashSet<>();
        Set<String> countries = new LinkedHashSet<>();
        Set<String> reports = new LinkedHashSet<>();
        for (Acc a : ordered) {
            aliases.addAll(a.aliases);
            honorifics.addAll(a.honorifics);
            roles.addAll(a.roles);
            affiliations.addAll(a.affiliations);
            countries.addAll(a.countries);
            reports.addAll(a.reports);
        }
        return new RegistryPerson(personId(canonical.key),
                withoutLeadingHonorifics(PersonNameParser.bareName(canonical.name)),
                List.copyOf(aliases), List.copyOf(honorifics), List.copyOf(roles), List.copyOf(affiliations),
                List.copyOf(countries), List.copyOf(reports));
    }

    /** The analyst's merges and splits, oldest first; a name the corpus does not hold (any more) changes nothing. */
    private static List<List<Acc>> applyDecisions(List<List<Acc>> people, List<PersonDecision> decisions) {
        List<List<Acc>> out = new ArrayList<>();
        for (List<Acc> p : people) {
            out.add(new ArrayList<>(p));
        }
        for (PersonDecision d : decisions) {
            switch (d.kind()) {
                case MERGE -> {
                    List<Acc> a = personHolding(out, key(d.name()));
                    List<Acc> b = personHolding(out, key(d.other()));
                    if (a != null && b != null && a != b) {
                        a.addAll(b);
                        out.remove(b);
                    }
                }
                case SPLIT -> {
                    String k = key(d.other());
                    List<Acc> p = personHolding(out, k);
                    if (p != null && p.size() > 1) {
                        Acc form = p.stream().filter(a -> a.key.equals(k)).findFirst().orElseThrow();
                        p.remove(form);
                        out.add(new ArrayList<>(List.of(form)));
                    }
                }
            }
        }
        return out;
    }

    private static List<Acc> personHolding(List<List<Acc>> people, String key) {
        for (List<Acc> p : people) {
            for (Acc a : p) {
                if (a.key.equals(key)) {
                    return p;
                }
            }
        }
        return null;
    }

    /**
     * Merges the written forms of one person's name within the corpus. Forms with the same surname are taken most
     * complete first; a form joins the one person whose every form {@link NameVariants#match matches} it without a
     * contradiction, and stays apart when it fits none or several ("J. Smith" beside John and James Smith). Then a
     * form whose given names differ altogether ("Frank" and "Josaia Voreqe Bainimarama") joins a person when the
     * corpus shows the link: same surname, a country and a role in common, and used only within the years the other
     * form spans, on both sides (an office holder briefly written another way, not a successor of the same family).
     */
    private static final class VariantMerging {
        private VariantMerging() {
        }

        static List<List<Acc>> merge(Collection<Acc> forms) {
            Map<String, List<Acc>> bySurname = new LinkedHashMap<>();
            List<List<Acc>> out = new ArrayList<>();
            for (Acc a : forms) {
                if (a.key.contains(" ")) {
                    bySurname.computeIfAbsent(NameVariants.surname(a.key), k -> new ArrayList<>()).add(a);
                } else {
                    out.add(new ArrayList<>(List.of(a)));
                }
            }
            for (List<Acc> group : bySurname.values()) {
                out.addAll(mergeGroup(group));
            }
            return out;
        }

        private static List<List<Acc>> mergeGroup(List<Acc> group) {
            List<Acc> sorted = new ArrayList<>(group);
            sorted.sort(CANONICAL_FIRST);
            List<List<Acc>> people = new ArrayList<>();
            for (Acc form : sorted) {
                List<List<Acc>> fits = new ArrayList<>();
                for (List<Acc> p : people) {
                    if (fits(form, p)) {
                        fits.add(p);
                    }
                }
                if (fits.size() == 1) {
                    fits.getFirst().add(form);
                } else {
                    people.add(new ArrayList<>(List.of(form)));
                }
            }
            if (people.size() < 2) {
                return people;
            }
            List<List<Acc>> byWeight = new ArrayList<>(people);
            byWeight.sort(Comparator.comparingLong(VariantMerging::weight));
            for (List<Acc> p : byWeight) {
                List<List<Acc>> linked = new ArrayList<>();
                for (List<Acc> q : people) {
                    if (q != p && linkedByCorpus(p, q)) {
                        linked.add(q);
                    }
                }
                if (linked.size() == 1) {
                    linked.getFirst().addAll(p);
                    people.remove(p);
                }
            }
            return people;
        }

        private static long weight(List<Acc> p) {
            return p.stream().mapToLong(a -> a.weight).sum();
        }

        /**
         * The form corresponds to every form of the person, shares a country with them when both are known, and, when
         * it leaves out a given name, is used within {@link #NAMESAKE_GAP_YEARS} of the person's years (all their
         * forms': "William Clinton" 1993 and "William Jefferson Clinton" 1996 are one man, whose "William J. Clinton"
         * came in 1999).
         */
        private static boolean fits(Acc form, List<Acc> person) {
            boolean shorter = false;
            Set<String> countries = new LinkedHashSet<>();
            java.util.TreeSet<Integer> years = new java.util.TreeSet<>();
            for (Acc m : person) {
                NameVariants.Match match = NameVariants.match(form.key, m.key);
                if (match == NameVariants.Match.NONE) {
                    return false;
                }
                shorter |= match == NameVariants.Match.SHORTER;
                countries.addAll(m.countries);
                years.addAll(m.years);
            }
            if (disjoint(form.countries, countries)) {
                return false;
            }
            if (shorter && !form.years.isEmpty() && !years.isEmpty()) {
                return !(form.years.last() + NAMESAKE_GAP_YEARS < years.first()
                        || years.last() + NAMESAKE_GAP_YEARS < form.years.first());
            }
            return true;
        }

        private static boolean disjoint(Set<String> x, Set<String> y) {
            if (x.isEmpty() || y.isEmpty()) {
                return false;
            }
            for (String s : x) {
                if (y.contains(s)) {
                    return false;
                }
            }
            return true;
        }

        /** {@code p} is another way of writing {@code q}'s name, as the corpus shows (see the class comment). */
        private static boolean linkedByCorpus(List<Acc> p, List<Acc> q) {
            Set<String> pc = new LinkedHashSet<>();
            Set<String> qc = new LinkedHashSet<>();
            Set<String> pr = new LinkedHashSet<>();
            Set<String> qr = new LinkedHashSet<>();
            java.util.TreeSet<Integer> py = new java.util.TreeSet<>();
            java.util.TreeSet<Integer> qy = new java.util.TreeSet<>();
            for (Acc a : p) {
                pc.addAll(a.countries);
                a.roles.forEach(r -> pr.add(role(r)));
                py.addAll(a.years);
            }
            for (Acc a : q) {
                qc.addAll(a.countries);
                a.roles.forEach(r -> qr.add(role(r)));
                qy.addAll(a.years);
            }
            if (pc.isEmpty() || qc.isEmpty() || disjoint(pc, qc) || py.isEmpty() || qy.isEmpty()) {
                return false;
            }
            boolean inside = qy.first() < py.first() && py.last() < qy.last();
            if (!inside) {
                return false;
            }
            for (String r : pr) {
                for (String s : qr) {
                    if (!r.isEmpty() && !s.isEmpty() && (r.startsWith(s) || s.startsWith(r))) {
                        return true;
                    }
                }
            }
            return false;
        }

        private static String role(String r) {
            return r.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L} ]", " ").replaceAll("\\s+", " ").strip();
        }
    }

    /** Every canonical person, sorted by name. */
    public List<RegistryPerson> persons() {
        return persons;
    }

    /**
     * The person with this name or alias (honorifics ignored); a bare surname matches only when exactly one person
     * has it, and a name written in none of the corpus's forms only when it fits the forms of exactly one person.
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
        return found != null ? Optional.of(found) : byVariant(k);
    }

    /** The one person with a form this name could be written for ("Josefina Arkwright" for "Josefina M. Arkwright"). */
    private Optional<RegistryPerson> byVariant(String k) {
        if (!k.contains(" ")) {
            return Optional.empty();
        }
        RegistryPerson found = null;
        for (Map.Entry<String, RegistryPerson> e : byKey.entrySet()) {
            if (NameVariants.match(k, e.getKey()) != NameVariants.Match.NONE) {
                if (found != null && found != e.getValue()) {
                    return Optional.empty();
                }
                found = e.getValue();
            }
        }
        return Optional.ofNullable(found);
    }

    /** How names are compared (honorifics, accents, case and dots ignored): equal keys are one written form. */
    public static String nameKey(String name) {
        return key(name);
    }

    /** A comparable key for a name: honorifics and post-nominals dropped, accents, case and dots ignored. */
    static String key(String name) {
        String bare = withoutLeadingHonorifics(PersonNameParser.bareName(name));
        String n = Normalizer.normalize(bare, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return n.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} ]", "").replaceAll("\\s+", " ").strip();
    }

    /**
     * A name the parser could not read ("Mr. Heydar Alirza ogly Aliyev": a lower-case particle it does not know)
     * comes back as written; its leading titles still go, so that "Mr." is never taken for a given name.
     */
    private static String withoutLeadingHonorifics(String name) {
        String n = name.strip();
        int space;
        while ((space = n.indexOf(' ')) > 0 && PersonNameParser.startsWithHonorific(n.substring(0, space))) {
            n = n.substring(space + 1).strip();
        }
        return n;
    }

    private static String personId(String key) {
        return "p-" + Ids.sha256(key.getBytes(StandardCharsets.UTF_8)).substring(0, 12);
    }

    /** The one form with this surname (all of {@code sameSurname} have it) that the report names, else null. */
    private static Acc uniqueBySurname(List<Acc> sameSurname, String reportId) {
        Acc found = null;
        for (Acc a : sameSurname) {
            if (a.reports.contains(reportId)) {
                if (found != null) {
                    return null;
                }
                found = a;
            }
        }
        return found;
    }
}
