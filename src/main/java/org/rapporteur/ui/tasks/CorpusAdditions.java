package org.rapporteur.ui.tasks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.rapporteur.model.RapporteurException;

/**
 * What "add files or folders" does to the corpus roots (ADR 0005): a folder becomes a corpus root in place; a single
 * file is copied into the workspace's {@code imports/} folder, itself a corpus root, so that adding one file never
 * pulls in its unrelated neighbours. Pure file-system work; run it off the FX thread.
 */
public final class CorpusAdditions {
    public static final String IMPORTS = "imports";

    private CorpusAdditions() {
    }

    /** The new list of corpus roots after adding {@code dropped}; copies single files into {@code imports/}. */
    public static List<Path> add(Path workspaceDir, List<Path> currentRoots, List<Path> dropped) {
        Set<Path> roots = new LinkedHashSet<>();
        for (Path r : currentRoots) {
            roots.add(r.toAbsolutePath().normalize());
        }
        Path imports = workspaceDir.resolve(IMPORTS).toAbsolutePath().normalize();
        for (Path p : dropped) {
            Path abs = p.toAbsolutePath().normalize();
            if (Files.isDirectory(abs)) {
                if (!coveredBy(abs, roots)) {
                    roots.add(abs);
                }
            } else if (Files.isRegularFile(abs)) {
                if (coveredBy(abs, roots)) {
                    continue; // already inside a root: the next index run sees it
                }
                copyInto(imports, abs);
                roots.add(imports);
            }
        }
        return new ArrayList<>(roots);
    }

    private static boolean coveredBy(Path p, Set<Path> roots) {
        return roots.stream().anyMatch(p::startsWith);
    }

    private static void copyInto(Path imports, Path file) {
        try {
            Files.createDirectories(imports);
            Path target = imports.resolve(file.getFileName().toString());
            int n = 2;
            while (Files.exists(target) && Files.mismatch(target, file) != -1L) {
                String name = file.getFileName().toString();
                int dot = name.lastIndexOf('.');
                target = imports.resolve(dot < 0 ? name + "-" + n : name.substring(0, dot) + "-" + n
                        + name.substring(dot));
                n++;
            }
            if (!Files.exists(target)) {
                Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
            }
        } catch (IOException e) {
            throw new RapporteurException("Cannot copy " + file + " into the workspace: " + e.getMessage(), e);
        }
    }
}
