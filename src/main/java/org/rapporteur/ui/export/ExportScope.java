package org.rapporteur.ui.export;

/** What the export dialog can export; each maps to one {@link org.rapporteur.pipeline.ExportSelection}. */
public enum ExportScope {
    SEARCH("The current search results"),
    TAG("A tag with its sub-tags"),
    REPORT("A report"),
    CODED("All coded claims"),
    CLAIMS("The picked claims (Ctrl-click in Results) or the inspector's");

    private final String label;

    ExportScope(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
