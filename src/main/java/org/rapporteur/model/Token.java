package org.rapporteur.model;

/** An analysed term (e.g. lower-cased and stemmed) and the span {@code [start, end)} of the word it came from. */
public record Token(String term, int start, int end) {
}
