package org.rapporteur.structure;

import org.rapporteur.model.Person;

/**
 * A programme slot that gives a speaker a perspective ("US Perspective — Michael Kugelman"), within a session
 * ({@code sessionLabel} as {@link LineShapes#sessionLabel}, null when the programme names no session).
 */
record Perspective(String label, Person person, String sessionLabel) {
}
