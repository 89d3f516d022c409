package org.rapporteur.structure;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rapporteur.model.DeclaredMetadata;

/**
 * The publishing organisation from the places that state one, best first: the publisher the file declares, a
 * "Source:" line, a copyright or "published/produced by" line, the body a parliamentary record or hearing transcript
 * belongs to ("Fiji Hansard" → Parliament of Fiji, "UK Covid-19 Inquiry"), then (in {@link MetadataExtractor}) an
 * institution the title page or a hosting sentence names, and only when nothing better the institution of an author
 * bio ("X is a senior fellow at Y") or of a standfirst ("CSIS's J. Stephen Morrison analyzes …"). An organisation the
 * body merely mentions is never the publisher: no organisation is better than a wrong one. Stateless.
 */
final class OrganisationFinder {
    /** A capitalised word; a dot only inside it ("U.S"), so a name stops at the end of its sentence. */
    private static final String CAP_WORD = "\\p{Lu}(?:[\\p{L}\\p{N}&’'\\-]|\\.(?=\\p{Lu}))*";
    private static final String NAME_WORD = "(?:" + CAP_WORD + "|of|for|and|the|on|&)";
    private static final String NAME = "(" + CAP_WORD + "(?:[ \\t]+" + NAME_WORD + "){0,9})";
    private static final String YEARS = "(?:19|20)\\d{2}(?:\\s*[-–]\\s*(?:19|20)?\\d{2,4})?,?\\s*";
    /** "© 2020 by the X", "Copyright 2019 X", "(c) 2021 X": a bare "(c)" or "copyright" needs its year (list items, prose). */
    private static final Pattern COPYRIGHT = Pattern.compile(
            "(?im)^[^\\n]{0,20}?(?:(?:copyright\\s*)?©\\s*(?:" + YEARS + ")?|(?:copyright|\\(c\\))\\s*(?:©\\s*)?" + YEARS + ")"
                    + "(?:by\\s+)?(?:the\\s+)?" + NAME);
    /**
     * A colophon: "Published by X" opening a line, "This report is published by X", or a series naming its producer
     * ("Critical Questions is produced by X"). "a study published by X" in the body only mentions X, and so does a
     * hard-wrapped line of prose that happens to begin "produced by the World Bank, …": a colophon line starts with
     * a capital.
     */
    private static final Pattern PUBLISHED_BY = Pattern.compile("(?:(?m:^)[*_\\s]*(?=\\p{Lu})|\\b(?i:this|the) (?i:report|paper|brief"
            + "|publication|commentary|series|newsletter|document|analysis|issue brief|policy brief|working paper|study"
            + "|article|transcript|summary) (?:is|was|has been) |\\b(?!The\\b)\\p{Lu}\\p{L}+(?: \\p{Lu}\\p{L}+){0,4} (?:is|was) )"
            + "(?i:published|produced|issued|prepared) by\\s+(?:the\\s+)?" + NAME);
    /** A colophon sits at the start or the end of a text, not in its body. */
    private static final int COLOPHON_CHARS = 3000;
    private static final Pattern HANSARD = Pattern.compile("\\b(\\p{Lu}[\\p{L}\\-]+(?:[ \\t]+\\p{Lu}[\\p{L}\\-]+)?)[ \\t]+Hansard\\b"
            + "|\\bHansard[ \\t]+(?:of|for)[ \\t]+(?:the[ \\t]+)?(\\p{Lu}[\\p{L}\\-]+(?:[ \\t]+\\p{Lu}[\\p{L}\\-]+)?)");
    private static final Pattern PARLIAMENT_OF = Pattern.compile(
            "\\b(?:Parliament|National Assembly|House of Representatives|Legislative Assembly) of (?:the )?\\p{Lu}[\\p{L}\\-]+(?: \\p{Lu}[\\p{L}\\-]+)?");
    /** A named hearing body in a transcript's header: "UK Covid-19 Inquiry", "Royal Commission into …". */
    private static final Pattern HEARING_BODY = Pattern.compile(
            "\\b((?:\\p{Lu}[\\p{L}\\p{N}\\-]*[ \\t]+){1,5}(?:Inquiry|Tribunal)|Royal Commission (?:into|on) [\\p{L} ]{3,60}"
                    + "|(?:\\p{Lu}[\\p{L}\\-]*[ \\t]+){1,4}(?:Select|Standing) Committee(?: on (?:\\p{Lu}[\\p{L}\\-]*[ \\t]?){1,5})?)");
    private static final Pattern BIO = Pattern.compile(
            "(?:^|\\n)[_*\\s]*((?:\\p{Lu}[\\p{L}.’'\\-]*\\s+){1,4}\\p{Lu}[\\p{L}’'\\-]+)[_*]*\\s+(?:is|was|serves as)\\s+"
                    + "[^.\\n]{0,200}?\\bat\\s+(?:the\\s+)?" + NAME);
    private static final Pattern STANDFIRST_OWNER = Pattern.compile(
            "\\b(\\p{Lu}{2,8})[’']s\\s+(?:\\p{Lu}\\.\\s*)*\\p{Lu}\\p{Ll}+");
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,8}");
    private static final Pattern TITLE_ACRONYM = Pattern.compile("\\b\\p{Lu}{3,8}\\b");
    private static final Pattern TRAILING_MINOR = Pattern.compile("(?:[ \\t]+(?:of|for|and|the|on|&))+$|[.,;:’']+$");
    private static final Pattern LEADING_MINOR = Pattern.compile("^(?:The|the)\\s+");
    private static final Pattern REJECT = Pattern.compile("(?i)^(?:all rights|reserved|this|these|our|his|her|their|its"
            + "|author|authors|the author|permission|licen[cs]e|creative commons|cc[ -]by)\\b.*");
    private static final int HEADER_PARAGRAPHS = 5;
    private static final int HEADER_WORDS = 15;

    private OrganisationFinder() {
    }

    /** The publisher the file itself declares, in the form a reader would write it. */
    static Optional<String> declared(DeclaredMetadata d) {
        if (d == null || d.organisation() == null) {
            return Optional.empty();
        }
        return Optional.of(parliamentOfRecord(d.organisation()).orElse(d.organisation()));
    }

    /** "Fiji Hansard" → Parliament of Fiji: a Hansard is the record of its parliament. */
    static Optional<String> parliamentOfRecord(String s) {
        Matcher m = HANSARD.matcher(s);
        if (!m.find()) {
            return Optional.empty();
        }
        String place = m.group(1) != null ? m.group(1) : m.group(2);
        if (place == null || place.matches("(?i)(?:the|daily|weekly|official|house|senate|debates?|oral|written)")) {
            return Optional.empty();
        }
        return Optional.of("Parliament of " + place);
    }

    /** A publisher stated in so many words: a copyright, "published by" or "produced by" line. */
    static Optional<String> stated(String visible) {
        for (Pattern p : List.of(COPYRIGHT, PUBLISHED_BY)) {
            Matcher m = p.matcher(visible);
            while (m.find()) {
                if (p == PUBLISHED_BY && m.start() > COLOPHON_CHARS && m.start() < visible.length() - COLOPHON_CHARS) {
                    continue;
                }
                Optional<String> name = clean(m.group(1));
                if (name.isPresent() && PersonNameParser.parseNameLine(name.get()).isEmpty()) {
                    return Optional.of(expandAcronym(name.get(), visible));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The body a record belongs to, named in a header line (a short line of its own among the opening paragraphs): a
     * parliament by its Hansard, or a hearing body. A body the opening prose discusses ("the Grenfell Tower Inquiry
     * found …") is not the record's.
     */
    static Optional<String> recordBody(String text, List<Paragraph> paragraphs) {
        for (int i = 0; i < Math.min(paragraphs.size(), HEADER_PARAGRAPHS); i++) {
            Paragraph p = paragraphs.get(i);
            String line = p.joined().strip();
            if (!p.singleLine() || line.split("\\s+").length > HEADER_WORDS) {
                continue;
            }
            Optional<String> parliament = parliamentOfRecord(line);
            if (parliament.isPresent()) {
                return parliament;
            }
            if (line.contains("Hansard")) {
                Matcher m = PARLIAMENT_OF.matcher(text);
                if (m.find()) {
                    return Optional.of(m.group());
                }
            }
            Matcher h = HEARING_BODY.matcher(line);
            while (h.find()) {
                // "Lead Inquiry:" is counsel's turn label, not the body holding the hearing
                if (!line.substring(h.end()).matches("(?s)^[*_]*\\s*:.*")) {
                    return clean(h.group(1));
                }
            }
        }
        return Optional.empty();
    }

    /** The institution of a closing author bio ("X is a senior fellow at Y"), looked for in the last part of the text. */
    static Optional<String> authorBio(String visible) {
        int from = visible.length() * 2 / 3;
        Matcher m = BIO.matcher(visible);
        while (m.find()) {
            if (m.start() < from) {
                continue;
            }
            if (PersonNameParser.parseNameLine(m.group(1).strip()).isEmpty()) {
                continue;
            }
            Optional<String> org = clean(m.group(2));
            if (org.isPresent() && looksInstitutional(org.get())) {
                return Optional.of(expandAcronym(org.get(), visible));
            }
        }
        return Optional.empty();
    }

    /**
     * An institution the title names by its acronym and the speaker calls their own ("last year at DFS we …", "I'll
     * speak for DFS"): the record of a talk belongs to the speaker's institution. An acronym only mentioned in the title
     * or the body does not count.
     */
    static Optional<String> speakersOwn(String title, String visible) {
        if (title == null) {
            return Optional.empty();
        }
        Matcher a = TITLE_ACRONYM.matcher(title);
        while (a.find()) {
            String acr = a.group();
            String q = Pattern.quote(acr);
            Pattern own = Pattern.compile("\\b(?:(?:we|our|us)\\b[^.;!?]{0,40}?\\b(?:at|for|of|here at)|speak(?:ing)? for)\\s+"
                    + "(?:the\\s+)?" + q + "\\b|\\bat\\s+(?:the\\s+)?" + q + ",?\\s+(?:we|our)\\b");
            if (own.matcher(visible).find()) {
                return Optional.of(expandAcronym(acr, visible));
            }
        }
        return Optional.empty();
    }

    /** "CSIS's J. Stephen Morrison analyzes …" in a declared standfirst: the author's institution. */
    static Optional<String> standfirstOwner(DeclaredMetadata d, String visible) {
        if (d == null || d.description() == null) {
            return Optional.empty();
        }
        Matcher m = STANDFIRST_OWNER.matcher(d.description());
        return m.find() ? Optional.of(expandAcronym(m.group(1), visible)) : Optional.empty();
    }

    private static boolean looksInstitutional(String name) {
        return ACRONYM.matcher(name).matches() || MetadataExtractor.isInstitutionName(name);
    }

    /** An acronym the text defines ("… Institute of Peace (USIP)") as the name it stands for. */
    static String expandAcronym(String name, String text) {
        if (!ACRONYM.matcher(name).matches()) {
            return name;
        }
        Matcher def = Pattern.compile("((?:" + NAME_WORD + "[ \\t]+){1,10})\\(" + Pattern.quote(name) + "\\)").matcher(text);
        while (def.find()) {
            String words = def.group(1).strip();
            String[] parts = words.split("\\s+");
            StringBuilder initials = new StringBuilder();
            // keep the shortest tail whose capitals spell the acronym
            for (int start = parts.length - 1; start >= 0; start--) {
                initials.setLength(0);
                for (int i = start; i < parts.length; i++) {
                    if (Character.isUpperCase(parts[i].charAt(0))) {
                        initials.append(parts[i].charAt(0));
                    }
                }
                if (initials.toString().equals(name) && Character.isUpperCase(parts[start].charAt(0))) {
                    return String.join(" ", List.of(parts).subList(start, parts.length));
                }
            }
        }
        return name;
    }

    /**
     * An outlet as a "Source:"/"Published by" line writes it, tidied: no leading article or closing full stop, and no
     * place after an institution's name ("the Estuary Research Council, Leith." → Estuary Research Council).
     */
    static String tidyOutlet(String raw) {
        String s = LEADING_MINOR.matcher(raw.strip()).replaceAll("").replaceAll("[.,;:]+$", "").strip();
        int comma = s.indexOf(", ");
        if (comma > 0 && MetadataExtractor.isInstitutionName(s.substring(0, comma))) {
            s = s.substring(0, comma);
        }
        return s.isEmpty() ? raw.strip() : s;
    }

    private static Optional<String> clean(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String s = raw.strip();
        String before;
        do {
            before = s;
            s = TRAILING_MINOR.matcher(s).replaceAll("").strip();
        } while (!s.equals(before));
        s = LEADING_MINOR.matcher(s).replaceAll("");
        if (s.length() < 2 || REJECT.matcher(s).matches() || !s.matches(".*\\p{Lu}.*")
                || s.split("\\s+").length > 10) {
            return Optional.empty();
        }
        return Optional.of(s);
    }
}
