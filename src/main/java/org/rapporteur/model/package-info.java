/**
 * Immutable records shared by every layer: source documents with page provenance, reports, sections,
 * persons, claims and their attribution and enrichment. Imports nothing of ours and no library.
 */
package org.rapporteur.model;
