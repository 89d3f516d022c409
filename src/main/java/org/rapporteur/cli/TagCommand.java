package org.rapporteur.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.rapporteur.annotations.Annotations;
import org.rapporteur.annotations.Change;
import org.rapporteur.annotations.DeletePolicy;
import org.rapporteur.annotations.Tag;
import org.rapporteur.annotations.TagNode;
import org.rapporteur.pipeline.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rapporteur tag add|remove|list|rename|merge|move}: the codebook. */
@Command(name = "tag", description = "Manage the codebook (tags).",
        subcommands = {TagCommand.Add.class, TagCommand.Remove.class, TagCommand.ListTags.class,
                TagCommand.Rename.class, TagCommand.Merge.class, TagCommand.Move.class})
final class TagCommand extends CommandGroup {
    /**
     * A '/' in a new name is a usage error with the commands that do what was meant: the path {@code A/B} is tag B
     * under tag A. The same rule the store enforces for the workbench.
     */
    static void refuseSlash(WorkspaceOption workspace, String name) {
        if (name == null || !name.contains("/")) {
            return;
        }
        String[] parts = name.split("\\s*/\\s*");
        String leaf = parts.length == 0 ? name : parts[parts.length - 1].strip();
        String parent = name.substring(0, name.lastIndexOf('/')).strip();
        throw workspace.usageError("A tag name cannot contain '/': it separates the "
                + "levels of the codebook, so '" + name + "' would be the path of a tag '" + leaf + "' under '"
                + parent + "'. Make that child tag with: rapporteur tag add \"" + leaf + "\" --parent \"" + parent
                + "\" (the parent must exist: rapporteur tag list).");
    }

    /** A change to the codebook: made through the undo journal, and printed. */
    abstract static class TagChange implements Callable<Integer> {
        @Mixin
        WorkspaceOption workspace;

        @Mixin
        JsonOption json;

        @Override
        public final Integer call() {
            try (Workspace ws = workspace.open()) {
                Annotations a = ws.annotations();
                json.printChange(a.execute(change(a)));
            }
            return ExitCodes.OK;
        }

        /** The change, its tags resolved by name, path or id. */
        abstract Change change(Annotations a);
    }

    @Command(name = "add", description = {"Create a tag.",
            "A name cannot contain '/': it separates the levels of the codebook. Make a child tag with --parent: "
                    + "'tag add Security', then 'tag add Proxies --parent Security' makes Security/Proxies."})
    static final class Add extends TagChange {
        @Parameters(paramLabel = "NAME", description = "The tag's name (no '/').")
        String name;

        @Option(names = "--parent", paramLabel = "TAG", description = "Parent tag (name, path or id).")
        String parent;

        @Option(names = "--colour", paramLabel = "#RRGGBB")
        String colour;

        @Option(names = "--description")
        String description;

        @Override
        Change change(Annotations a) {
            refuseSlash(workspace, name);
            Long parentId = parent == null ? null : a.resolveTag(parent).id();
            return new Change.CreateTag(name, parentId, colour, description);
        }
    }

    @Command(name = "remove", description = "Delete a tag. A tag in use is refused unless you say what happens to "
            + "its codings: --delete-codings or --move-codings-to TAG.")
    static final class Remove extends TagChange {
        @Parameters(paramLabel = "TAG")
        String tag;

        @Option(names = "--delete-codings", description = "Delete the tag's codings and notes too (undoable).")
        boolean deleteCodings;

        @Option(names = "--move-codings-to", paramLabel = "TAG")
        String moveTo;

        @Override
        Change change(Annotations a) {
            DeletePolicy policy = deleteCodings ? DeletePolicy.DELETE_CODINGS
                    : moveTo != null ? DeletePolicy.moveCodingsTo(a.resolveTag(moveTo).id())
                    : DeletePolicy.REFUSE_IF_USED;
            return new Change.DeleteTag(a.resolveTag(tag).id(), policy);
        }
    }

    @Command(name = "list", description = "List the codebook as a tree, with the number of codings per tag.")
    static final class ListTags implements Callable<Integer> {
        @Mixin
        WorkspaceOption workspace;

        @Mixin
        JsonOption json;

        record TagJson(long id, String name, String path, Long parentId, String colour, String description,
                       int codings) {
        }

        @Override
        public Integer call() {
            try (Workspace ws = workspace.open()) {
                list(ws.annotations(), workspace.out());
            }
            return ExitCodes.OK;
        }

        private void list(Annotations a, PrintWriter out) {
            List<Tag> tags = a.tags();
            if (json.wanted()) {
                json.print(tags.stream().map(t -> new TagJson(t.id(), t.name(), t.path(), t.parentId(),
                        t.colour(), t.description(), a.codingsByTag(t.id(), false).size())).toList());
                return;
            }
            for (TagNode n : a.tagTree()) {
                print(out, a, n, 0);
            }
            out.printf(Locale.ROOT, "%d tags%n", tags.size());
            out.flush();
        }

        private void print(PrintWriter out, Annotations a, TagNode n, int depth) {
            Tag t = n.tag();
            out.printf(Locale.ROOT, "%s%s  %s  (%d codings, id %d)%n", "  ".repeat(depth), t.name(), t.colour(),
                    a.codingsByTag(t.id(), false).size(), t.id());
            for (TagNode c : n.children()) {
                print(out, a, c, depth + 1);
            }
        }
    }

    @Command(name = "rename", description = "Rename a tag.")
    static final class Rename extends TagChange {
        @Parameters(index = "0", paramLabel = "TAG")
        String tag;

        @Parameters(index = "1", paramLabel = "NEW_NAME")
        String newName;

        @Override
        Change change(Annotations a) {
            refuseSlash(workspace, newName);
            Tag read = a.resolveTag(tag);
            return new Change.RenameTag(read.id(), newName, read.modifiedAt());
        }
    }

    @Command(name = "merge", description = "Merge SOURCE into TARGET: codings, notes and sub-tags move, SOURCE goes.")
    static final class Merge extends TagChange {
        @Parameters(index = "0", paramLabel = "SOURCE")
        String source;

        @Parameters(index = "1", paramLabel = "TARGET")
        String target;

        @Override
        Change change(Annotations a) {
            return new Change.MergeTags(a.resolveTag(source).id(), a.resolveTag(target).id());
        }
    }

    @Command(name = "move", description = "Move a tag under another (or to the top without --parent).")
    static final class Move extends TagChange {
        @Parameters(paramLabel = "TAG")
        String tag;

        @Option(names = "--parent", paramLabel = "TAG")
        String parent;

        @Override
        Change change(Annotations a) {
            Long parentId = parent == null ? null : a.resolveTag(parent).id();
            return new Change.MoveTag(a.resolveTag(tag).id(), parentId);
        }
    }
}
