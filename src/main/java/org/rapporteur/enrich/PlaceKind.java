package org.rapporteur.enrich;

/** A country (a facet value of "country mentioned") or a region (its own facet, never a country). */
public enum PlaceKind { COUNTRY, REGION }
