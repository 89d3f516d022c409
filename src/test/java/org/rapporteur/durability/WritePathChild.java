package org.rapporteur.durability;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.rapporteur.annotations.AnnotationStore;
import org.rapporteur.annotations.Change;
import org.rapporteur.annotations.CorrectionRequest;
import org.rapporteur.annotations.LinkType;
import org.rapporteur.annotations.Tag;
import org.rapporteur.annotations.Target;
import org.rapporteur.cli.Main;
import org.rapporteur.model.ClaimRecord;
import org.rapporteur.model.ReportSummary;
import org.rapporteur.pipeline.ImportService;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.progress.Cancellation;
import org.rapporteur.progress.ProgressListener;
import picocli.CommandLine;

/**
 * The child process of the write-path kill test: performs a random mix of everything an analyst can write, through
 * the command line ({@code RapporteurCommand}, as {@code bin/rapporteur} runs it, one command at a time, each opening
 * and closing the workspace) and through the workbench's services on a long-lived {@link Workspace}: tag add,
 * rename, merge and delete, code, note, link, correct, undo, redo, import, and index after editing a file (which
 * re-anchors the annotations on it). Until killed.
 *
 * <p>Prints {@code BEGIN <seq> <path>} before each operation and, only after it returned,
 * {@code DONE <seq> <path> <exit> <lastEventId> <workDigest> <journalDigest> <reports>}: the store's state after it (see
 * {@link StoreSnapshot}) and the index's report count. Arguments: workspace folder, folder of files to edit, import
 * file, random seed, label (unique per child).
 */
public final class WritePathChild {
    private final Path wsDir;
    private final Path changing;
    private final Path importFile;
    private final Random random;
    private final String label;
    private final Workspace ws;
    private final PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true,
            StandardCharsets.UTF_8);
    private int serial;

    private WritePathChild(String[] args) {
        wsDir = Path.of(args[0]);
        changing = Path.of(args[1]);
        importFile = Path.of(args[2]);
        random = new Random(Long.parseLong(args[3]));
        label = args[4];
        ws = Workspace.open(wsDir);
    }

    public static void main(String[] args) throws Exception {
        Main.class.getName(); // the CLI's entry class, loaded as bin/rapporteur would
        new WritePathChild(args).run();
    }

    private void run() throws Exception {
        for (int seq = 0; ; seq++) {
            ws.refresh();
            String path = pick();
            out.println("BEGIN " + seq + " " + path);
            int exit = perform(path);
            ws.refresh();
            StoreSnapshot s = StoreSnapshot.read(wsDir.resolve(AnnotationStore.FILE_NAME));
            out.println("DONE " + seq + " " + path + " " + exit + " " + s.lastEventId() + " " + s.workDigest() + " "
                    + s.journalDigest() + " " + ws.corpus().reports().size());
        }
    }

    /** The write paths and how often each comes up; import and index are slower, so fewer of them still get kills. */
    private String pick() {
        String[] paths = {"tag-add", "tag-add", "code-cli", "code-service", "code-service", "note-cli",
                "note-service", "link-cli", "link-service", "correct-cli", "correct-service", "tag-rename",
                "tag-merge", "tag-delete", "undo-cli", "undo-service", "redo-cli", "redo-service", "import-cli",
                "import-service", "unimport", "index-cli", "index-service"};
        return paths[random.nextInt(paths.length)];
    }

    private int perform(String path) throws Exception {
        try {
            return switch (path) {
                case "tag-add" -> cli("tag", "add", "--workspace=" + wsDir, label + "-" + serial++);
                case "code-cli" -> cli("code", "--workspace=" + wsDir, claim(), tag());
                case "code-service" -> service(new Change.AddCoding(ws.annotations().resolveTag(tag()).id(),
                        Target.claim(claim())));
                case "note-cli" -> cli("note", "--workspace=" + wsDir, claim(), "memo", label, "" + serial++);
                case "note-service" -> service(new Change.AddNote(Target.claim(claim()), "memo " + label + " "
                        + serial++));
                case "link-cli" -> cli("link", "--workspace=" + wsDir, claim(), claim(), "--type", "contradicts");
                case "link-service" -> service(new Change.AddLink(claim(), claim(), LinkType.SUPPORTS, null));
                case "correct-cli" -> cli("correct", "--workspace=" + wsDir, claim(), "--speaker",
                        "Speaker " + serial++);
                case "correct-service" -> service(new Change.AddCorrection(new CorrectionRequest.AddCountry(claim(),
                        "Norway")));
                case "tag-rename" -> cli("tag", "rename", "--workspace=" + wsDir, tag(), label + "-r" + serial++);
                case "tag-merge" -> cli("tag", "merge", "--workspace=" + wsDir, tag(), tag());
                case "tag-delete" -> cli("tag", "remove", "--workspace=" + wsDir, tag(), "--delete-codings");
                case "undo-cli" -> cli("undo", "--workspace=" + wsDir);
                case "redo-cli" -> cli("redo", "--workspace=" + wsDir);
                case "undo-service" -> ws.annotations().undo().isPresent() ? 0 : 1;
                case "redo-service" -> ws.annotations().redo().isPresent() ? 0 : 1;
                case "import-cli" -> cli("import", "--workspace=" + wsDir, importFile.toString());
                case "import-service" -> {
                    new ImportService(ws).importFile(importFile, ProgressListener.NONE, Cancellation.NEVER);
                    yield 0;
                }
                case "unimport" -> { // takes the last import back, so the next import writes everything again
                    boolean last = ws.annotations().history(1).stream().anyMatch(h -> h.summary().startsWith(
                            "import "));
                    yield last && ws.annotations().undo().isPresent() ? 0 : 1;
                }
                case "index-cli" -> {
                    edit();
                    yield cli("index", "--workspace=" + wsDir);
                }
                case "index-service" -> {
                    edit();
                    ws.index(ws.corpusRoots(), ProgressListener.NONE, Cancellation.NEVER);
                    yield 0;
                }
                default -> throw new IllegalStateException(path);
            };
        } catch (RuntimeException refused) {
            return 2; // a refused change (no tag yet, a duplicate coding): it changed nothing, which the parent checks
        }
    }

    private int cli(String... args) {
        CommandLine cl = org.rapporteur.cli.RapporteurCommand.commandLine();
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(new StringWriter()));
        return cl.execute(args);
    }

    private int service(Change change) {
        ws.annotations().execute(change);
        return 0;
    }

    private String claim() {
        List<ReportSummary> reports = ws.corpus().reports();
        List<ClaimRecord> claims = ws.corpus().claimsOf(reports.get(random.nextInt(reports.size())).id());
        return claims.get(random.nextInt(claims.size())).claim().id();
    }

    private String tag() {
        List<Tag> tags = ws.annotations().tags();
        if (tags.isEmpty()) {
            throw new IllegalStateException("no tag yet");
        }
        return Long.toString(tags.get(random.nextInt(tags.size())).id());
    }

    /** Puts a new first paragraph in one of the files that change: every claim moves, every quote stays. */
    private void edit() throws Exception {
        List<Path> files = new ArrayList<>();
        try (var s = Files.list(changing)) {
            s.sorted().forEach(files::add);
        }
        Path f = files.get(random.nextInt(files.size()));
        String text = Files.readString(f);
        int cut = text.indexOf("\n\n") + 2;
        String added = InventedCorpus.sentence(random, 900_000 + serial++) + "\n\n";
        // Written aside and moved in, as an editor saves: a kill mid-write must not leave half a file to index.
        Path tmp = f.resolveSibling("." + f.getFileName() + ".tmp"); // hidden: the scanner skips it
        Files.writeString(tmp, text.substring(0, cut) + added + text.substring(cut));
        Files.move(tmp, f, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
