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
    static final double BACKGROUND = 0.3;

    @Override
    public void detect(AttributionContext ctx, List<Evidence> out) {
        String org = ctx.organisation();
        if (org == null || org.isBlank()) {
            return;
        }
        Candidate voice = Candidate.body(org);
        out.add(new Evidence(voice, 0, ctx.text().length() + 1, Cue.ORGANISATION_VOICE, BACKGROUND,
                "the organisation's own text: no stronger signal covers it"));
        for (ClaimDraft c : ctx.claims()) {
            if (c.institutional() && c.session() == null) {
                // a session's own "Key takeaways" belong to the session, not the organisation
                out.add(new Evidence(voice, c.start(), c.end(), Cue.INSTITUTIONAL_SECTION, INSTITUTIONAL,
                        "institutional section (" + (c.sectionPath().isEmpty() ? "" : c.sectionPath().getLast())
                                + ") of " + org));
            } else if (ctx.scan().selfReferenceParagraphs().contains(c.paragraph())) {
                out.add(new Evidence(voice, c.start(), c.end(), Cue.SELF_REFERENCE, SELF_REFERENCE,
                        "publisher's description of the report (speaks of \"this report\")"));
            }
        }
    }
}
