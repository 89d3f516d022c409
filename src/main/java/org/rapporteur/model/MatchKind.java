package org.rapporteur.model;

/** Why a hit is in the results: its words matched the query, its meaning is near the query's, or both. */
public enum MatchKind {
    WORDS, MEANING, BOTH
}
