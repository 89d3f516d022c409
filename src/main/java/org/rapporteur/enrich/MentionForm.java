package org.rapporteur.enrich;

/** How a place was named: its name, an alias, a demonym, a capital or seat used as a metonym, or a compound part. */
public enum MentionForm { NAME, ALIAS, DEMONYM, CAPITAL, COMBINING, REGION, ORGANISATION }
