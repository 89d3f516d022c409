package org.rapporteur.index;

/**
 * Every field of the index, with why it is indexed the way it is. {@link #VERSION} changes whenever a field is added,
 * removed or indexed differently; an index written with another version is rebuilt from the sources.
 */
enum IndexField {
    /** "claim" or "report": both kinds of document live in one index so a report and its claims commit together. */
    TYPE("type"),
    /** Claim id (for claims) or report id (for reports): the term {@code updateDocument} replaces by. Keyword. */
    ID("id"),
    /** Report id on both kinds, keyword: deleting a changed report deletes its claims by this term. */
    REPORT_ID("reportId"),
    /** The source file's name, stored for display and also analysed into {@link #REPORT} for {@code report:}. */
    SOURCE("source"),
    /** Absolute path of the source file (reports only): how re-indexing notices changed and deleted files. */
    PATH("path"),
    /**
     * Further paths holding the same bytes (reports only), keyword and stored: a duplicate is one report that knows
     * all its files, and re-indexing finds it by any of them.
     */
    OTHER_PATHS("otherPaths"),
    /** Claim text: analysed with English stemming, positions and offsets in postings for the UnifiedHighlighter. */
    TEXT("text"),
    /**
     * Claim text again, as written: lower case and accents folded, not stemmed, not stored, documents and frequencies
     * only (no positions: phrases use {@link #TEXT}). Fuzzy, wildcard, prefix and regular-expression terms run here,
     * because the stems of TEXT are not words ("security" is "secur"), so typos and patterns missed them. Highlighting
     * marks its matches in TEXT by re-analysing the hit's text (a masked field), so it needs no offsets. ADR 0011.
     */
    WORDS("words"),
    /** Report title + source name, analysed, so {@code report:Webinar} works; stored title on reports and claims. */
    REPORT("report"),
    REPORT_TITLE("reportTitle"),
    /** The report's organisation from its metadata (its publisher), stored for display on reports and claims. */
    ORGANISATION("organisation"),
    /**
     * The same publisher, analysed (not stored: {@link #ORGANISATION} holds it), so {@code publisher:"..."} finds the
     * claims of the reports a body published; {@link #ORG} is the organisations a claim mentions. ADR 0022.
     */
    PUBLISHER("publisher"),
    DATE("date"),
    KIND("kind"),
    /** Year as an IntPoint for {@code year:[2020 TO 2024]}, and stored. */
    YEAR("year"),
    AUTHORS("authors"),
    CLAIM_COUNT("claimCount"),
    PROBLEMS("problems"),
    /** The report's normalised text (reports only), stored compressed: anchors of annotations need its context. */
    REPORT_TEXT("reportText"),
    START("start"),
    END("end"),
    PAGE("page"),
    /** Section path, one stored value per level; analysed as one text so {@code section:"Key Findings"} matches. */
    SECTION("section"),
    CLAIM_KIND("claimKind"),
    /** Speaker name, analysed (names are searched by any part); facet values come from the facet field. */
    SPEAKER("speaker"),
    SPEAKER_HONORIFICS("speakerHonorifics"),
    SPEAKER_ROLE("speakerRole"),
    SPEAKER_AFFILIATION("speakerAffiliation"),
    SPEAKER_PERSON_COUNTRY("speakerPersonCountry"),
    ATTRIBUTED_TO("attributedTo"),
    METHOD("method"),
    CONFIDENCE("confidence"),
    REASON("reason"),
    /** The attribution's runner-up: name, then whether it is a person (p) or a body (b), its score and reason. */
    RUNNER_UP("runnerUp"),
    /** Evidence weighed for the attribution, one stored value each: candidate, kind, weight, reason, chosen. */
    EVIDENCE("evidence"),
    /**
     * {@link org.rapporteur.model.Attribution#doubt()} as a DoublePoint (the review asks for claims above a threshold
     * without reading all claims) and as doc values (to list them worst first). Not stored: recomputed on reading.
     */
    DOUBT("doubt"),
    COUNTRY("country"),
    SPEAKER_COUNTRY("speakerCountry"),
    REGION("region"),
    THEME("theme"),
    /** One stored value per theme: the theme path, a unit separator, then the evidence words separated likewise. */
    THEME_EVIDENCE("themeEvidence"),
    /** Organisations the claim mentions (enrichment), analysed and stored: {@code org:}. Not the publisher. */
    ORG("org"),
    /** The user's tags (paths), a cache of the annotation store refreshed on every change. */
    TAG("tag"),
    /** Who coded the claim (analyst names), a cache of the annotation store refreshed with the tags: {@code codedBy:}. */
    CODED_BY("codedBy"),
    /** Doc-values-only fields for sorting without loading stored fields. */
    SORT_DATE("sort_date"),
    SORT_REPORT("sort_report"),
    SORT_SPEAKER("sort_speaker"),
    SORT_POSITION("sort_pos");

    /** Bump on any schema change. */
    static final String VERSION = "10";
    static final String VERSION_KEY = "rapporteur.schema";
    static final String CLAIM = "claim";
    static final String REPORT_TYPE = "report";
    static final char SEPARATOR = '\u001F';

    final String name;

    IndexField(String name) {
        this.name = name;
    }
}
