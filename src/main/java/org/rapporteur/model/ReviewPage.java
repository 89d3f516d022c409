package org.rapporteur.model;

import java.util.List;

/**
 * Claims whose attribution needs an analyst's eye, worst first ({@link Attribution#doubt()} descending), as far as
 * asked for, and how many there are in all.
 */
public record ReviewPage(long total, List<ClaimRecord> claims) {
    public ReviewPage {
        claims = List.copyOf(claims);
    }
}
