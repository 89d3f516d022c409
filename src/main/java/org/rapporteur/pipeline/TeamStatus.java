package org.rapporteur.pipeline;

import java.util.List;

import org.rapporteur.annotations.StoreHealth;
import org.rapporteur.annotations.TeamMember;

/**
 * A workspace's team, as {@code rapporteur team status} prints it and the workbench's status bar shows it (issue 17).
 *
 * @param team      false for a single-user workspace (then the rest is empty)
 * @param location  {@code postgresql://user@host:port/db}, never with a password
 * @param analyst   the name this workbench's changes are recorded under
 * @param health    connected, or lost and retrying, with the changes waiting on this machine
 * @param members   who has the team's store open now
 * @param sharedFolder this machine's copy of the team's shared corpus folder (null when not set)
 * @param schemaVersion the team database's schema version
 * @param encrypted     the connection to the team's server uses TLS (false when unknown: the server is away)
 */
public record TeamStatus(boolean team, String location, String analyst, StoreHealth health,
                         List<TeamMember> members, String sharedFolder, int schemaVersion, boolean encrypted) {
    public TeamStatus {
        members = members == null ? List.of() : List.copyOf(members);
    }

    /** A status that does not say whether the connection is encrypted (as the first contract had it). */
    public TeamStatus(boolean team, String location, String analyst, StoreHealth health, List<TeamMember> members,
                      String sharedFolder, int schemaVersion) {
        this(team, location, analyst, health, members, sharedFolder, schemaVersion, false);
    }
}
