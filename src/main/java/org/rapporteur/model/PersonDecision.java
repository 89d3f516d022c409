package org.rapporteur.model;

import java.util.Objects;

/**
 * The analyst's word on who is who, applied over the automatic merging of name variants (ADR 0021): two names are one
 * person ({@link Kind#MERGE}), or a written form is not the person it was merged into ({@link Kind#SPLIT}). Names are
 * as the analyst gave them; they are compared like name variants (case, accents, dots and honorifics ignored).
 * Decisions apply in the order they were made, so a later one wins.
 *
 * @param name  MERGE: one name of the person; SPLIT: the person (any of their names)
 * @param other MERGE: a name of the person to merge with; SPLIT: the written form to take out
 */
public record PersonDecision(Kind kind, String name, String other) {
    public enum Kind { MERGE, SPLIT }

    public PersonDecision {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(other, "other");
    }

    public static PersonDecision merge(String a, String b) {
        return new PersonDecision(Kind.MERGE, a, b);
    }

    public static PersonDecision split(String person, String variant) {
        return new PersonDecision(Kind.SPLIT, person, variant);
    }
}
