package org.rapporteur.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * The guide's text: the project's own README and docs/WORKBENCH.md, copied into the jar under {@code /guide/} at build
 * time (ADR 0030), parsed with commonmark, and cut to what an analyst at the window needs: the README's opening
 * (what Rapporteur is), its Workbench section and its query language; docs/WORKBENCH.md without its two sections for
 * developers (the code's structure, how screenshots and measurements are made). Sections are chosen by their
 * headings, so the documents need no markers; {@code GuideTest} fails if a heading named here is renamed. Pure
 * parsing, no JavaFX: runs off the FX thread.
 */
final class GuideSource {
    /** Where the bundled documents are, in the jar; their paths below it are their paths in the repository. */
    static final String ROOT = "/guide/";
    static final String README = "README.md";
    static final String WORKBENCH = "docs/WORKBENCH.md";
    /** The README's sections an analyst needs (with their subsections), after its opening. */
    static final Set<String> README_SECTIONS = Set.of("Workbench", "Query language");
    /** docs/WORKBENCH.md's sections for developers, left out (with their subsections). */
    static final Set<String> WORKBENCH_LEFT_OUT = Set.of("Structure (MVVM, one package per screen)",
            "Screenshots and measurements");

    /** One document of the guide: its path in the repository and the blocks kept. */
    record GuideDocument(String path, List<Node> blocks) {
    }

    private GuideSource() {
    }

    /** Both documents, cut; a missing resource (a jar built without them) is an {@link UncheckedIOException}. */
    static List<GuideDocument> load() {
        Parser parser = Parser.builder().extensions(List.of(TablesExtension.create())).build();
        return List.of(
                new GuideDocument(README, keepOpeningAnd(README_SECTIONS, parser.parse(read(README)))),
                new GuideDocument(WORKBENCH, leaveOut(WORKBENCH_LEFT_OUT, parser.parse(read(WORKBENCH)))));
    }

    static String read(String path) {
        try (InputStream in = GuideSource.class.getResourceAsStream(ROOT + path)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("The user guide is missing from this build: " + ROOT
                        + path));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The blocks before the first section (the title and opening), then the sections titled {@code wanted}. */
    static List<Node> keepOpeningAnd(Set<String> wanted, Node document) {
        List<Node> kept = new ArrayList<>();
        boolean opening = true;
        int keptLevel = 0; // the level of the kept section's heading; 0: not in one
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h && h.getLevel() >= 2) {
                opening = false;
                if (keptLevel > 0 && h.getLevel() <= keptLevel) {
                    keptLevel = 0;
                }
                if (keptLevel == 0 && wanted.contains(text(h))) {
                    keptLevel = h.getLevel();
                }
            }
            if (opening || keptLevel > 0) {
                kept.add(n);
            }
        }
        return kept;
    }

    /** Every block but the sections titled {@code unwanted}. */
    static List<Node> leaveOut(Set<String> unwanted, Node document) {
        List<Node> kept = new ArrayList<>();
        int skippedLevel = 0; // the level of the skipped section's heading; 0: not in one
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h) {
                if (skippedLevel > 0 && h.getLevel() <= skippedLevel) {
                    skippedLevel = 0;
                }
                if (skippedLevel == 0 && unwanted.contains(text(h))) {
                    skippedLevel = h.getLevel();
                }
            }
            if (skippedLevel == 0) {
                kept.add(n);
            }
        }
        return kept;
    }

    /** A heading's words as written, without the Markdown. */
    static String text(Node node) {
        StringBuilder sb = new StringBuilder();
        collect(node, sb);
        return sb.toString().strip();
    }

    private static void collect(Node node, StringBuilder sb) {
        if (node instanceof Text t) {
            sb.append(t.getLiteral());
        } else if (node instanceof Code c) {
            sb.append(c.getLiteral());
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            collect(child, sb);
        }
    }
}
