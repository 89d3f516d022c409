package org.rapporteur.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.rapporteur.annotations.ManifestEntry;
import org.rapporteur.index.ReportCatalog;
import org.rapporteur.model.RapporteurException;
import org.rapporteur.progress.Cancellation;
import org.rapporteur.progress.ProgressListener;

/**
 * Brings this workbench's index in line with the team's corpus (issue 17, ADR 0039): the incremental indexer runs
 * over the shared folder (and the workspace's other roots, so nothing private is forgotten), with its progress and
 * Cancel, and records in the manifest what it changed; then the manifest is compared with this machine's copy of the
 * folder and its index. {@code rapporteur team sync} runs it, and the workbench in the background on opening a team
 * workspace.
 */
final class TeamSync {
    private TeamSync() {
    }

    static SyncReport sync(Workspace ws, ProgressListener progress, Cancellation cancel) {
        WorkspaceSettings.TeamLink team = ws.settings().team();
        if (team == null) {
            throw new RapporteurException("This workspace is not in a team, so there is no shared corpus to sync with;"
                    + " join one with 'rapporteur team connect postgresql://…'.");
        }
        if (team.sharedFolder() == null || team.sharedFolder().isBlank()) {
            throw new RapporteurException("This team workspace has no shared folder on this machine; set the folder"
                    + " the team's reports are in with 'rapporteur team connect … --shared-folder FOLDER'.");
        }
        Path folder = Path.of(team.sharedFolder());
        String problem = TeamService.checkSharedFolder(folder);
        if (problem != null) {
            throw new RapporteurException(problem);
        }
        ManifestRecorder.SharedFolder shared = new ManifestRecorder.SharedFolder(folder);
        Set<Path> roots = new LinkedHashSet<>();
        // the roots the analyst set, not the clone's sample folder a workspace without roots falls back to
        for (Path r : ws.settings().corpusRoots().stream().map(Path::of).toList()) {
            if (Files.exists(r)) {
                roots.add(r.toAbsolutePath().normalize());
            }
        }
        if (roots.stream().noneMatch(shared.root()::startsWith)) {
            roots.add(shared.root()); // a root above the folder reads it already; else the folder is read as a root
        }
        Workspace.IndexRun run = ws.indexRun(new ArrayList<>(roots), progress, cancel, false);

        List<ManifestEntry> manifest = ws.store().sharedCorpus().entries();
        ReportCatalog catalog = ws.claimIndex().catalog();
        ManifestRecorder recorder = new ManifestRecorder(ws.store().sharedCorpus(), shared);
        Map<String, String> here = recorder.snapshot(catalog);
        int inStep = 0;
        List<String> missing = new ArrayList<>();
        List<SyncReport.Differing> differing = new ArrayList<>();
        for (ManifestEntry e : manifest) {
            String local = here.get(e.relativePath());
            if (e.sha256().equals(local)) {
                inStep++;
            } else if (!Files.isRegularFile(shared.resolve(e.relativePath()))) {
                missing.add(e.relativePath());
            } else if (local != null) {
                differing.add(new SyncReport.Differing(e.relativePath(), local, e.sha256(), e.recordedBy(),
                        e.recordedAt().toString()));
            }
            // a file here that could not be indexed is in the index run's problems, with the reason
        }
        int privateReports = 0;
        for (ReportCatalog.Entry r : catalog.all()) {
            if (r.paths().stream().allMatch(p -> shared.relative(p).isEmpty())) {
                privateReports++;
            }
        }
        ManifestRecorder.Outcome o = run.manifest();
        List<SyncReport.Removed> removedByTeam = o.keptRemoved().stream()
                .map(e -> new SyncReport.Removed(e.relativePath(), e.recordedBy(), e.recordedAt().toString())).toList();
        return new SyncReport(shared.root().toString(), run.summary(), manifest.size(), inStep, missing, differing,
                o.recorded(), o.removed(), removedByTeam, privateReports);
    }
}
