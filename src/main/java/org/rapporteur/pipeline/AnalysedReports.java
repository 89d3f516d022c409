package org.rapporteur.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.rapporteur.model.Report;

/**
 * The last few reports analysed from their files, by id, as the extractor made them (before the analyst's
 * corrections). Reading, structuring and enriching a long speech takes a good part of a second; the reader has the
 * report open when the analyst corrects it, so re-applying the corrections starts from here instead of the file
 * (ADR 0044). A report's id is the hash of its bytes, so an entry never goes stale by the file changing; the
 * workspace clears it when the rules that analysed it (analyser, taxonomy, sidecar) may have changed.
 * Thread-safe.
 */
final class AnalysedReports {
    private final Map<String, Report> byId;

    AnalysedReports(int capacity) {
        this.byId = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Report> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized Optional<Report> get(String reportId) {
        return Optional.ofNullable(byId.get(reportId));
    }

    synchronized void put(Report report) {
        byId.put(report.id(), report);
    }

    synchronized void clear() {
        byId.clear();
    }
}
