package org.rapporteur.pipeline;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;

import org.rapporteur.annotations.AnnotationException;
import org.rapporteur.annotations.AnnotationStore;
import org.rapporteur.annotations.Annotations;
import org.rapporteur.annotations.Change;
import org.rapporteur.annotations.ChangeEvent;
import org.rapporteur.annotations.ChangeOrigin;
import org.rapporteur.annotations.LinkType;
import org.rapporteur.annotations.Note;
import org.rapporteur.annotations.PgEndpoint;
import org.rapporteur.annotations.StoreHealth;
import org.rapporteur.annotations.Tag;
import org.rapporteur.annotations.Target;
import org.rapporteur.model.ClaimRecord;
import org.rapporteur.model.ReportSummary;

/**
 * One analyst of the team soak (bin/team-soak, {@code org.rapporteur.bench.TeamSoak}), in a JVM of its own: on its
 * own copy of the indexed sample corpus, it codes claims, adds and edits notes (anyone's: the same note edited by two
 * analysts is a conflict), links claims across reports, renames and recolours the shared tags, and undoes and redoes
 * its own changes, until {@code CONTROL/stop} appears. Every acknowledged change is logged after the call returned,
 * one tab-separated line: {@code ACK eventId changeId action type entity field value}; refused changes as
 * {@code REFUSED op message}, failures as {@code FAILED op exception}. Then it writes {@code CONTROL/USER.done}, waits
 * for {@code CONTROL/dump}, and writes what its store reads ({@link SoakDump}) to {@code CONTROL/USER.dump}.
 *
 * <p>Arguments: {@code WORKSPACE STORE USER SEED LOG CONTROL [PAUSE_MS]}. STORE is {@code workspace} (the workspace's
 * own store: its team database when {@code workspace.json} names one), {@code file:PATH} (an SQLite store shared by
 * every writer) or {@code pg:HOST:PORT:DATABASE:ROLE} (the password in {@code SOAK_PGPASSWORD}).
 */
public final class TeamSoakWriter {
    private final AnnotationStore store;
    private final Annotations service;
    private final String user;
    private final Random random;
    private final PrintStream log;
    private final List<String> claims = new ArrayList<>();
    private final Map<String, String> reportOf = new HashMap<>();
    private List<Tag> tags = List.of();
    private List<Long> notes = List.of();
    private long ops;

    private TeamSoakWriter(AnnotationStore store, Annotations service, Workspace ws, String user, long seed,
                           PrintStream log) {
        this.store = store;
        this.service = service;
        this.user = user;
        this.random = new Random(seed);
        this.log = log;
        for (ReportSummary r : ws.corpus().reports()) {
            for (ClaimRecord c : ws.corpus().claimsOf(r.id())) {
                claims.add(c.claim().id());
                reportOf.put(c.claim().id(), r.id());
            }
        }
        if (claims.size() < 2) {
            throw new IllegalStateException("the soak workspace has " + claims.size() + " claims");
        }
    }

    public static void main(String[] args) throws Exception {
        Path workspace = Path.of(args[0]);
        String spec = args[1];
        String user = args[2];
        long seed = Long.parseLong(args[3]);
        Path logFile = Path.of(args[4]);
        Path control = Path.of(args[5]);
        long pauseMs = args.length > 6 ? Long.parseLong(args[6]) : 20;
        try (Workspace ws = openRetrying(workspace);
             PrintStream log = new PrintStream(Files.newOutputStream(logFile), false, StandardCharsets.UTF_8)) {
            AnnotationStore own = null;
            Annotations service = null;
            AnnotationStore store;
            if (spec.equals("workspace")) {
                service = ws.annotations();
                service.watchOtherProcesses(); // as the workbench does: others' changes arrive and re-index claims
                store = ws.store();
            } else if (spec.startsWith("file:")) {
                own = AnnotationStore.open(Path.of(spec.substring(5)), new IndexClaimResolver(ws.claimIndex()), user,
                        ChangeOrigin.COMMAND_LINE);
                store = own;
            } else if (spec.startsWith("pg:")) {
                String[] p = spec.split(":");
                PgEndpoint e = new PgEndpoint(p[1], Integer.parseInt(p[2]), p[3], p[4],
                        System.getenv("SOAK_PGPASSWORD"), "disable");
                own = AnnotationStore.openTeam(e, new IndexClaimResolver(ws.claimIndex()), user,
                        ChangeOrigin.COMMAND_LINE);
                store = own;
            } else {
                throw new IllegalArgumentException("store: " + spec);
            }
            try {
                TeamSoakWriter w = new TeamSoakWriter(store, service, ws, user, seed, log);
                w.run(control, pauseMs);
                Files.writeString(control.resolve(user + ".done"), Long.toString(w.ops));
                while (!Files.exists(control.resolve("dump"))) {
                    Thread.sleep(100);
                }
                w.awaitNothingPending(Duration.ofSeconds(60));
                Files.write(control.resolve(user + ".dump.tmp"), SoakDump.lines(store), StandardCharsets.UTF_8);
                Files.move(control.resolve(user + ".dump.tmp"), control.resolve(user + ".dump"));
            } finally {
                if (own != null) {
                    own.close();
                }
            }
        }
    }

    /**
     * Opens the workspace, trying again when the team's server did not answer in time: on a machine loaded far beyond
     * its processors the connection attempt can time out; the soak measures writes, not the first connection.
     */
    private static Workspace openRetrying(Path workspace) throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                return Workspace.open(workspace, ChangeOrigin.COMMAND_LINE);
            } catch (org.rapporteur.annotations.StoreUnavailableException e) {
                if (attempt == 5) {
                    throw e;
                }
                System.err.println("opening the team workspace, attempt " + attempt + ": " + e.getMessage());
                Thread.sleep(2000);
            }
        }
    }

    private void run(Path control, long pauseMs) throws InterruptedException {
        refresh();
        while (!Files.exists(control.resolve("stop"))) {
            if (ops % 50 == 0) {
                refresh();
            }
            step();
            ops++;
            if (pauseMs > 0) {
                Thread.sleep(random.nextLong(pauseMs * 2 + 1));
            }
        }
        log.flush();
    }

    /** Changes kept on this machine while the server was away are written before this client's state is dumped. */
    private void awaitNothingPending(Duration limit) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < end) {
            StoreHealth h = store.health();
            if (h.pendingChanges() == 0 && h.state() != StoreHealth.State.LOST) {
                return;
            }
            Thread.sleep(200);
        }
    }

    private void refresh() {
        tags = store.tags();
        notes = store.notes().stream().map(Note::id).toList();
    }

    private void step() {
        int r = random.nextInt(100);
        if (r < 30) {
            String claim = anyClaim();
            // as in the workbench, the analyst sees the claim's tags and picks one it does not have yet
            java.util.Set<Long> has = new java.util.HashSet<>();
            store.codings(claim).forEach(k -> has.add(k.tagId()));
            List<Tag> free = tags.stream().filter(x -> !has.contains(x.id())).toList();
            Tag t = free.isEmpty() ? anyTag() : free.get(random.nextInt(free.size()));
            attempt("code " + claim + " " + t.id(), () -> execute(new Change.AddCoding(t.id(), Target.claim(claim))),
                    "coding", t.id() + "|" + claim);
        } else if (r < 45) {
            String claim = anyClaim();
            String text = "note by " + user + " #" + ops;
            attempt("note " + claim, () -> execute(new Change.AddNote(Target.claim(claim), text)), "note.text", text);
        } else if (r < 60 && !notes.isEmpty()) {
            long note = notes.get(random.nextInt(notes.size()));
            String text = "edited by " + user + " #" + ops;
            attempt("edit note " + note, () -> execute(new Change.EditNote(note, text)), "note.text", text, note);
        } else if (r < 70) {
            String a = anyClaim();
            String b = anyClaim();
            for (int i = 0; i < 20 && reportOf.get(a).equals(reportOf.get(b)); i++) {
                b = anyClaim();
            }
            String target = b;
            LinkType type = LinkType.values()[random.nextInt(LinkType.values().length)];
            attempt("link " + a + " " + b, () -> execute(new Change.AddLink(a, target, type, null)), "link",
                    a + "|" + target + "|" + type);
        } else if (r < 78) {
            Tag t = anyTag();
            String name = t.name().replaceFirst("~.*", "") + "~" + user + "-" + ops;
            attempt("rename tag " + t.id(), () -> execute(new Change.RenameTag(t.id(), name)), "tag.name", name,
                    t.id());
        } else if (r < 86) {
            Tag t = anyTag();
            String colour = String.format(Locale.ROOT, "#%06X", random.nextInt(0x1000000));
            attempt("recolour tag " + t.id(), () -> execute(new Change.EditTag(t.id(), colour, null)), "tag.colour",
                    colour, t.id());
        } else if (r < 95) {
            attemptOptional("undo", this::undo);
        } else {
            attemptOptional("redo", this::redo);
        }
    }

    private ChangeEvent execute(Change change) {
        return service != null ? service.execute(change) : store.execute(change);
    }

    private Optional<ChangeEvent> undo() {
        return service != null ? service.undo() : store.undo();
    }

    private Optional<ChangeEvent> redo() {
        return service != null ? service.redo() : store.redo();
    }

    private Tag anyTag() {
        return tags.get(random.nextInt(tags.size()));
    }

    private String anyClaim() {
        return claims.get(random.nextInt(claims.size()));
    }

    private void attempt(String op, Supplier<ChangeEvent> change, String field, String value) {
        attempt(op, change, field, value, -1);
    }

    /** Runs one change and logs it acknowledged (only after it returned), refused or failed. */
    private void attempt(String op, Supplier<ChangeEvent> change, String field, String value, long entity) {
        try {
            ChangeEvent e = change.get();
            ack(e, entity >= 0 ? entity : e.entityId(), field, value);
        } catch (AnnotationException e) {
            line("REFUSED", op, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (RuntimeException e) {
            line("FAILED", op, e.toString());
        }
    }

    private void attemptOptional(String op, Supplier<Optional<ChangeEvent>> change) {
        try {
            Optional<ChangeEvent> e = change.get();
            if (e.isPresent()) {
                ack(e.get(), e.get().entityId(), "-", "-");
            } else {
                line("NOTHING", op, "nothing to " + op);
            }
        } catch (AnnotationException e) {
            line("REFUSED", op, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (RuntimeException e) {
            line("FAILED", op, e.toString());
        }
    }

    private void ack(ChangeEvent e, long entity, String field, String value) {
        line("ACK", Long.toString(e.eventId()), Long.toString(e.changeId()), e.action().name(), e.type(),
                Long.toString(entity), field, value, e.overwrote() == null ? "-" : e.overwrote());
    }

    private void line(String... fields) {
        StringBuilder b = new StringBuilder();
        for (String f : fields) {
            if (!b.isEmpty()) {
                b.append('\t');
            }
            b.append(f == null ? "" : f.replace('\t', ' ').replace('\n', ' '));
        }
        log.println(b);
        log.flush();
    }
}
