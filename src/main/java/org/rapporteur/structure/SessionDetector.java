package org.rapporteur.structure;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.rapporteur.model.Person;

/**
 * A session's takeaways belong to the session, not to one speaker — unless the sentence names the programme
 * perspective one panellist presented ("From the US perspective, …"), which is that panellist's programme slot.
 * A takeaway credited to a group ("some participants") stays with the session, a little less surely.
 */
final class SessionDetector implements EvidenceDetector {
    static final double SESSION = 0.8;
    static final double GROUP = 0.7;
    static final double SLOT = 0.85;

    private static final Set<String> US_ALIASES = Set.of("us", "u.s.", "usa", "u.s.a.", "america", "american",
            "united states");
    private static final Pattern GROUP_MENTION = Pattern.compile(
            "(?i)\\b(some|several|many|other|a few) (of the )?(participants|speakers|panel+ists|experts|discussants)\\b");

    @Override
    public void detect(AttributionContext ctx, List<Evidence> out) {
        for (ClaimDraft c : ctx.claims()) {
            if (c.session() == null) {
                continue;
            }
            String claim = ctx.text().substring(c.start(), c.end());
            ReportedSpeech.Subject subject = claim.length() <= 3000 ? ReportedSpeech.subject(claim) : null;
            boolean group = subject != null && subject.kind() == ReportedSpeech.SubjectKind.GROUP
                    || GROUP_MENTION.matcher(claim).find();
            if (!group) {
                Optional<Person> tied = perspectiveSpeaker(ctx, claim, c.session());
                if (tied.isPresent()) {
                    out.add(new Evidence(Candidate.of(ctx.people().add(tied.get())), c.start(), c.end(),
                            Cue.PROGRAMME_SLOT, SLOT, "session takeaway naming the perspective "
                            + tied.get().name() + " presented in the programme"));
                }
            }
            out.add(new Evidence(Candidate.body(c.session()), c.start(), c.end(), Cue.SESSION, group ? GROUP : SESSION,
                    group ? "session takeaway credited to a group of participants, not one person"
                            : "takeaway of the session, not tied to one speaker"));
        }
    }

    /** A takeaway that names a programme perspective ("From the US perspective", "The Russian perspective"). */
    private static Optional<Person> perspectiveSpeaker(AttributionContext ctx, String claim, String session) {
        String lower = claim.toLowerCase(Locale.ROOT);
        String label = LineShapes.sessionLabel(session);
        String subject = lower.replaceFirst("^(however|moreover|similarly|likewise|meanwhile|additionally),?\\s+", "")
                .replaceFirst("^the\\s+", "");
        for (Perspective e : ctx.scan().perspectives()) {
            if (e.sessionLabel() != null && !e.sessionLabel().equals(label)) {
                continue;
            }
            for (String alias : aliases(e.label())) {
                Pattern named = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(alias)
                        + "(?:'s|’s)?\\s+(?:[\\p{L}\\-]+\\s+){0,2}?perspectives?\\b");
                Pattern asSubject = Pattern.compile("^" + Pattern.quote(alias) + "(?:'s|’s)?(?![\\p{L}.])");
                if (named.matcher(lower).find() || asSubject.matcher(subject).find()) {
                    return Optional.of(e.person());
                }
            }
        }
        return Optional.empty();
    }

    /** The ways a text names a country's perspective: "Afghanistan", "Afghan", "Afghani", "US", "American". */
    static Set<String> aliases(String label) {
        String l = label.toLowerCase(Locale.ROOT).replaceAll("(’s|'s)$", "").strip();
        Set<String> out = new LinkedHashSet<>();
        out.add(l);
        if (US_ALIASES.contains(l)) {
            out.addAll(US_ALIASES);
            return out;
        }
        out.add(l + "n");
        out.add(l + "i");
        out.add(l + "ian");
        out.add(l + "ese");
        if (l.endsWith("a")) {
            out.add(l.substring(0, l.length() - 1) + "ese");
            out.add(l.substring(0, l.length() - 1) + "an");
        }
        if (l.endsWith("istan")) {
            out.add(l.substring(0, l.length() - 5));
        }
        if (l.endsWith("y")) {
            out.add(l.substring(0, l.length() - 1) + "ish");
        }
        return out;
    }
}
