package org.rapporteur.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.rapporteur.annotations.Change;
import org.rapporteur.annotations.ChangeEvent;
import org.rapporteur.annotations.CorrectionRequest;
import org.rapporteur.model.Attribution;
import org.rapporteur.model.ClaimRecord;
import org.rapporteur.model.FacetCount;
import org.rapporteur.model.FacetDimension;
import org.rapporteur.model.Person;
import org.rapporteur.model.RapporteurException;
import org.rapporteur.model.ReportSummary;
import org.rapporteur.model.ReviewPage;
import org.rapporteur.model.SearchRequest;

/**
 * The review of weak attributions, shared by {@code rapporteur review} and the workbench's Review tab: which claims
 * need an analyst's eye (their {@link Attribution#doubt()} is at least {@link #DOUBT_THRESHOLD}), read from the index
 * worst first without loading the other claims, and the analyst's answers as corrections in the annotation store —
 * accept the speaker, take the runner-up, name another speaker, or rename a label for all its claims in a report.
 * Every answer is one undoable change; a corrected claim has confidence 1 and no runner-up, so it leaves the list.
 * Thread-safe; the calls read or write the index, so keep them off the FX thread.
 */
public final class AttributionReview {
    /**
     * Claims at or above this doubt are listed: confidence 0.65 or less, or a runner-up within about 0.15 of the
     * winner. In the sample reports this takes the organisation-voice claims (0.5) and reported speech resolved
     * through a pronoun (0.6), and leaves session headings (0.7), speaker blocks and transcript turns alone.
     */
    public static final double DOUBT_THRESHOLD = 0.35;
    /** How many claims the review shows at once; the analyst works from the top. */
    public static final int DEFAULT_LIMIT = 500;

    private final Workspace workspace;

    public AttributionReview(Workspace workspace) {
        this.workspace = workspace;
    }

    /** The claims to review, worst first, at most {@code limit}, and how many there are in all. */
    public ReviewPage claimsToReview(int limit) {
        return workspace.corpus().doubtful(DOUBT_THRESHOLD, limit);
    }

    /** How many claims need review (a count on the index; no claim is read). */
    public long count() {
        return workspace.corpus().doubtful(DOUBT_THRESHOLD, 0).total();
    }

    /** Whether a claim's attribution is doubtful enough to be reviewed. */
    public static boolean needsReview(Attribution a) {
        return a.doubt() >= DOUBT_THRESHOLD;
    }

    /**
     * Accepts the claim's speaker (or the body it is credited to): recorded as a correction that keeps the name,
     * with confidence 1. Refused when the claim has no speaker at all.
     */
    public ChangeEvent accept(ClaimRecord record) {
        Attribution a = record.claim().attribution();
        String id = record.claim().id();
        if (a.speaker() != null) {
            Person p = a.speaker();
            return execute(new CorrectionRequest.SetSpeaker(id, p.name(), p.role(), p.affiliation(), p.country()));
        }
        if (a.attributedTo() != null) {
            return execute(new CorrectionRequest.SetBody(id, a.attributedTo()));
        }
        throw new RapporteurException("This claim has no speaker to accept; type one instead.");
    }

    /** Credits the claim to its runner-up (a person or a body). Refused when there is none. */
    public ChangeEvent takeRunnerUp(ClaimRecord record) {
        Attribution.RunnerUp r = record.claim().attribution().runnerUp();
        String id = record.claim().id();
        if (r == null) {
            throw new RapporteurException("This claim has no runner-up; accept it or type a speaker.");
        }
        if (r.speaker() != null) {
            Person p = r.speaker();
            return execute(new CorrectionRequest.SetSpeaker(id, p.name(), p.role(), p.affiliation(), p.country()));
        }
        return execute(new CorrectionRequest.SetBody(id, r.attributedTo()));
    }

    /** Credits the claim to the person {@code name}. */
    public ChangeEvent setSpeaker(String claimId, String name) {
        if (name == null || name.isBlank()) {
            throw new RapporteurException("The speaker's name is needed.");
        }
        return execute(new CorrectionRequest.SetSpeaker(claimId, name.strip()));
    }

    /**
     * Every claim of the report credited to {@code from} becomes {@code speaker}'s: one correction record, one undo
     * step, re-applied at every indexing run.
     *
     * @param reportRef a report id, a unique prefix of its id or file name, or its file name
     */
    public ChangeEvent relabel(String reportRef, String from, String speaker) {
        ReportSummary report = findReport(reportRef);
        if (from == null || from.isBlank() || speaker == null || speaker.isBlank()) {
            throw new RapporteurException("Both the name to replace and the speaker's name are needed.");
        }
        return execute(new CorrectionRequest.RelabelSpeaker(report.id(), from.strip(), speaker.strip()));
    }

    /** How many claims of the report are credited to {@code name} now (ignoring case). */
    public long countCredited(String reportId, String name) {
        String wanted = name == null ? "" : name.strip();
        return workspace.corpus().claimsOf(reportId).stream().map(r -> r.claim().attribution().creditedName())
                .filter(n -> n != null && n.strip().equalsIgnoreCase(wanted)).count();
    }

    /** A report by id, unique prefix of its id or file name, or file name ({@link ReportResolver}). */
    public ReportSummary findReport(String ref) {
        return workspace.findReport(ref);
    }

    /**
     * Names to complete a typed speaker with: the corpus's speakers, most frequent first (from the speaker facet,
     * so no claim is read), at most {@code limit}.
     */
    public List<String> speakerNames(int limit) {
        SearchRequest all = new SearchRequest("", Map.of(), null, 1, 0, limit);
        Set<String> names = new LinkedHashSet<>();
        for (FacetCount fc : workspace.corpus().search(all).facets()) {
            if (fc.dimension() == FacetDimension.SPEAKER) {
                fc.values().forEach(v -> names.add(v.value()));
            }
        }
        return new ArrayList<>(names);
    }

    private ChangeEvent execute(CorrectionRequest request) {
        return workspace.annotations().execute(new Change.AddCorrection(request));
    }
}
