package org.rapporteur.index;

/** A claim near a vector: its id, its report, and the cosine similarity (dot product of unit vectors). */
public record Neighbour(String claimId, String reportId, float similarity) {
}
