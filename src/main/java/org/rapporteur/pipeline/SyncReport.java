package org.rapporteur.pipeline;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@code rapporteur team sync} (and the workbench's sync on opening a team workspace) found and did: the team's
 * manifest compared with this machine's copy of the shared folder and its index, and the incremental index run that
 * brought the index in line (issue 17, ADR 0039).
 *
 * @param sharedFolder   this machine's copy of the team's shared folder
 * @param index          the index run (its counts, problems, and whether it was cancelled)
 * @param manifestReports reports in the team's manifest after the sync
 * @param inStep         of those, how many this index holds with the team's SHA-256
 * @param missingHere    manifest paths with no file in this machine's shared folder
 * @param differing      files here whose bytes differ from the team's version (the team's wins; ADR 0039)
 * @param recorded       paths this sync recorded in the manifest (new in the shared folder, or a new version)
 * @param removed        paths this sync removed from the manifest (the team's version was here and is gone)
 * @param removedByTeam  files here of reports the team removed, not recorded again
 * @param privateReports reports in this index outside the shared folder: private to this workbench
 */
public record SyncReport(String sharedFolder, IndexSummary index, int manifestReports, int inStep,
                         List<String> missingHere, List<Differing> differing, List<String> recorded,
                         List<String> removed, List<Removed> removedByTeam, int privateReports) {
    public SyncReport {
        missingHere = List.copyOf(missingHere);
        differing = List.copyOf(differing);
        recorded = List.copyOf(recorded);
        removed = List.copyOf(removed);
        removedByTeam = List.copyOf(removedByTeam);
    }

    /** A file here that is another version than the team's: who recorded the team's version, when (ISO-8601). */
    public record Differing(String path, String localSha256, String teamSha256, String recordedBy,
                            String recordedAt) {
    }

    /** A file here of a report the team removed: who removed it, when. */
    public record Removed(String path, String removedBy, String removedAt) {
    }

    /** True when this machine's index holds exactly the team's manifest, nothing missing or different. */
    public boolean inSync() {
        return !index.cancelled() && missingHere.isEmpty() && differing.isEmpty() && inStep == manifestReports;
    }

    /** The report as sentences, for the CLI and the workbench's task log. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add("Shared folder: " + sharedFolder);
        out.add("The team's manifest lists " + count(manifestReports, "report") + "; this index holds " + inStep
                + " of them as the team recorded them.");
        out.add("Indexing: " + index.line());
        if (!recorded.isEmpty()) {
            out.add("Recorded in the team's manifest (new in the shared folder, or a new version): "
                    + count(recorded.size(), "report") + ".");
            recorded.forEach(p -> out.add("  + " + p));
        }
        if (!removed.isEmpty()) {
            out.add("Removed from the team's manifest (the file is gone from the shared folder): "
                    + count(removed.size(), "report") + ".");
            removed.forEach(p -> out.add("  - " + p));
        }
        if (!missingHere.isEmpty()) {
            out.add("Missing here: " + count(missingHere.size(), "report") + " of the team's manifest "
                    + (missingHere.size() == 1 ? "is" : "are") + " not in this machine's shared folder; copy "
                    + (missingHere.size() == 1 ? "it" : "them") + " there (or let the folder finish syncing) and"
                    + " sync again.");
            missingHere.forEach(p -> out.add("  ? " + p));
        }
        if (!differing.isEmpty()) {
            out.add("Another version here: " + count(differing.size(), "file") + " in this machine's shared folder"
                    + " differ from the team's version, which wins: update your copy and sync again. Until then this"
                    + " workbench searches your copy, and annotations stay anchored by quote and position.");
            differing.forEach(d -> out.add("  ~ " + d.path() + " (the team's version was recorded by "
                    + d.recordedBy() + " at " + d.recordedAt() + ")"));
        }
        if (!removedByTeam.isEmpty()) {
            out.add("Removed by the team: " + count(removedByTeam.size(), "file") + " here "
                    + (removedByTeam.size() == 1 ? "is a report" : "are reports") + " the team removed; not"
                    + " shared again. Delete " + (removedByTeam.size() == 1 ? "it" : "them") + " here, or index a"
                    + " changed version to share it anew.");
            removedByTeam.forEach(r -> out.add("  x " + r.path() + " (removed by " + r.removedBy() + " at "
                    + r.removedAt() + ")"));
        }
        if (privateReports > 0) {
            out.add(count(privateReports, "report") + " outside the shared folder "
                    + (privateReports == 1 ? "stays" : "stay") + " private to this workbench: the team does not see "
                    + (privateReports == 1 ? "it" : "them") + ", though your annotations on "
                    + (privateReports == 1 ? "it" : "them") + " are in the team's database.");
        }
        if (index.cancelled()) {
            out.add("The sync was cancelled: run it again to finish.");
        } else if (inSync()) {
            out.add("This workbench is in sync with the team's corpus.");
        }
        return out;
    }

    private static String count(int n, String noun) {
        return String.format(java.util.Locale.ROOT, "%,d %s", n, n == 1 ? noun : noun + "s");
    }
}
