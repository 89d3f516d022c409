package org.rapporteur.structure;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rapporteur.model.DeclaredMetadata;
import org.rapporteur.model.ReportKind;
import org.rapporteur.model.ReportMetadata;
import org.rapporteur.model.Span;

/**
 * Title, organisation, date, kind and authors of a report: a sidecar's values first, then what the file declares about
 * itself ({@link DeclaredMetadata}), then what the text says. From the text, the title is the title-page line that
 * looks most like one (repeated, several words), else the first title-like opening line; the organisation is one the
 * text states as its publisher ({@link OrganisationFinder}) or names on its title page or as host, never one merely
 * mentioned; the date is the title page's date, an event's own date ({@link EventDate}) or the event date in the
 * opening prose of an event report, else the date the file name carries ({@link FileNameDate}); authors come from
 * {@link AuthorNames}. Stateless and thread-safe.
 */
final class MetadataExtractor {
    private static final String MONTHS = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final Pattern DATE_MDY = Pattern.compile("(?i)\\b" + MONTHS + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*[-–]\\s*\\d{1,2}(?:st|nd|rd|th)?)?,?\\s+(\\d{4})\\b");
    private static final Pattern DATE_DMY = Pattern.compile("(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*[-–]\\s*\\d{1,2}(?:st|nd|rd|th)?)?\\s+(?:of\\s+)?" + MONTHS + ",?\\s+(\\d{4})\\b");
    private static final Pattern DATE_ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern DATE_MY = Pattern.compile("(?i)\\b" + MONTHS + ",?\\s+(\\d{4})\\b");
    private static final Pattern EVENT_SENTENCE = Pattern.compile(
            "(?i)\\b(held|organi[sz]ed|conducted|hosted|convened|took place|was chaired|arranged)\\b");
    private static final Pattern KIND_WEBINAR = Pattern.compile("(?i)\\bwebinar\\b");
    private static final Pattern KIND_SEMINAR = Pattern.compile(
            "(?i)\\b(seminar|conference|round ?table|workshop|symposium|dialogue|colloquium|panel discussion)\\b");
    private static final Pattern REPORT_ABOUT = Pattern.compile(
            "(?i)\\bthis (?:report|paper|study|brief|policy brief)\\s+(?:reviews|examines|analy[sz]es|assesses|explores|discusses|describes|looks at|investigates|evaluates|maps)\\s+(.+?)(?:[.;]|,\\s|\\sand (?:highlights|offers|makes|recommends|proposes)\\b)");
    private static final String HEADS = "Institute|Centre|Center|University|Foundation|Council|Forum|Endowment|Organi[sz]ation|Association|Academy|Society|Trust|Commission|Institution";
    private static final Pattern ORG_HEAD = Pattern.compile(
            "((?:\\p{Lu}[\\p{L}’'\\-]+[ \\t]+){1,5}(?:" + HEADS + ")(?:[ \\t]+(?:of|for)[ \\t]+(?:(?:\\p{Lu}[\\p{L}\\-]+|and|&)[ \\t]?){1,5})?"
                    + "|(?:" + HEADS + ")[ \\t]+(?:of|for)[ \\t]+(?:(?:\\p{Lu}[\\p{L}\\-]+|and|&)[ \\t]?){1,6})");
    private static final Pattern ORG_WORD = Pattern.compile("(?i)\\b(" + HEADS + "|program(me)?|agency|bank|network)\\b");
    private static final Pattern HEAD_WORD = Pattern.compile("\\b(?:" + HEADS + ")\\b");
    /** "Organised by X", "funded by the X": not "held by" ("the position held by X" hosts nothing). */
    private static final Pattern HOSTED_BY = Pattern.compile(
            "(?i)\\b(?:organi[sz]ed|conducted|hosted|convened|funded|commissioned|sponsored) by (?:the )?");
    /**
     * "CPGS held a round table": an institution as the subject of its own event, the event its object. "The session
     * of NATO held at Reykjavik" has no object: the name is not the one that held it.
     */
    private static final Pattern HOSTS = Pattern.compile("(?i)^(?:\\s*\\([^)]{2,10}\\))?\\s+(?:has\\s+|had\\s+)?"
            + "(?:held|organi[sz]ed|conducted|hosted|convened|arranged|organi[sz]es|holds|hosts)\\s+"
            + "(?:a|an|the|its|their|this|these|our|one|two|three|four|five|several|\\d[\\w-]*)\\b");
    private static final int OPENING_PARAGRAPHS = 4;
    private static final Pattern TURN_LABEL = Pattern.compile("^[\\p{L}.’' ]{1,40}:\\s");
    /** How far into the text a title page may reach: beyond it, a name is in the body. */
    private static final int TITLE_PAGE_CHARS = 1500;
    private static final Pattern ACRONYM_DEF = Pattern.compile("\\((\\p{Lu}{2,8})\\)");
    private static final Set<String> MINOR = Set.of("of", "for", "and", "the", "on", "&", "in", "at", "de");
    private static final Pattern SERIES_LABEL = Pattern.compile(
            "(?i)\\b(no\\.|number|vol\\.|volume|issue)\\s*\\d|^(policy|issue|research) (brief|paper|note)s?$|^(working|occasional|discussion) papers?\\b");
    private static final Pattern KIND_POLICY = Pattern.compile(
            "(?i)\\b(policy brief|policy paper|issue brief|working paper|research paper|occasional paper|discussion paper|special report|policy report|policy analysis)\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(19[4-9]\\d|20[0-4]\\d)\\b");
    private static final Pattern SKIP_TITLE = Pattern.compile(
            "(?i).*\\b(sponsor|rapporteurs?|compiled|prepared by|edited by|disclaimer|contents)\\b.*");

    private MetadataExtractor() {
    }

    /**
     * The metadata: the sidecar's values first, then what the file declares about itself, then what the text says.
     * Only what the sidecar does not give is worked out. A speech (by the sidecar) has no publishing organisation
     * unless the sidecar names one: the institutions a speaker mentions are not its publisher.
     *
     * @param fromProperties true when the declarations are document properties an authoring tool keeps (PDF, DOCX):
     *                       their date is when the file was made and their title may be a template's, so the title
     *                       page's own date comes first and a declared title counts only when the opening text
     *                       carries its words
     * @param shape          how far the text reads as one speaker addressing an audience: then the institutions it
     *                       says held or convened something are mentions, not its publisher, and the dates in its
     *                       sentences are other events'
     * @param fileName       the source file's name, whose date is the last resort ({@link FileNameDate}); may be null
     */
    static ReportMetadata extract(String text, DocumentScan scan, SidecarOverrides sidecar, DeclaredMetadata declared,
                                  boolean fromProperties, SpeechShape shape, String fileName) {
        DeclaredMetadata d0 = declared == null ? DeclaredMetadata.none() : declared;
        DeclaredMetadata d = !fromProperties ? d0 : new DeclaredMetadata(
                openingCarries(text, d0.title()) ? d0.title() : null, d0.authors(), d0.organisation(), d0.date(),
                d0.description(), d0.type());
        boolean speech = sidecar.speech();
        String found = sidecar.title(() -> d.title() != null ? d.title() : title(text, scan));
        String title = found == null && fromProperties ? d0.title() : found;
        ReportKind kind = sidecar.kind(() -> kind(text, scan));
        boolean spoken = speech || shape != null && shape.oneVoiceAddressing();
        String organisation = sidecar.organisation(() -> speech ? null : organisation(text, scan, d, title, spoken));
        String date = sidecar.date(() -> date(text, scan, kind, d, fromProperties, spoken, fileName));
        List<String> authors = sidecar.authors(() -> AuthorNames.of(text, scan, d));
        return new ReportMetadata(title, organisation, date, kind, authors);
    }

    /**
     * The metadata of a report whose text could not be structured: the sidecar's values, else what the file declares,
     * else the date its name carries. No kind unless the sidecar gives one.
     */
    static ReportMetadata declaredOnly(SidecarOverrides sidecar, DeclaredMetadata d, String fileName) {
        return new ReportMetadata(sidecar.title(d::title), sidecar.organisation(d::organisation),
                sidecar.date(() -> d.date() != null ? d.date() : FileNameDate.of(fileName).orElse(null)),
                sidecar.kind(() -> null), sidecar.authors(d::authors));
    }

    // --- title -----------------------------------------------------------------------------------------------------

    private static String title(String text, DocumentScan scan) {
        List<Paragraph> paras = scan.paragraphs();
        int limit = Math.min(scan.contentStartParagraph(), paras.size());
        if (limit < paras.size() && limit > 0) {
            limit = Math.min(paras.size(), limit); // the title is in the front matter
        }
        String best = null;
        int bestScore = 0;
        boolean first = true;
        Set<String> authorLines = new LinkedHashSet<>(scan.labelledAuthors());
        for (int i = 0; i < limit; i++) {
            Paragraph p = paras.get(i);
            for (TextLine l : p.lines()) {
                String t = l.text();
                if (!titleCandidate(t, scan, l.start(), authorLines)) {
                    continue;
                }
                int score = 0;
                if (repeated(t, l.start(), paras)) {
                    score += 3;
                }
                if (LineShapes.wordCount(t) >= 3) {
                    score += 1;
                }
                if (first) {
                    score += 1;
                    first = false;
                }
                if (SERIES_LABEL.matcher(t).find()) {
                    score -= 3;
                }
                if (KIND_WEBINAR.matcher(t).find() || KIND_SEMINAR.matcher(t).find() || t.matches("(?i).*\\breport\\b.*")) {
                    score += LineShapes.wordCount(t) >= 3 ? 1 : -2;
                }
                if (score > bestScore) {
                    bestScore = score;
                    best = t;
                }
            }
        }
        if (best != null) {
            return LineShapes.isAllCaps(best) ? LineShapes.smartCase(best) : best.strip();
        }
        Matcher m = REPORT_ABOUT.matcher(text);
        if (m.find() && !inBoilerplate(m.start(), scan)) {
            String t = m.group(1).strip();
            return Character.toUpperCase(t.charAt(0)) + t.substring(1);
        }
        return firstTitleLine(scan);
    }

    /**
     * A title-like line among the opening paragraphs (a line of its own, a few words, no closing punctuation, not a
     * link or a speaker's turn), so that a text with a plain heading is never named after its file.
     */
    private static String firstTitleLine(DocumentScan scan) {
        List<Paragraph> paras = scan.paragraphs();
        for (int i = 0; i < Math.min(paras.size(), OPENING_PARAGRAPHS); i++) {
            Paragraph p = paras.get(i);
            String t = p.joined().strip();
            if (!p.singleLine() || inBoilerplate(p.start(), scan) || !LineShapes.hasLetters(t)
                    || LineShapes.wordCount(t) < 2 || LineShapes.wordCount(t) > 20 || t.matches("(?s).*[.:;,!?]$")
                    || t.contains("://") || t.contains("@") || TURN_LABEL.matcher(t).find() || LineShapes.looksLikeDate(t)) {
                continue;
            }
            return LineShapes.isAllCaps(t) ? LineShapes.smartCase(t) : t;
        }
        return null;
    }

    private static boolean titleCandidate(String t, DocumentScan scan, int offset, Set<String> authors) {
        if (inBoilerplate(offset, scan) || LineShapes.wordCount(t) < 2 || LineShapes.wordCount(t) > 25
                || !LineShapes.hasLetters(t) || LineShapes.looksLikeDate(t) || t.matches(".*\\d{4}.*") && t.length() < 25) {
            return false;
        }
        if (t.contains(" > ") || t.contains(" | ") || t.startsWith("Home ") || t.matches("(?i)^(menu|search|skip to).*")) {
            return false; // breadcrumbs and navigation
        }
        if (SKIP_TITLE.matcher(t).matches() || StructureScanner.isAuthorLabel(t) || ORG_HEAD.matcher(t + " ").find()
                || PersonNameParser.parseNameLine(t).isPresent() || t.endsWith(".") || t.length() > 200) {
            return false;
        }
        for (String a : authors) {
            if (t.contains(a)) {
                return false;
            }
        }
        return !t.matches("(?i)^(a/)?(director|research|associate|deputy|secretary)\\b.*");
    }

    private static boolean repeated(String t, int offset, List<Paragraph> paras) {
        String key = LineShapes.letters(t);
        for (Paragraph p : paras) {
            for (TextLine l : p.lines()) {
                if (l.start() != offset && LineShapes.letters(l.text()).equals(key)) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean inBoilerplate(int offset, DocumentScan scan) {
        for (Span s : scan.boilerplate()) {
            if (offset >= s.start() && offset < s.end()) {
                return true;
            }
        }
        return false;
    }

    // --- organisation ----------------------------------------------------------------------------------------------

    /**
     * The publisher: declared, else stated (a source, copyright or "published by" line, a record's parliament or
     * hearing body), else the institution the title page or a hosting sentence names, else the speaker's own
     * institution named in the title, else an author bio's or a standfirst's institution; else none. A name the body
     * merely mentions is not enough, and in a speech ({@code spoken}) a hosting sentence is the speaker's mention of
     * some other event ("the meeting convened by the Security Council"), not the speech's publisher.
     */
    private static String organisation(String text, DocumentScan scan, DeclaredMetadata declared, String title,
                                       boolean spoken) {
        Optional<String> d = OrganisationFinder.declared(declared);
        if (d.isPresent()) {
            return d.get();
        }
        if (scan.outlet() != null) {
            return OrganisationFinder.tidyOutlet(scan.outlet());
        }
        String visible = visibleText(text, scan);
        Optional<String> found = OrganisationFinder.stated(visible)
                .or(() -> OrganisationFinder.recordBody(text, scan.paragraphs()))
                .or(() -> Optional.ofNullable(namedByTitlePageOrHost(text, visible, scan, spoken)))
                .or(() -> OrganisationFinder.speakersOwn(title, visible))
                .or(() -> OrganisationFinder.authorBio(visible))
                .or(() -> OrganisationFinder.standfirstOwner(declared, visible));
        return found.orElse(null);
    }

    /** Most words of {@code title} occur in the opening of the text (a template's leftover title does not). */
    private static boolean openingCarries(String text, String title) {
        if (title == null) {
            return false;
        }
        String opening = text.substring(0, Math.min(text.length(), TITLE_PAGE_CHARS)).toLowerCase(Locale.ROOT);
        int words = 0;
        int found = 0;
        for (String w : title.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > 2) {
                words++;
                if (opening.contains(w)) {
                    found++;
                }
            }
        }
        return words > 0 && found * 4 >= words * 3;
    }

    static boolean isInstitutionName(String name) {
        return HEAD_WORD.matcher(name).find() || ORG_WORD.matcher(name).find();
    }

    /**
     * The most prominent institution by acronym definitions and mentions, kept only when it is anchored as the
     * publisher: named on the title page, or as the host, organiser or funder of the work ("organised by X",
     * "X held a round table"), or in a contact block.
     */
    private static String namedByTitlePageOrHost(String text, String visible, DocumentScan scan, boolean spoken) {
        int frontEnd = scan.contentStartParagraph() < scan.paragraphs().size()
                ? scan.paragraphs().get(scan.contentStartParagraph()).start() : text.length();
        Map<String, String> acronymOf = new LinkedHashMap<>();
        Map<String, Integer> firstSeen = new LinkedHashMap<>();
        Matcher am = ACRONYM_DEF.matcher(visible);
        while (am.find()) {
            String acr = am.group(1);
            expandAcronym(visible, am.start(), acr).ifPresent(full -> {
                String name = LineShapes.isAllCaps(full) ? LineShapes.smartCase(full) : full;
                if (ORG_WORD.matcher(name).find()) {
                    acronymOf.putIfAbsent(name, acr);
                    firstSeen.putIfAbsent(name, am.start());
                }
            });
        }
        // same length as the text (offsets stay valid); a blank line becomes a bar no name can run across
        String flat = visible.replace("\n\n", "|\n").replace('\n', ' ');
        String lowerFlat = flat.toLowerCase(Locale.ROOT);
        // the full pattern only runs in a window around each head word: running it everywhere is slow
        Matcher head = HEAD_WORD.matcher(flat);
        Matcher om = ORG_HEAD.matcher(flat);
        int searchedTo = 0;
        while (head.find() && acronymOf.size() < 60) {
            if (head.start() < searchedTo) {
                continue;
            }
            int from = Math.max(searchedTo, head.start() - 90);
            while (from > searchedTo && !Character.isWhitespace(flat.charAt(from - 1))) {
                from--;
            }
            om.region(from, Math.min(flat.length(), head.end() + 90));
            boolean found = false;
            while (om.find()) {
                if (om.end() > head.start()) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                continue;
            }
            searchedTo = om.end();
            String name = om.group(1).strip().replaceAll("^(The|the)\\s+", "").replaceAll("\\s+(and|&)$", "");
            if (LineShapes.isAllCaps(name)) {
                name = LineShapes.smartCase(name);
            }
            boolean known = false;
            for (String k : acronymOf.keySet()) {
                if (k.equalsIgnoreCase(name) || k.toLowerCase(Locale.ROOT).endsWith(name.toLowerCase(Locale.ROOT))) {
                    known = true;
                    break;
                }
            }
            if (!known) {
                acronymOf.putIfAbsent(name, initials(name));
                firstSeen.putIfAbsent(name, om.start());
            }
        }
        List<String> hostedBy = new ArrayList<>();
        Matcher hm = HOSTED_BY.matcher(flat);
        while (!spoken && hm.find()) {
            hostedBy.add(flat.substring(hm.end(), Math.min(flat.length(), hm.end() + 100)).toLowerCase(Locale.ROOT));
        }
        String best = null;
        boolean bestAnchored = false;
        int bestScore = Integer.MIN_VALUE;
        int earliest = firstSeen.values().stream().min(Integer::compare).orElse(-1);
        int titlePageEnd = Math.min(frontEnd, TITLE_PAGE_CHARS);
        for (Map.Entry<String, String> e : acronymOf.entrySet()) {
            String name = e.getKey();
            int mentions = count(lowerFlat, name.toLowerCase(Locale.ROOT)) + (e.getValue().length() >= 2 ? countWord(flat, e.getValue()) : 0);
            int score = mentions;
            int firstAt = firstSeen.get(name);
            boolean anchored = onTitlePage(text, titlePageEnd, name)
                    || e.getValue().length() >= 2 && onTitlePage(text, titlePageEnd, e.getValue());
            if (firstAt < frontEnd || flat.substring(0, Math.min(flat.length(), frontEnd)).contains(e.getValue())
                    && !e.getValue().isEmpty()) {
                score += 3;
            }
            if (!spoken && (hosts(flat, name) || e.getValue().length() >= 2 && hosts(flat, e.getValue()))) {
                anchored = true;
            }
            if (firstAt == earliest) {
                score += 2;
            }
            String lowerName = name.toLowerCase(Locale.ROOT);
            String lowerAcr = e.getValue().toLowerCase(Locale.ROOT);
            for (String after : hostedBy) {
                if (after.startsWith(lowerName) || !lowerAcr.isEmpty() && after.startsWith(lowerAcr)) {
                    score += 2;
                    anchored = true;
                    break;
                }
            }
            if (inContactBlock(text, scan, name)) {
                anchored = true;
            }
            if (score > bestScore) {
                bestScore = score;
                best = name;
                bestAnchored = anchored;
            }
        }
        return bestAnchored ? best : null;
    }

    /**
     * {@code name} on a title-page line of its own, not as a person's affiliation ("Jerry Brito, Coin Center" lists a
     * panellist, it does not name the publisher).
     */
    private static boolean onTitlePage(String text, int titlePageEnd, String name) {
        String page = text.substring(0, Math.min(text.length(), titlePageEnd));
        for (int i = page.indexOf(name); i >= 0; i = page.indexOf(name, i + name.length())) {
            boolean before = i == 0 || !Character.isLetterOrDigit(page.charAt(i - 1));
            int end = i + name.length();
            boolean after = end >= page.length() || !Character.isLetterOrDigit(page.charAt(end));
            if (!before || !after) {
                continue;
            }
            int lineStart = page.lastIndexOf('\n', i) + 1;
            String lead = page.substring(lineStart, i).replaceAll("[,;:\\s\\-–—|]+$", "").strip();
            if (lead.isEmpty() || PersonNameParser.parseNameLine(lead).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code name} as the subject of hosting its own event somewhere in the text, opening its sentence ("CPGS held a
     * round table …"): in "while the Security Council conducted its meetings" the text talks about the Council.
     */
    private static boolean hosts(String flat, String name) {
        for (int i = flat.indexOf(name); i >= 0; i = flat.indexOf(name, i + name.length())) {
            int end = i + name.length();
            boolean before = i == 0 || !Character.isLetterOrDigit(flat.charAt(i - 1));
            if (before && opensSentence(flat, i)
                    && HOSTS.matcher(flat.substring(end, Math.min(flat.length(), end + 40))).find()) {
                return true;
            }
        }
        return false;
    }

    /** Only markup, an article and spaces between {@code at} and the start of the text or of its sentence. */
    private static boolean opensSentence(String flat, int at) {
        int j = at;
        if (j >= 4 && flat.substring(j - 4, j).equalsIgnoreCase("the ")) {
            j -= 4;
        }
        while (j > 0 && (Character.isWhitespace(flat.charAt(j - 1)) || "*_#>\"“'‘(".indexOf(flat.charAt(j - 1)) >= 0)) {
            j--;
        }
        return j == 0 || ".!?|:;".indexOf(flat.charAt(j - 1)) >= 0;
    }

    private static boolean inContactBlock(String text, DocumentScan scan, String name) {
        for (Span s : scan.boilerplate()) {
            if (s.label().equals("contact block") && s.end() <= text.length()
                    && text.substring(s.start(), s.end()).contains(name)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<String> expandAcronym(String text, int paren, String acr) {
        int end = paren;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        List<int[]> words = new ArrayList<>();
        int i = end;
        while (i > 0 && words.size() < 14) {
            int e = i;
            while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            int s = e;
            while (s > 0 && !Character.isWhitespace(text.charAt(s - 1))) {
                s--;
            }
            if (s == e) {
                break;
            }
            words.add(new int[] {s, e});
            i = s;
        }
        StringBuilder initials = new StringBuilder();
        for (int[] w : words) {
            String word = text.substring(w[0], w[1]);
            String core = WordLists.stripPunct(word);
            if (core.isEmpty() || MINOR.contains(core.toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (!Character.isUpperCase(core.charAt(0))) {
                return Optional.empty();
            }
            initials.insert(0, core.charAt(0));
            if (initials.toString().equalsIgnoreCase(acr)) {
                String full = text.substring(w[0], end).replaceAll("\\s+", " ").replaceAll("[,\\s]+$", "");
                return Optional.of(full);
            }
            if (!acr.toUpperCase(Locale.ROOT).endsWith(initials.toString().toUpperCase(Locale.ROOT))) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static String initials(String name) {
        StringBuilder sb = new StringBuilder();
        for (String w : name.split("\\s+")) {
            String c = WordLists.stripPunct(w);
            if (!c.isEmpty() && !MINOR.contains(c.toLowerCase(Locale.ROOT)) && Character.isUpperCase(c.charAt(0))) {
                sb.append(c.charAt(0));
            }
        }
        return sb.toString();
    }

    private static int count(String hay, String needle) {
        if (needle.isEmpty()) {
            return 0;
        }
        int c = 0;
        for (int i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + needle.length())) {
            c++;
        }
        return c;
    }

    /** Occurrences of {@code word} not inside a longer word. */
    private static int countWord(String hay, String word) {
        int c = 0;
        for (int i = hay.indexOf(word); i >= 0; i = hay.indexOf(word, i + word.length())) {
            int end = i + word.length();
            boolean before = i == 0 || !Character.isLetterOrDigit(hay.charAt(i - 1));
            boolean after = end >= hay.length() || !Character.isLetterOrDigit(hay.charAt(end));
            if (before && after) {
                c++;
            }
        }
        return c;
    }

    /** The text with boilerplate blanked out (same length, so offsets stay valid). */
    static String visibleText(String text, DocumentScan scan) {
        char[] chars = text.toCharArray();
        for (Span s : scan.boilerplate()) {
            if (s.label().equals("contact block")) {
                continue; // a contact block names its publisher
            }
            for (int i = s.start(); i < s.end() && i < chars.length; i++) {
                if (chars[i] != '\n') {
                    chars[i] = ' ';
                }
            }
        }
        return new String(chars);
    }

    // --- kind and date ---------------------------------------------------------------------------------------------

    private static ReportKind kind(String text, DocumentScan scan) {
        if (scan.itemTitles() >= 2) {
            return ReportKind.WEB_PAGE;
        }
        if (scan.transcriptTurns() >= 3) {
            return ReportKind.TRANSCRIPT;
        }
        String front = frontText(text, scan);
        if (KIND_WEBINAR.matcher(front).find()) {
            return ReportKind.WEBINAR_REPORT;
        }
        if (KIND_SEMINAR.matcher(front).find()) {
            return ReportKind.SEMINAR_REPORT;
        }
        if (KIND_POLICY.matcher(front).find()) {
            return ReportKind.POLICY_REPORT;
        }
        boolean selfRef = !scan.selfReferenceParagraphs().isEmpty();
        if (!scan.bylineAuthors().isEmpty()) {
            return selfRef ? ReportKind.POLICY_REPORT : ReportKind.OPINION_ARTICLE;
        }
        if (scan.aboutAuthor() != null || selfRef) {
            return ReportKind.POLICY_REPORT;
        }
        long speakers = scan.claims().stream().map(ClaimDraft::blockPerson).filter(p -> p != null)
                .map(p -> p.name()).distinct().count();
        if (speakers >= 2) {
            return KIND_WEBINAR.matcher(text).find() ? ReportKind.WEBINAR_REPORT : ReportKind.SEMINAR_REPORT;
        }
        return ReportKind.DOCUMENT;
    }

    private static String frontText(String text, DocumentScan scan) {
        List<Paragraph> paras = scan.paragraphs();
        int end = scan.contentStartParagraph() < paras.size() ? paras.get(scan.contentStartParagraph()).start()
                : Math.min(text.length(), 600);
        if (end == 0 && !paras.isEmpty()) {
            end = Math.min(text.length(), paras.getFirst().end());
        }
        return text.substring(0, Math.min(end, text.length()));
    }

    /**
     * The date: for an event's record the event's own date (the title page's full date, a weekday-led date, a
     * dateline) before the file's declared date, which is often when the record was posted; for other reports the
     * declared date first. Then the title page's full date, a dateline, a year alone on the title page (not a span
     * like "2020-2024"), and for a report about an event the date of the sentence saying when the event was held. In
     * a speech ({@code spoken}) every sentence is the speaker's, so a date in one is some other event's: none is
     * taken from the running text. Empty when the text gives none (the caller falls back on the file name's date).
     */
    private static Optional<String> textDate(String text, DocumentScan scan, ReportKind kind,
                                             DeclaredMetadata declared, boolean fileDate, boolean spoken) {
        List<Paragraph> paras = scan.paragraphs();
        boolean event = kind != null && kind.isEvent();
        Optional<String> titlePage = Optional.empty();
        for (int i = 0; i < Math.min(scan.contentStartParagraph(), paras.size()) && titlePage.isEmpty(); i++) {
            titlePage = parseDate(paras.get(i).joined(), true);
        }
        if (event) {
            Optional<String> own = titlePage.filter(d -> d.length() == 10).or(() -> EventDate.weekdayDate(paras, scan))
                    .or(() -> EventDate.dateline(paras, scan));
            if (own.isPresent()) {
                return own;
            }
        }
        Optional<String> stated = titlePage.or(() -> EventDate.dateline(paras, scan));
        if (declared.date() != null && !(fileDate && stated.isPresent())) {
            return Optional.of(declared.date());
        }
        if (stated.isPresent()) {
            return stated;
        }
        for (int i = 0; i < Math.min(scan.contentStartParagraph(), paras.size()); i++) {
            Paragraph p = paras.get(i);
            Matcher y = YEAR.matcher(p.joined());
            if (p.singleLine() && p.joined().length() < 120 && !inBoilerplate(p.start(), scan)) {
                while (y.find()) {
                    if (!inYearSpan(p.joined(), y.start(), y.end())) {
                        return Optional.of(y.group(1)); // only a year on the title page ("Conference 2021")
                    }
                }
            }
        }
        if (event && !spoken) {
            int seen = 0;
            for (int i = scan.contentStartParagraph(); i < paras.size() && seen < 6; i++) {
                String t = paras.get(i).joined();
                if (t.length() < 80 || inBoilerplate(paras.get(i).start(), scan)) {
                    continue;
                }
                seen++;
                for (int[] s : SentenceSplitter.split(t, 0, t.length())) {
                    String sentence = t.substring(s[0], s[1]);
                    if (EVENT_SENTENCE.matcher(sentence).find()) {
                        Optional<String> d = parseDate(sentence, false);
                        if (d.isPresent()) {
                            return d;
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The date as {@link #extract} finds it, for a text already known to be of {@code kind}: the structurer asks again
     * when attribution finds a speech the text alone did not show to be one, so that a date in one of the speaker's
     * sentences does not date the speech.
     *
     * @param fileName the source file's name, whose date is the last resort ({@link FileNameDate}); may be null
     */
    static String date(String text, DocumentScan scan, ReportKind kind, DeclaredMetadata declared,
                       boolean fromProperties, boolean spoken, String fileName) {
        DeclaredMetadata d = declared == null ? DeclaredMetadata.none() : declared;
        return textDate(text, scan, kind, d, fromProperties, spoken).or(() -> FileNameDate.of(fileName)).orElse(null);
    }

    /** A year that is one end of a span ("2020-2024", "2019–20") is not the report's year. */
    private static boolean inYearSpan(String s, int start, int end) {
        boolean spanBefore = start >= 2 && s.substring(Math.max(0, start - 2), start).matches(".*\\d\\s*[-–/]|\\d[-–/]");
        boolean spanAfter = end < s.length() - 1 && s.substring(end, Math.min(s.length(), end + 2)).matches("\\s*[-–/]\\d.*|[-–/]\\d");
        return spanBefore || spanAfter;
    }

    /** The first date in {@code s} as ISO; the start of a range ("16 - 17 Jan 2024" → 2024-01-16). */
    static Optional<String> parseDate(String s, boolean allowMonthYear) {
        Matcher m = DATE_MDY.matcher(s);
        int bestAt = Integer.MAX_VALUE;
        String best = null;
        if (m.find()) {
            bestAt = m.start();
            best = iso(m.group(3), month(m.group(1)), Integer.parseInt(m.group(2)));
        }
        m = DATE_DMY.matcher(s);
        if (m.find() && m.start() < bestAt) {
            bestAt = m.start();
            best = iso(m.group(3), month(m.group(2)), Integer.parseInt(m.group(1)));
        }
        m = DATE_ISO.matcher(s);
        if (m.find() && m.start() < bestAt) {
            bestAt = m.start();
            best = m.group();
        }
        if (best == null && allowMonthYear) {
            m = DATE_MY.matcher(s);
            if (m.find()) {
                best = String.format(Locale.ROOT, "%s-%02d", m.group(2), month(m.group(1)));
            }
        }
        return Optional.ofNullable(best);
    }

    private static String iso(String year, int month, int day) {
        if (month < 1 || day < 1 || day > 31) {
            return null;
        }
        return String.format(Locale.ROOT, "%s-%02d-%02d", year, month, day);
    }

    private static int month(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace(".", "");
        for (Month m : Month.values()) {
            if (m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT).startsWith(n.substring(0, 3))) {
                return m.getValue();
            }
        }
        return 0;
    }
}
