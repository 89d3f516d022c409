package org.rapporteur.ui.export;

import java.util.List;

import org.rapporteur.model.ClaimRecord;
import org.rapporteur.model.SearchRequest;
import org.rapporteur.model.ReportSummary;

/**
 * What the workbench has in hand when the export dialog opens: the request behind the Results tab, the report open
 * in the Reader and the hand-picked claims (the results picked with Ctrl/Shift-click, or else the inspector's claim).
 * Any may be missing ({@code null} or empty).
 */
public record ExportSources(SearchRequest search, ReportSummary openReport, List<ClaimRecord> picked) {
    public ExportSources {
        picked = picked == null ? List.of() : List.copyOf(picked);
    }

    /** The window's state, with the inspector's claim (if any) as the hand-picked set. */
    public static ExportSources of(SearchRequest search, ReportSummary openReport, ClaimRecord inspected) {
        return of(search, openReport, List.of(), inspected);
    }

    /** The window's state: several picked results are the hand-picked set; one or none, the inspector's claim. */
    public static ExportSources of(SearchRequest search, ReportSummary openReport, List<ClaimRecord> pickedResults,
                                   ClaimRecord inspected) {
        if (pickedResults != null && pickedResults.size() > 1) {
            return new ExportSources(search, openReport, pickedResults);
        }
        return new ExportSources(search, openReport, inspected == null ? List.of() : List.of(inspected));
    }
}
