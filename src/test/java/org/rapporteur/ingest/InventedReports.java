package org.rapporteur.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.rapporteur.ingest.ReportPdfSetter.Heading;
import org.rapporteur.ingest.ReportPdfSetter.Item;
import org.rapporteur.ingest.ReportPdfSetter.Para;
import org.rapporteur.ingest.ReportPdfSetter.Plain;
import org.rapporteur.ingest.ReportPdfSetter.Sentence;

/**
 * Invents seminar reports for the layout tests from a seed: sections with headings, a panel with "Name,
 * Organisation" lines, paragraphs of invented sentences (no digits in them, so a digit in the text can only come
 * from a page number or a note mark), some with footnotes. Keeps what was set, so a test can check the text read back.
 */
final class InventedReports {
    private static final String[] SUBJECTS = {"The commission", "Several delegates", "The panel", "Most speakers",
            "The basin authority", "A senior engineer from Ghana", "The moderator", "Participants from the Mekong region",
            "The ministry", "Researchers in Nairobi", "The regional council", "Farmers' associations"};
    private static final String[] VERBS = {"argued that", "warned that", "noted that", "recalled that",
            "insisted that", "suggested that", "doubted that", "agreed that"};
    private static final String[] CLAIMS = {"groundwater levels across the plains are falling faster than expected",
            "the treaty on shared rivers needs a joint monitoring body", "data exchange between upstream and downstream "
            + "states has improved", "new hydropower projects should wait for an independent review",
            "irrigation subsidies encourage waste in dry years", "the dry season now starts several weeks earlier",
            "India and Bangladesh could share flood forecasts within hours", "small towns lack the engineers to "
            + "maintain their pumps", "the Geneva talks produced more goodwill than commitments",
            "water quality laboratories should publish their results", "the cost of desalination keeps falling",
            "donors prefer visible dams to invisible maintenance", "women carry most of the burden of fetching water",
            "cross-border aquifers are mapped poorly or not at all", "the Mekong commission offers a useful model"};
    private static final String[] TAILS = {"", "", "", " despite the objections of the finance ministry",
            " and asked for a report before the next session", " in the coming decade", " according to recent surveys",
            " although the evidence remains patchy", " because budgets are shrinking everywhere",
            " while Kenya and Uganda disagreed"};
    private static final String[] NOTES = {"See the commission's annual review of river flows.",
            "Figures from the regional survey of wells, published last spring.",
            "The speaker asked that this remark not be attributed to her ministry.",
            "On the earlier talks see the report of the previous session, chapter three.",
            "Estimates vary widely between the agencies consulted."};
    private static final String[] HEADINGS = {"Opening session", "Rivers without borders", "The groundwater question",
            "Financing maintenance", "Recommendations", "Closing remarks", "Data and trust",
            "Dams, fish and farmers", "What the cities need"};
    private static final String[] NAMES = {"Amara Okafor", "Lena Vogt", "Rahul Menon", "Sofia Reyes", "Kwame Boateng",
            "Mark Wetjen"};
    private static final String[] ORGS = {"Basin Institute", "DTCC", "Water Forum Kenya", "Delta Research Centre",
            "Institute of Hydrology"};

    /** What was set: the report's items and the texts to look for. */
    record Report(List<Item> items, List<String> sentences, List<String> sectionOf, List<String> headings,
                  List<String> panellists, List<String> notes) {
    }

    private InventedReports() {
    }

    static Report invent(long seed, int sections) {
        Random r = new Random(seed);
        List<Item> items = new ArrayList<>();
        List<String> sentences = new ArrayList<>();
        List<String> sectionOf = new ArrayList<>();
        List<String> headings = new ArrayList<>();
        List<String> panellists = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (int s = 0; s < sections; s++) {
            String h = HEADINGS[(int) ((seed + s) % HEADINGS.length)];
            items.add(new Heading(h));
            headings.add(h);
            if (s == 0) {
                for (int k = 0; k < 3; k++) {
                    String p = NAMES[(int) ((seed + k) % NAMES.length)] + ", " + ORGS[(int) ((seed + 2 * k) % ORGS.length)];
                    items.add(new Plain(p));
                    panellists.add(p);
                }
            }
            int paragraphs = 2 + r.nextInt(3);
            for (int p = 0; p < paragraphs; p++) {
                List<Sentence> para = new ArrayList<>();
                int n = 2 + r.nextInt(5);
                for (int k = 0; k < n; k++) {
                    String text = SUBJECTS[r.nextInt(SUBJECTS.length)] + " " + VERBS[r.nextInt(VERBS.length)] + " "
                            + CLAIMS[r.nextInt(CLAIMS.length)] + TAILS[r.nextInt(TAILS.length)] + ".";
                    String note = r.nextInt(9) == 0 ? NOTES[r.nextInt(NOTES.length)] : null;
                    para.add(new Sentence(text, note));
                    sentences.add(text);
                    sectionOf.add(h);
                    if (note != null) {
                        notes.add(note);
                    }
                }
                items.add(new Para(para));
            }
        }
        return new Report(items, sentences, sectionOf, headings, panellists, notes);
    }
}
