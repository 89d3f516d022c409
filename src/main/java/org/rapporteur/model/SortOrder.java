package org.rapporteur.model;

/** How search results are ordered. */
public enum SortOrder { RELEVANCE, DATE, REPORT, SPEAKER }
