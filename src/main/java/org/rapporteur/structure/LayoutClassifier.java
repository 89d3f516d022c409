package org.rapporteur.structure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rapporteur.model.DeclaredMetadata;

/**
 * Decides a document's {@link Layout} from features anyone can check — how many labelled turns and speakers, speaker
 * cards, how much of the text reports speech, a declared or bylined author, first-person voice, words that name a
 * hearing or an interview, delegations speaking — and says which features decided. Stateless.
 */
final class LayoutClassifier {
    private static final Pattern HEARING = Pattern.compile(
            "(?i)\\((affirmed|sworn)\\)|\\b(witness(es)?|hearing|inquiry|testimony|committee on|subcommittee)\\b");
    private static final Pattern INTERVIEW = Pattern.compile("(?i)\\b(interview(ed|s)?|q\\s*&\\s*a|in conversation with)\\b");
    private static final Pattern DELEGATION = Pattern.compile(
            "(?i)\\b(?:the )?(?:representative|delegate|delegation|ambassador|speaker) (?:of|for|from) (?:the )?\\p{Lu}|\\bspeaking (?:for|on behalf of) (?:the )?\\p{Lu}");
    private static final Pattern EVENT_WORDS = Pattern.compile(
            "(?i)\\b(symposium|seminar|webinar|conference|workshop|round ?table|forum|panel discussion|lecture|summit|dialogue|session)\\b");
    private static final Set<String> AUDIENCE_LABELS = Set.of("q", "question", "questions", "audience",
            "audience member", "participant", "unidentified speaker", "unknown speaker", "speaker", "unknown");

    private LayoutClassifier() {
    }

    static boolean isAudienceLabel(String label) {
        return AUDIENCE_LABELS.contains(TurnDetector.key(label)) || TurnDetector.key(label).startsWith("audience");
    }

    static LayoutDecision classify(String text, DocumentScan scan, DeclaredMetadata declared, String title,
                                   List<TurnDetector.Turn> turns, boolean hasAuthor) {
        return classify(text, scan, declared, title, turns, hasAuthor, SpeechShape.of(text, scan, declared));
    }

    static LayoutDecision classify(String text, DocumentScan scan, DeclaredMetadata declared, String title,
                                   List<TurnDetector.Turn> turns, boolean hasAuthor, SpeechShape shape) {
        List<String> why = new ArrayList<>();
        Set<String> labels = new HashSet<>();
        int audienceTurns = 0;
        for (TurnDetector.Turn t : turns) {
            if (isAudienceLabel(t.label())) {
                audienceTurns++;
            } else {
                labels.add(TurnDetector.key(t.label()));
            }
        }
        String head = text.substring(0, Math.min(text.length(), 3000));
        String titleAndHead = (title == null ? "" : title) + " " + (declared.description() == null ? "" : declared.description())
                + " " + head.substring(0, Math.min(head.length(), 800));
        int namedTurns = turns.size() - audienceTurns;
        if (namedTurns >= 4 && labels.size() >= 2) {
            why.add(turns.size() + " labelled turns by " + labels.size() + " labels");
            if (HEARING.matcher(head).find()) {
                why.add("hearing words (witness, sworn, inquiry, committee) near the start");
                return new LayoutDecision(Layout.HEARING, why);
            }
            if (INTERVIEW.matcher(titleAndHead).find() || labels.size() == 2 && audienceTurns == 0
                    && labels.stream().anyMatch(l -> l.equals("q") || l.length() <= 4 && !l.contains(" "))) {
                why.add("an interview: the title or standfirst says so, or two parties alternate");
                return new LayoutDecision(Layout.INTERVIEW, why);
            }
            return new LayoutDecision(Layout.TRANSCRIPT, why);
        }
        if (scan.itemTitles() >= 2) {
            why.add(scan.itemTitles() + " repeated item titles: several items on one page");
            return new LayoutDecision(Layout.MULTI_ITEM, why);
        }
        int cardPeople = SpeechShape.cardSpeakers(scan);
        if (!hasAuthor && cardPeople < 2 && shape.oneVoiceAddressing()) {
            // before delegations and reported speech: a speaker cites "the representative of X" and what others said
            why.add(shape.describe());
            return new LayoutDecision(Layout.STATEMENT, why);
        }
        int delegations = count(DELEGATION, text, 200_000);
        if (delegations >= 3) {
            why.add(delegations + " delegations speaking (\"the representative of …\")");
            return new LayoutDecision(Layout.MEETING_RECORD, why);
        }
        if (cardPeople >= 2) {
            why.add(cardPeople + " speakers introduced by cards or labels, each followed by their words");
            return new LayoutDecision(Layout.SPEAKER_CARD_EVENT, why);
        }
        if (TitleSpeakerDetector.remarksBy(scan).isPresent()) {
            why.add("headed \"Remarks by …\": one speaker's speech");
            return new LayoutDecision(Layout.STATEMENT, why);
        }
        double reported = shape.reported();
        double firstPerson = shape.firstPerson();
        boolean event = EVENT_WORDS.matcher(titleAndHead).find();
        if (hasAuthor) {
            why.add("a declared or bylined author");
            if (reported >= 0.2 && event) {
                why.add(String.format(Locale.ROOT, "%.0f%% of sentences report speech at an event", reported * 100));
                return new LayoutDecision(Layout.EVENT_SUMMARY, why);
            }
            return new LayoutDecision(Layout.AUTHORED_ARTICLE, why);
        }
        if (reported >= 0.12 || event && reported >= 0.06) {
            why.add(String.format(Locale.ROOT, "%.0f%% of sentences report what people said, no author", reported * 100));
            return new LayoutDecision(Layout.EVENT_SUMMARY, why);
        }
        if (firstPerson >= 0.15 || audienceTurns >= 2) {
            why.add(String.format(Locale.ROOT, "first-person voice in %.0f%% of sentences%s, no author, no turns",
                    firstPerson * 100, audienceTurns > 0 ? ", with audience questions" : ""));
            return new LayoutDecision(Layout.STATEMENT, why);
        }
        why.add("no turns, cards, author or reported speech to go by");
        return new LayoutDecision(Layout.UNKNOWN, why);
    }

    private static int count(Pattern p, String text, int limit) {
        Matcher m = p.matcher(text.length() > limit ? text.substring(0, limit) : text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
