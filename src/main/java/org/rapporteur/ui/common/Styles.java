package org.rapporteur.ui.common;

/** The style-class names of workbench.css, one constant each, so views never spell a class name twice. */
public final class Styles {
    public static final String STYLESHEET = "/org/rapporteur/ui/workbench.css";

    public static final String PANE_TITLE = "pane-title";
    public static final String MUTED = "muted";
    public static final String HIT = "hit";
    public static final String CHIP = "chip";
    public static final String CHIP_COUNTRY = "chip-country";
    public static final String CHIP_THEME = "chip-theme";
    public static final String CHIP_TAG = "chip-tag";
    public static final String CHIP_NONE = "chip-none";
    public static final String CLAIM_CARD = "claim-card";
    public static final String CLAIM_TEXT = "claim-text";
    public static final String SPEAKER = "speaker";
    public static final String SPEAKER_ROLE = "speaker-role";
    public static final String BODY_ATTRIBUTION = "body-attribution";
    public static final String SOURCE_LINE = "source-line";
    public static final String RESULTS_HEADER = "results-header";
    public static final String QUERY_ERROR = "query-error";
    public static final String QUERY_ERROR_FAULT = "query-error-fault";
    public static final String QUERY_ERROR_CARET = "query-error-caret";
    public static final String STATUS_BAR = "status-bar";
    public static final String PROBLEM_MARKER = "problem-marker";
    public static final String LIBRARY_TITLE = "library-title";
    public static final String LIBRARY_META = "library-meta";
    public static final String LIBRARY_GROUP = "library-group";
    public static final String FACET_PANE = "facet-pane";
    public static final String FACET_COUNT = "facet-count";
    public static final String FACET_MORE = "facet-more";
    public static final String READER_LIST = "reader-list";
    public static final String READER_HEADING = "reader-heading";
    public static final String READER_HEADING_PREFIX = "reader-heading-";
    public static final String READER_SPEAKER = "reader-speaker";
    public static final String READER_TEXT = "reader-text";
    public static final String READER_CLAIM = "reader-claim";
    public static final String READER_CLAIM_SELECTED = "reader-claim-selected";
    public static final String READER_CODED = "reader-coded";
    public static final String READER_BOILERPLATE = "reader-boilerplate";
    public static final String READER_PAGE = "reader-page";
    public static final String READER_TITLE = "reader-title";
    public static final String INSPECTOR = "inspector";
    public static final String INSPECTOR_SECTION = "inspector-section";
    public static final String INSPECTOR_LABEL = "inspector-label";
    public static final String INSPECTOR_QUOTE = "inspector-quote";
    public static final String RELATED_ITEM = "related-item";
    public static final String EMPTY_STATE = "empty-state";
    /**
     * A value shortened with an ellipsis on purpose where many stand in a narrow pane (facet values), shown in full
     * in a tooltip; the layout test accepts these and nothing else cut.
     */
    public static final String FULL_TEXT_ON_HOVER = "full-text-on-hover";

    private Styles() {
    }
}
