package org.rapporteur.structure;

/**
 * One signal about who speaks in {@code [start, end)} of the text: a candidate, the cue that found it, its weight
 * before the layout's prior (0..1), and a reason an analyst can read. Claims whose start lies in the span receive it.
 */
record Evidence(Candidate candidate, int start, int end, Cue cue, double weight, String reason) {
    boolean covers(int offset) {
        return offset >= start && offset < end;
    }
}
