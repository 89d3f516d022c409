package org.rapporteur.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import org.rapporteur.model.RapporteurException;
import org.rapporteur.model.ReportSummary;

/**
 * Finds the report a person means by what they typed: its id or any unique prefix of it, or its file name with or
 * without extension, with or without its folder, or any unique prefix of the file name (ignoring case). One rule for
 * every command that takes a report, so {@code export --report}, {@code correct --report}, {@code reports} and
 * {@code claims} agree (ADR 0020).
 *
 * <p>An exact match (whole id, whole file name, file name without extension, path) wins over prefixes, so a report
 * whose name is a prefix of another's can still be named. Anything else that matches more than one report is refused
 * with the reports it matches, never guessed. Stateless; costs one pass over the list it is given.
 */
public final class ReportResolver {
    /** How many matching reports an ambiguity message names before "and N more". */
    static final int LISTED = 8;

    private ReportResolver() {
    }

    /**
     * @param reports the workspace's reports
     * @param ref     what the user typed
     * @return the one report {@code ref} names
     * @throws RapporteurException naming the reports matched when there is none or more than one
     */
    public static ReportSummary resolve(List<ReportSummary> reports, String ref) {
        String typed = ref == null ? "" : ref.strip();
        if (typed.isEmpty()) {
            throw new RapporteurException("Name a report by its id, an id prefix or its file name; list them with "
                    + "'rapporteur reports'.");
        }
        String wanted = typed.toLowerCase(Locale.ROOT);
        String fileName = fileNamePart(typed).toLowerCase(Locale.ROOT);
        boolean hasFolder = !fileName.equals(wanted);
        Path asPath = asPath(typed);

        List<ReportSummary> exact = matching(reports, r -> r.id().equalsIgnoreCase(typed)
                || (!hasFolder && (lower(r.source()).equals(wanted) || stem(lower(r.source())).equals(wanted)))
                || (hasFolder && pathMatches(r, asPath, wanted)));
        if (exact.size() == 1) {
            return exact.getFirst();
        }
        if (exact.size() > 1) {
            throw ambiguous(typed, exact);
        }
        List<ReportSummary> prefixed = matching(reports, r -> (!hasFolder && lower(r.id()).startsWith(wanted))
                || (lower(r.source()).startsWith(fileName) && (!hasFolder || folderMatches(r, typed))));
        if (prefixed.size() == 1) {
            return prefixed.getFirst();
        }
        if (prefixed.isEmpty()) {
            throw new RapporteurException("No report '" + typed + "' in this workspace: no id or file name starts "
                    + "with it. List them with 'rapporteur reports'.");
        }
        throw ambiguous(typed, prefixed);
    }

    private static List<ReportSummary> matching(List<ReportSummary> reports, Predicate<ReportSummary> test) {
        Set<ReportSummary> out = new LinkedHashSet<>();
        for (ReportSummary r : reports) {
            if (test.test(r)) {
                out.add(r);
            }
        }
        return new ArrayList<>(out);
    }

    private static RapporteurException ambiguous(String typed, List<ReportSummary> hits) {
        StringBuilder sb = new StringBuilder("'").append(typed).append("' matches ").append(hits.size())
                .append(" reports: ");
        for (int i = 0; i < Math.min(LISTED, hits.size()); i++) {
            ReportSummary r = hits.get(i);
            sb.append(i == 0 ? "" : ", ").append(r.source()).append(" (id ").append(shortId(r.id())).append(')');
        }
        if (hits.size() > LISTED) {
            sb.append(" and ").append(hits.size() - LISTED).append(" more");
        }
        return new RapporteurException(sb.append(". Give more of the id or the file name.").toString());
    }

    /** The first 12 characters of an id: what {@code rapporteur reports} shows, and unique in practice. */
    static String shortId(String id) {
        return id.length() > 12 ? id.substring(0, 12) : id;
    }

    /** The whole path, or the path's end ({@code samples/a.txt}), names the file the report was read from. */
    private static boolean pathMatches(ReportSummary r, Path typed, String wanted) {
        List<String> paths = new ArrayList<>();
        paths.add(r.path());
        paths.addAll(r.otherPaths());
        for (String p : paths) {
            if (p == null) {
                continue;
            }
            String norm = lower(p).replace('\\', '/');
            String w = wanted.replace('\\', '/');
            if ((typed != null && (Path.of(p).equals(typed) || sameFile(Path.of(p), typed)))
                    || norm.endsWith("/" + w) || norm.equals(w) || stem(norm).endsWith("/" + w)) {
                return true;
            }
        }
        return false;
    }

    /** For a prefix typed with a folder ({@code samples/000_}): the report's folder must end with that folder. */
    private static boolean folderMatches(ReportSummary r, String typed) {
        String t = typed.replace('\\', '/');
        String folder = lower(t.substring(0, t.lastIndexOf('/')));
        String path = lower(r.path() == null ? "" : r.path()).replace('\\', '/');
        int slash = path.lastIndexOf('/');
        String parent = slash < 0 ? "" : path.substring(0, slash);
        Path abs = asPath(typed.substring(0, typed.replace('\\', '/').lastIndexOf('/') + 1));
        return parent.endsWith("/" + folder) || parent.equals(folder)
                || (abs != null && r.path() != null && Path.of(r.path()).getParent() != null
                && Path.of(r.path()).getParent().equals(abs));
    }

    /** A path typed through a link ({@code corpus/samples} links to the shared folder) names the same file. */
    private static boolean sameFile(Path indexed, Path typed) {
        try {
            return Files.isRegularFile(typed) && Files.isSameFile(indexed, typed);
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    private static String fileNamePart(String typed) {
        String t = typed.replace('\\', '/');
        int slash = t.lastIndexOf('/');
        return slash < 0 ? typed : typed.substring(slash + 1);
    }

    private static Path asPath(String typed) {
        try {
            return Path.of(typed).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        int slash = name.lastIndexOf('/');
        return dot > slash + 1 ? name.substring(0, dot) : name;
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }
}
