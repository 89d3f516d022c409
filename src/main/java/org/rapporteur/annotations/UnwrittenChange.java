package org.rapporteur.annotations;

/**
 * A change the analyst made while the team's server was away that the server refused when it was back (its tag was
 * deleted meanwhile, say). Kept, with the reason, until the analyst has seen it: never dropped silently (issue 17).
 *
 * @param description what the change was ({@link Change#describe()}, or the kept line when it could not be read)
 * @param reason      the store's sentence why it could not be written
 * @param keptAt      when the analyst made it
 * @param refusedAt   when the server refused it
 */
public record UnwrittenChange(String description, String reason, String keptAt, String refusedAt) {
}
