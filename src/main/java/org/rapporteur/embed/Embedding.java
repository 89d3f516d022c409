package org.rapporteur.embed;

/**
 * One text's vector, unit length, and whether the text was longer than the model reads: then the vector is that of
 * its leading window only.
 */
public record Embedding(float[] vector, boolean truncated) {
}
