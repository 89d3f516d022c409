package org.rapporteur.annotations;

import java.time.Instant;

/**
 * One report of a team's shared corpus (issue 17): its path relative to the team's shared folder ({@code /}
 * separated, whatever the machine), its SHA-256, its size, and who last recorded it when.
 */
public record ManifestEntry(String relativePath, String sha256, long size, String recordedBy, Instant recordedAt) {
}
