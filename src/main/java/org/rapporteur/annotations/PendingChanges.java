package org.rapporteur.annotations;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The changes a team store keeps on this machine while the server is away (issue 17, ADR 0038): one JSON line per
 * change in {@code file}, in the order the analyst made them, each appended and fsynced before the analyst is told
 * it is kept, so a crash loses none. Changes the server refuses when it is back move to a second file next to it
 * ({@code <name>-unwritten.jsonl}) with the reason, until the analyst has seen them.
 *
 * <p>Each change carries a key that is written with it into the journal, so a change written just before a crash
 * (before its line was removed here) is recognised and not written twice. Thread-safe.
 */
final class PendingChanges {
    /**
     * A kept change. {@code change} is null when its line cannot be read (a newer Rapporteur's change, or a line cut
     * by a crash while it was appended): it then goes to the unwritten list with its text, never dropped.
     */
    record Kept(String key, String user, String keptAt, Change change, String line) {
        String description() {
            return change != null ? change.describe() : line;
        }
    }

    private final Path file;
    private final Path unwrittenFile;
    private final ChangeCodec codec = new ChangeCodec();
    private final ObjectMapper json = codec.mapper();
    private List<Kept> kept;
    private List<UnwrittenChange> unwritten;

    PendingChanges(Path file) {
        this.file = file.toAbsolutePath();
        String name = this.file.getFileName().toString();
        String base = name.endsWith(".jsonl") ? name.substring(0, name.length() - ".jsonl".length()) : name;
        this.unwrittenFile = this.file.resolveSibling(base + "-unwritten.jsonl");
        try {
            Files.createDirectories(this.file.getParent());
            this.kept = readKept();
            this.unwritten = readUnwritten();
        } catch (IOException e) {
            throw new AnnotationException("Cannot read the changes kept on this machine in " + this.file + ": "
                    + e.getMessage(), e);
        }
    }

    Path file() {
        return file;
    }

    synchronized int size() {
        return kept.size();
    }

    synchronized int unwrittenCount() {
        return unwritten.size();
    }

    synchronized List<UnwrittenChange> unwritten() {
        return List.copyOf(unwritten);
    }

    synchronized Optional<Kept> head() {
        return kept.isEmpty() ? Optional.empty() : Optional.of(kept.getFirst());
    }

    /** Appends a change and forces it to disk before returning. */
    synchronized void keep(String key, String user, String keptAt, Change change) {
        ObjectNode line = json.createObjectNode();
        line.put("key", key);
        line.put("user", user);
        line.put("keptAt", keptAt);
        try {
            line.set("change", json.readTree(codec.write(change)));
            String text = json.writeValueAsString(line);
            append(file, text);
            kept.add(new Kept(key, user, keptAt, change, text));
        } catch (IOException e) {
            throw new AnnotationException("Cannot keep the change '" + change.describe() + "' on this machine ("
                    + file + "): " + e.getMessage(), e);
        }
    }

    /** The first kept change was written (or was in the journal already): it leaves the file. */
    synchronized void dropHead() {
        if (kept.isEmpty()) {
            return;
        }
        List<Kept> rest = new ArrayList<>(kept.subList(1, kept.size()));
        rewrite(rest);
        kept = rest;
    }

    /** The first kept change was refused by the server: it moves to the unwritten list with {@code reason}. */
    synchronized void refuseHead(String reason, String now) {
        if (kept.isEmpty()) {
            return;
        }
        Kept k = kept.getFirst();
        UnwrittenChange u = new UnwrittenChange(k.description(), reason, k.keptAt(), now);
        try {
            ObjectNode line = json.createObjectNode();
            line.put("description", u.description());
            line.put("reason", reason);
            line.put("keptAt", u.keptAt());
            line.put("refusedAt", now);
            line.put("line", k.line());
            append(unwrittenFile, json.writeValueAsString(line));
        } catch (IOException e) {
            throw new AnnotationException("Cannot note on this machine that the change '" + k.description()
                    + "' could not be written: " + e.getMessage(), e);
        }
        unwritten.add(u);
        dropHead();
    }

    /** The analyst has seen the changes that could not be written: the list is emptied. */
    synchronized void forgetUnwritten() {
        try {
            Files.deleteIfExists(unwrittenFile);
        } catch (IOException e) {
            throw new AnnotationException("Cannot clear " + unwrittenFile + ": " + e.getMessage(), e);
        }
        unwritten = new ArrayList<>();
    }

    private List<Kept> readKept() throws IOException {
        List<Kept> out = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return out;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            out.add(parse(line));
        }
        return out;
    }

    private Kept parse(String line) {
        try {
            JsonNode n = json.readTree(line);
            String key = n.path("key").asText(null);
            Change change = codec.read(json.writeValueAsString(n.get("change")));
            return new Kept(key, n.path("user").asText(null), n.path("keptAt").asText(null), change, line);
        } catch (JsonProcessingException | AnnotationException | IllegalArgumentException e) {
            return new Kept(null, null, null, null, line);
        }
    }

    private List<UnwrittenChange> readUnwritten() throws IOException {
        List<UnwrittenChange> out = new ArrayList<>();
        if (!Files.isRegularFile(unwrittenFile)) {
            return out;
        }
        for (String line : Files.readAllLines(unwrittenFile, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            try {
                JsonNode n = json.readTree(line);
                out.add(new UnwrittenChange(n.path("description").asText(""), n.path("reason").asText(""),
                        n.path("keptAt").asText(null), n.path("refusedAt").asText(null)));
            } catch (JsonProcessingException e) {
                out.add(new UnwrittenChange(line, "This line of " + unwrittenFile.getFileName()
                        + " cannot be read.", null, null));
            }
        }
        return out;
    }

    private static void append(Path target, String line) throws IOException {
        try (FileChannel ch = FileChannel.open(target, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            ch.write(java.nio.ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8)));
            ch.force(true);
        }
    }

    /** Replaces the file by one holding {@code rest}: written aside, forced, then moved over it in one step. */
    private void rewrite(List<Kept> rest) {
        try {
            if (rest.isEmpty()) {
                Files.deleteIfExists(file);
                return;
            }
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                StringBuilder sb = new StringBuilder();
                rest.forEach(k -> sb.append(k.line()).append('\n'));
                ch.write(java.nio.ByteBuffer.wrap(sb.toString().getBytes(StandardCharsets.UTF_8)));
                ch.force(true);
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new AnnotationException("Cannot update the changes kept on this machine in " + file + ": "
                    + e.getMessage(), e);
        }
    }
}
