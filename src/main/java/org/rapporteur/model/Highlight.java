package org.rapporteur.model;

/** A highlighted range {@code [start, end)} inside a snippet or claim text. */
public record Highlight(int start, int end) {
}
