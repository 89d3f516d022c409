package org.rapporteur.structure;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rapporteur.model.AttributionMethod;
import org.rapporteur.model.Claim;
import org.rapporteur.model.LayoutMarks;
import org.rapporteur.model.Person;
import org.rapporteur.model.Section;
import org.rapporteur.model.SpeakerBlock;
import org.rapporteur.model.Span;

/**
 * One pass over a normalised text, paragraph by paragraph: boilerplate, headings and their nesting, people in all
 * the ways reports introduce them, and claim spans (bullets, numbered items, sentences) with the context attribution
 * needs. One instance per document; not thread-safe (the structurer makes a new one per report).
 */
final class StructureScanner {
    private static final Pattern TAIL_MARKER = Pattern.compile(
            "(?i)^(related (publications|posts|articles|content|reports|items)|similar posts|you may also like|"
                    + "more (from|on) this|leave a (reply|comment)|post a comment|\\d*\\s*comments?|recent posts|"
                    + "view all publications|read more publications|popular posts|further reading|share this( article| post)?:?|"
                    + "about us|subscribe( to our newsletter)?|follow us)\\s*:?$");
    private static final Pattern GALLERY = Pattern.compile("(?i)^(picture|photo|image)s?\\s+gallery$|^gallery$");
    private static final Pattern CONTENTS = Pattern.compile("(?i)^(table of )?contents$");
    private static final Pattern PROGRAMME = Pattern.compile("(?i)^(the\\s+)?(programme|program|agenda|schedule|event schedule|order of proceedings)$");
    private static final Pattern DISCLAIMER = Pattern.compile("(?i)^disclaimer\\s*:?(.*)$");
    private static final Pattern APPARATUS = Pattern.compile(
            "(?i)^(references|bibliography|notes|endnotes|footnotes|works cited|sources|further reading|"
                    + "acknowledg(e)?ments?|list of (acronyms|abbreviations|figures|tables)|acronyms( and abbreviations)?|"
                    + "abbreviations|about (the |this )?(institute|centre|center|organi[sz]ation|publisher|think tank|"
                    + "foundation|council|forum|(?-i:\\p{Lu}{2,8})))\\s*:?$");
    private static final Pattern ROLE_MENTION = Pattern.compile(
            "(?i)\\b(chaired|moderated|hosted|presided over|presided|keynote (?:address|speech) was delivered) by (?:the )?");
    private static final Pattern ABOUT_AUTHOR = Pattern.compile("(?i)^about the authors?$");
    private static final Pattern CONTACT = Pattern.compile(
            "(?i)(\\btel(ephone)?\\b|\\bphone\\b|\\bfax\\b|\\be-?mail\\b|p\\.?\\s?o\\.?\\s*box|\\bwww\\.|[\\w.]+@[\\w-]+\\.\\w|\\bcell\\b\\s*:)");
    private static final Pattern DOWNLOAD = Pattern.compile(
            "(?i)^\\[download\\b.*|^download( (the )?(full )?(report|pdf|file))?\\b.{0,40}$|^(https?://|www\\.)\\S+$|^\\S+\\.pdf$");
    private static final Pattern SHARE = Pattern.compile(
            "(?i)^(send this to a friend|share( this)?( on \\w+)?|tweet|print( this)?( page)?|email this|share via.*|"
                    + "facebook|twitter|linkedin|whatsapp|click to share.*)$");
    private static final Pattern PAGE_NUMBER = Pattern.compile("(?i)^(page\\s+)?\\d{1,3}(\\s+of\\s+\\d{1,3})?$|^[ivx]{1,5}$");
    private static final Pattern AUTHOR_LABEL = Pattern.compile(
            "(?i)^(rapporteurs?|compiled by|prepared by|written by|report by|authors?|authored by|edited by|compilers?|compiled and edited by|drafted by)\\s*:?\\s*(.*)$");
    static final Pattern BYLINE = Pattern.compile("^(?:By|BY)\\s*:?\\s+(.{3,80})$");
    private static final Pattern SOURCE = Pattern.compile("(?i)^(source|published by|publisher|originally published (in|by|at))\\s*:?\\s*(.{2,80})$");
    private static final Pattern QUOTE_ATTRIBUTION = Pattern.compile("^[–—-]{1,2}\\s*(.{3,120})$");
    private static final Pattern SELF_REFERENCE = Pattern.compile(
            "(?i)\\bthis (report|paper|brief|study|publication|policy brief|special report)\\b");
    private static final Pattern FIELD_LINE = Pattern.compile(
            "(?i)^(topic|title|subject|theme|location|venue|date|time|session|format|language|duration)\\s*:\\s*.{1,160}$");
    /** A line set as a heading but longer than this is emphasised prose. */
    private static final int MAX_TYPESET_HEADING_WORDS = 25;
    private static final Pattern GLUED = Pattern.compile("^(.+?)\\s*\\*\\*(.+?)\\*\\*\\s*$");
    private static final Pattern ENDS_SENTENCE = Pattern.compile("(?s).*[.!?][\"”’)]?$");

    private final String text;
    private final LayoutMarks layout;
    private final List<Paragraph> paras;
    private final List<Span> boilerplate = new ArrayList<>();
    private final List<SpeakerBlock> blocks = new ArrayList<>();
    private final List<ClaimDraft> claims = new ArrayList<>();
    private final List<Section> sections = new ArrayList<>();
    private final List<String> labelledAuthors = new ArrayList<>();
    private final List<String> bylineAuthors = new ArrayList<>();
    private final Set<Integer> selfReference = new HashSet<>();
    private final List<Perspective> perspectives = new ArrayList<>();
    private final List<Person> persons = new ArrayList<>();
    private final Deque<OpenSection> stack = new ArrayDeque<>();
    private final SpeakerIntroDetector intros;
    private final ProgrammeTableReader programmes;
    private String aboutAuthor;
    private String outlet;
    private int itemTitles;
    private int transcriptTurns;
    private int sectionSerial;
    private OpenBlock block;
    private OpenSection pendingSubtitle;
    private int lastContentEnd;
    private int contentStart;
    /** Paragraphs (by index) whose text recurs after them; found on first use. */
    private BitSet repeatedLater;

    private static final class OpenSection {
        String title;
        final int rank;
        final int start;
        final boolean session;
        final boolean institutional;
        final String sessionLabel;
        boolean hasSubtitle;

        OpenSection(String title, int rank, int start, boolean session, boolean institutional) {
            this.title = title;
            this.rank = rank;
            this.start = start;
            this.session = session;
            this.institutional = institutional;
            this.sessionLabel = session ? LineShapes.sessionLabel(title) : null;
        }
    }

    private record OpenBlock(Person person, int headerStart, int headerEnd, AttributionMethod method) {
    }

    StructureScanner(String text) {
        this(text, LayoutMarks.none());
    }

    /** {@code layout}: what the page layout said (PDFs): headings told by type, footnotes set apart. */
    StructureScanner(String text, LayoutMarks layout) {
        this.text = text;
        this.layout = layout;
        this.paras = prepare(Paragraph.split(text));
        this.intros = new SpeakerIntroDetector(paras, persons);
        this.programmes = new ProgrammeTableReader(paras, TAIL_MARKER);
    }

    DocumentScan scan() {
        int n = paras.size();
        contentStart = findContentStart();
        for (int i = 0; i < contentStart; i++) {
            i = frontMatter(i);
        }
        if (contentStart > 0 && contentStart < n && !isHeading(paras.get(contentStart))) {
            // the title right above the first content (web pages, op-eds) heads the first section
            int k = contentStart - 1;
            while (k >= 0 && isBoilerplateStart(k)) {
                k--;
            }
            // in a typeset PDF, lines in body type (a panel's names) may stand between a heading and the content
            while (layout.typeset() && k > 0 && !isHeading(paras.get(k))) {
                k--;
            }
            if (k >= 0 && (!layout.typeset() || k > 0) && isHeading(paras.get(k))) {
                Paragraph h = paras.get(k);
                pushSection(LineShapes.smartCase(h.first().text()), 1, h.start(), false, false);
                itemTitles += isRepeatedNext(k) ? 1 : 0;
            }
        }
        int i = contentStart;
        while (i < n) {
            i = handle(i) + 1;
        }
        closeBlock(text.length());
        while (!stack.isEmpty()) {
            popSection(text.length());
        }
        sections.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return new DocumentScan(paras, contentStart, sections, blocks, boilerplate, claims, labelledAuthors,
                bylineAuthors, aboutAuthor, outlet, itemTitles, transcriptTurns, selfReference, perspectives,
                persons);
    }

    // --- preparation ---------------------------------------------------------------------------------------------

    /** Strips stray emphasis marks and splits "Name**Role**" lines and heading+content paragraphs. */
    private List<Paragraph> prepare(List<Paragraph> raw) {
        List<Paragraph> out = new ArrayList<>();
        for (Paragraph p : raw) {
            List<TextLine> lines = new ArrayList<>();
            for (TextLine l : p.lines()) {
                lines.addAll(cleanLine(l));
            }
            if (lines.isEmpty()) {
                continue;
            }
            if (lines.size() >= 2 && splitsAfterFirstLine(lines)) {
                out.add(new Paragraph(out.size(), List.of(lines.getFirst())));
                out.add(new Paragraph(out.size(), lines.subList(1, lines.size())));
            } else {
                out.add(new Paragraph(out.size(), lines));
            }
        }
        return out;
    }

    private List<TextLine> cleanLine(TextLine l) {
        String t = l.text();
        int s = l.start();
        int e = l.end();
        Matcher glued = GLUED.matcher(t);
        if (t.contains("**") && glued.matches() && !glued.group(1).contains("**")) {
            int aEnd = s + glued.end(1);
            int bStart = s + glued.start(2);
            int bEnd = s + glued.end(2);
            List<TextLine> two = new ArrayList<>();
            two.addAll(cleanLine(new TextLine(s, aEnd, t.substring(0, glued.end(1)))));
            two.addAll(cleanLine(new TextLine(bStart, bEnd, text.substring(bStart, bEnd))));
            return two;
        }
        while (s < e && (text.charAt(s) == '*' || text.charAt(s) == '_' || Paragraph.isSpace(text.charAt(s)))) {
            s++;
        }
        while (e > s && (text.charAt(e - 1) == '*' || text.charAt(e - 1) == '_' || Paragraph.isSpace(text.charAt(e - 1)))) {
            e--;
        }
        if (s >= e) {
            return List.of();
        }
        return List.of(new TextLine(s, e, text.substring(s, e)));
    }

    private boolean splitsAfterFirstLine(List<TextLine> lines) {
        String first = lines.getFirst().text();
        String second = lines.get(1).text();
        if (!LineShapes.isHeading(first) || LineShapes.wordCount(first) > 10 || SpeakerIntroDetector.LABEL_ALONE.matcher(first).matches()
                || PersonNameParser.parseNameLine(first).isPresent() || AUTHOR_LABEL.matcher(first).matches()) {
            return false;
        }
        boolean longProse = second.length() >= 80 && LineShapes.endsSentence(second);
        return LineShapes.isBullet(second) || LineShapes.isNumbered(second) || longProse;
    }

    // --- front matter --------------------------------------------------------------------------------------------

    private int findContentStart() {
        for (int i = 0; i < paras.size(); i++) {
            Paragraph p = paras.get(i);
            String l0 = p.first().text();
            if (DISCLAIMER.matcher(l0).matches() || CONTENTS.matcher(l0).matches() || isContact(p)
                    || TAIL_MARKER.matcher(l0).matches()) {
                continue;
            }
            if (i > 0 && (DISCLAIMER.matcher(paras.get(i - 1).first().text()).matches()
                    && paras.get(i - 1).singleLine())) {
                continue;
            }
            if (LineShapes.isBullet(l0) || LineShapes.isNumbered(l0) && l0.length() > 30) {
                return i;
            }
            if (p.singleLine() && (LineShapes.institutional(l0) || LineShapes.isSessionHeading(l0))
                    && LineShapes.isHeading(l0)) {
                return i;
            }
            if (SpeakerIntroDetector.LABEL_COLON.matcher(l0).matches() || SpeakerIntroDetector.REMARKS_BY.matcher(l0).matches() && p.singleLine()) {
                return i;
            }
            String joined = p.joined();
            if (joined.length() >= 80 && joined.matches("(?s).*[.!?][\"”’)]?(\\s.*|$)")
                    && !PersonNameParser.parseNameLine(l0).isPresent()) {
                return i;
            }
        }
        return 0;
    }

    private int frontMatter(int i) {
        Paragraph p = paras.get(i);
        String l0 = p.first().text();
        Matcher al = AUTHOR_LABEL.matcher(l0);
        if (al.matches()) {
            List<String> names = new ArrayList<>();
            if (!al.group(2).isBlank()) {
                names.add(al.group(2));
            }
            for (int k = 1; k < p.lines().size(); k++) {
                names.add(p.lines().get(k).text());
            }
            int last = i;
            if (names.isEmpty() && i + 1 < paras.size()) {
                last = i + 1;
                for (TextLine l : paras.get(i + 1).lines()) {
                    names.add(l.text());
                }
            }
            for (String raw : names) {
                for (String part : raw.split("\\s*(?:&|\\band\\b|,|;)\\s*")) {
                    PersonNameParser.parseNameLine(part).ifPresent(pp -> {
                        labelledAuthors.add(pp.name());
                        persons.add(pp.person());
                    });
                }
            }
            return last;
        }
        Matcher by = BYLINE.matcher(l0);
        if (by.matches() && LineShapes.wordCount(l0) <= 10) {
            bylineAuthors.addAll(namesIn(by.group(1)));
            readSource(p);
            return i;
        }
        int b = boilerplateAt(i, true);
        return b >= 0 ? b : i;
    }

    private void readSource(Paragraph p) {
        for (TextLine l : p.lines()) {
            Matcher src = SOURCE.matcher(l.text());
            if (src.matches()) {
                outlet = src.group(3).strip();
            }
        }
    }

    // --- the main dispatch ---------------------------------------------------------------------------------------

    private int handle(int i) {
        Paragraph p = paras.get(i);
        String l0 = p.first().text();
        int b = boilerplateAt(i, false);
        if (b >= 0) {
            return b;
        }
        Matcher by = BYLINE.matcher(l0);
        if (by.matches() && LineShapes.wordCount(l0) <= 10) {
            List<String> names = namesIn(by.group(1));
            if (!names.isEmpty()) {
                bylineAuthors.addAll(names);
                readSource(p);
                return i;
            }
        }
        Matcher src = SOURCE.matcher(l0);
        if (src.matches() && p.singleLine() && LineShapes.wordCount(l0) <= 8) {
            outlet = src.group(3).strip();
            return i;
        }
        Optional<SpeakerIntro> intro = intros.detect(i);
        if (intro.isPresent()) {
            if (intro.get().method() == AttributionMethod.TRANSCRIPT_TURN) {
                transcriptTurns++;
            }
            return applyIntro(intro.get(), i);
        }
        if (block != null && p.singleLine() && FIELD_LINE.matcher(l0).matches()) {
            return i; // "Topic: …", "Location: …" under a speaker's card describe the talk; the speaker keeps the floor
        }
        if (isHeading(p)) {
            heading(p);
            return i;
        }
        if (!LineShapes.hasLetters(p.joined())) {
            return i;
        }
        if (p.singleLine() && LineShapes.looksLikeDate(l0) && !LineShapes.endsSentence(l0)) {
            return i;
        }
        return content(i, p.start());
    }


    // --- boilerplate ---------------------------------------------------------------------------------------------

    /**
     * A heading: when the PDF's fonts tell headings apart ({@link LayoutMarks#typeset()}), a line set as one, and no
     * line in body type, however short and capitalised ("Mark Wetjen, DTCC" under a panel's title); otherwise a line
     * shaped like a title.
     */
    private boolean isHeading(Paragraph p) {
        if (!layout.typeset()) {
            return SpeakerIntroDetector.isHeadingParagraph(p);
        }
        String t = p.first().text();
        return p.singleLine() && layout.isHeading(p.start(), p.end()) && LineShapes.hasLetters(t)
                && !LineShapes.looksLikeDate(t) && LineShapes.wordCount(t) <= MAX_TYPESET_HEADING_WORDS;
    }

    private boolean isBoilerplateStart(int i) {
        Paragraph p = paras.get(i);
        String l0 = p.first().text();
        return isRepeatedPrevious(i) || DOWNLOAD.matcher(l0).matches() || SHARE.matcher(l0).matches()
                || PAGE_NUMBER.matcher(l0).matches() || isContact(p);
    }

    /** If paragraph {@code i} starts boilerplate, records it and returns the last paragraph it covers; else -1. */
    private int boilerplateAt(int i, boolean frontMatter) {
        Paragraph p = paras.get(i);
        String l0 = p.first().text();
        if (layout.isFootnote(p.start(), p.end())) {
            addBoilerplate(p.start(), p.end(), "footnote");
            return i;
        }
        if (TAIL_MARKER.matcher(l0).matches() && p.lines().size() <= 2) {
            closeBlock(lastContentEnd);
            addBoilerplate(p.start(), paras.getLast().end(), tailLabel(l0));
            if (tailLabel(l0).equals("related publications")) {
                publisherProse(i + 1, paras.size() - 1, "Related publications");
            }
            return paras.size() - 1;
        }
        if (GALLERY.matcher(l0).matches()) {
            int last = i;
            while (last + 1 < paras.size() && paras.get(last + 1).joined().length() < 100
                    && !headingBeforeProse(last + 1) && !TAIL_MARKER.matcher(paras.get(last + 1).first().text()).matches()) {
                last++;
            }
            closeBlock(lastContentEnd);
            addBoilerplate(p.start(), paras.get(last).end(), "picture gallery");
            return last;
        }
        if (CONTENTS.matcher(l0).matches()) {
            int last = i;
            while (last + 1 < paras.size() && SpeakerIntroDetector.allShortLines(paras.get(last + 1)) && !headingBeforeProse(last + 1)) {
                last++;
            }
            addBoilerplate(p.start(), paras.get(last).end(), "contents list");
            return last;
        }
        if (PROGRAMME.matcher(l0).matches() && p.singleLine() || ProgrammeTableReader.isTimeTable(p)) {
            ProgrammeTableReader.Result table = programmes.read(i);
            int last = table.lastParagraph();
            for (ProgrammeTableReader.Entry e : table.entries()) {
                register(e.person(), e.row(), AttributionMethod.PROGRAMME_SLOT);
            }
            perspectives.addAll(table.perspectives());
            closeBlock(lastContentEnd);
            addBoilerplate(p.start(), paras.get(last).end(), "programme");
            return last;
        }
        Matcher d = DISCLAIMER.matcher(l0);
        if (d.matches()) {
            int last = d.group(1).isBlank() && p.singleLine() && i + 1 < paras.size() ? i + 1 : i;
            addBoilerplate(p.start(), paras.get(last).end(), "disclaimer");
            publisherProse(d.group(1).isBlank() ? last : i, last, "Disclaimer");
            return last;
        }
        if (ABOUT_AUTHOR.matcher(l0).matches() && p.singleLine()) {
            int last = i;
            while (last + 1 < paras.size() && !SpeakerIntroDetector.isHeadingParagraph(paras.get(last + 1))
                    && !TAIL_MARKER.matcher(paras.get(last + 1).first().text()).matches()) {
                last++;
            }
            if (last > i) {
                readAuthorBio(paras.get(i + 1));
            }
            closeBlock(lastContentEnd);
            addBoilerplate(p.start(), paras.get(last).end(), "author bio");
            return last;
        }
        Matcher apparatus = APPARATUS.matcher(l0);
        if (apparatus.matches() && p.singleLine()) {
            int last = i;
            while (last + 1 < paras.size() && !SpeakerIntroDetector.isHeadingParagraph(paras.get(last + 1))
                    && !TAIL_MARKER.matcher(paras.get(last + 1).first().text()).matches()) {
                last++;
            }
            closeBlock(lastContentEnd);
            addBoilerplate(p.start(), paras.get(last).end(), apparatusLabel(l0));
            return last;
        }
        if (isContact(p)) {
            addBoilerplate(p.start(), p.end(), "contact block");
            return i;
        }
        if (repeatedLater(p)) {
            addBoilerplate(p.start(), p.end(), "repeated text");
            return i;
        }
        if (DOWNLOAD.matcher(l0).matches() && p.singleLine()) {
            addBoilerplate(p.start(), p.end(), "download link");
            return i;
        }
        if (SHARE.matcher(l0).matches() && p.singleLine()) {
            addBoilerplate(p.start(), p.end(), "share links");
            return i;
        }
        if (PAGE_NUMBER.matcher(l0).matches() && p.singleLine()) {
            addBoilerplate(p.start(), p.end(), "page number");
            return i;
        }
        if (isRepeatedPrevious(i)) {
            addBoilerplate(p.start(), p.end(), "repeated title");
            return i;
        }
        if (!frontMatter && p.singleLine() && SpeakerIntroDetector.isHeadingParagraph(p) && repeatsFrontTitle(p)) {
            addBoilerplate(p.start(), p.end(), "repeated title");
            return i;
        }
        if (frontMatter && p.singleLine() && i > 0 && repeatsFrontTitle(p) && !isFirstTitleLike(i)) {
            addBoilerplate(p.start(), p.end(), "repeated title");
            return i;
        }
        return -1;
    }

    /**
     * The publisher's own prose in its apparatus — a disclaimer, the teasers of related publications — is still
     * something the organisation says: its full sentences become claims under that heading (credited to the
     * organisation, see {@code OrganisationVoiceDetector}), while links, dates and titles stay boilerplate.
     */
    private void publisherProse(int from, int to, String heading) {
        List<String> path = List.of(heading);
        for (int k = Math.max(0, from); k <= to && k < paras.size(); k++) {
            Paragraph q = paras.get(k);
            String t = q.joined();
            if (t.length() < 60 || !LineShapes.endsSentence(t) || LineShapes.wordCount(t) < 10) {
                continue;
            }
            int start = q.start();
            String first = q.first().text();
            if (DISCLAIMER.matcher(first).matches()) {
                int colon = text.indexOf(':', start);
                start = colon > 0 && colon < q.first().end() ? colon + 1 : start;
            }
            for (int[] sent : SentenceSplitter.split(text, start, q.end())) {
                addClaim(sent[0], sent[1], Claim.Kind.SENTENCE, path, null, true, null, k);
            }
        }
    }

    private static String apparatusLabel(String heading) {
        String h = heading.toLowerCase(Locale.ROOT);
        if (h.startsWith("about")) {
            return "about the publisher";
        }
        if (h.contains("acknowledg")) {
            return "acknowledgements";
        }
        if (h.contains("acronym") || h.contains("abbreviation") || h.contains("list of")) {
            return "acronyms and lists";
        }
        return "references";
    }

    /** A stand-alone paragraph (a standfirst, a pull quote) whose text the body repeats word for word later. */
    private boolean repeatedLater(Paragraph p) {
        if (repeatedLater == null) {
            repeatedLater = findRepeatedLater();
        }
        return repeatedLater.get(p.index());
    }

    /** Every paragraph {@link #repeatedLater} asks about, answered in one pass over the text. */
    private BitSet findRepeatedLater() {
        List<Paragraph> candidates = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        for (Paragraph p : paras) {
            if (mayRepeat(p)) {
                candidates.add(p);
                spans.add(new int[] {p.start(), p.end()});
            }
        }
        boolean[] recurs = RepeatedPassages.recurAfterEnd(text, spans);
        BitSet out = new BitSet(paras.size());
        for (int k = 0; k < recurs.length; k++) {
            out.set(candidates.get(k).index(), recurs[k]);
        }
        return out;
    }

    /** Only prose repeats count: a title block repeated on the back page is not this. */
    private static boolean mayRepeat(Paragraph p) {
        int len = p.end() - p.start();
        if (len < 80 || len > 1500) {
            return false;
        }
        String t = p.joined();
        return LineShapes.wordCount(t) >= 12 && ENDS_SENTENCE.matcher(t).matches();
    }

    private static String tailLabel(String marker) {
        String m = marker.toLowerCase(Locale.ROOT);
        if (m.contains("reply") || m.contains("comment")) {
            return "comment form";
        }
        if (m.contains("share") || m.contains("follow") || m.contains("subscribe")) {
            return "share links";
        }
        return "related publications";
    }

    private boolean isContact(Paragraph p) {
        if (p.lines().size() > 10) {
            return false; // contact blocks are short
        }
        int hits = 0;
        for (TextLine l : p.lines()) {
            if (l.text().length() > 120) {
                return false;
            }
            if (mayBeContact(l.text()) && CONTACT.matcher(l.text()).find()) {
                hits++;
            }
        }
        return hits >= 1 && (hits * 3 >= p.lines().size() || hits >= 2);
    }

    private static boolean mayBeContact(String line) {
        String l = line.toLowerCase(Locale.ROOT);
        return l.indexOf('@') >= 0 || l.contains("tel") || l.contains("phone") || l.contains("fax")
                || l.contains("mail") || l.contains("box") || l.contains("www") || l.contains("cell");
    }


    /** A heading (or short line) whose next paragraph is real prose or bullets: where a boilerplate region stops. */
    private boolean headingBeforeProse(int i) {
        Paragraph p = paras.get(i);
        if (!p.singleLine() || i + 1 >= paras.size()) {
            return false;
        }
        Paragraph next = paras.get(i + 1);
        String n0 = next.first().text();
        return next.joined().length() >= 100 || LineShapes.isBullet(n0)
                || SpeakerIntroDetector.REMARKS_BY.matcher(n0).matches() || SpeakerIntroDetector.LABEL_COLON.matcher(n0).matches();
    }

    private boolean isRepeatedPrevious(int i) {
        if (i == 0 || !paras.get(i).singleLine() || !paras.get(i - 1).singleLine()) {
            return false;
        }
        String a = LineShapes.letters(paras.get(i).first().text());
        return !a.isEmpty() && a.length() > 3 && a.equals(LineShapes.letters(paras.get(i - 1).first().text()))
                && LineShapes.isHeading(paras.get(i).first().text());
    }

    private boolean isRepeatedNext(int i) {
        return i + 1 < paras.size() && isRepeatedPrevious(i + 1);
    }

    private boolean repeatsFrontTitle(Paragraph p) {
        String a = LineShapes.letters(p.first().text());
        if (a.length() < 12) {
            return false;
        }
        for (int k = 0; k < Math.min(contentStart, paras.size()) && paras.get(k).index() < p.index(); k++) {
            Paragraph q = paras.get(k);
            if (q.singleLine() && a.equals(LineShapes.letters(q.first().text()))) {
                return k < p.index() - 1 || k == 0;
            }
        }
        return false;
    }

    private boolean isFirstTitleLike(int i) {
        for (int k = 0; k < i; k++) {
            if (paras.get(k).singleLine()
                    && LineShapes.letters(paras.get(k).first().text()).equals(LineShapes.letters(paras.get(i).first().text()))) {
                return false;
            }
        }
        return true;
    }

    private void addBoilerplate(int start, int end, String label) {
        boilerplate.add(new Span(start, end, label));
    }

    private void readAuthorBio(Paragraph p) {
        String t = p.joined();
        Matcher m = Pattern.compile("^(.{3,80}?)\\s+(is|was|has been|serves as|works as)\\s+(.*)$").matcher(t);
        if (m.find()) {
            Optional<ParsedPerson> pp = PersonNameParser.parseNameLine(m.group(1).replaceAll(",$", ""));
            if (pp.isPresent()) {
                aboutAuthor = pp.get().name();
                String role = m.group(3);
                int dot = role.indexOf(". ");
                role = (dot > 0 ? role.substring(0, dot) : role).replaceFirst("^(a|an|the)\\s+", "").replaceAll("\\.$", "");
                Person author = new Person(pp.get().name(), pp.get().person().honorifics(),
                        role.length() <= 100 ? role : null, null, null);
                persons.add(author);
            }
        }
    }

    // --- programme tables ----------------------------------------------------------------------------------------

    private void register(Person p, TextLine header, AttributionMethod method) {
        persons.add(p);
        blocks.add(new SpeakerBlock(p, header.start(), header.end(), header.end(), header.end(), method));
    }

    // --- people ----------------------------------------------------------------------------------------------------

    private List<String> namesIn(String s) {
        List<String> out = new ArrayList<>();
        for (String part : s.split("\\s*(?:&|\\band\\b|,)\\s*")) {
            PersonNameParser.parseNameLine(part).ifPresent(pp -> {
                out.add(pp.name());
                persons.add(pp.person());
            });
        }
        return out;
    }

    private int applyIntro(SpeakerIntro intro, int i) {
        closeBlock(lastContentEnd);
        pendingSubtitle = null;
        if (intro.opensBlock()) {
            // an organisation's section (Introduction, Background) ends where a speaker takes the floor
            while (!stack.isEmpty() && stack.peek().institutional) {
                popSection(intro.headerStart());
            }
        }
        if (intro.opensBlock() && intro.people().size() == 1 && intro.people().getFirst().person() == null) {
            lastContentEnd = intro.headerEnd();
        } else if (intro.opensBlock() && intro.people().size() == 1) {
            Person p = intro.people().getFirst().person();
            persons.add(p);
            block = new OpenBlock(p, intro.headerStart(), intro.headerEnd(), intro.method());
            lastContentEnd = intro.headerEnd();
        } else {
            for (ParsedPerson pp : intro.people()) {
                persons.add(pp.person());
                blocks.add(new SpeakerBlock(pp.person(), intro.headerStart(), intro.headerEnd(), intro.headerEnd(),
                        intro.headerEnd(), AttributionMethod.SPEAKER_BLOCK));
            }
        }
        if (intro.contentFrom() >= 0) {
            return content(intro.lastParagraph(), intro.contentFrom());
        }
        return intro.lastParagraph();
    }

    private void closeBlock(int end) {
        if (block != null) {
            int e = Math.max(block.headerEnd(), end);
            blocks.add(new SpeakerBlock(block.person(), block.headerStart(), block.headerEnd(), block.headerEnd(), e,
                    block.method()));
            block = null;
        }
    }

    // --- headings --------------------------------------------------------------------------------------------------

    private void heading(Paragraph p) {
        String raw = p.first().text();
        String title = LineShapes.smartCase(raw);
        boolean session = LineShapes.isSessionHeading(raw) && !LineShapes.isQuestion(raw);
        boolean institutional = !session && LineShapes.institutional(raw);
        if (block == null || lastContentEnd > block.headerEnd() || session || institutional) {
            closeBlock(lastContentEnd);
        } // else: headings right under a speaker's card, before any words, are the talk's agenda: the card holds
        sectionSerial++;
        OpenSection current = currentSession();
        if (session && current != null && current.sessionLabel.equals(LineShapes.sessionLabel(raw))) {
            // the same session's title repeated (title page of the session, then its summary)
            pendingSubtitle = current.hasSubtitle ? null : current;
            return;
        }
        if (pendingSubtitle != null && !session && !institutional && !LineShapes.isQuestion(raw)
                && !pendingSubtitle.hasSubtitle && stack.peek() == pendingSubtitle) {
            pendingSubtitle.title = pendingSubtitle.title + ": " + title;
            pendingSubtitle.hasSubtitle = true;
            pendingSubtitle = null;
            return;
        }
        pendingSubtitle = null;
        int rank;
        if (LineShapes.isQuestion(raw)) {
            rank = 3;
        } else if (session || LineShapes.isAllCaps(raw) && LineShapes.wordCount(raw) >= 1 || isRepeatedNext(p.index())
                || raw.matches("^(\\d{1,2}|[IVX]{1,4})\\.?\\s+\\p{Lu}.*")) {
            rank = 1;
        } else if (raw.matches("^\\d+\\.\\d+.*")) {
            rank = 3;
        } else {
            rank = 2;
        }
        if (isRepeatedNext(p.index())) {
            itemTitles++;
        }
        if (institutional && !LineShapes.sessionSummary(raw) && currentSession() != null) {
            // "Conclusions" or "Recommendations" after the last panel belong to the organisation, not to the panel
            while (currentSession() != null) {
                popSection(p.start());
            }
        }
        OpenSection s = pushSection(title, rank, p.start(), session, institutional);
        if (session) {
            pendingSubtitle = s;
        }
    }

    private OpenSection pushSection(String title, int rank, int start, boolean session, boolean institutional) {
        while (!stack.isEmpty() && stack.peek().rank >= rank) {
            popSection(start);
        }
        OpenSection s = new OpenSection(title, rank, start, session, institutional);
        stack.push(s);
        return s;
    }

    private void popSection(int end) {
        OpenSection s = stack.peek();
        List<String> path = path();
        stack.pop();
        int e = Math.max(s.start, Math.min(end, text.length()));
        sections.add(new Section(s.title, path.size(), s.start, e, path));
    }

    private List<String> path() {
        List<String> out = new ArrayList<>();
        var it = stack.descendingIterator();
        while (it.hasNext()) {
            out.add(it.next().title);
        }
        return out;
    }

    private OpenSection currentSession() {
        for (OpenSection s : stack) {
            if (s.session) {
                return s;
            }
        }
        return null;
    }

    private boolean currentInstitutional() {
        OpenSection top = stack.peek();
        if (top == null) {
            return false;
        }
        for (OpenSection s : stack) {
            if (s.institutional) {
                return true;
            }
            if (s.session) {
                return false;
            }
        }
        return false;
    }

    // --- content ---------------------------------------------------------------------------------------------------

    private record Item(Claim.Kind kind, int start, int end) {
    }

    /** Claims from paragraph {@code i} (from offset {@code from}) and the paragraphs that continue it. */
    private int content(int i, int from) {
        pendingSubtitle = null;
        List<Item> items = new ArrayList<>();
        int last = i;
        collectItems(paras.get(i), from, items);
        while (last + 1 < paras.size() && !items.isEmpty() && continues(items.getLast(), paras.get(last + 1))) {
            Paragraph next = paras.get(last + 1);
            Item prev = items.removeLast();
            List<Item> more = new ArrayList<>();
            collectItems(next, next.start(), more);
            Item head = more.isEmpty() ? null : more.removeFirst();
            if (head == null) {
                items.add(prev);
                break;
            }
            items.add(new Item(prev.kind(), prev.start(), head.end()));
            items.addAll(more);
            last++;
        }
        Person quotedBy = null;
        if (last + 1 < paras.size()) {
            quotedBy = quoteAttribution(paras.get(last), paras.get(last + 1));
            if (quotedBy != null) {
                last++;
            }
        }
        OpenSection session = currentSession();
        boolean institutional = currentInstitutional();
        List<String> path = path();
        for (Item it : items) {
            if (it.kind() == Claim.Kind.SENTENCE) {
                for (int[] s : SentenceSplitter.split(text, it.start(), it.end())) {
                    addClaim(s[0], s[1], it.kind(), path, session, institutional, quotedBy, i);
                }
            } else {
                addClaim(it.start(), it.end(), it.kind(), path, session, institutional, quotedBy, i);
            }
        }
        for (int k = i; k <= last; k++) {
            if (SELF_REFERENCE.matcher(paras.get(k).joined()).find()) {
                selfReference.add(k);
            }
            registerRoleMentions(paras.get(k));
        }
        lastContentEnd = paras.get(last).end();
        return last;
    }

    /**
     * "The roundtable was chaired by Senator X and moderated by Y, member Board…": people named with their role in
     * the event's narrative join the report's people (as empty speaker blocks), though the sentence stays the
     * narrator's.
     */
    private void registerRoleMentions(Paragraph p) {
        String t = p.joined();
        if (t.length() > 5000) {
            return;
        }
        Matcher m = ROLE_MENTION.matcher(t);
        while (m.find()) {
            String after = t.substring(m.end(), Math.min(t.length(), m.end() + 160));
            Optional<ParsedPerson> pp = PersonNameParser.parseIntroduction(after);
            int nameAt = pp.isEmpty() ? -1 : after.indexOf(pp.get().name());
            if (nameAt < 0 || nameAt > 60) {
                continue; // the person must follow "chaired by" closely, not somewhere later in the sentence
            }
            String verb = m.group(1).toLowerCase(Locale.ROOT);
            String role = verb.startsWith("chair") || verb.startsWith("presid") ? "Chair"
                    : verb.startsWith("moderat") ? "Moderator" : verb.startsWith("host") ? "Host" : "Keynote speaker";
            Person person = new Person(pp.get().name(), pp.get().person().honorifics(), role, null, null);
            int at = p.start() + Math.min(m.start(), p.end() - p.start());
            persons.add(person);
            blocks.add(new SpeakerBlock(person, at, at, at, at, AttributionMethod.SPEAKER_BLOCK));
        }
    }

    private void addClaim(int s, int e, Claim.Kind kind, List<String> path, OpenSection session,
                          boolean institutional, Person quotedBy, int paragraph) {
        int[] span = Paragraph.trimmed(text, s, e);
        int a = span[0];
        int b = span[1];
        if (b <= a || !LineShapes.hasLetters(text.substring(a, b))) {
            return;
        }
        claims.add(new ClaimDraft(a, b, kind, path, session == null ? null : session.title, institutional,
                block == null ? null : block.person(), block == null ? null : block.method(), quotedBy, paragraph,
                sectionSerial));
    }

    private void collectItems(Paragraph p, int from, List<Item> items) {
        Item prose = null;
        for (TextLine l : p.lines()) {
            if (l.end() <= from) {
                continue;
            }
            int ls = Math.max(l.start(), from);
            String t = text.substring(ls, l.end());
            boolean bullet = LineShapes.isBullet(t);
            boolean numbered = !bullet && LineShapes.isNumbered(t);
            if (bullet || numbered) {
                if (prose != null) {
                    items.add(prose);
                    prose = null;
                }
                int m = LineShapes.markerLength(t);
                items.add(new Item(bullet ? Claim.Kind.BULLET : Claim.Kind.NUMBERED, ls + m, l.end()));
            } else if (!items.isEmpty() && prose == null && items.getLast().kind() != Claim.Kind.SENTENCE
                    && !LineShapes.endsSentence(text.substring(items.getLast().start(), items.getLast().end()))) {
                Item prev = items.removeLast();
                items.add(new Item(prev.kind(), prev.start(), l.end()));
            } else if (prose == null) {
                prose = new Item(Claim.Kind.SENTENCE, ls, l.end());
            } else {
                prose = new Item(Claim.Kind.SENTENCE, prose.start(), l.end());
            }
        }
        if (prose != null) {
            items.add(prose);
        }
    }

    /** A paragraph continues the previous item when that item stops mid-sentence (a page break, a column break). */
    private boolean continues(Item prev, Paragraph next) {
        String prevText = text.substring(prev.start(), prev.end()).strip();
        if (prevText.isEmpty() || LineShapes.endsSentence(prevText)) {
            return false;
        }
        char last = prevText.charAt(prevText.length() - 1);
        if (!(Character.isLetterOrDigit(last) || last == ',' || last == '-' || last == '–')) {
            return false;
        }
        String n0 = next.first().text();
        if (layout.isFootnote(next.start(), next.end())) {
            return false;
        }
        if (LineShapes.isBullet(n0) || LineShapes.isNumbered(n0) || TAIL_MARKER.matcher(n0).matches()
                || PersonNameParser.parseNameLine(n0).isPresent() || SpeakerIntroDetector.LABEL_COLON.matcher(n0).matches()) {
            return false;
        }
        if (Character.isLowerCase(n0.charAt(0))) {
            return true;
        }
        return n0.length() >= 40 && !LineShapes.isHeading(n0) && LineShapes.isHeading(prevText) == false
                && Character.isLowerCase(lastWordFirstChar(prevText));
    }

    private static char lastWordFirstChar(String s) {
        int k = s.length();
        while (k > 0 && !Character.isWhitespace(s.charAt(k - 1))) {
            k--;
        }
        return k < s.length() ? s.charAt(k) : 'A';
    }

    private Person quoteAttribution(Paragraph quote, Paragraph next) {
        String q = quote.lines().getLast().text();
        if (!next.singleLine() || !(q.endsWith("”") || q.endsWith("\"") || q.endsWith("’"))) {
            return null;
        }
        Matcher m = QUOTE_ATTRIBUTION.matcher(next.first().text());
        if (!m.matches()) {
            return null;
        }
        List<ParsedPerson> found = PersonNameParser.findPersons(m.group(1));
        Optional<ParsedPerson> pp = found.isEmpty()
                ? PersonNameParser.parseNameLine(m.group(1).split(",")[0].strip()) : Optional.of(found.getFirst());
        if (pp.isEmpty()) {
            return null;
        }
        Person p = pp.get().person();
        register(p, next.first(), AttributionMethod.QUOTED_STATEMENT);
        return p;
    }

    // --- front-matter helpers for metadata ---------------------------------------------------------------------

    static boolean isAuthorLabel(String line) {
        return AUTHOR_LABEL.matcher(line).matches();
    }
}
