package org.rapporteur.model;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What the index holds, read: reports, their claims, searches, related claims. One implementation, in {@code index},
 * over the index's current snapshot (each call acquires a searcher and releases it); the CLI and the workbench get it
 * from the workspace ({@code Workspace.corpus()}) and read through it directly (ADR 0044). Thread-safe; reads only
 * what is committed.
 */
public interface IndexedCorpus {

    /**
     * Claims matching the request with facet counts and highlights. A person is found under every name they were
     * indexed under (ADR 0021); a faulty query is a {@link QuerySyntaxException}.
     */
    SearchResult search(SearchRequest request);

    /** Every claim matching {@code query} (blank: all), in report order, streamed to {@code sink}; returns the count. */
    long forEachClaim(String query, Consumer<ClaimRecord> sink);

    /** Like {@link #forEachClaim} in no particular order, in one linear pass: for aggregates over many claims. */
    long forEachClaimUnordered(String query, Consumer<ClaimRecord> sink);

    /**
     * The claims whose attribution doubt is at least {@code minDoubt}, worst first, at most {@code limit}, with their
     * total count. Reads only the claims returned.
     */
    ReviewPage doubtful(double minDoubt, int limit);

    Optional<ClaimRecord> claim(String claimId);

    /** The claims of one report in text order. */
    List<ClaimRecord> claimsOf(String reportId);

    /** Claims in other reports most like {@code claimId}'s text, best first. */
    List<ClaimHit> related(String claimId, int limit);

    /** Every report, by title order of the index (without the reports' text). */
    List<ReportSummary> reports();

    Optional<ReportSummary> report(String reportId);

    /** The normalised text a report was indexed with (anchors and exports count offsets in it). */
    Optional<String> reportText(String reportId);

    /** Reports indexed from {@code path} (normally zero or one). */
    List<ReportSummary> reportsAtPath(String path);

    /**
     * Every speaker of every report (name as indexed, role, country, claim count), read without reading the claims:
     * what the person registry is built from.
     */
    List<SpeakerOccurrence> speakerOccurrences();

    /** How many reports are committed (a count, nothing read). */
    long reportCount();

    /** How many claims are committed (a count, nothing read). */
    long claimCount();
}
