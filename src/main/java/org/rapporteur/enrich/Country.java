package org.rapporteur.enrich;

import java.util.List;

/**
 * One country of the gazetteer.
 *
 * @param alpha2       ISO 3166-1 alpha-2 code ({@code XK} for Kosovo, which has none assigned)
 * @param alpha3       ISO 3166-1 alpha-3 code ({@code XKX} for Kosovo)
 * @param status       UN membership
 * @param name         English short name, the value the facets show, e.g. {@code United States}
 * @param officialName e.g. {@code United States of America}
 * @param aliases      abbreviations and former names (US, U.S., USA, America, Soviet Union, Burma...)
 * @param demonyms     adjectives and nouns for the people (American, Afghan, Pakistani); plurals are implied
 * @param capitals     capitals and seats of government used as metonyms (Washington, the Kremlin)
 * @param combining    forms that name the country only inside a hyphenated compound (Pak-, Indo-, Sino-)
 */
public record Country(String alpha2, String alpha3, Status status, String name, String officialName,
                      List<String> aliases, List<String> demonyms, List<String> capitals, List<String> combining) {
    /** Membership of the United Nations. */
    public enum Status { MEMBER, OBSERVER, OTHER }

    public Country {
        aliases = List.copyOf(aliases);
        demonyms = List.copyOf(demonyms);
        capitals = List.copyOf(capitals);
        combining = List.copyOf(combining);
    }
}
