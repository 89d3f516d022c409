package org.rapporteur.enrich;

/**
 * A definition found in a text: {@code longForm (ACRONYM)} or {@code ACRONYM (long form)}, with the span
 * {@code [start, end)} of the whole definition.
 */
public record AcronymDefinition(String acronym, String longForm, int start, int end) {
}
