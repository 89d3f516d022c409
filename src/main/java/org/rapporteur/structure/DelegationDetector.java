package org.rapporteur.structure;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Meeting records by delegation: "The representative of France said …", "Speaking for Brazil, the delegate …",
 * "France's representative stressed …". The speaker is the delegation, a body, since such records rarely name the
 * person; the rest of the paragraph goes on with the same delegation.
 */
final class DelegationDetector implements EvidenceDetector {
    static final double DELEGATION = 0.8;
    static final double SAME_PARAGRAPH = 0.6;

    private static final String COUNTRY = "((?:the )?\\p{Lu}[\\p{L}'’\\-]+(?:\\s+(?:of|and|the|\\p{Lu}[\\p{L}'’\\-]+)){0,4})";
    private static final Pattern OF_COUNTRY = Pattern.compile(
            "^(?:[^,]{0,40},\\s+)?(?i:the\\s+)?(?i:representative|delegate|delegation|ambassador|permanent representative|speaker|observer)\\s+(?i:of|for|from)\\s+"
                    + COUNTRY + "\\b");
    private static final Pattern SPEAKING_FOR = Pattern.compile("^[Ss]peaking (?:for|on behalf of)\\s+" + COUNTRY + "\\b");
    private static final Pattern POSSESSIVE = Pattern.compile(
            "^" + COUNTRY + "(?:'s|’s)\\s+(?:representative|delegate|delegation|ambassador)\\b");

    @Override
    public void detect(AttributionContext ctx, List<Evidence> out) {
        String current = null;
        int paragraph = -1;
        for (ClaimDraft c : ctx.claims()) {
            if (c.end() - c.start() > 3000) {
                continue;
            }
            String claim = ctx.text().substring(c.start(), c.end()).strip();
            String who = delegation(claim);
            if (who != null) {
                out.add(new Evidence(Candidate.body(who), c.start(), c.end(), Cue.DELEGATION, DELEGATION,
                        "delegation speech: the delegation of " + who));
                current = who;
                paragraph = c.paragraph();
            } else if (current != null && paragraph == c.paragraph()) {
                out.add(new Evidence(Candidate.body(current), c.start(), c.end(), Cue.DELEGATION, SAME_PARAGRAPH,
                        "continues the delegation of " + current + " in the same paragraph"));
            }
        }
    }

    static String delegation(String sentence) {
        for (Pattern p : List.of(OF_COUNTRY, SPEAKING_FOR, POSSESSIVE)) {
            Matcher m = p.matcher(sentence);
            if (m.find()) {
                String c = m.group(1).replaceFirst("^the ", "").strip();
                return c.isEmpty() ? null : c;
            }
        }
        return null;
    }
}
