package org.rapporteur.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.rapporteur.annotations.AnnotationStore;
import org.rapporteur.annotations.Correction;
import org.rapporteur.annotations.CorrectionKind;
import org.rapporteur.annotations.SharedCorpus;
import org.rapporteur.enrich.MeaningThemeScorer;
import org.rapporteur.enrich.ThemeTagger;
import org.rapporteur.enrich.ThemeTaxonomy;
import org.rapporteur.index.ClaimIndex;
import org.rapporteur.model.Claim;
import org.rapporteur.model.ClaimRecord;
import org.rapporteur.model.Enrichment;
import org.rapporteur.model.Problem;
import org.rapporteur.model.RapporteurException;
import org.rapporteur.model.ReportSummary;
import org.rapporteur.model.SearchRequest;
import org.rapporteur.model.TextAnalyzer;
import org.rapporteur.model.Theme;
import org.rapporteur.model.ThemeMatch;
import org.rapporteur.model.ThemeRule;
import org.rapporteur.progress.Cancellation;
import org.rapporteur.progress.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workspace's theme taxonomy and rules: add themes and terms, save a search as a theme rule ("autocode by
 * query"), and re-tag every indexed claim from the index alone — no source file is read again. The analyst's theme
 * corrections are re-applied after re-tagging.
 *
 * <p>Where they live: a single-user workspace keeps them in {@code themes.json} (the defaults until the analyst edits
 * them). A team workspace keeps them in the team's database as the shared setting {@value #SETTING} (issue 17, ADR
 * 0039), so an edit in one workbench is what every member's next read sees, and its change event makes the others
 * reload at once. The first edit in a team makes the taxonomy that workspace had (with the edit) the team's; until
 * then each workbench uses its own.
 */
public final class ThemeService {
    private static final Logger LOG = LoggerFactory.getLogger(ThemeService.class);
    static final String FILE = "themes.json";
    /** The key of the team's taxonomy and rules among the shared settings. */
    public static final String SETTING = "themes";

    /** Up to this many reports re-themed, theme rules are asked about each report rather than the whole corpus. */
    private static final int FEW_REPORTS = 20;

    private final Path file;
    private final ClaimIndex index;
    private final TextAnalyzer analyzer;
    private final AnnotationStore annotations;
    /** The team's shared settings, or null in a single-user workspace. */
    private final SharedCorpus shared;
    private volatile ThemeTaxonomy taxonomy;
    /** The shared JSON {@link #taxonomy} was parsed from: an unchanged setting keeps the same object. */
    private volatile String sharedJson;
    /** Themes by meaning, once the workspace has joined its meaning index ({@link #useMeaning}); null before. */
    private volatile ThemeMeaning meaning;
    private final KeywordThemedReports keywordThemed;

    ThemeService(Path workspace, ClaimIndex index, TextAnalyzer analyzer, AnnotationStore annotations) {
        this(workspace, index, analyzer, annotations, false);
    }

    /** @param team true in a team workspace: the taxonomy and rules are the team's shared setting */
    ThemeService(Path workspace, ClaimIndex index, TextAnalyzer analyzer, AnnotationStore annotations,
                 boolean team) {
        this.file = workspace.resolve(FILE);
        this.keywordThemed = new KeywordThemedReports(workspace);
        this.index = index;
        this.analyzer = analyzer;
        this.annotations = annotations;
        this.shared = team ? annotations.sharedCorpus() : null;
        List<Problem> problems = new ArrayList<>();
        this.taxonomy = ThemeTaxonomy.loadOrDefaults(file, problems);
        problems.forEach(p -> LOG.warn("Theme taxonomy: {}", p.line()));
        if (shared != null) {
            // Until a member edits them the team has none, and each workbench uses its own (themes.json or the
            // defaults): opening a workspace writes nothing, so joining and leaving a team moves exactly what was there
            readShared();
            annotations.addListener(e -> {
                if (SharedCorpus.SETTING_CHANGED.equals(e.type()) && e.external()) {
                    readShared();
                }
            });
        }
    }

    /** Themes claims by meaning from now on where they have vectors. */
    void useMeaning(ThemeMeaning m) {
        this.meaning = m;
    }

    /** Notes that a report was just given keyword themes (indexed): the next embedding run themes it by meaning. */
    void keywordThemed(String reportId) {
        keywordThemed.add(reportId);
    }

    /** True when the taxonomy and rules are the team's, shared through its database. */
    public boolean shared() {
        return shared != null;
    }

    /**
     * The taxonomy and rules as they are now; in a team workspace, as the team's database has them (one small query;
     * the last one read when the server is away).
     */
    public ThemeTaxonomy taxonomy() {
        if (shared != null) {
            try {
                readShared();
            } catch (RuntimeException e) {
                LOG.debug("The team's theme taxonomy cannot be read now; using the last one read: {}", e.toString());
            }
        }
        return taxonomy;
    }

    /** Reads the team's setting into {@link #taxonomy} when it changed; empty when the team has none. */
    private synchronized java.util.Optional<String> readShared() {
        java.util.Optional<String> json = shared.setting(SETTING);
        if (json.isPresent() && !json.get().equals(sharedJson)) {
            try {
                taxonomy = ThemeTaxonomy.parse(json.get());
                sharedJson = json.get();
            } catch (IllegalArgumentException e) {
                LOG.warn("The team's theme taxonomy cannot be read ({}); keeping the one in use", e.getMessage());
            }
        }
        return json;
    }

    public List<Theme> themes() {
        return taxonomy().themes();
    }

    public List<ThemeRule> rules() {
        return taxonomy().rules();
    }

    // Each edit starts from the taxonomy as it is now (in a team, as the database has it), so a member's edit made
    // since this workbench last read it is kept, not overwritten with a stale copy.

    public synchronized void addTheme(String path, List<String> terms) {
        ThemeTaxonomy t = taxonomy();
        if (t.theme(path).isPresent()) {
            throw new RapporteurException("The theme '" + path + "' exists already; add terms to it instead.");
        }
        save(t.withTheme(path, terms));
    }

    /** Adds a theme with its terms, a description of what it covers and example sentences (used by meaning). */
    public synchronized void addTheme(String path, List<String> terms, String description, List<String> examples) {
        ThemeTaxonomy t = taxonomy();
        if (t.theme(path).isPresent()) {
            throw new RapporteurException("The theme '" + path + "' exists already; add terms or examples to it instead.");
        }
        save(t.withTheme(new Theme(path, terms, description, examples)));
    }

    /** Adds example sentences to a theme: claims like them get it by meaning at the next re-tag. */
    public synchronized void addExamples(String path, List<String> sentences) {
        ThemeTaxonomy t = taxonomy();
        if (t.theme(path).isEmpty()) {
            throw new RapporteurException("No theme '" + path + "'. Themes: " + String.join(", ", t.paths()));
        }
        save(t.withExamples(path, sentences));
    }

    /**
     * How many claims the analyst coded with each theme (their last theme correction on the claim adds it): the
     * workspace's own examples, beside the taxonomy's.
     */
    public Map<String, Integer> analystExamples() {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (Correction c : ThemeCodings.last(annotations.corrections())) {
            if (c.kind() == CorrectionKind.ADD_THEME) {
                out.merge(Theme.normalisePath(c.value()), 1, Integer::sum);
            }
        }
        return out;
    }

    public synchronized void addTerms(String path, List<String> terms) {
        ThemeTaxonomy t = taxonomy();
        if (t.theme(path).isEmpty()) {
            throw new RapporteurException("No theme '" + path + "'. Themes: " + String.join(", ", t.paths()));
        }
        save(t.withTerms(path, terms));
    }

    /** Saves a search as a rule: every claim the query finds gets the theme. The query is checked first. */
    public synchronized void addRule(String theme, String query) {
        index.corpus().search(SearchRequest.of(query, 1)); // throws QuerySyntaxException with the position of a typo
        ThemeTaxonomy t = taxonomy();
        if (t.theme(theme).isEmpty()) {
            t = t.withTheme(theme, List.of());
        }
        save(t.withRule(new ThemeRule(theme, query)));
    }

    private synchronized void save(ThemeTaxonomy t) {
        if (shared != null) {
            String json = t.toJson();
            shared.putSetting(SETTING, json);
            taxonomy = t;
            sharedJson = json;
            return;
        }
        try {
            t.save(file);
            taxonomy = t;
        } catch (IOException e) {
            throw new RapporteurException("Cannot save the theme taxonomy to " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Re-computes the themes of every indexed claim with the current taxonomy and rules: by meaning where the claim has
     * a vector, by keywords elsewhere, then the rules, then the analyst's corrections. Returns the number of claims
     * whose themes changed; only reports with a changed claim are written.
     */
    public long retag(ProgressListener progress, Cancellation cancel) {
        return retheme(null, progress, cancel);
    }

    /**
     * Themes by meaning the claims of the reports that carry keyword themes only, when their claims have vectors: what
     * the end of an embedding run does. Returns the number of claims whose themes changed.
     */
    public long rethemeWaiting(ProgressListener progress, Cancellation cancel) {
        ThemeMeaning m = meaning;
        if (m == null || !m.available()) {
            return 0;
        }
        Optional<Set<String>> waiting = keywordThemed.waiting();
        if (waiting.isPresent() && waiting.get().isEmpty()) {
            return 0;
        }
        return retheme(waiting.orElse(null), progress, cancel);
    }

    /**
     * Themes these reports by meaning again when their claims have vectors (after a correction re-built them with
     * keyword themes); nothing without vectors, where they wait for the next embedding run. Never throws: a failure is
     * logged and the reports stay listed as waiting.
     */
    void rethemeReports(java.util.Collection<String> reportIds) {
        ThemeMeaning m = meaning;
        if (m == null || reportIds.isEmpty()) {
            return;
        }
        try {
            if (m.available()) {
                retheme(Set.copyOf(reportIds), ProgressListener.NONE, Cancellation.NEVER);
            }
        } catch (RuntimeException e) {
            LOG.warn("Theming reports {} by meaning failed; they keep keyword themes until the next embedding run",
                    reportIds, e);
        }
    }

    /**
     * Whether reports wait to be themed by meaning while their claims have vectors: an embedding run (even one with
     * nothing to embed) would theme them. The workbench asks when it opens a workspace, so a workspace indexed before
     * themes by meaning, or left by a run that stopped, is brought up to date. Reads one small file.
     */
    public boolean themesWaitForMeaning() {
        ThemeMeaning m = meaning;
        if (m == null || !m.available()) {
            return false;
        }
        Optional<Set<String>> waiting = keywordThemed.waiting();
        return waiting.isEmpty() || !waiting.get().isEmpty();
    }

    /** @param only the reports to re-theme, or null for all */
    private long retheme(Set<String> only, ProgressListener progress, Cancellation cancel) {
        long t0 = System.nanoTime();
        ThemeTaxonomy t = taxonomy();
        ThemeTagger tagger = new ThemeTagger(analyzer, t);
        List<Correction> corrections = annotations.corrections();
        ThemeMeaning m = meaning;
        MeaningThemeScorer scorer = null;
        if (m != null && m.available()) {
            progress.progress(0, -1, "Preparing themes by meaning…");
            scorer = m.scorer(t, corrections).orElse(null);
        }
        Map<String, List<ThemeMatch>> byRule = new HashMap<>();
        for (ThemeRule rule : t.rules()) {
            ThemeMatch match = new ThemeMatch(rule.theme(), List.of("rule: " + rule.query()));
            // a correction re-themes one report: its rule matches, not the whole corpus's (the UN corpus: 869k claims)
            List<String> queries = only != null && only.size() <= FEW_REPORTS
                    ? ruleForClaimsOf(rule.query(), only) : List.of(rule.query());
            for (String q : queries) {
                index.corpus().forEachClaim(q, r -> byRule.computeIfAbsent(r.claim().id(), k -> new ArrayList<>())
                        .add(match));
            }
        }
        Map<String, List<Correction>> themeCorrections = new HashMap<>();
        for (Correction c : corrections) {
            if ((c.kind() == CorrectionKind.ADD_THEME || c.kind() == CorrectionKind.REMOVE_THEME)
                    && c.anchor() != null && c.anchor().claimId() != null) {
                themeCorrections.computeIfAbsent(c.anchor().claimId(), k -> new ArrayList<>()).add(c);
            }
        }
        List<ReportSummary> reports = index.corpus().reports().stream()
                .filter(s -> only == null || only.contains(s.id())).toList();
        long changed = 0;
        long claims = 0;
        int done = 0;
        List<String> byMeaning = new ArrayList<>();
        List<String> byKeywords = new ArrayList<>();
        try {
            for (ReportSummary s : reports) {
                cancel.check();
                List<ClaimRecord> records = index.corpus().claimsOf(s.id());
                Map<String, float[]> vectors = scorer == null ? Map.of() : m.vectorsOfReport(s.id());
                List<ClaimRecord> updated = new ArrayList<>(records.size());
                boolean any = false;
                boolean allByMeaning = true;
                for (ClaimRecord r : records) {
                    float[] v = vectors.get(r.claim().id());
                    allByMeaning &= v != null;
                    List<ThemeMatch> themes = themesFor(r.claim(), tagger, scorer, v, byRule, themeCorrections);
                    if (!themes.equals(r.claim().enrichment().themes())) {
                        any = true;
                        changed++;
                        Enrichment e = r.claim().enrichment();
                        r = r.withClaim(r.claim().withEnrichment(new Enrichment(e.countries(), e.speakerCountry(),
                                e.regions(), themes, e.organisations())));
                    }
                    updated.add(r);
                }
                claims += records.size();
                if (any) {
                    index.replaceReport(s, index.corpus().reportText(s.id()).orElse(null), updated);
                }
                (allByMeaning ? byMeaning : byKeywords).add(s.id());
                done++;
                progress.progress(done, reports.size(), String.format(java.util.Locale.ROOT,
                        "Theming claims%s: %,d of %,d reports", scorer == null ? "" : " by meaning", done,
                        reports.size()));
            }
        } finally {
            index.commit();
            // reports a cancelled run did not reach wait as they did (listed again: at worst one needless re-theme)
            Set<String> reached = new java.util.HashSet<>(byMeaning);
            reached.addAll(byKeywords);
            reports.stream().map(ReportSummary::id).filter(id -> !reached.contains(id)).forEach(byKeywords::add);
            keywordThemed.update(byMeaning, byKeywords);
        }
        LOG.info("Re-themed {} claims of {} reports ({} by meaning) in {} ms: {} claims changed", claims,
                reports.size(), byMeaning.size(), (System.nanoTime() - t0) / 1_000_000, changed);
        return changed;
    }

    /** The rule's query restricted to the claims of these reports, as a few queries of at most 200 claims each. */
    private List<String> ruleForClaimsOf(String query, Set<String> reportIds) {
        List<String> ids = new ArrayList<>();
        for (String reportId : reportIds) {
            index.corpus().claimsOf(reportId).forEach(r -> ids.add(r.claim().id()));
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += 200) {
            out.add("(" + query + ") AND (" + String.join(" OR ", ids.subList(i, Math.min(ids.size(), i + 200))
                    .stream().map(id -> "id:\"" + id + "\"").toList()) + ")");
        }
        return out;
    }

    private static List<ThemeMatch> themesFor(Claim c, ThemeTagger tagger, MeaningThemeScorer scorer, float[] vector,
                                              Map<String, List<ThemeMatch>> byRule,
                                              Map<String, List<Correction>> corrections) {
        Map<String, ThemeMatch> themes = new LinkedHashMap<>();
        List<ThemeMatch> keywords = tagger.tag(c.text());
        for (ThemeMatch m : scorer != null && vector != null ? scorer.themes(c.id(), vector, keywords) : keywords) {
            themes.put(m.theme(), m);
        }
        for (ThemeMatch m : byRule.getOrDefault(c.id(), List.of())) {
            themes.putIfAbsent(m.theme(), m);
        }
        for (Correction k : corrections.getOrDefault(c.id(), List.of())) {
            if (k.kind() == CorrectionKind.ADD_THEME) {
                themes.putIfAbsent(k.value(), new ThemeMatch(k.value(), List.of("analyst correction")));
            } else {
                themes.remove(k.value());
            }
        }
        return List.copyOf(themes.values());
    }
}
