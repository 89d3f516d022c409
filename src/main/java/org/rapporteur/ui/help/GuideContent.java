package org.rapporteur.ui.help;

import java.io.InputStream;
import java.net.URL;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javafx.scene.image.Image;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Node;

/**
 * The guide, ready to render: its documents parsed and cut ({@link GuideSource}) and every picture they show decoded.
 * Made in the background ({@link #load}); decoding the screenshots is most of the work.
 *
 * @param documents the documents, in order
 * @param images    the pictures by their path in the repository ({@code docs/screenshots/01-results.png}); a picture
 *                  missing from the build is absent
 */
record GuideContent(List<GuideSource.GuideDocument> documents, Map<String, Image> images) {

    /** Parses the bundled documents and decodes their pictures. Any thread but the FX thread (it blocks). */
    static GuideContent load() {
        List<GuideSource.GuideDocument> docs = GuideSource.load();
        Map<String, Image> images = new LinkedHashMap<>();
        for (GuideSource.GuideDocument d : docs) {
            for (String path : imagePaths(d)) {
                URL url = GuideContent.class.getResource(GuideSource.ROOT + path);
                if (url != null && !images.containsKey(path)) {
                    try (InputStream in = url.openStream()) {
                        Image image = new Image(in);
                        if (!image.isError()) {
                            images.put(path, image);
                        }
                    } catch (java.io.IOException e) {
                        // left out: the renderer shows the picture's words instead
                    }
                }
            }
        }
        return new GuideContent(docs, Map.copyOf(images));
    }

    /** The pictures a document shows, as paths in the repository. */
    static List<String> imagePaths(GuideSource.GuideDocument d) {
        List<String> out = new java.util.ArrayList<>();
        AbstractVisitor visitor = new AbstractVisitor() {
            @Override
            public void visit(org.commonmark.node.Image image) {
                out.add(GuideLinks.resolvePath(d.path(), image.getDestination()));
            }
        };
        for (Node n : d.blocks()) {
            n.accept(visitor);
        }
        return out.stream().distinct().collect(Collectors.toList());
    }

    List<String> documentPaths() {
        return documents.stream().map(GuideSource.GuideDocument::path).toList();
    }
}
