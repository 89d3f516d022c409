package org.rapporteur.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.rapporteur.model.ClaimRecord;
import org.rapporteur.model.ReportSummary;

/**
 * Turns a bundle into excerpts: one per selected claim, plus one per coded or annotated selection, plus one per
 * claim that carries codings or notes but was not itself selected. Orphaned anchors are left out (their text is not
 * where they say). Ordered by report (bundle order), then position.
 */
public final class Excerpts {
    private Excerpts() {
    }

    public static List<Excerpt> of(ExportBundle b) {
        Map<String, ReportEntry> reports = reportsById(b);
        Map<String, ClaimRecord> claims = new HashMap<>();
        b.contextClaims().forEach(c -> claims.put(c.claim().id(), c));
        b.claims().forEach(c -> claims.put(c.claim().id(), c));

        Map<String, Builder> byKey = new LinkedHashMap<>();
        for (ClaimRecord c : b.claims()) {
            byKey.computeIfAbsent(c.claim().id(), k -> Builder.ofClaim(c, reports));
        }
        for (CodingEntry k : b.codings()) {
            if (!k.anchor().orphan()) {
                builder(byKey, k.target(), k.anchor(), claims, reports).codings.add(k);
            }
        }
        for (NoteEntry n : b.notes()) {
            if (n.anchor() != null && !n.anchor().orphan()
                    && (n.target() == TargetType.CLAIM || n.target() == TargetType.SELECTION)) {
                builder(byKey, n.target(), n.anchor(), claims, reports).notes.add(n);
            }
        }
        for (LinkEntry l : b.links()) {
            addLinkEnd(byKey, l, true, claims, reports);
            addLinkEnd(byKey, l, false, claims, reports);
        }
        Map<String, Integer> reportOrder = new HashMap<>();
        for (ReportEntry r : b.reports()) {
            reportOrder.putIfAbsent(r.id(), reportOrder.size());
        }
        return byKey.values().stream().map(Builder::build)
                .sorted(Comparator.comparingInt((Excerpt e) -> reportOrder.getOrDefault(e.report().id(),
                                Integer.MAX_VALUE)).thenComparing(e -> e.report().id())
                        .thenComparingInt(Excerpt::start).thenComparingInt(Excerpt::end)
                        .thenComparing(e -> e.target().ordinal()))
                .toList();
    }

    /** Links show on the excerpts that exist already (the selected claims); they never make a row of their own. */
    private static void addLinkEnd(Map<String, Builder> byKey, LinkEntry l, boolean outgoing,
                                   Map<String, ClaimRecord> claims, Map<String, ReportEntry> reports) {
        AnchorEntry here = outgoing ? l.source() : l.target();
        AnchorEntry other = outgoing ? l.target() : l.source();
        if (here.orphan() || here.claimId() == null) {
            return;
        }
        Builder b = byKey.get(here.claimId());
        if (b == null) {
            return;
        }
        b.links.add(new Excerpt.LinkView(l, outgoing, other, other.claimId() == null ? null
                : claims.get(other.claimId()), reports.get(other.reportId())));
    }

    static Map<String, ReportEntry> reportsById(ExportBundle b) {
        Map<String, ReportEntry> reports = new LinkedHashMap<>();
        b.reports().forEach(r -> reports.putIfAbsent(r.id(), r));
        return reports;
    }

    private static Builder builder(Map<String, Builder> byKey, TargetType target, AnchorEntry a,
                                   Map<String, ClaimRecord> claims, Map<String, ReportEntry> reports) {
        if (target == TargetType.CLAIM && a.claimId() != null) {
            return byKey.computeIfAbsent(a.claimId(), k -> {
                ClaimRecord c = claims.get(k);
                return c != null ? Builder.ofClaim(c, reports) : Builder.ofAnchor(TargetType.CLAIM, a, null, reports);
            });
        }
        String key = a.reportId() + ":" + a.start() + "-" + a.end();
        return byKey.computeIfAbsent(key, k -> Builder.ofAnchor(TargetType.SELECTION, a,
                a.claimId() == null ? null : claims.get(a.claimId()), reports));
    }

    static ReportEntry report(Map<String, ReportEntry> reports, String id) {
        ReportEntry r = reports.get(id);
        if (r != null) {
            return r;
        }
        // An anchor in a report the bundle does not describe still gets a citation: its id.
        return new ReportEntry(new ReportSummary(id, null, null, "report " + id.substring(0, Math.min(12,
                id.length())), null, null, null, List.of(), 0, List.of()), null, List.of());
    }

    private static final class Builder {
        final String key;
        final TargetType target;
        final ReportEntry report;
        final ClaimRecord claim;
        final int start;
        final int end;
        final String text;
        final List<CodingEntry> codings = new ArrayList<>();
        final List<NoteEntry> notes = new ArrayList<>();
        final List<Excerpt.LinkView> links = new ArrayList<>();

        Builder(String key, TargetType target, ReportEntry report, ClaimRecord claim, int start, int end,
                String text) {
            this.key = key;
            this.target = target;
            this.report = report;
            this.claim = claim;
            this.start = start;
            this.end = end;
            this.text = text;
        }

        static Builder ofClaim(ClaimRecord c, Map<String, ReportEntry> reports) {
            var claim = c.claim();
            return new Builder(claim.id(), TargetType.CLAIM, report(reports, claim.reportId()), c, claim.start(),
                    claim.end(), claim.text());
        }

        static Builder ofAnchor(TargetType t, AnchorEntry a, ClaimRecord context, Map<String, ReportEntry> reports) {
            String key = t == TargetType.CLAIM ? a.claimId() : a.reportId() + ":" + a.start() + "-" + a.end();
            return new Builder(key, t, report(reports, a.reportId()), context, a.start(), a.end(), a.exact());
        }

        Excerpt build() {
            Integer page = claim != null && target == TargetType.CLAIM ? claim.claim().page() : report.pageAt(start);
            if (page == null && report.pages().isEmpty() && claim != null) {
                // Without the report's pages, a selection is cited with the page of the claim around it.
                page = claim.claim().page();
            }
            return new Excerpt(key, target, report, claim, start, end, text, page, codings, notes, links);
        }
    }
}
