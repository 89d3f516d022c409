package org.rapporteur.index;

/** A claim's id, its report and its text: all the vector index needs to embed it, read without the rest. */
public record ClaimText(String claimId, String reportId, String text) {
}
