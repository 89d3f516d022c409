package org.rapporteur.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import org.rapporteur.model.Person;
import org.rapporteur.structure.PersonRegistry;
import org.rapporteur.structure.RegistryPerson;
import org.rapporteur.testing.SharedData;

/**
 * How many people the UN General Debate speakers are, before and after merging name variants (ADR 0021, docs/people.md):
 * reads {@code speakers.csv} at run time (one speaker per speech: name, post, country code, year), counts the names as
 * written, the written forms (case, accents, dots and honorifics ignored), and the people of the registry; lists every
 * person with more than one form, and a fixed random sample of them to check by hand. Not a test: run it with
 * {@code bin/people-ungdc}, or
 * {@code java -cp target/test-classes:target/classes:target/lib/* org.rapporteur.bench.UngdcPeopleMeasure
 * ../shared/ungdc [out-dir]}.
 */
public final class UngdcPeopleMeasure {
    private UngdcPeopleMeasure() {
    }

    public static void main(String[] args) throws IOException {
        Path ungdc = (args.length > 0 ? Path.of(args[0]) : SharedData.ungdc());
        Path outDir = Path.of(args.length > 1 ? args[1] : "target/people-ungdc");
        Files.createDirectories(outDir);
        List<PersonRegistry.Sighting> sightings = sightings(ungdc.resolve("speakers.csv"));
        Set<String> written = new HashSet<>();
        Set<String> forms = new HashSet<>();
        for (PersonRegistry.Sighting s : sightings) {
            written.add(s.person().name());
            forms.add(PersonRegistry.nameKey(s.person().name()));
        }
        long k0 = System.nanoTime();
        for (String w : written) {
            PersonRegistry.nameKey(w);
        }
        long keysMs = (System.nanoTime() - k0) / 1_000_000;
        long t0 = System.nanoTime();
        PersonRegistry registry = new PersonRegistry(sightings, List.of());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        List<RegistryPerson> merged = new ArrayList<>();
        StringBuilder all = new StringBuilder();
        for (RegistryPerson p : registry.persons()) {
            Set<String> keys = new HashSet<>();
            p.aliases().forEach(a -> keys.add(PersonRegistry.nameKey(a)));
            if (keys.size() > 1) {
                merged.add(p);
                all.append(line(p));
            }
        }
        Files.writeString(outDir.resolve("merged.txt"), all.toString(), StandardCharsets.UTF_8);
        List<RegistryPerson> sample = new ArrayList<>(merged);
        java.util.Collections.shuffle(sample, new Random(21));
        sample = sample.subList(0, Math.min(60, sample.size()));
        StringBuilder sb = new StringBuilder();
        sample.forEach(p -> sb.append(line(p)));
        Files.writeString(outDir.resolve("sample.txt"), sb.toString(), StandardCharsets.UTF_8);
        System.out.printf(Locale.ROOT, "speeches %d%nnames as written %d%nwritten forms (case, accents, dots, honorifics"
                + " ignored) %d%npeople %d%npeople with more than one form %d%nregistry built in %d ms (reading the %d"
                + " names alone: %d ms)%n", sightings.size(), written.size(), forms.size(), registry.persons().size(),
                merged.size(), ms, written.size(), keysMs);
    }

    private static String line(RegistryPerson p) {
        return p.name() + " | " + String.join("; ", p.aliases()) + " | " + String.join(", ", p.countries()) + " | "
                + String.join("; ", p.roles()) + "\n";
    }

    /** Year, Session, ISO Code, Country, Name of Person Speaking, Post: one sighting per speech. */
    static List<PersonRegistry.Sighting> sightings(Path csv) throws IOException {
        List<List<String>> rows = parse(Files.readString(csv, StandardCharsets.UTF_8));
        List<PersonRegistry.Sighting> out = new ArrayList<>();
        for (List<String> r : rows.subList(1, rows.size())) {
            if (r.size() < 6 || r.get(4).isBlank()) {
                continue;
            }
            String year = r.get(0).strip();
            String iso = r.get(2).strip();
            String speech = iso + "_" + r.get(1).strip() + "_" + year;
            Person p = new Person(r.get(4).strip(), List.of(), r.get(5).isBlank() ? null : r.get(5).strip(), null, iso);
            out.add(new PersonRegistry.Sighting(p, speech, year, 1));
        }
        return out;
    }

    private static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n') {
                row.add(cell.toString().replace("\r", ""));
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        if (!cell.isEmpty() || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }
}
