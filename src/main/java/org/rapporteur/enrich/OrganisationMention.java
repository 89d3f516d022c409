package org.rapporteur.enrich;

/**
 * An organisation named in a text: its canonical {@code name}, {@code [start, end)} of the words as written, and the
 * country it belongs to when known (a party's or an agency's home country), else null.
 */
public record OrganisationMention(String name, int start, int end, String surface, String homeCountry) {
}
