package org.rapporteur.structure;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
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
    private static final String INITIALS = "(?:\\p{Lu}\\.\\s*){1,3}";
    /** A closing bio: "Sonali Kolhatkar is the founder, host and executive producer of …". */
    private static final Pattern BIO = Pattern.compile("^[_*\\s]*((?:\\p{Lu}\\.\\s*)*\\p{Lu}[\\p{L}’'\\-]+(?:\\s+(?:\\p{Lu}\\.\\s*)*"
            + "\\p{Lu}[\\p{L}’'\\-]+){1,3})[_*]*,?\\s+(?:is|was|serves as)\\s+(?:a|an|the)?\\s*(?:[\\p{L}\\-]+\\s+){0,4}"
            + "(?:founder|co-founder|fellow|director|professor|author|journalist|writer|editor|columnist|analyst"
            + "|researcher|correspondent|contributor|president|chair|lecturer|scholar|producer|host|expert|economist"
            + "|reporter|commentator|scientist|historian|partner|adviser|advisor)\\b");
    private static final int BIO_PARAGRAPH_CHARS = 800;

    private AuthorNames() {
    }

    static List<String> of(String text, DocumentScan scan, DeclaredMetadata declared) {
        Set<String> out = new LinkedHashSet<>();
        for (String a : declared.authors()) {
            out.add(fuller(a, declared.description(), text));
        }
        List<String> fromText = new ArrayList<>(scan.labelledAuthors());
        fromText.addAll(scan.bylineAuthors());
        if (scan.aboutAuthor() != null) {
            fromText.add(scan.aboutAuthor());
        }
        if (out.isEmpty() && fromText.isEmpty()) {
            closingBio(scan).ifPresent(fromText::add);
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

    /** The person a bio paragraph near the end describes, when the piece credits nobody else. */
    private static Optional<String> closingBio(DocumentScan scan) {
        List<Paragraph> paras = scan.paragraphs();
        int from = Math.max(0, paras.size() - Math.max(10, paras.size() / 4));
        for (int i = paras.size() - 1; i >= from; i--) {
            Paragraph p = paras.get(i);
            String t = p.joined();
            if (t.length() > BIO_PARAGRAPH_CHARS) {
                continue;
            }
            Matcher m = BIO.matcher(t);
            if (m.find()) {
                Optional<ParsedPerson> pp = PersonNameParser.parseNameLine(m.group(1).strip());
                if (pp.isPresent()) {
                    return Optional.of(pp.get().name());
                }
            }
        }
        return Optional.empty();
    }

    /** The fuller form of {@code name} written in the standfirst or the text ("J. Stephen Morrison"), or the name. */
    private static String fuller(String name, String description, String text) {
        Pattern p = Pattern.compile("(?<![\\p{L}.])(" + INITIALS + ")" + Pattern.quote(name) + "\\b");
        for (String s : new String[] {description, text}) {
            if (s == null) {
                continue;
            }
            Matcher m = p.matcher(s);
            if (m.find()) {
                return m.group(1).strip().replaceAll("\\s+", " ") + " " + name; // only initials are added
            }
        }
        return name;
    }
}
