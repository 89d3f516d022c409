package org.rapporteur.structure;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rapporteur.model.DeclaredMetadata;

/**
 * A report's authors: the people the file declares, then those the text credits (labelled "Author:" lines, a "By X"
 * byline, a closing "X is a senior fellow at Y" bio). A declared name the text writes more fully ("Stephen Morrison",
 * declared by a site's author slug, is "J. Stephen Morrison" in the standfirst) is given in the fuller form, and a
 * name given twice is kept once. Stateless.
 */
final class AuthorNames {
    private static final String INITIALS_OR_NAME = "(?:\\p{Lu}\\.\\s*|\\p{Lu}[\\p{L}’'\\-]+\\s+){1,2}";

    private AuthorNames() {
    }

    static List<String> of(String text, ScanResult scan, DeclaredMetadata declared) {
        Set<String> out = new LinkedHashSet<>();
        for (String a : declared.authors()) {
            out.add(fuller(a, declared.description(), text));
        }
        List<String> fromText = new ArrayList<>(scan.labelledAuthors());
        fromText.addAll(scan.bylineAuthors());
        if (scan.aboutAuthor() != null) {
            fromText.add(scan.aboutAuthor());
        }
        for (String a : fromText) {
            if (out.stream().noneMatch(k -> k.endsWith(a) || a.endsWith(k))) {
                out.add(a);
            } else {
                // the text's form replaces a shorter declared one
                List<String> kept = new ArrayList<>();
                for (String k : out) {
                    kept.add(a.endsWith(k) && a.length() > k.length() ? a : k);
                }
                out.clear();
                out.addAll(kept);
            }
        }
        return List.copyOf(out);
    }

    /** The fuller form of {@code name} written in the standfirst or the text ("J. Stephen Morrison"), or the name. */
    private static String fuller(String name, String description, String text) {
        Pattern p = Pattern.compile("\\b(" + INITIALS_OR_NAME + ")" + Pattern.quote(name) + "\\b");
        for (String s : new String[] {description, text}) {
            if (s == null) {
                continue;
            }
            Matcher m = p.matcher(s);
            if (m.find() && m.group(1).strip().matches("(?:\\p{Lu}\\.\\s*)+")) {
                return m.group(1).strip().replaceAll("\\s+", " ") + " " + name; // only initials are added
            }
        }
        return name;
    }
}
