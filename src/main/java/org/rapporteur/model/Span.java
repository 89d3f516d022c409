package org.rapporteur.model;

/** A labelled range {@code [start, end)} of a normalised text, e.g. boilerplate the reader shows dimmed. */
public record Span(int start, int end, String label) {
}
