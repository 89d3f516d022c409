package org.rapporteur.annotations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.rapporteur.model.Claim;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How long re-anchoring every claim of the longest sample report takes, unchanged, shifted and with every claim
 * edited (the fuzzy matcher's worst case): it runs on every re-index, so it must stay cheap. A benchmark, run by
 * bin/bench; {@link ReanchorWholeReportTest} checks the placements in the default suite.
 */
@Tag("bench")
class ReanchorBenchmark {
    private static final Logger LOG = LoggerFactory.getLogger(ReanchorBenchmark.class);

    @Test
    void reanchoringAWholeReport() {
        ReanchorWholeReportTest.WholeReport report = ReanchorWholeReportTest.WholeReport.ofLongestSample();
        Reanchorer reanchorer = new Reanchorer();
        reanchorer.reanchor(report.anchors(), report.text(), report.claims()); // warm-up
        double unchanged = millis(() -> reanchorer.reanchor(report.anchors(), report.text(), report.claims()));
        List<Claim> shiftedClaims = TestReports.sentences("r", report.shifted());
        double shifted = millis(() -> reanchorer.reanchor(report.anchors(), report.shifted(), shiftedClaims));
        long[] orphans = {0};
        double edited = millis(() -> {
            List<Reanchorer.Placement> fuzzy = reanchorer.reanchor(report.anchors(), report.edited(), report.claims());
            orphans[0] = fuzzy.stream().filter(p -> p.status() == AnchorStatus.ORPHAN).count();
            return fuzzy;
        });
        LOG.info("re-anchoring {} anchors on {} chars: unchanged {} ms, shifted {} ms, every claim edited {} ms",
                report.anchors().size(), report.text().length(), format(unchanged), format(shifted), format(edited));
        assertEquals(0, orphans[0]);
    }

    private static double millis(Supplier<?> work) {
        long t0 = System.nanoTime();
        work.get();
        return (System.nanoTime() - t0) / 1e6;
    }

    private static String format(double ms) {
        return String.format(Locale.ROOT, "%.1f", ms);
    }
}
