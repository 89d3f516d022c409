package org.rapporteur.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.rapporteur.model.Attribution;
import org.rapporteur.model.DeclaredMetadata;
import org.rapporteur.model.ReportKind;
import org.rapporteur.model.ReportMetadata;

/**
 * Attribution as scored evidence (ADR 0007): find the people of the document, classify its layout, let independent
 * detectors emit evidence, and let the {@link EvidenceResolver} weigh it for every claim. One instance per report.
 */
final class SpeakerAttribution {
    private static final Pattern THINK_TANK = Pattern.compile(
            "(?i)\\b(center|centre|institute|institution|foundation|council|studies|think tank|policy|endowment|"
                    + "forum|research|commission|csis|rand|brookings|chatham)\\b");

    /** Publishers that are media, whatever their name's other words ("Independent Media Institute"). */
    private static final Pattern MEDIA = Pattern.compile(
            "(?i)\\b(media|news|press|times|post|herald|tribune|gazette|magazine|journal|review|daily|weekly|"
                    + "broadcasting|radio|television|tv)\\b");

    private final AttributionContext ctx;
    private final EvidenceResolver resolver;
    /** An article that ends by presenting its writer ("X is a fellow at …") is a columnist's: opinion. */
    private final boolean closingBio;

    private SpeakerAttribution(AttributionContext ctx, EvidenceResolver resolver, boolean closingBio) {
        this.ctx = ctx;
        this.resolver = resolver;
        this.closingBio = closingBio;
    }

    /** Reads the document; {@code scan} must already have its claims cut at the turns. */
    static SpeakerAttribution of(String text, DocumentScan scan, ReportMetadata meta, DeclaredMetadata declared,
                                 List<TurnDetector.Turn> turns) {
        return of(text, scan, meta, declared, turns, SpeechShape.of(text, scan, declared));
    }

    /** As above, with the text's {@link SpeechShape} already measured (the metadata needed it first). */
    static SpeakerAttribution of(String text, DocumentScan scan, ReportMetadata meta, DeclaredMetadata declared,
                                 List<TurnDetector.Turn> turns, SpeechShape shape) {
        PersonIndex people = DocumentPeople.build(text, scan, turns);
        LayoutDecision unknown = new LayoutDecision(Layout.UNKNOWN, List.of());
        List<Evidence> authors = new ArrayList<>();
        new AuthorDetector().detect(new AttributionContext(text, scan, meta, declared, unknown, turns, people), authors);
        String title = declared.title() != null ? declared.title() : meta.title();
        LayoutDecision layout = LayoutClassifier.classify(text, scan, declared, title, turns, !authors.isEmpty(), shape);
        AttributionContext ctx = new AttributionContext(text, scan, meta, declared, layout, turns, people);
        List<Evidence> evidence = new ArrayList<>(authors);
        for (EvidenceDetector d : List.of(new TurnEvidenceDetector(), new SpeakerCardDetector(),
                new ReportedSpeechDetector(), new SessionDetector(), new DelegationDetector(),
                new TitleSpeakerDetector(), new OrganisationVoiceDetector())) {
            d.detect(ctx, evidence);
        }
        boolean closingBio = authors.stream().anyMatch(e -> e.cue() == Cue.AUTHOR_BIO);
        return new SpeakerAttribution(ctx, new EvidenceResolver(ctx, evidence), closingBio);
    }

    Attribution resolve(ClaimDraft c) {
        return resolver.resolve(c);
    }

    LayoutDecision layout() {
        return ctx.layout();
    }

    /** The report's kind: the layout's, unless the text's own words name a finer kind that fits the layout. */
    ReportKind kind(ReportKind extracted) {
        Layout l = ctx.layout().layout();
        boolean eventKind = extracted == ReportKind.WEBINAR_REPORT || extracted == ReportKind.SEMINAR_REPORT;
        switch (l) {
            case TRANSCRIPT, HEARING, INTERVIEW, MEETING_RECORD, MULTI_ITEM -> {
                return l.defaultKind();
            }
            case STATEMENT -> {
                boolean questions = ctx.turns().stream().anyMatch(t -> LayoutClassifier.isAudienceLabel(t.label()));
                return questions ? ReportKind.TRANSCRIPT : ReportKind.SPEECH;
            }
            case SPEAKER_CARD_EVENT -> {
                return eventKind ? extracted : ReportKind.SEMINAR_REPORT;
            }
            case EVENT_SUMMARY -> {
                return eventKind ? extracted : ReportKind.NEWS_REPORT;
            }
            case AUTHORED_ARTICLE -> {
                if (extracted == ReportKind.POLICY_REPORT || extracted == ReportKind.OPINION_ARTICLE) {
                    return extracted;
                }
                String type = ctx.declared().type() == null ? "" : ctx.declared().type().toLowerCase(Locale.ROOT);
                if (type.contains("news")) {
                    return ReportKind.NEWS_REPORT;
                }
                if (type.contains("opinion") || type.contains("op-ed") || type.contains("column")) {
                    return ReportKind.OPINION_ARTICLE;
                }
                String org = ctx.organisation();
                if (org != null && THINK_TANK.matcher(org).find() && !MEDIA.matcher(org).find()) {
                    return ReportKind.POLICY_REPORT;
                }
                return closingBio || !reportsOthers() ? ReportKind.OPINION_ARTICLE : ReportKind.NEWS_REPORT;
            }
            default -> {
                return extracted == null ? ReportKind.DOCUMENT : extracted;
            }
        }
    }

    /** An article that mostly reports what several other people said reads as news, not opinion. */
    private boolean reportsOthers() {
        long people = ctx.people().all().size();
        return people >= 4;
    }
}
