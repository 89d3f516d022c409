package org.rapporteur.annotations;

import java.time.Instant;

/**
 * Someone with the team's store open now (issue 17): their analyst name, the program ({@link ChangeOrigin}), the
 * machine they connect from (null when the server does not say) and since when.
 *
 * @param self true for this store's own connection
 */
public record TeamMember(String user, ChangeOrigin origin, String host, Instant since, boolean self) {
}
