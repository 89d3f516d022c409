package org.rapporteur.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.rapporteur.annotations.HistoryEntry;

/**
 * Judges a team soak from the writers' logs ({@code org.rapporteur.pipeline.TeamSoakWriter}), the journal and the
 * final annotations each client read:
 * <ul>
 *   <li>failed writes: every change that threw something other than a refusal, and every refusal that is not one
 *       of the correct ones (a claim already coded with the tag, claims already linked, a note someone undid before
 *       the edit, an undo or redo the journal refuses) — those are counted and shown apart;</li>
 *   <li>lost changes: an acknowledged change whose state in the journal is not what the writers' own acknowledged
 *       done/undone/redone sequence says, or whose effect is not in the final state (a coding, note or link missing
 *       or there when undone; a note text, tag name or colour other than the last acknowledged writer's);</li>
 *   <li>convergence: every client's dump identical to a fresh store's.</li>
 * </ul>
 */
final class SoakChecker {
    /** Refusals that are the right answer in a shared store, where others change what a writer last read. */
    static final Pattern CORRECT_REFUSAL = Pattern.compile("is already coded with|already (supports|contradicts"
            + "|elaborates|is the same claim as|responds to|[a-z ]+) claim|No note with id",
            Pattern.CASE_INSENSITIVE);

    /** An undo or redo the journal refuses because a colleague changed the same thing since (pgstore's words). */
    static final Pattern UNDO_REFUSAL = Pattern.compile("^AnnotationException: Cannot (undo|redo) '");

    record Ack(String writer, long eventId, long changeId, String action, String type, long entity, String field,
               String value, String overwrote) {
    }

    record Outcome(String writer, String kind, String op, String message) {
    }

    final List<Ack> acks = new ArrayList<>();
    final List<Outcome> refusals = new ArrayList<>();
    final List<Outcome> failures = new ArrayList<>();
    final List<String> lost = new ArrayList<>();
    final List<String> divergent = new ArrayList<>();
    final Map<String, Integer> opsByWriter = new TreeMap<>();
    int nothingToUndo;
    int strongValueChecks;
    int weakValueChecks;
    int presenceChecks;
    int overwrites;
    int unacknowledgedInJournal;

    void readLog(String writer, Path log) throws IOException {
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t", -1);
            opsByWriter.merge(writer, 1, Integer::sum);
            switch (f[0]) {
                case "ACK" -> {
                    Ack a = new Ack(writer, Long.parseLong(f[1]), Long.parseLong(f[2]), f[3], f[4],
                            Long.parseLong(f[5]), f[6], f[7], f[8]);
                    acks.add(a);
                    if (!"-".equals(a.overwrote())) {
                        overwrites++;
                    }
                }
                case "REFUSED" -> {
                    Outcome o = new Outcome(writer, f[0], f[1], f[2]);
                    boolean undoOrRedo = (f[1].equals("undo") || f[1].equals("redo"))
                            && UNDO_REFUSAL.matcher(f[2]).find();
                    if (undoOrRedo || CORRECT_REFUSAL.matcher(f[2]).find()) {
                        refusals.add(o);
                    } else {
                        failures.add(o);
                    }
                }
                case "FAILED" -> failures.add(new Outcome(writer, f[0], f[1], f[2]));
                case "NOTHING" -> nothingToUndo++;
                default -> failures.add(new Outcome(writer, "UNREADABLE", line, ""));
            }
        }
    }

    /**
     * Checks the acknowledged changes against the journal ({@code history}, every change) and the final state
     * ({@code dump}, a fresh client's {@code SoakDump}); {@code initial} holds the seeded tags' dump lines.
     */
    void check(List<HistoryEntry> history, List<String> dump, List<String> initialTags) {
        Map<Long, HistoryEntry.State> journal = new HashMap<>();
        history.forEach(h -> journal.put(h.changeId(), h.state()));
        acks.sort(Comparator.comparingLong(Ack::eventId));
        Map<Long, Ack> done = new HashMap<>();
        Map<Long, String> lastAction = new HashMap<>();
        for (Ack a : acks) {
            if (a.action().equals("DONE")) {
                done.put(a.changeId(), a);
            }
            lastAction.put(a.changeId(), a.action());
        }
        Set<Long> acknowledged = new HashSet<>(lastAction.keySet());
        unacknowledgedInJournal = (int) journal.keySet().stream().filter(id -> !acknowledged.contains(id)).count();

        State fin = State.of(dump);
        for (Map.Entry<Long, String> e : lastAction.entrySet()) {
            Ack d = done.get(e.getKey());
            if (d == null) {
                lost.add("undo or redo of change " + e.getKey() + ", which no writer acknowledged doing");
                continue;
            }
            boolean inEffect = !e.getValue().equals("UNDONE");
            HistoryEntry.State state = journal.get(e.getKey());
            if (state == null) {
                lost.add("change " + e.getKey() + " (" + d.type() + " by " + d.writer() + ") is not in the journal");
                continue;
            }
            if (inEffect != (state == HistoryEntry.State.DONE)) {
                lost.add("change " + e.getKey() + " (" + d.type() + " by " + d.writer() + ") was acknowledged "
                        + e.getValue() + " last, the journal says " + state);
            }
            String presence = switch (d.field()) {
                case "coding" -> fin.codings.get(d.entity());
                case "link" -> fin.links.get(d.entity());
                default -> null;
            };
            boolean creates = d.type().equals("AddCoding") || d.type().equals("AddLink") || d.type().equals("AddNote");
            if (creates) {
                presenceChecks++;
                boolean there = switch (d.type()) {
                    case "AddNote" -> fin.notes.containsKey(d.entity());
                    default -> presence != null;
                };
                if (there != inEffect) {
                    lost.add(d.type() + " " + d.entity() + " by " + d.writer() + " (change " + d.changeId() + ") is "
                            + (there ? "there although undone" : "missing although in effect"));
                }
                if (there && d.type().equals("AddCoding")) {
                    String[] v = d.value().split("\\|");
                    if (!presence.startsWith(v[0] + "\t") || !presence.contains(":" + v[1] + ":")) {
                        lost.add("coding " + d.entity() + " reads " + presence + ", acknowledged as " + d.value());
                    }
                }
            }
        }
        checkValues(done, fin, initialTags);
    }

    /** The last acknowledged writer of a note text, tag name or colour is what every client reads. */
    private void checkValues(Map<Long, Ack> done, State fin, List<String> initialTags) {
        Map<String, List<Ack>> byKey = new LinkedHashMap<>();
        for (Ack a : acks) {
            Ack d = a.action().equals("DONE") ? a : done.get(a.changeId());
            if (d == null || !(d.field().startsWith("note.") || d.field().startsWith("tag."))) {
                continue;
            }
            byKey.computeIfAbsent(d.field() + "#" + d.entity(), k -> new ArrayList<>()).add(a);
        }
        State initial = State.of(initialTags);
        for (Map.Entry<String, List<Ack>> e : byKey.entrySet()) {
            List<Ack> seq = e.getValue();
            Ack last = seq.getLast();
            Ack lastDone = last.action().equals("DONE") ? last : done.get(last.changeId());
            String field = lastDone.field();
            long entity = lastDone.entity();
            String actual = switch (field) {
                case "note.text" -> fin.notes.get(entity);
                case "tag.name" -> fin.tagNames.get(entity);
                case "tag.colour" -> fin.tagColours.get(entity);
                default -> throw new IllegalStateException(field);
            };
            if (actual == null) {
                if (!field.equals("note.text")) {
                    lost.add("tag " + entity + " is gone");
                }
                continue; // a note whose creation was undone: its presence was checked above
            }
            if (!last.action().equals("UNDONE")) {
                strongValueChecks++;
                if (!actual.equals(lastDone.value())) {
                    lost.add(field + " of " + entity + " reads '" + actual + "', the last acknowledged change ("
                            + lastDone.changeId() + " by " + lastDone.writer() + ") wrote '" + lastDone.value() + "'");
                }
            } else {
                // The last word was an undo: the value goes back to one written before; which one depends on the
                // store's conflict rule, so only check it is one that was really written.
                weakValueChecks++;
                Set<String> written = new HashSet<>();
                seq.forEach(a -> written.add((a.action().equals("DONE") ? a : done.get(a.changeId())).value()));
                String before = switch (field) {
                    case "tag.name" -> initial.tagNames.get(entity);
                    case "tag.colour" -> initial.tagColours.get(entity);
                    default -> null;
                };
                if (before != null) {
                    written.add(before);
                }
                if (!written.contains(actual)) {
                    lost.add(field + " of " + entity + " reads '" + actual + "', which no acknowledged change wrote");
                }
            }
        }
    }

    /** Compares each client's dump with the fresh one; records the first differences. */
    void compare(Map<String, List<String>> dumps, List<String> fresh) {
        for (Map.Entry<String, List<String>> d : dumps.entrySet()) {
            if (!d.getValue().equals(fresh)) {
                Set<String> a = new HashSet<>(d.getValue());
                Set<String> b = new HashSet<>(fresh);
                List<String> only = d.getValue().stream().filter(l -> !b.contains(l)).limit(3).toList();
                List<String> missing = fresh.stream().filter(l -> !a.contains(l)).limit(3).toList();
                divergent.add(d.getKey() + ": " + d.getValue().size() + " lines vs " + fresh.size() + "; only there "
                        + only + "; missing " + missing);
            }
        }
    }

    boolean passed() {
        return failures.isEmpty() && lost.isEmpty() && divergent.isEmpty() && unacknowledgedInJournal == 0;
    }

    /** The final state parsed from a dump: what the value checks compare with. */
    private record State(Map<Long, String> codings, Map<Long, String> links, Map<Long, String> notes,
                         Map<Long, String> tagNames, Map<Long, String> tagColours) {
        static State of(List<String> dump) {
            State s = new State(new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>());
            for (String line : dump) {
                String[] f = line.split("\t", -1);
                long id = Long.parseLong(f[1]);
                switch (f[0]) {
                    case "tag" -> {
                        s.tagNames.put(id, f[2]);
                        s.tagColours.put(id, f[3]);
                    }
                    case "coding" -> s.codings.put(id, String.join("\t", List.of(f).subList(2, f.length)));
                    case "link" -> s.links.put(id, String.join("\t", List.of(f).subList(2, f.length)));
                    case "note" -> s.notes.put(id, f[6]);
                    default -> throw new IllegalStateException(line);
                }
            }
            return s;
        }
    }
}
