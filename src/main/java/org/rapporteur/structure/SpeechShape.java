package org.rapporteur.structure;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rapporteur.model.AttributionMethod;
import org.rapporteur.model.Claim;
import org.rapporteur.model.DeclaredMetadata;
import org.rapporteur.model.SpeakerBlock;

/**
 * How far a text reads as one speaker addressing an assembly: the share of its sentences in its own first-person
 * voice, the share that report what someone else said, and how often it addresses an audience ("Mr. President",
 * "Excellencies", "this Assembly", "my delegation"). Measured on the text alone, before its people and layout are
 * known, because the metadata needs the answer as much as attribution does: in a speech every sentence is the
 * speaker's own, so an institution it says held or convened something is a mention, not its publisher, and a date in
 * one of its sentences is some other event's. Immutable.
 *
 * @param firstPerson  share of unquoted sentences with a first-person word
 * @param reported     share of sentences that report someone's speech ("X said that …")
 * @param sentences    how many plain sentences {@code reported} was measured on (numbered paragraphs are not)
 * @param addresses    forms of address to an audience in the text
 * @param cardSpeakers people introduced by speaker cards or labels, each followed by their words
 * @param authored     a byline, an author label, an "about the author" note or a declared author
 */
record SpeechShape(double firstPerson, double reported, int sentences, int addresses, int cardSpeakers,
                   boolean authored) {
    /** A speaker's own voice, not an occasional "we" of a narrator: a fifth of the sentences at least. */
    static final double MIN_FIRST_PERSON = 0.2;
    /** Speeches quote and cite others, but their own voice outweighs what they report by far. */
    static final double VOICE_OVER_REPORTS = 2.5;

    private static final Pattern FIRST_PERSON = Pattern.compile(
            "(?i)(?:^|\\s)(i|we|my|our|us|i'm|i’m|we're|we’re)(?=[\\s,.;:!?])");
    /**
     * Words a speaker says to the people in the room: vocatives ("Mr. President", "Your Excellency", "Ladies and
     * gentlemen", "Distinguished delegates", a salutation line "Chairperson, colleagues, friends,"), greetings to the chair ("I congratulate the President", "we thank
     * you"), the room itself ("this Assembly", "to this rostrum", "my delegation", "my statement"). Bodies are
     * matched capitalised ("this Conference"): "this conference" in prose is often a narrator's.
     */
    private static final Pattern ADDRESS = Pattern.compile(
            "\\b(?:Mr\\.?|Mister|Madam|Madame)\\s+(?:President|Chairman|Chairperson|Chair|Speaker|Secretary[- ]General)\\b"
                    + "|\\b(?:Your|Their)\\s+(?:Excellenc(?:y|ies)|Majest(?:y|ies)|Highness(?:es)?)\\b|\\bExcellencies\\b"
                    + "|\\b[Ll]adies and [Gg]entlemen\\b"
                    + "|\\b(?:[Dd]istinguished|[Hh]onou?rable|[Dd]ear|[Ff]ellow|[Ee]steemed)\\s+(?:delegates|colleagues|guests"
                    + "|friends|members|participants|representatives|citizens)\\b"
                    + "|\\b(?:[Tt]his|[Tt]he present)\\s+(?:Assembly|House|Chamber|Conference|Summit|rostrum|podium"
                    + "|august (?:body|Assembly|gathering)|gathering)\\b"
                    + "|\\b(?:[Tt]o|[Bb]efore|[Ff]rom|[Aa]ddress(?:ing)?|[Rr]eturn to) (?:this|the) (?:rostrum|podium"
                    + "|General Assembly|Assembly)\\b"
                    + "|(?m:^)[ \\t]*(?:(?:Mr\\.?|Madam|Madame) )?(?:Chair(?:man|person|woman)?|President|Colleagues|Friends"
                    + "|Delegates|Members)[ \\t]*,"
                    + "|\\b(?:[Cc]ongratulat|[Tt]hank|[Cc]ommend|[Aa]ssure|[Ff]elicitat)\\w*\\s+(?:you|the (?:President|Chair(?:man|person)?"
                    + "|Secretary-General|Speaker))\\b"
                    + "|\\b[Mm]y (?:delegation|Government|statement)\\b");
    private static final int SAMPLE_SENTENCES = 400;
    private static final int ADDRESS_SCAN_CHARS = 200_000;
    private static final int LONGEST_SENTENCE = 2000;
    /** A handful of sentences is too little to call a text a speech. */
    private static final int MIN_SENTENCES = 6;

    static SpeechShape of(String text, DocumentScan scan, DeclaredMetadata declared) {
        boolean declaredAuthor = declared != null && declared.authors() != null && !declared.authors().isEmpty();
        boolean authored = declaredAuthor || !scan.bylineAuthors().isEmpty() || !scan.labelledAuthors().isEmpty()
                || scan.aboutAuthor() != null;
        int[] reported = reportedSentences(text, scan);
        return new SpeechShape(firstPersonShare(text, scan), reported[1] == 0 ? 0 : reported[0] / (double) reported[1],
                reported[1], addresses(text), cardSpeakers(scan), authored);
    }

    /**
     * One voice addressing an audience: the text speaks to the room, mostly in its own first person, far more than it
     * reports others, with no author, no speaker cards and no transcript turns of its own.
     */
    boolean oneVoiceAddressing() {
        return voiceDominates() && addresses > 0 && cardSpeakers < 2 && !authored;
    }

    /**
     * The first person outweighs reported speech (without asking who wrote the text or whether it addresses anyone);
     * a share of reported speech measured on a handful of sentences (a text of numbered paragraphs) says nothing.
     */
    boolean voiceDominates() {
        return firstPerson >= MIN_FIRST_PERSON
                && (sentences < MIN_SENTENCES || firstPerson >= VOICE_OVER_REPORTS * reported);
    }

    String describe() {
        return String.format(Locale.ROOT, "one voice addressing an audience: first person in %.0f%% of sentences, "
                + "reported speech in %.0f%%, %d form%s of address (\"Mr. President\", \"this Assembly\"), no author,"
                + " no turns", firstPerson * 100, reported * 100, addresses, addresses == 1 ? "" : "s");
    }

    /** People introduced by cards or labels and followed by their words (not transcript turns). */
    static int cardSpeakers(DocumentScan scan) {
        Set<String> people = new HashSet<>();
        for (SpeakerBlock b : scan.speakerBlocks()) {
            if (b.method() != AttributionMethod.TRANSCRIPT_TURN && b.end() > b.start()) {
                people.add(PersonRegistry.key(b.person().name()));
            }
        }
        return people.size();
    }

    private static int addresses(String text) {
        Matcher m = ADDRESS.matcher(text.length() > ADDRESS_SCAN_CHARS ? text.substring(0, ADDRESS_SCAN_CHARS) : text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** Sentences that report speech, and sentences looked at. */
    private static int[] reportedSentences(String text, DocumentScan scan) {
        int n = 0;
        int hits = 0;
        for (ClaimDraft c : scan.claims()) {
            if (c.kind() != Claim.Kind.SENTENCE || c.end() - c.start() > LONGEST_SENTENCE) {
                continue;
            }
            n++;
            String s = text.substring(c.start(), c.end());
            ReportedSpeech.Subject subj = ReportedSpeech.subject(s);
            if (subj != null && subj.kind() != ReportedSpeech.SubjectKind.GROUP
                    || ReportedSpeech.quoteSpeaker(s) != null || ReportedSpeech.trailingSpeaker(s) != null) {
                hits++;
            }
            if (n >= SAMPLE_SENTENCES) {
                break;
            }
        }
        return new int[] {hits, n};
    }

    private static double firstPersonShare(String text, DocumentScan scan) {
        int n = 0;
        int hits = 0;
        for (ClaimDraft c : scan.claims()) {
            if (c.end() - c.start() > LONGEST_SENTENCE) {
                continue;
            }
            String s = text.substring(c.start(), c.end());
            if (s.indexOf('“') >= 0 || s.indexOf('"') >= 0) {
                continue; // a quoted "we" is the quoted person's, not the text's own voice
            }
            n++;
            if (FIRST_PERSON.matcher(s).find()) {
                hits++;
            }
            if (n >= SAMPLE_SENTENCES) {
                break;
            }
        }
        return n < MIN_SENTENCES ? 0 : hits / (double) n;
    }
}
