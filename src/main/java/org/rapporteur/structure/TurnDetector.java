package org.rapporteur.structure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the speaker labels of a dialogue — hearings, panels, interviews, parliamentary debates — wherever they stand:
 * at a line start ({@code Mr Keith:}, {@code **Lead Inquiry**:}, {@code [00:12:03] JONES:}, {@code Q:}), in Hansard
 * style ({@code HON. F. S. KOYA.- Mr. Speaker, …}, even glued to the heading before it), in US committee style
 * ({@code Mr. SMITH. Thank you}), or inline after a sentence when a page's markup was flattened
 * ({@code … our readers. Ambassador Elahi: The people …}).
 *
 * <p>A label counts only when the document is a dialogue: labels of the same shape recur. One stray {@code Note:} or
 * {@code Source:} never makes a document a transcript. Every scan is a bounded walk over the characters (no
 * backtracking pattern over the whole text), so a 5 MB text without line breaks is read in linear time.
 */
final class TurnDetector {
    /** A speaker label: where it starts, where the turn's words start, and the label as written. */
    record Turn(int labelStart, int contentStart, String label, boolean inline, boolean strong, String role) {
        Turn(int labelStart, int contentStart, String label, boolean inline) {
            this(labelStart, contentStart, label, inline, false, null);
        }
    }

    private static final int MAX_LABEL = 64;
    /** Line-start labels that introduce a field, not a speaker. */
    private static final Set<String> NOT_SPEAKERS = notSpeakers();

    /**
     * The field names the speaker-card detector already knows ({@link SpeakerIntroDetector#TURN_STOP}) except the
     * question-and-answer labels, which are turns here, and the headings and apparatus a line can open with.
     */
    private static Set<String> notSpeakers() {
        Set<String> out = new java.util.HashSet<>(SpeakerIntroDetector.TURN_STOP);
        out.removeAll(Set.of("q", "a", "question", "answer"));
        out.addAll(List.of("notes", "sources", "dated", "abstract", "update", "warning", "disclaimer", "copyright",
                "step", "example", "for example", "edit", "read", "see", "see also", "tl;dr", "ps", "nb", "attendees",
                "present", "absent", "in attendance", "agenda", "from", "to", "cc", "re", "memo", "memorandum",
                "preliminary notes", "transcript", "transcript by", "transcript_by", "speakers", "speaker",
                "panelists", "panellists", "moderator", "chair", "host", "participants", "witnesses", "witness list",
                "key points", "key takeaways", "takeaways", "recommendations", "conclusion", "background", "context",
                "description", "author", "authors", "by", "written by", "rapporteur", "editor", "credit", "credits",
                "via", "link", "links", "download", "watch", "listen", "video", "audio", "correction",
                "clarification", "editor's note", "editors note", "advertisement", "sponsored", "figure", "table",
                "chart", "map", "box", "annex", "appendix", "part", "chapter", "section", "article", "question put",
                "motion", "resolution", "decision", "vote", "result", "results", "status"));
        return Set.copyOf(out);
    }
    private static final Set<String> ENUMERATED = Set.of("option", "step", "scenario", "phase", "recommendation",
            "finding", "figure", "table", "annex", "part", "chapter", "section", "article", "issue", "point",
            "priority", "goal", "objective", "lesson", "pillar", "principle", "stage", "level", "tier", "track",
            "case", "item", "box", "chart", "exhibit", "appendix", "rule", "clause", "day", "week", "session", "panel");
    private static final Set<String> PARTICLES = Set.of("of", "the", "to", "al", "el", "bin", "ibn", "de", "du",
            "da", "dos", "van", "von", "la", "le", "y", "for", "and", "ul", "ud", "al-", "from");
    private static final Set<String> HONORIFIC_CAPS = Set.of("HON.", "HON", "MR.", "MR", "MRS.", "MRS", "MS.", "MS",
            "DR.", "DR", "PROF.", "PROF", "SIR", "LADY", "LORD", "SEN.", "SENATOR", "REP.", "AMB.", "GEN.", "COL.",
            "CAPT.", "MADAM", "RO", "RATU", "ADI");
    /** Sentence boundaries an inline label may follow. */
    private static final String BOUNDARY = ".?!\"”’)]";

    private TurnDetector() {
    }

    /** The turns of {@code text} in order, or an empty list when it is not a dialogue. */
    static List<Turn> find(String text) {
        List<Turn> candidates = new ArrayList<>();
        int n = text.length();
        int pos = 0;
        while (pos < n) {
            int nl = text.indexOf('\n', pos);
            int lineEnd = nl < 0 ? n : nl;
            lineLabel(text, pos, lineEnd, candidates);
            pos = lineEnd + 1;
        }
        inlineLabels(text, candidates);
        candidates.sort((x, y) -> Integer.compare(x.contentStart(), y.contentStart()));
        List<Turn> distinct = new ArrayList<>(candidates.size());
        for (Turn t : candidates) {
            if (distinct.isEmpty() || distinct.getLast().contentStart() != t.contentStart()) {
                distinct.add(t);
            }
        }
        return accepted(distinct);
    }

    // --- labels at a line start ------------------------------------------------------------------------------------

    private static void lineLabel(String text, int lineStart, int lineEnd, List<Turn> out) {
        int s = skipDecoration(text, lineStart, lineEnd);
        if (s >= lineEnd || !Character.isLetter(text.charAt(s))) {
            return;
        }
        int limit = Math.min(lineEnd, s + MAX_LABEL + 4);
        // "Name:" (optionally bold on either side of the colon)
        for (int k = s; k < limit; k++) {
            char c = text.charAt(k);
            if (c == ':' || c == '：') {
                String label = cleanLabel(text.substring(s, k));
                int content = skipContentStart(text, k + 1, lineEnd);
                if (content < lineEnd && content > k + 1 && labelShaped(label)) {
                    out.add(new Turn(s, content, label, false));
                }
                return;
            }
            if (c == '.' && k + 1 < lineEnd && isDash(text.charAt(k + 1))) {
                hansardLabel(text, lineStart, k, lineEnd, out);
                return;
            }
            if (c == '.' || c == '?' || c == '!') {
                if (k + 1 < lineEnd && text.charAt(k + 1) == ' ' && committeeLabel(text, s, k)) {
                    int content = skipContentStart(text, k + 1, lineEnd);
                    if (content < lineEnd) {
                        out.add(new Turn(s, content, cleanLabel(text.substring(s, k)), false));
                    }
                    return;
                }
                if (c != '.' || !isAbbreviation(text, s, k)) {
                    return; // a sentence ended before any label
                }
            }
        }
        // a Hansard label glued to the end of a heading line: "… AGREEMENT HON. F. S. KOYA.- Mr. Speaker"
        int dash = indexOfHansardMark(text, s, lineEnd);
        if (dash > 0) {
            hansardLabel(text, lineStart, dash, lineEnd, out);
        }
    }

    private static int indexOfHansardMark(String text, int from, int to) {
        for (int k = from; k + 1 < to && k < from + 400; k++) {
            if (text.charAt(k) == '.' && isDash(text.charAt(k + 1)) && k > from
                    && (Character.isUpperCase(text.charAt(k - 1)) || text.charAt(k - 1) == ')')) {
                return k;
            }
        }
        return -1;
    }

    /** "HON. PROF. B. C. PRASAD.-": upper-case tokens back from the mark, from the first honorific of their run. */
    private static void hansardLabel(String text, int lineStart, int dot, int lineEnd, List<Turn> out) {
        hansardLabel(text, lineStart, dot, lineEnd, out, false);
    }

    private static void hansardLabel(String text, int lineStart, int dot, int lineEnd, List<Turn> out, boolean inline) {
        int labelEnd = dot;
        String role = null;
        if (dot > lineStart && text.charAt(dot - 1) == ')') {
            // "HON. A. SAYED-KHAIYUM (Attorney-General and Minister for Economy).-": the role stands in brackets
            int open = text.lastIndexOf('(', dot - 1);
            if (open < 0 || open < dot - 220 || open <= lineStart) {
                return;
            }
            role = text.substring(open + 1, dot - 1).strip();
            labelEnd = open;
            while (labelEnd > lineStart && text.charAt(labelEnd - 1) == ' ') {
                labelEnd--;
            }
        }
        int start = labelEnd;
        int honorificAt = -1;
        int tokens = 0;
        int k = labelEnd;
        while (k > lineStart && tokens < 9) {
            int e = k;
            while (k > lineStart && text.charAt(k - 1) == ' ') {
                k--;
            }
            int tokEnd = k == e ? e : k;
            int b = tokEnd;
            while (b > lineStart && !Character.isWhitespace(text.charAt(b - 1))) {
                b--;
            }
            if (b == tokEnd) {
                break;
            }
            String tok = text.substring(b, tokEnd).replace("*", "");
            if (!isUpperToken(tok)) {
                break;
            }
            tokens++;
            if (HONORIFIC_CAPS.contains(tok)) {
                honorificAt = b;
            }
            start = b;
            k = b;
        }
        if (honorificAt >= 0) {
            start = honorificAt; // everything before the honorific belongs to the heading
        } else if (inline || start != skipDecoration(text, lineStart, lineEnd) || tokens > 4) {
            return;
        }
        String label = cleanLabel(text.substring(start, labelEnd));
        int content = skipContentStart(text, dot + 2, lineEnd);
        if (!label.isEmpty() && content < lineEnd) {
            // an honorific, capitals and ".-" together are the shape of a parliamentary record: no recurrence needed
            out.add(new Turn(start, content, label, inline, honorificAt >= 0, role));
        }
    }

    /** US committee style: "Mr. SMITH." or "The CHAIRMAN." or "Senator LEAHY." before the words. */
    private static boolean committeeLabel(String text, int s, int dot) {
        String label = text.substring(s, dot);
        String[] w = label.split(" ");
        if (w.length < 2 || w.length > 4) {
            return false;
        }
        String last = w[w.length - 1];
        if (last.length() < 3 || !isUpperToken(last) || !last.chars().allMatch(ch -> Character.isUpperCase(ch) || ch == '-' || ch == '\'')) {
            return false;
        }
        String first = w[0].toLowerCase(Locale.ROOT).replace(".", "");
        return Set.of("mr", "mrs", "ms", "dr", "the", "senator", "chairman", "chairwoman", "representative",
                "secretary", "general", "admiral", "ambassador", "judge", "governor").contains(first);
    }

    private static boolean isAbbreviation(String text, int s, int dot) {
        int b = dot;
        while (b > s && Character.isLetter(text.charAt(b - 1))) {
            b--;
        }
        int len = dot - b;
        return len >= 1 && len <= 4 && Character.isUpperCase(text.charAt(b)); // Mr. Dr. Hon. F.
    }

    // --- labels inside a line --------------------------------------------------------------------------------------

    private static void inlineLabels(String text, List<Turn> out) {
        int n = text.length();
        for (int k = 1; k < n - 1; k++) {
            char c = text.charAt(k);
            if (c == '.' && isDash(text.charAt(k + 1))
                    && (Character.isUpperCase(text.charAt(k - 1)) || text.charAt(k - 1) == ')')) {
                // a Hansard label inside a flattened paragraph: "… this motion. HON. M. S. N. KAMIKAMICA.- I thank …"
                int nl = text.lastIndexOf('\n', k);
                int lineStart = Math.max(nl + 1, k - 320);
                hansardLabel(text, lineStart, k, n, out, true); // a label lineLabel also found is dropped as a duplicate
                continue;
            }
            if (c != ':' || text.charAt(k + 1) != ' ') {
                continue;
            }
            // back to a sentence boundary within the label length
            int b = k;
            int lower = Math.max(0, k - MAX_LABEL);
            while (b > lower && text.charAt(b - 1) != '\n' && !sentenceBoundaryBefore(text, b)) {
                b--;
            }
            if (b == lower && lower > 0 || b >= k) {
                continue;
            }
            if (b == 0 || text.charAt(b - 1) == '\n') {
                continue; // a line start: lineLabel decided
            }
            String label = cleanLabel(text.substring(b, k));
            int content = skipContentStart(text, k + 1, n);
            if (labelShaped(label) && content < n) {
                out.add(new Turn(b, content, label, true));
            }
        }
    }

    /** Whether a sentence ends right before {@code b}: ". " or "? " or "” ", but not after "Mr." or "F.". */
    private static boolean sentenceBoundaryBefore(String text, int b) {
        if (b < 2 || text.charAt(b - 1) != ' ') {
            return false;
        }
        int k = b - 1;
        while (k > 0 && text.charAt(k) == ' ' && b - k < 4) {
            k--;
        }
        char c = text.charAt(k);
        if (BOUNDARY.indexOf(c) < 0) {
            return false;
        }
        return c != '.' || !isAbbreviation(text, Math.max(0, k - 5), k);
    }

    // --- which candidates are turns ----------------------------------------------------------------------------

    /**
     * A dialogue has at least four labelled turns among labels that recur; then every label-shaped line start counts
     * (a witness's single "The Witness:"), while inline labels must recur, since a colon inside prose is common.
     */
    private static List<Turn> accepted(List<Turn> candidates) {
        Map<String, Integer> counts = new HashMap<>();
        for (Turn t : candidates) {
            counts.merge(key(t.label()), 1, Integer::sum);
        }
        int recurring = 0;
        int recurringLabels = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() >= 2) {
                recurring += e.getValue();
                recurringLabels++;
            }
        }
        long strong = candidates.stream().filter(Turn::strong).count();
        if ((recurring < 4 || recurringLabels < 1) && strong < 3) {
            return List.of();
        }
        List<Turn> out = new ArrayList<>();
        for (Turn t : candidates) {
            int c = counts.get(key(t.label()));
            if (!t.inline() || c >= 2 || t.strong()) {
                out.add(t);
            }
        }
        return out;
    }

    static String key(String label) {
        return label.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} ]", "").replaceAll("\\s+", " ").strip();
    }

    // --- shapes ----------------------------------------------------------------------------------------------------

    /** Leading whitespace, list marks, emphasis and a time stamp such as [00:12:03] or (10.00 am). */
    private static int skipDecoration(String text, int s, int e) {
        int k = s;
        boolean moved = true;
        while (moved && k < e) {
            moved = false;
            while (k < e && (Character.isWhitespace(text.charAt(k)) || text.charAt(k) == '*' || text.charAt(k) == '_'
                    || text.charAt(k) == '>')) {
                k++;
                moved = true;
            }
            if (k < e && (text.charAt(k) == '[' || text.charAt(k) == '(')) {
                int close = text.indexOf(text.charAt(k) == '[' ? ']' : ')', k);
                if (close > k && close - k <= 14 && close < e && isTimestamp(text.substring(k + 1, close))) {
                    k = close + 1;
                    moved = true;
                }
            } else if (k + 4 < e && Character.isDigit(text.charAt(k)) && (text.charAt(k + 1) == ':' || text.charAt(k + 2) == ':')) {
                int t = k;
                while (t < e && (Character.isDigit(text.charAt(t)) || text.charAt(t) == ':' || text.charAt(t) == '.')) {
                    t++;
                }
                if (isTimestamp(text.substring(k, t))) {
                    k = t;
                    moved = true;
                }
            }
        }
        return k;
    }

    private static boolean isTimestamp(String s) {
        return s.strip().matches("\\d{1,2}[:.]\\d{2}([:.]\\d{2})?(\\s*[ap]\\.?m\\.?)?");
    }

    private static int skipContentStart(String text, int k, int e) {
        while (k < e && (text.charAt(k) == '*' || text.charAt(k) == '_' || text.charAt(k) == ' ' || isDash(text.charAt(k)))) {
            k++;
        }
        return k;
    }

    private static boolean isDash(char c) {
        return c == '-' || c == '–' || c == '—';
    }

    static String cleanLabel(String raw) {
        String s = raw.replace("**", "").replace("__", "").strip();
        while (!s.isEmpty() && (s.endsWith("?") || s.endsWith(",") || s.endsWith("*"))) {
            s = s.substring(0, s.length() - 1).strip();
        }
        if (s.endsWith(".") && !s.matches(".*\\b\\p{Lu}\\.$")) {
            s = s.substring(0, s.length() - 1);
        }
        return s.strip();
    }

    /**
     * A speaker label: one to seven words, each capitalised, an initial, an honorific or a particle ("Counsel to the
     * Inquiry"), no digits but a trailing number ("Speaker 2"), and not a field name such as "Note" or "Source".
     */
    static boolean labelShaped(String label) {
        if (label.isEmpty() || label.length() > MAX_LABEL || NOT_SPEAKERS.contains(key(label))) {
            return false;
        }
        String[] words = label.split("\\s+");
        if (words.length == 2 && ENUMERATED.contains(words[0].toLowerCase(Locale.ROOT))) {
            return false; // "Option A:", "Step 2:", "Scenario III:" enumerate, they do not speak
        }
        if (words.length > 7) {
            return false;
        }
        int capitalised = 0;
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            char c0 = w.charAt(0);
            if (Character.isUpperCase(c0) || c0 == '(' && w.length() > 1 && Character.isUpperCase(w.charAt(1))) {
                if (w.chars().anyMatch(Character::isDigit) && !(i == words.length - 1 && w.matches("\\d{1,2}"))) {
                    return false;
                }
                capitalised++;
            } else if (i == words.length - 1 && w.matches("\\d{1,2}")) {
                continue;
            } else if (!PARTICLES.contains(w.toLowerCase(Locale.ROOT)) || i == 0) {
                return false;
            }
        }
        return capitalised > 0 && !label.endsWith("'s") && !label.contains("\"") && !label.contains("“");
    }

    private static boolean isUpperToken(String tok) {
        boolean letter = false;
        for (int i = 0; i < tok.length(); i++) {
            char c = tok.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letter = true;
            } else if (c != '.' && c != '-' && c != '\'' && c != '’') {
                return false;
            }
        }
        return letter;
    }
}
