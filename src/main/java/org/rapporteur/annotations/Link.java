package org.rapporteur.annotations;

/** A typed link from one claim to another, each end anchored on its own report. */
public record Link(long id, LinkType type, Anchor source, Anchor target, String note, String creator,
                   String createdAt, String modifiedAt) {
}
