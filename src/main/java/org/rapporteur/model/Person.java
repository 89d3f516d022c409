package org.rapporteur.model;

import java.util.List;

/**
 * A person as a report introduces them.
 *
 * @param name        canonical display name without honorifics, e.g. {@code Farhatullah Babar}
 * @param honorifics  titles, ranks and post-nominals as written, e.g. {@code Senator}, {@code Lt. Gen.}, {@code (R)}
 * @param role        e.g. {@code Secretary General}, may be null
 * @param affiliation e.g. {@code PPP}, may be null
 * @param country     English short name of the country the person speaks for or comes from, may be null
 */
public record Person(String name, List<String> honorifics, String role, String affiliation, String country) {
    public Person {
        honorifics = honorifics == null ? List.of() : List.copyOf(honorifics);
    }

    public static Person named(String name) {
        return new Person(name, List.of(), null, null, null);
    }

    public Person withCountry(String c) {
        return new Person(name, honorifics, role, affiliation, c);
    }

    /** Role and affiliation joined for display, or null when neither is known. */
    public String roleLine() {
        if (role == null && affiliation == null) {
            return null;
        }
        if (role == null) {
            return affiliation;
        }
        return affiliation == null ? role : role + ", " + affiliation;
    }
}
