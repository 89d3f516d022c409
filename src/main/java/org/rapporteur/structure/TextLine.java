package org.rapporteur.structure;

/** One non-blank line of the normalised text: its trimmed content and the span {@code [start, end)} of that content. */
record TextLine(int start, int end, String text) {
}
