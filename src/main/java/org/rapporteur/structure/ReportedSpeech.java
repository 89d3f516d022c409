package org.rapporteur.structure;

import java.util.Locale;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The subject of a sentence that reports speech: "X said/argued/noted/stressed that …", "According to X, …",
 * "He noted …". Only a subject at the start of the sentence counts: "It is no secret, as X has revealed, that …" stays
 * the writer's own claim. Stateless and thread-safe.
 */
final class ReportedSpeech {
    enum SubjectKind { PERSON_PHRASE, PRONOUN, ROLE, GROUP }

    record Subject(SubjectKind kind, String phrase) {
    }

    /** Verbs that report speech after their subject ("X said", "X was of the view"). A list, so a test finds repeats. */
    static final List<String> VERBS = List.of("said", "says", "argued", "argues", "noted", "notes", "stressed",
            "stresses", "emphasi[sz]ed", "emphasi[sz]es", "observed", "observes", "maintained", "maintains", "asserted",
            "asserts", "stated", "states", "added", "adds", "pointed out", "points out", "highlighted", "highlights",
            "underlined", "underscored", "underscores", "remarked", "suggested", "suggests", "opined", "contended",
            "believed", "believes", "warned", "warns", "explained", "explains", "informed", "urged", "urges",
            "recommended", "recommends", "proposed", "cautioned", "reiterated", "acknowledged", "insisted", "recalled",
            "mentioned", "shared", "expressed", "viewed", "felt", "concluded", "lamented", "welcomed", "termed",
            "described", "declared", "announced", "affirmed", "apprised", "briefed", "elaborated", "called for", "told",
            "was of the view", "were of the view", "is of the view", "held the view", "was of the opinion", "agreed",
            "disagreed", "questioned", "criticised", "criticized", "advocated", "insists", "contends", "recalls",
            "admits", "admitted", "spoke about", "spoke of", "talked about", "talked of", "outlined", "describes",
            "cautions", "predicted", "predicts", "claimed", "claims", "thinks", "thought", "estimates", "estimated");
    private static final Pattern REPORTING = Pattern.compile(
            "^(?:(?:However|Moreover|Further|Furthermore|Additionally|Also|Similarly|Meanwhile|Later|Finally|Likewise|"
                    + "In addition|Speaking on the occasion|(?:In|During|Through) (?:his|her|their) (?:[\\p{L}-]+\\s+){0,2}(?:remarks|speech|address|talk|presentation|keynote|statement|lecture|comments)|"
                    + "(?:While|When) (?:speaking|addressing|presenting)[^,]{0,80}),?\\s+)?"
                    + "(.{2,160}?)\\s+(?:(?:also|further|then|strongly|rightly|briefly|categorically|clearly|candidly|firmly|"
                    + "repeatedly|once again)\\s+)?(?:" + String.join("|", VERBS) + ")\\b");
    private static final Pattern ACCORDING = Pattern.compile("^According to (?:the\\s+)?(.{2,90}?),");
    private static final Pattern GROUP = Pattern.compile(
            "(?i)^(some|many|several|most|other|a few|few|a number of|one|a|the)?\\s*(participants?|speakers?|panel+ists?|experts?|"
                    + "attendees|members of the audience|audience|discussants|scholars|others|delegates|house|panel|"
                    + "of the participants|of the speakers)\\b.*|^(some|many|others|several|most)$");

    private static final java.util.Set<String> FIRST_WORDS = firstWords();

    private static java.util.Set<String> firstWords() {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String v : VERBS) {
            String w = v.split(" ")[0];
            if (w.contains("[")) {
                out.add(w.replace("[sz]", "s"));
                out.add(w.replace("[sz]", "z"));
            } else {
                out.add(w);
            }
        }
        out.add("according");
        return java.util.Set.copyOf(out);
    }

    private ReportedSpeech() {
    }

    /** The reporting subject of {@code sentence}, or null when it does not report speech. */
    static Subject subject(String sentence) {
        String s = sentence.strip();
        if (!mayReport(s)) {
            return null;
        }
        Matcher acc = ACCORDING.matcher(s);
        if (acc.find()) {
            return classify(acc.group(1).strip());
        }
        Matcher m = REPORTING.matcher(s);
        if (!m.find()) {
            return null;
        }
        String subj = m.group(1).strip().replaceAll(",$", "");
        if (LineShapes.wordCount(subj) > 24) {
            return null;
        }
        return classify(subj);
    }

    /** Verbs that name the speaker after a quotation ("“…,” said X"). */
    static final List<String> QUOTE_VERBS = List.of("said", "says", "added", "adds", "noted", "stressed", "remarked",
            "observed", "argued", "explained", "insisted", "warned", "told", "asked", "concluded", "declared");
    private static final Pattern QUOTE_THEN_SAID = Pattern.compile(
            "[”\"’],?\\s+(?:" + String.join("|", QUOTE_VERBS) + ")\\s+([^,;]{3,90}?)\\s*(?:[,;]|\\.?$|\\s(?=[\\p{Ll}]))");
    private static final Pattern QUOTE_THEN_NAME = Pattern.compile(
            "[”\"’],?\\s+([^,.;”\"]{2,60}?)\\s+(?:" + String.join("|", QUOTE_VERBS) + ")\\b");

    private static final Pattern MID_SOURCE = Pattern.compile(
            "(?:^|[,;(]\\s*|\\s)(?:according to|as per|in the words of|as described by|in the view of)\\s+([\\p{Lu}][^,;:“”\"]{1,60}?)\\s*(?:[,;:)]|\\.?$)");

    /** The source named inside a sentence: "Castro, according to Siu, rose …", "… that, as per Siu, …" — or null. */
    static Subject midSource(String sentence) {
        if (sentence.length() > 1500) {
            return null;
        }
        Matcher m = MID_SOURCE.matcher(sentence);
        if (!m.find()) {
            return null;
        }
        String who = m.group(1).strip();
        return LineShapes.wordCount(who) > 8 ? null : classify(who);
    }

    /** The speaker named after a quotation: "“…,” said X." or "“…,” X added." — or null. */
    static Subject quoteSpeaker(String sentence) {
        if (sentence.indexOf('”') < 0 && sentence.indexOf('"') < 0 && sentence.indexOf('’') < 0) {
            return null;
        }
        Matcher m = QUOTE_THEN_SAID.matcher(sentence);
        if (m.find()) {
            return classify(m.group(1).strip());
        }
        m = QUOTE_THEN_NAME.matcher(sentence);
        if (m.find()) {
            return classify(m.group(1).strip());
        }
        return null;
    }

    /** Verbs that name the speaker after the reported words ("…, Smith said", "…, says Dr Smith"). */
    static final List<String> TRAIL_VERBS = List.of("said", "says", "added", "adds", "noted", "notes", "argued",
            "argues", "explained", "explains", "believes", "warned", "warns", "insisted", "insists", "stressed",
            "stresses", "observed", "observes", "pointed out", "points out", "maintained", "maintains",
            "told [\\p{L}]+", "concluded", "declared", "contends", "contended");
    /** "…, says a top officer, speaking at …" or "…, Smith said." or "…, he added." after the reported words. */
    private static final Pattern TRAILING = Pattern.compile(
            "[,;]\\s+(?:(?:" + String.join("|", TRAIL_VERBS) + ")\\s+((?:the\\s+|a\\s+)?[\\p{L}][^,;.]{1,80}?)|"
                    + "((?:the\\s+|a\\s+)?[\\p{L}][^,;.]{0,60}?)\\s+(?:" + String.join("|", TRAIL_VERBS) + "))\\s*(?:[,;:]|\\.?[\"”’]?$)");

    /**
     * The speaker named after the reported words ("…, says Dr Smith, speaking at …", "…, Smith added."), or null.
     * Only sentences of reportable length are tried: the pattern is bounded, but a paragraph is not a sentence.
     */
    static Subject trailingSpeaker(String sentence) {
        if (sentence.length() > 1500 || sentence.indexOf(',') < 0 && sentence.indexOf(';') < 0) {
            return null;
        }
        Matcher m = TRAILING.matcher(sentence.strip());
        if (!m.find()) {
            return null;
        }
        String who = (m.group(1) != null ? m.group(1) : m.group(2)).strip();
        if (LineShapes.wordCount(who) > 10) {
            return null;
        }
        return classify(who);
    }

    /** Cheap test before the regular expressions: a reporting word among the first words of the sentence. */
    private static boolean mayReport(String s) {
        int limit = Math.min(s.length(), 200);
        int i = 0;
        while (i < limit) {
            while (i < limit && !Character.isLetter(s.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < limit && Character.isLetter(s.charAt(i))) {
                i++;
            }
            if (i > start && FIRST_WORDS.contains(s.substring(start, i).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static Subject classify(String subj) {
        String lower = subj.toLowerCase(Locale.ROOT);
        if (lower.equals("he") || lower.equals("she")) {
            return new Subject(SubjectKind.PRONOUN, subj);
        }
        if (GROUP.matcher(lower).matches()) {
            return new Subject(SubjectKind.GROUP, subj);
        }
        Matcher role = Pattern.compile("^[Tt]he\\s+([\\p{L} \\-]{2,40})$").matcher(subj);
        if (role.matches()) {
            for (String w : role.group(1).split("[\\s-]+")) {
                if (WordLists.isRoleWord(w) || WordLists.isRoleWord(capitalise(w))) {
                    return new Subject(SubjectKind.ROLE, role.group(1).strip());
                }
            }
            // "The Government", "the ministry": an institution speaking, a subject the detector credits to a body
            return INSTITUTION_WORD.matcher(role.group(1)).find() ? new Subject(SubjectKind.PERSON_PHRASE, subj) : null;
        }
        if (!Character.isUpperCase(subj.charAt(0))) {
            // "economist Akbar Zaidi", "former minister Jane Doe": lower-case role words before a name
            Matcher rolled = ROLE_THEN_NAME.matcher(subj);
            if (rolled.matches()) {
                return new Subject(SubjectKind.PERSON_PHRASE, rolled.group(1));
            }
            return null;
        }
        return new Subject(SubjectKind.PERSON_PHRASE, subj);
    }

    private static final Pattern INSTITUTION_WORD = Pattern.compile(
            "(?i)\\b(government|ministry|department|commission|council|agency|bank|fund|office|authority|authorities|"
                    + "secretariat|committee|parliament|senate|court|police|army|military|embassy|mission|union|"
                    + "organi[sz]ation|institute|board|regulator|administration|cabinet|presidency|company|firm|"
                    + "association|federation)\\b");
    /** Whether a subject names an institution ("The Government", "the ministry", "The World Bank"). */
    static boolean namesInstitution(String phrase) {
        return INSTITUTION_WORD.matcher(phrase).find();
    }

    private static final Pattern ROLE_THEN_NAME = Pattern.compile(
            "^(?:(?:a|an|the|former|senior|leading|local|veteran|[\\p{Ll}\\-]{3,20})\\s+){1,3}(\\p{Lu}[\\p{L}.'’\\-]*(?:\\s+\\p{Lu}[\\p{L}.'’\\-]*){1,3})$");

    private static String capitalise(String w) {
        return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }
}
