package org.rapporteur.structure;

import java.util.List;

/**
 * The publishing organisation's own voice: its institutional sections (Introduction, Findings, Recommendations), a
 * paragraph that speaks of "this report", and — weakly — any text nothing else claims. Without a known organisation
 * there is no such voice, and a claim nobody else claims stays unattributed.
 */
final class OrganisationVoiceDetector implements EvidenceDetector {
    static final double INSTITUTIONAL = 0.6;
    static final double SELF_REFERENCE = 0.9;
    static final double SELF_REFERENCE_GOES_ON = 0.75;
    /** Headings the scanner gives the publisher's apparatus prose (a disclaimer, teasers of related publications). */
    private static final java.util.Set<String> APPARATUS = java.util.Set.of("Disclaimer", "Related publications");
    static final double BACKGROUND = 0.3;
    private static final java.util.regex.Pattern SELF_REFERENCE_WORDS = java.util.regex.Pattern.compile(
            "(?i)\\bthis (report|paper|brief|study|publication|policy brief|special report|working paper|issue brief)\\b");

    @Override
    public void detect(AttributionContext ctx, List<Evidence> out) {
        String org = ctx.organisation();
        if (org == null || org.isBlank()) {
            return;
        }
        Candidate voice = Candidate.body(org);
        out.add(new Evidence(voice, 0, ctx.text().length() + 1, Cue.ORGANISATION_VOICE, BACKGROUND,
                "the organisation's own text: no stronger signal covers it"));
        int describing = -1;
        for (ClaimDraft c : ctx.claims()) {
            boolean selfReference = c.end() - c.start() < 3000
                    && SELF_REFERENCE_WORDS.matcher(ctx.text().substring(c.start(), c.end())).find();
            if (selfReference) {
                describing = c.paragraph();
                out.add(new Evidence(voice, c.start(), c.end(), Cue.SELF_REFERENCE, SELF_REFERENCE,
                        "the publisher describing the report (speaks of \"this report\")"));
                continue;
            }
            if (describing == c.paragraph()) {
                out.add(new Evidence(voice, c.start(), c.end(), Cue.SELF_REFERENCE, SELF_REFERENCE_GOES_ON,
                        "goes on describing the report in the same paragraph"));
                continue;
            }
            if (c.sectionPath().size() == 1 && APPARATUS.contains(c.sectionPath().getFirst())) {
                out.add(new Evidence(voice, c.start(), c.end(), Cue.SELF_REFERENCE, SELF_REFERENCE,
                        "the publisher's " + c.sectionPath().getFirst().toLowerCase(java.util.Locale.ROOT)));
                continue;
            }
            if (c.institutional() && c.session() == null) {
                // a session's own "Key takeaways" belong to the session, not the organisation
                out.add(new Evidence(voice, c.start(), c.end(), Cue.INSTITUTIONAL_SECTION, INSTITUTIONAL,
                        "institutional section (" + (c.sectionPath().isEmpty() ? "" : c.sectionPath().getLast())
                                + ") of " + org));
            } else if (ctx.scan().selfReferenceParagraphs().contains(c.paragraph())) {
                out.add(new Evidence(voice, c.start(), c.end(), Cue.SELF_REFERENCE, SELF_REFERENCE_GOES_ON,
                        "in a paragraph describing the report (it speaks of \"this report\")"));
            }
        }
    }
}
