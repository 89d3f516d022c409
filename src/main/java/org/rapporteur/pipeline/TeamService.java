package org.rapporteur.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.rapporteur.annotations.AnnotationStore;
import org.rapporteur.annotations.PgCredentials;
import org.rapporteur.annotations.PgEndpoint;
import org.rapporteur.annotations.PgPassFile;
import org.rapporteur.annotations.StoreCopier;
import org.rapporteur.annotations.StoreHealth;
import org.rapporteur.annotations.TeamServerCheck;
import org.rapporteur.annotations.TeamUrl;
import org.rapporteur.model.RapporteurException;

import org.rapporteur.progress.Cancellation;
import org.rapporteur.progress.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A workspace's team (issue 17): joining one, its status, moving the annotations between the workspace's own file
 * and a team database, and the shared corpus. The CLI's {@code team} commands and the workbench's File ▸ Connect to
 * team… both go through here. Each method names the part that fills it in.
 */
public final class TeamService {
    private static final Logger LOG = LoggerFactory.getLogger(TeamService.class);
    /** Where a workspace's own annotations go when they are moved into a team (kept, never deleted). */
    static final String MOVED_FILE = "annotations-moved-to-team.db";

    private TeamService() {
    }

    /**
     * Checks a team URL without changing anything: reachable, credentials accepted, TLS or not, schema version
     * readable by this build. Never throws for a bad URL or server: the result says what is wrong. Part team.
     */
    public static TeamProbe probe(String url) {
        String location = url == null ? "" : redacted(url);
        try {
            PgCredentials credentials = TeamLinks.credentials(url);
            PgEndpoint endpoint = credentials.endpoint();
            location = endpoint.describe();
            TeamServerCheck.Facts facts = TeamServerCheck.check(endpoint);
            if (facts.newer()) {
                return new TeamProbe(false, location, newerSchema(endpoint, facts.schemaVersion()), facts.tls(),
                        facts.schemaVersion(), facts.rows());
            }
            StringBuilder m = new StringBuilder("Connected to " + location + " (" + facts.server() + ", "
                    + (facts.tls() ? "encrypted with TLS" : "not encrypted") + "): ");
            m.append(facts.schemaVersion() == 0 ? "an empty database; joining makes the team's annotation store in it."
                    : "the team's annotation store holds " + facts.rows() + " rows of annotations.");
            credentials.warnings().forEach(w -> m.append(' ').append(w));
            return new TeamProbe(true, location, m.toString(), facts.tls(), facts.schemaVersion(), facts.rows());
        } catch (RapporteurException e) {
            return new TeamProbe(false, location, e.getMessage(), false, 0, 0);
        }
    }

    /**
     * Joins the workspace in {@code workspace} to the team database at {@code url}: checks it, creates or migrates
     * its schema, moves this workspace's annotations into it when {@code moveAnnotations} (refused when both hold
     * annotations), and records the team (URL without password, shared folder) in {@code workspace.json}. The
     * workspace must not be open; reopen it afterwards. Part team.
     */
    public static TeamStatus connect(Path workspace, String url, Path sharedFolder, boolean moveAnnotations,
                                     ProgressListener progress, Cancellation cancel) {
        return join(workspace, url, sharedFolder, moveAnnotations, progress, cancel).status();
    }

    /**
     * What joining a team did: the status, how many rows of annotations were moved, and sentences for the analyst
     * (where the workspace's own annotations are now, a password that should go to the password file).
     */
    public record Joined(TeamStatus status, long movedRows, List<String> notes) {
        public Joined {
            notes = List.copyOf(notes);
        }
    }

    /**
     * {@link #connect}, saying what it did. Every check comes before anything changes: a bad URL, a server that
     * refuses, a database of a newer schema, a bad shared folder or a team that already holds annotations when
     * this workspace's are to be moved leave the workspace and the database as they were.
     */
    public static Joined join(Path workspace, String url, Path sharedFolder, boolean moveAnnotations,
                              ProgressListener progress, Cancellation cancel) {
        return join(workspace, url, sharedFolder, moveAnnotations, false, progress, cancel);
    }

    /**
     * {@link #join}, and with {@code savePassword} the password typed into the URL is written to the analyst's
     * PostgreSQL password file (first line, file readable by its owner alone) once the team is joined, so the
     * workspace opens next time without it; never to {@code workspace.json}.
     */
    public static Joined join(Path workspace, String url, Path sharedFolder, boolean moveAnnotations,
                              boolean savePassword, ProgressListener progress, Cancellation cancel) {
        TeamUrl teamUrl = TeamUrl.parse(url);
        PgCredentials credentials = PgCredentials.resolve(teamUrl);
        PgEndpoint endpoint = credentials.endpoint();
        List<String> notes = new ArrayList<>(credentials.warnings());
        if (savePassword && teamUrl.hasPassword()) {
            String unusable = PgPassFile.read(PgCredentials.passwordFile()).warning();
            if (unusable != null) {
                throw new RapporteurException(unusable + " Nothing was changed.");
            }
        }
        String folder = null;
        if (sharedFolder != null) {
            String problem = sharedFolderProblem(sharedFolder);
            if (problem != null) {
                throw new RapporteurException(problem + " Nothing was changed.");
            }
            folder = sharedFolder.toAbsolutePath().normalize().toString();
        }
        try {
            Files.createDirectories(workspace);
        } catch (IOException e) {
            throw new RapporteurException("Cannot create the workspace folder " + workspace + ": " + e.getMessage(),
                    e);
        }
        StorageErrors.requireWritable(workspace);
        try (WorkspaceLock lock = WorkspaceLock.acquire(workspace)) {
            Path settingsFile = workspace.resolve("workspace.json");
            WorkspaceSettings settings = WorkspaceSettings.load(settingsFile);
            WorkspaceVersions.requireReadable(workspace);
            WorkspaceSettings.TeamLink current = settings.team();
            if (current != null && !sameDatabase(current.url(), teamUrl)) {
                throw new RapporteurException("This workspace is already in the team at " + current.url()
                        + ". Leave it first (rapporteur team disconnect), then join the other one.");
            }
            TeamServerCheck.Facts facts = TeamServerCheck.check(endpoint);
            if (facts.newer()) {
                throw new RapporteurException(newerSchema(endpoint, facts.schemaVersion()));
            }
            Path local = workspace.resolve(AnnotationStore.FILE_NAME);
            long localRows = current == null ? StoreCopier.rowsIn(local) : 0;
            long moved = 0;
            if (moveAnnotations && localRows > 0) {
                if (facts.rows() > 0) {
                    throw new RapporteurException("The team database " + endpoint.describe() + " already holds "
                            + facts.rows() + " rows of annotations, and this workspace has its own: moving them in "
                            + "would mix two bodies of work, so nothing was changed. Join without "
                            + "--move-annotations to work on the team's annotations.");
                }
                StoreCopier.CopyReport report = StoreCopier.toTeam(local, endpoint, progress, cancel);
                moved = report.totalRows();
            } else {
                TeamServerCheck.prepare(endpoint);
            }
            String keptUrl = teamUrl.withoutPassword();
            String keptFolder = folder != null ? folder : current == null ? null : current.sharedFolder();
            settings.withTeam(new WorkspaceSettings.TeamLink(keptUrl, keptFolder)).save(settingsFile);
            if (moved > 0) {
                Path kept = keepAside(local);
                notes.add("This workspace's " + moved + " rows of annotations are now in the team database; its "
                        + "own file is kept as " + kept.getFileName() + ".");
            } else if (localRows > 0) {
                notes.add("This workspace's own annotations (" + localRows + " rows) stay in "
                        + AnnotationStore.FILE_NAME + ", unused while it is in the team; they are back when it leaves"
                        + " (or move them with --move-annotations).");
            }
            if (teamUrl.hasPassword() && savePassword) {
                Path file = PgCredentials.passwordFile();
                try {
                    PgPassFile.remember(file, endpoint);
                    notes.add("The password was saved in your password file " + file + " (readable by you alone), "
                            + "not in the workspace.");
                } catch (RapporteurException e) {
                    notes.add(e.getMessage() + " Put it there as the line " + pgpassLine(endpoint) + ".");
                }
            } else if (teamUrl.hasPassword()) {
                notes.add("The password in the URL was used this once and not stored: put it in your password file "
                        + PgCredentials.passwordFile() + " as the line " + pgpassLine(endpoint)
                        + " (then chmod 600 it), or set PGPASSWORD; --save-password does it for you.");
            } else if (savePassword) {
                notes.add("The URL has no password, so none was saved.");
            } else if (endpoint.password() == null) {
                notes.add("No password was needed or found; if the server asks for one later, put it in "
                        + PgCredentials.passwordFile() + " as the line " + pgpassLine(endpoint) + ".");
            }
            LOG.info("Workspace {} joined the team {} ({} rows moved)", workspace, endpoint.describe(), moved);
            TeamStatus status = new TeamStatus(true, endpoint.describe(), endpoint.user(),
                    new StoreHealth(StoreHealth.State.CONNECTED, "Connected to " + endpoint.describe() + ".",
                            java.time.Instant.now(), 0), List.of(), keptFolder, AnnotationStore.schemaVersion(),
                    facts.tls());
            return new Joined(status, moved, notes);
        }
    }

    /**
     * Leaves the team: when {@code copyAnnotations}, the team's annotations are copied into the workspace's own
     * file first (losslessly, checked); then {@code workspace.json} forgets the team. Part team.
     *
     * @return the rows of annotations copied (0 without {@code copyAnnotations})
     */
    public static long disconnect(Path workspace, boolean copyAnnotations, ProgressListener progress,
                                  Cancellation cancel) {
        if (!Workspace.isWorkspace(workspace)) {
            throw new RapporteurException("There is no workspace at " + workspace + ", so it is in no team.");
        }
        try (WorkspaceLock lock = WorkspaceLock.acquire(workspace)) {
            Path settingsFile = workspace.resolve("workspace.json");
            WorkspaceSettings settings = WorkspaceSettings.load(settingsFile);
            if (settings.team() == null) {
                throw new RapporteurException("The workspace " + workspace + " is not in a team; nothing to leave.");
            }
            long waiting = pendingChanges(workspace.resolve(AnnotationStore.PENDING_FILE_NAME));
            if (waiting > 0) {
                throw new RapporteurException(waiting + " changes made while the team server was away are still "
                        + "waiting on this machine to be written: open the workspace while the server is reachable, "
                        + "so they reach the team, then leave. Nothing was changed.");
            }
            long copied = 0;
            if (copyAnnotations) {
                Path local = workspace.resolve(AnnotationStore.FILE_NAME);
                long own = StoreCopier.rowsIn(local);
                if (own > 0) {
                    throw new RapporteurException("The workspace's own annotation store " + local + " holds "
                            + own + " rows of annotations from before it joined the team: copying the team's into"
                            + " it would mix the two, so nothing was changed. Move that file away first, or leave "
                            + "without --copy-annotations to go back to it.");
                }
                PgEndpoint endpoint = TeamLinks.credentials(settings.team().url()).endpoint();
                copied = StoreCopier.fromTeam(endpoint, local, progress, cancel).totalRows();
            }
            settings.withTeam(null).save(settingsFile);
            LOG.info("Workspace {} left the team {} ({} rows copied)", workspace, settings.team().url(), copied);
            return copied;
        }
    }

    /** The changes kept in the workspace's file while the server was away (one JSON line each), not yet written. */
    private static long pendingChanges(Path file) {
        if (!Files.isRegularFile(file)) {
            return 0;
        }
        try (java.util.stream.Stream<String> lines = Files.lines(file)) {
            return lines.filter(l -> !l.isBlank()).count();
        } catch (IOException e) {
            throw new RapporteurException("Cannot read the changes waiting in " + file + ": " + e.getMessage(), e);
        }
    }

    /** The result of {@link #probe(String)}. */
    public record TeamProbe(boolean ok, String location, String message, boolean tls, int schemaVersion,
                            long annotations) {
    }

    private static String sharedFolderProblem(Path folder) {
        try {
            return checkSharedFolder(folder);
        } catch (UnsupportedOperationException notYet) {
            // the shared corpus (part corpus) checks more; until then, a folder that is there will do
            return Files.isDirectory(folder) ? null : "The shared folder " + folder + " is not a folder on this "
                    + "machine.";
        }
    }

    private static boolean sameDatabase(String keptUrl, TeamUrl other) {
        TeamUrl kept = TeamUrl.parse(keptUrl);
        return kept.host().equalsIgnoreCase(other.host()) && kept.port() == other.port()
                && kept.database().equals(other.database());
    }

    private static String newerSchema(PgEndpoint endpoint, int version) {
        return "The team database " + endpoint.describe() + " was written by a newer Rapporteur (schema " + version
                + ", this one knows " + AnnotationStore.schemaVersion() + "): update Rapporteur to join it. "
                + "Nothing was changed.";
    }

    /** The password-file line for {@code e}, with a placeholder instead of the password. */
    static String pgpassLine(PgEndpoint e) {
        return e.host().replace(":", "\\:") + ":" + e.port() + ":" + e.database().replace(":", "\\:") + ":"
                + e.user().replace(":", "\\:") + ":YOUR_PASSWORD";
    }

    private static String redacted(String url) {
        return url.replaceAll("(://[^:/@]*):[^@/]*@", "$1:***@");
    }

    /** Renames the workspace's own store (and its WAL files) aside, under a name not taken yet. */
    private static Path keepAside(Path local) {
        Path target = local.resolveSibling(MOVED_FILE);
        for (int n = 2; Files.exists(target); n++) {
            target = local.resolveSibling(MOVED_FILE.replace(".db", "-" + n + ".db"));
        }
        try {
            for (String suffix : List.of("-wal", "-shm")) {
                Path side = local.resolveSibling(local.getFileName() + suffix);
                if (Files.exists(side)) {
                    Files.move(side, target.resolveSibling(target.getFileName() + suffix));
                }
            }
            Files.move(local, target);
            return target;
        } catch (IOException e) {
            throw new RapporteurException("The annotations were moved into the team, but " + local + " could not "
                    + "be renamed to " + target + " (" + e.getMessage() + "): rename it yourself before leaving "
                    + "the team with --copy-annotations.", e);
        }
    }

    /**
     * A sentence for a path the analyst gave as the shared folder, or null when it is usable: an existing, readable
     * folder (it may be empty: the first member of a team starts with nothing). Changes nothing. Part corpus.
     */
    public static String checkSharedFolder(Path folder) {
        if (folder == null || folder.toString().isBlank()) {
            return "Give the folder on this machine that holds the team's shared reports.";
        }
        Path f = folder.toAbsolutePath().normalize();
        if (!java.nio.file.Files.exists(f)) {
            return "The shared folder " + f + " does not exist on this machine: give the folder your copy of the"
                    + " team's reports is in (a network drive or a synced folder).";
        }
        if (!java.nio.file.Files.isDirectory(f)) {
            return "The shared folder " + f + " is a file, not a folder: give the folder the team's reports are in.";
        }
        if (!java.nio.file.Files.isReadable(f) || !java.nio.file.Files.isExecutable(f)) {
            return "The shared folder " + f + " cannot be read by this account: check its permissions.";
        }
        if (f.getParent() == null) {
            return "The shared folder cannot be the root of the file system (" + f + "): give the folder the team's"
                    + " reports are in.";
        }
        return null;
    }
}
