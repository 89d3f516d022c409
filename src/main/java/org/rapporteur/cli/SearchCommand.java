package org.rapporteur.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import org.rapporteur.model.ClaimHit;
import org.rapporteur.model.FacetCount;
import org.rapporteur.model.FacetDimension;
import org.rapporteur.model.Highlight;
import org.rapporteur.model.MatchKind;
import org.rapporteur.model.SearchMode;
import org.rapporteur.model.SearchRequest;
import org.rapporteur.model.SearchResult;
import org.rapporteur.model.SortOrder;
import org.rapporteur.pipeline.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code rapporteur search QUERY}: hits with highlighted text, report, page, speaker and how each was found (by
 * words, meaning or both), facet counts, and the note when meaning could not be fully used.
 */
@Command(name = "search", description = "Search claims by their words and their meaning (--mode). Lucene syntax: "
        + "AND OR NOT, \"phrases\", \"near words\"~5, wild*, fuzzy~; fields speaker: country: speakerCountry: theme: tag: report: section: org: publisher: "
        + "region: kind: attributedTo: year: (year:[2020 TO 2024]). org: is an organisation the claim mentions; "
        + "publisher: is the organisation that published the report (what `reports` lists as its organisation). "
        + "Fields and filters restrict the claims found by meaning too.")
final class SearchCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    @Mixin
    JsonOption json;

    @Parameters(paramLabel = "QUERY", arity = "0..*", description = "The query (blank: every claim).")
    List<String> query = new ArrayList<>();

    @Option(names = "--limit", defaultValue = "10", description = "Hits to show (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--sort", defaultValue = "relevance", description = "relevance, date, report or speaker.")
    String sort;

    @Option(names = "--filter", paramLabel = "DIM=VALUE", description = "Facet filter, e.g. country=India or "
            + "publisher=\"Some Institute\" (repeatable; values of one facet are OR-ed). Facets: speaker, "
            + "speakerCountry, country, region, theme, org (organisations mentioned), publisher, report, kind, year, "
            + "tag, codedBy (who coded the claim, e.g. codedBy=bob); the value must be as the facet lists it (--json "
            + "shows them).")
    List<String> filters = new ArrayList<>();

    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "hybrid", description = "lexical (by words), "
            + "semantic (by meaning) or hybrid (both, fused; the default). Without claim vectors every mode finds "
            + "by words and says so.")
    String mode;

    record HitJson(ClaimJson claim, float score, String match, List<Highlight> highlights, String marked) {
    }

    record FacetJson(String dimension, String label, List<FacetCount.Value> values) {
    }

    record ResultJson(String query, String mode, long total, long tookMillis, String meaningNote, List<HitJson> hits,
                      List<FacetJson> facets) {
    }

    @Override
    public Integer call() {
        PrintWriter out = workspace.out();
        String q = String.join(" ", query);
        SearchMode searchMode = parseMode();
        SearchRequest request = new SearchRequest(q, parseFilters(), parseSort(), limit, 0, 10, searchMode);
        try (Workspace ws = workspace.open()) {
            SearchResult r = ws.corpus().search(request);
            if (json.wanted()) {
                List<HitJson> hits = r.hits().stream().map(h -> new HitJson(ClaimJson.of(h.record()), h.score(),
                        matchLabel(h.match()), h.highlights(), h.marked("**", "**"))).toList();
                List<FacetJson> facets = r.facets().stream().filter(f -> !f.values().isEmpty())
                        .map(f -> new FacetJson(f.dimension().key(), f.dimension().label(), f.values())).toList();
                json.print(new ResultJson(q, searchMode.label(), r.total(), r.tookMillis(), r.meaningNote(),
                        hits, facets));
            } else {
                printText(out, r);
            }
        }
        return 0;
    }

    private void printText(PrintWriter out, SearchResult r) {
        out.printf(Locale.ROOT, "%d claim%s (%d ms)%n", r.total(), r.total() == 1 ? "" : "s", r.tookMillis());
        if (r.meaningNote() != null) {
            out.println(r.meaningNote());
        }
        int i = 0;
        for (ClaimHit h : r.hits()) {
            var c = h.record().claim();
            String who = c.attribution().speakerName() != null ? c.attribution().speakerName()
                    : c.attribution().attributedTo() != null ? c.attribution().attributedTo() : "—";
            // hard-wrapped sources keep their line breaks in the claim text; a terminal line reads better without
            out.printf(Locale.ROOT, "%n%2d. %s%n    %s · %s%s · %s · %s%n", ++i,
                    h.marked("[", "]").replaceAll("\\s*\n\\s*", " "), who, h.record().reportTitle(),
                    c.page() == null ? "" : " p." + c.page(), c.id(), foundBy(h.match()));
        }
        out.println();
        for (FacetCount f : r.facets()) {
            if (f.values().isEmpty()) {
                continue;
            }
            StringBuilder sb = new StringBuilder(f.dimension().label()).append(": ");
            f.values().stream().limit(6).forEach(v -> sb.append(v.value()).append(" (").append(v.count())
                    .append(")  "));
            out.println(sb.toString().strip());
        }
        out.flush();
    }

    /** How a hit was found, as JSON says it: words, meaning or both. */
    static String matchLabel(MatchKind kind) {
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** How a hit was found, as the text output says it. */
    static String foundBy(MatchKind kind) {
        return switch (kind) {
            case WORDS -> "by words";
            case MEANING -> "by meaning";
            case BOTH -> "by words and meaning";
        };
    }

    private SearchMode parseMode() {
        try {
            return SearchMode.parse(mode);
        } catch (IllegalArgumentException e) {
            throw workspace.usageError("--mode must be lexical, semantic or hybrid, not '" + mode + "'");
        }
    }

    private SortOrder parseSort() {
        try {
            return SortOrder.valueOf(sort.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw workspace.usageError("--sort must be relevance, date, report or speaker, not '" + sort + "'");
        }
    }

    private Map<FacetDimension, Set<String>> parseFilters() {
        Map<FacetDimension, Set<String>> out = new LinkedHashMap<>();
        for (String f : filters) {
            int eq = f.indexOf('=');
            if (eq <= 0) {
                throw workspace.usageError(    "--filter takes DIMENSION=VALUE, e.g. country=India; got '" + f + "'");
            }
            FacetDimension dim;
            try {
                dim = FacetDimension.byKey(f.substring(0, eq));
            } catch (IllegalArgumentException e) {
                throw workspace.usageError(e.getMessage());
            }
            out.computeIfAbsent(dim, d -> new LinkedHashSet<>()).add(f.substring(eq + 1));
        }
        return out;
    }
}
