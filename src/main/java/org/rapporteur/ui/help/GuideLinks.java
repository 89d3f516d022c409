package org.rapporteur.ui.help;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where a link of the guide leads, decided the way the documents mean it on disk: a relative link is resolved
 * against the folder of the document it stands in ({@code docs/WORKBENCH.md} from the README, {@code screenshots/x.png}
 * from docs/WORKBENCH.md), so the same Markdown works on GitHub, in a clone and in the app. Pure; any thread.
 */
final class GuideLinks {
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    /** Where a link goes. */
    sealed interface Target {
    }

    /** A web address or any other scheme: opened by the system (a browser), never inside the app. */
    record External(String uri) implements Target {
    }

    /** A place in the guide: one of its documents, at a heading's anchor (null: its top). */
    record Internal(String document, String anchor) implements Target {
    }

    /** A file of the project the guide does not hold (an ADR, a script): shown as text, not followed. */
    record Outside(String path) implements Target {
    }

    private final Set<String> documents;

    /** {@code documents}: the guide's documents by their path in the repository ({@code docs/WORKBENCH.md}). */
    GuideLinks(Set<String> documents) {
        this.documents = Set.copyOf(documents);
    }

    Target resolve(String fromDocument, String destination) {
        String d = destination == null ? "" : destination.strip();
        if (SCHEME.matcher(d).find()) {
            return new External(d);
        }
        int hash = d.indexOf('#');
        String path = hash < 0 ? d : d.substring(0, hash);
        String anchor = hash < 0 || hash == d.length() - 1 ? null : d.substring(hash + 1);
        if (path.isEmpty()) {
            return new Internal(fromDocument, anchor);
        }
        String resolved = resolvePath(fromDocument, path);
        return documents.contains(resolved) ? new Internal(resolved, anchor) : new Outside(resolved);
    }

    /** {@code path} relative to the folder of {@code fromDocument}, normalised ({@code a/../b} is {@code b}). */
    static String resolvePath(String fromDocument, String path) {
        Deque<String> parts = new ArrayDeque<>();
        if (!path.startsWith("/")) {
            int slash = fromDocument.lastIndexOf('/');
            if (slash > 0) {
                for (String p : fromDocument.substring(0, slash).split("/")) {
                    parts.addLast(p);
                }
            }
        }
        for (String p : path.split("/")) {
            if (p.isEmpty() || p.equals(".")) {
                continue;
            }
            if (p.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.removeLast();
                }
            } else {
                parts.addLast(p);
            }
        }
        return String.join("/", parts);
    }

    /**
     * The anchor GitHub gives a heading, which the documents' own {@code #…} links use: lower case, punctuation
     * dropped, spaces as hyphens ("Review of attributions" is {@code review-of-attributions}).
     */
    static String anchorOf(String headingText) {
        return headingText.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
    }
}
