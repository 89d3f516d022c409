package org.rapporteur.enrich;

/**
 * A place named in a text: the canonical {@code place} (a country's short name or a region's name), what kind it is,
 * {@code [start, end)} of the words in the text, the words as written, and how it was named.
 */
public record PlaceMention(String place, PlaceKind kind, int start, int end, String surface, MentionForm form) {
}
