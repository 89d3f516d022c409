package org.rapporteur.annotations;

/**
 * An annotation whose anchor could not be found in its report's current text: what it is ({@code kind} is
 * {@code coding}, {@code note}, {@code link} or {@code correction}), its id, and a short label for listing.
 * Re-attach it with {@link Change.ReattachAnchor}.
 */
public record Orphan(String kind, long annotationId, Anchor anchor, String label) {
}
