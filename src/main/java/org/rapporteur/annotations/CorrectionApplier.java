package org.rapporteur.annotations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.rapporteur.model.Attribution;
import org.rapporteur.model.AttributionMethod;
import org.rapporteur.model.Claim;
import org.rapporteur.model.Enrichment;
import org.rapporteur.model.Ids;
import org.rapporteur.model.Person;
import org.rapporteur.model.ThemeMatch;

/**
 * Applies the analyst's corrections to the extractor's claims of one report, so corrections win over whatever the
 * extractor says now. Corrections are found by their anchors (re-anchor first), not by claim id, so they survive
 * new claim boundaries. Order: claim merges and splits (oldest first), then speaker, country and theme corrections
 * on the claim best overlapping each anchor (newest wins), then person merges. Orphaned corrections are skipped
 * (they stay listed as orphans). Stateless and thread-safe.
 */
public final class CorrectionApplier {

    /**
     * @param text        the report's normalised text (to cut split and merged claims), or null to use claim texts
     * @param corrections the report's corrections, plus person merges that apply to every report
     */
    public List<Claim> apply(String reportId, String text, List<Claim> claims, List<Correction> corrections) {
        List<Claim> out = new ArrayList<>(claims);
        out.sort(Comparator.comparingInt(Claim::start).thenComparingInt(Claim::end));
        List<Correction> ordered = corrections.stream()
                .filter(c -> c.anchor() == null || !c.anchor().orphan())
                .sorted(Comparator.comparingLong(Correction::id)).toList();
        for (Correction c : ordered) {
            switch (c.kind()) {
                case MERGE_CLAIMS -> mergeClaims(reportId, text, out, c.anchor().position());
                case SPLIT_CLAIM -> splitClaim(reportId, text, out, c);
                default -> {
                }
            }
        }
        for (Correction c : ordered) {
            if (c.anchor() == null || c.kind() == CorrectionKind.MERGE_CLAIMS
                    || c.kind() == CorrectionKind.SPLIT_CLAIM) {
                continue;
            }
            int i = best(out, c.anchor().position());
            if (i < 0) {
                continue;
            }
            Claim claim = out.get(i);
            out.set(i, switch (c.kind()) {
                case SPEAKER -> claim.withAttribution(corrected(claim.attribution(), new Person(c.value(),
                        List.of(), c.role(), c.affiliation(), c.country()), "analyst correction"));
                case BODY -> claim.withAttribution(credited(claim.attribution(), null, c.value(),
                        "analyst correction"));
                case ADD_COUNTRY -> claim.withEnrichment(countries(claim.enrichment(), c.value(), true));
                case REMOVE_COUNTRY -> claim.withEnrichment(countries(claim.enrichment(), c.value(), false));
                case ADD_THEME -> claim.withEnrichment(themes(claim.enrichment(), c.value(), true));
                case REMOVE_THEME -> claim.withEnrichment(themes(claim.enrichment(), c.value(), false));
                default -> claim;
            });
        }
        // After the claim corrections: a label renamed in a report also renames claims an analyst confirmed under it.
        for (Correction c : ordered) {
            if (c.kind() == CorrectionKind.RELABEL_SPEAKER && reportId.equals(c.reportId())) {
                relabel(out, c.subject(), c.value());
            }
        }
        for (Correction c : ordered) {
            if (c.kind() == CorrectionKind.MERGE_PERSONS) {
                mergePersons(out, c.subject(), c.value());
            }
        }
        return List.copyOf(out);
    }

    private static void mergeClaims(String reportId, String text, List<Claim> out, TextPosition range) {
        List<Integer> members = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            Claim c = out.get(i);
            int overlap = Math.min(range.end(), c.end()) - Math.max(range.start(), c.start());
            if (overlap > 0 && overlap * 2 >= c.end() - c.start()) {
                members.add(i);
            }
        }
        if (members.size() < 2) {
            return;
        }
        Claim first = out.get(members.getFirst());
        int start = first.start();
        int end = first.end();
        Set<String> countries = new LinkedHashSet<>();
        List<ThemeMatch> themes = new ArrayList<>();
        Set<String> organisations = new LinkedHashSet<>();
        Set<String> regions = new LinkedHashSet<>();
        StringBuilder joined = new StringBuilder();
        for (int i : members) {
            Claim c = out.get(i);
            start = Math.min(start, c.start());
            end = Math.max(end, c.end());
            countries.addAll(c.enrichment().countries());
            regions.addAll(c.enrichment().regions());
            organisations.addAll(c.enrichment().organisations());
            for (ThemeMatch t : c.enrichment().themes()) {
                if (themes.stream().noneMatch(x -> x.theme().equals(t.theme()))) {
                    themes.add(t);
                }
            }
            joined.append(joined.isEmpty() ? "" : " ").append(c.text());
        }
        String merged = text != null && end <= text.length() ? text.substring(start, end) : joined.toString();
        Claim m = new Claim(Ids.claimId(reportId, start, end), reportId, start, end, merged, first.page(),
                first.sectionPath(), first.kind(), first.attribution(), new Enrichment(List.copyOf(countries),
                first.enrichment().speakerCountry(), List.copyOf(regions), themes, List.copyOf(organisations)));
        for (int k = members.size() - 1; k >= 0; k--) {
            out.remove((int) members.get(k));
        }
        out.add(members.getFirst(), m);
    }

    private static void splitClaim(String reportId, String text, List<Claim> out, Correction c) {
        int i = best(out, c.anchor().position());
        if (i < 0) {
            return;
        }
        Claim claim = out.get(i);
        String source = text != null && claim.end() <= text.length() ? text : null;
        String body = source == null ? claim.text() : source.substring(claim.start(), claim.end());
        int local = c.anchor().position().start() + (c.offset() == null ? 0 : c.offset()) - claim.start();
        String head = c.value() == null ? "" : c.value();
        if (local <= 0 || local >= body.length() || !body.startsWith(head, local)) {
            local = head.isEmpty() ? -1 : body.indexOf(head, 1);
        }
        if (local <= 0 || local >= body.length()) {
            return;
        }
        String left = body.substring(0, local).stripTrailing();
        String right = body.substring(local).stripLeading();
        if (left.isEmpty() || right.isEmpty()) {
            return;
        }
        int rightStart = claim.start() + (body.length() - right.length());
        int leftEnd = claim.start() + left.length();
        if (source == null) {
            // Offsets of claim.text may not match the report text when whitespace was collapsed; keep spans proportional.
            rightStart = claim.start() + local;
            leftEnd = rightStart;
        }
        Claim a = new Claim(Ids.claimId(reportId, claim.start(), leftEnd), reportId, claim.start(), leftEnd, left,
                claim.page(), claim.sectionPath(), claim.kind(), claim.attribution(), claim.enrichment());
        Claim b = new Claim(Ids.claimId(reportId, rightStart, claim.end()), reportId, rightStart, claim.end(), right,
                claim.page(), claim.sectionPath(), claim.kind(), claim.attribution(), claim.enrichment());
        out.set(i, a);
        out.add(i + 1, b);
    }

    private static int best(List<Claim> claims, TextPosition p) {
        Optional<String> id = Reanchorer.bestClaim(claims, p.start(), p.end());
        if (id.isEmpty()) {
            return -1;
        }
        for (int i = 0; i < claims.size(); i++) {
            if (claims.get(i).id().equals(id.get())) {
                return i;
            }
        }
        return -1;
    }

    private static Attribution corrected(Attribution previous, Person speaker, String what) {
        return credited(previous, speaker, null, what);
    }

    /**
     * The analyst's choice, with confidence 1 and no runner-up (so it leaves the review); the reason keeps what the
     * extractor said. Choosing the name the claim already had reads as a confirmation.
     */
    private static Attribution credited(Attribution previous, Person speaker, String body, String what) {
        if (previous.method() == AttributionMethod.CORRECTION) {
            // a correction on top of a correction (e.g. a label renamed after a claim was confirmed): keep the
            // extractor's part of the reason
            String before = previous.reason() == null ? "" : previous.reason();
            int at = before.indexOf("; extractor said ");
            String tail = at < 0 ? "" : before.substring(at);
            return new Attribution(speaker, body, AttributionMethod.CORRECTION, 1.0, what + tail);
        }
        String was = previous.creditedName() != null ? previous.creditedName() : "nobody";
        String now = speaker != null ? speaker.name() : body;
        String verb = now != null && now.equalsIgnoreCase(was) && "analyst correction".equals(what)
                ? "analyst confirmed" : what;
        String reason = verb + "; extractor said " + was + " (" + previous.method().label() + ", confidence "
                + String.format(Locale.ROOT, "%.2f", previous.confidence()) + (previous.reason() == null ? ""
                : ": " + previous.reason()) + ")";
        return new Attribution(speaker, body, AttributionMethod.CORRECTION, 1.0, reason);
    }

    /** Every claim credited to {@code from} (ignoring case and outer spaces) gets the person {@code into}. */
    private static void relabel(List<Claim> out, String from, String into) {
        String wanted = from.strip();
        for (int i = 0; i < out.size(); i++) {
            Claim c = out.get(i);
            String name = c.attribution().creditedName();
            if (name != null && name.strip().equalsIgnoreCase(wanted)) {
                Person p = c.attribution().speaker();
                Person renamed = p == null ? new Person(into, List.of(), null, null, null)
                        : new Person(into, List.of(), p.role(), p.affiliation(), p.country());
                out.set(i, c.withAttribution(credited(c.attribution(), renamed, null, "analyst renamed '" + from
                        + "' to '" + into + "' in this report")));
            }
        }
    }

    private static void mergePersons(List<Claim> out, String from, String into) {
        Person kept = out.stream().map(c -> c.attribution().speaker())
                .filter(p -> p != null && p.name().equalsIgnoreCase(into)).findFirst().orElse(null);
        for (int i = 0; i < out.size(); i++) {
            Claim c = out.get(i);
            Person p = c.attribution().speaker();
            if (p != null && p.name().equalsIgnoreCase(from)) {
                Person merged = kept != null ? kept
                        : new Person(into, p.honorifics(), p.role(), p.affiliation(), p.country());
                out.set(i, c.withAttribution(corrected(c.attribution(), merged, "analyst merged '" + from
                        + "' into '" + into + "'")));
            }
        }
    }

    private static Enrichment countries(Enrichment e, String country, boolean add) {
        List<String> l = new ArrayList<>(e.countries());
        l.removeIf(x -> x.equalsIgnoreCase(country));
        if (add) {
            l.add(country);
        }
        return new Enrichment(l, e.speakerCountry(), e.regions(), e.themes(), e.organisations());
    }

    private static Enrichment themes(Enrichment e, String theme, boolean add) {
        List<ThemeMatch> l = new ArrayList<>(e.themes());
        l.removeIf(t -> t.theme().equalsIgnoreCase(theme) || t.label().equalsIgnoreCase(theme));
        if (add) {
            l.add(new ThemeMatch(theme, List.of()));
        }
        return new Enrichment(e.countries(), e.speakerCountry(), e.regions(), l, e.organisations());
    }
}
