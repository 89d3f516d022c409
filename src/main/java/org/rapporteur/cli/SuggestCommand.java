package org.rapporteur.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.rapporteur.annotations.ChangeEvent;
import org.rapporteur.annotations.Tag;
import org.rapporteur.model.ClaimRecord;
import org.rapporteur.model.RapporteurException;
import org.rapporteur.pipeline.CodeSuggestions;
import org.rapporteur.pipeline.ExampleCandidate;
import org.rapporteur.pipeline.TagSuggestion;
import org.rapporteur.pipeline.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code rapporteur suggest CLAIM}: the tags the analyst's own coding suggests for a claim; {@code suggest --tag TAG}:
 * the claims most like those coded with a tag ("code by example"); {@code suggest accept|reject CLAIM TAG}: take a
 * suggestion as an ordinary (undoable) coding marked suggested, or refuse it for good (ADR 0034).
 */
@Command(name = "suggest", description = {"Tags suggested for a claim by the claims you coded, nearest in meaning"
        + " ('suggest CLAIM'); or the claims most like those coded with a tag ('suggest --tag TAG').",
        "Accept a suggestion with 'suggest accept CLAIM TAG' (an ordinary coding, undoable, marked suggested), refuse"
                + " it with 'suggest reject CLAIM TAG' (never suggested again). Needs the claims' vectors: "
                + "'rapporteur embed'."},
        subcommands = {SuggestCommand.Accept.class, SuggestCommand.Reject.class})
final class SuggestCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    @Mixin
    JsonOption json;

    @Parameters(index = "0", arity = "0..1", paramLabel = "CLAIM", description = "The claim to suggest tags for.")
    String claimId;

    @Option(names = "--tag", paramLabel = "TAG", description = "Offer the claims most like those coded with this tag"
            + " (name, path or id) instead.")
    String tag;

    @Option(names = "--limit", paramLabel = "N", description = "At most N tags (default 5), or N claims with --tag"
            + " (default 20).")
    int limit = -1;

    @Option(names = "--combine", paramLabel = "HOW", description = "With --tag: how several examples are combined,"
            + " best-match (nearness to the nearest example) or centroid (to their mean). Default: best-match.")
    String combine;

    @Override
    public Integer call() {
        if ((claimId == null) == (tag == null)) {
            throw workspace.usageError("Give a claim ('rapporteur suggest CLAIM')"
                    + " or a tag ('rapporteur suggest --tag TAG'), not both" + (claimId == null ? " nor neither" : "")
                    + ".");
        }
        if (limit == 0 || limit < -1) {
            throw workspace.usageError("--limit must be at least 1.");
        }
        if (combine != null && tag == null) {
            throw workspace.usageError("--combine goes with --tag.");
        }
        try (Workspace ws = workspace.open()) {
            return tag != null ? byExample(ws, ws.suggestions(), workspace.out())
                    : forClaim(ws, ws.suggestions(), workspace.out());
        }
    }

    private int forClaim(Workspace ws, CodeSuggestions s, PrintWriter out) {
        ClaimChange.requireClaim(ws, claimId);
        List<TagSuggestion> found = s.suggestFor(claimId, limit < 0 ? 5 : limit);
        if (found.isEmpty()) {
            s.whyNoSuggestions(claimId).ifPresent(why -> {
                throw new RapporteurException(why);
            });
        }
        if (json.wanted()) {
            json.print(new SuggestionsJson(claimId, found.stream().map(t -> new TagJson(t.tagId(), t.tagPath(),
                    t.confidence(), t.becauseOf())).toList()));
            return 0;
        }
        if (found.isEmpty()) {
            out.println("No coded claim is near enough in meaning to suggest a tag for " + claimId + ".");
            return 0;
        }
        out.println("Tags suggested for " + claimId + " by the nearest coded claims:");
        int i = 0;
        for (TagSuggestion t : found) {
            out.printf(Locale.ROOT, "%2d. %-32s %.2f  because of %s%n", ++i, t.tagPath(), t.confidence(),
                    String.join(", ", t.becauseOf().subList(0, Math.min(3, t.becauseOf().size())))
                            + (t.becauseOf().size() > 3 ? " and " + (t.becauseOf().size() - 3) + " more" : ""));
        }
        out.println("Accept one with: rapporteur suggest accept " + claimId + " TAG   (reject: suggest reject)");
        return 0;
    }

    private int byExample(Workspace ws, CodeSuggestions s, PrintWriter out) {
        Tag t = ws.annotations().resolveTag(tag);
        CodeSuggestions.Combination how = combine == null ? CodeSuggestions.DEFAULT_COMBINATION : switch (
                combine.strip().toLowerCase(Locale.ROOT)) {
            case "best-match", "best" -> CodeSuggestions.Combination.BEST_MATCH;
            case "centroid", "mean" -> CodeSuggestions.Combination.CENTROID;
            default -> throw workspace.usageError("--combine takes best-match or"
                    + " centroid, not '" + combine + "'.");
        };
        List<ExampleCandidate> found = s.byExample(t.id(), limit < 0 ? 20 : limit, how);
        if (found.isEmpty()) {
            s.whyNoCandidates(t.id()).ifPresent(why -> {
                throw new RapporteurException(why);
            });
        }
        if (json.wanted()) {
            json.print(new CandidatesJson(t.id(), t.path(), how.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    found.stream().map(c -> new CandidateJson(c.similarity(), c.nearestExampleId(),
                            ClaimJson.of(c.claim()))).toList()));
            return 0;
        }
        if (found.isEmpty()) {
            out.println("Every claim is coded with '" + t.path() + "' or was rejected for it.");
            return 0;
        }
        out.println("Claims most like those coded with '" + t.path() + "':");
        int i = 0;
        for (ExampleCandidate c : found) {
            ClaimRecord r = c.claim();
            var a = r.claim().attribution();
            String who = a.speakerName() != null ? a.speakerName() : a.attributedTo() != null ? a.attributedTo()
                    : "—";
            out.printf(Locale.ROOT, "%n%2d. %s%n    %s · %s · %s · %.2f like %s%n", ++i,
                    r.claim().text().replaceAll("\\s*\n\\s*", " "), who, r.reportTitle(), r.claim().id(),
                    c.similarity(), c.nearestExampleId());
        }
        out.println();
        out.println("Accept one with: rapporteur suggest accept CLAIM \"" + t.path() + "\"   (reject: suggest reject)");
        return 0;
    }

    record TagJson(long tagId, String tag, double confidence, List<String> becauseOf) {
    }

    record SuggestionsJson(String claim, List<TagJson> suggestions) {
    }

    record CandidateJson(double similarity, String nearestExample, ClaimJson claim) {
    }

    record CandidatesJson(long tagId, String tag, String combine, List<CandidateJson> candidates) {
    }

    /** A command on one claim and one tag: checks both, then {@link #apply}s and prints what it did. */
    abstract static class ClaimTagCommand implements Callable<Integer> {
        @Mixin
        WorkspaceOption workspace;

        @Mixin
        JsonOption json;

        @Parameters(index = "0", paramLabel = "CLAIM")
        String claimId;

        @Parameters(index = "1", paramLabel = "TAG", description = "Tag name, path or id.")
        String tag;

        abstract ChangeEvent apply(Workspace ws, String claimId, long tagId);

        @Override
        public Integer call() {
            return ClaimChange.apply(workspace, json, ws -> apply(ws, claimId, ws.annotations().resolveTag(tag).id()),
                    claimId);
        }
    }

    /** {@code suggest accept CLAIM TAG}: codes the claim with the tag, marked as suggested. */
    @Command(name = "accept", description = "Code CLAIM with TAG as a suggestion you accepted: an ordinary coding"
            + " (undo takes it back, exports carry it) that remembers it was suggested.")
    static final class Accept extends ClaimTagCommand {
        @Override
        ChangeEvent apply(Workspace ws, String claimId, long tagId) {
            return ws.suggestions().accept(claimId, tagId);
        }
    }

    /** {@code suggest reject CLAIM TAG}: remembers the refusal, so the tag is not suggested for the claim again. */
    @Command(name = "reject", description = "Refuse TAG for CLAIM: it is not suggested for that claim again (undo"
            + " takes the refusal back).")
    static final class Reject extends ClaimTagCommand {
        @Override
        ChangeEvent apply(Workspace ws, String claimId, long tagId) {
            return ws.suggestions().rejectWithEvent(claimId, tagId);
        }
    }
}
