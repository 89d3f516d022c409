package org.rapporteur.ui.reader;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rapporteur.model.Claim;
import org.rapporteur.model.Highlight;
import org.rapporteur.model.Pages;
import org.rapporteur.model.Report;
import org.rapporteur.model.Section;
import org.rapporteur.model.Span;
import org.rapporteur.model.SpeakerBlock;

/**
 * Lays a {@link Report} out as reader rows: paragraphs (blank-line separated) of the normalised text, headings where
 * a section starts, a speaker header where a speaker block starts (its introducing lines are folded into the
 * header), and each paragraph cut at claim and boilerplate boundaries. Search hits (ranges in a claim's text) are
 * mapped into the rows. Pure and linear in the report size; run it off the FX thread for big reports.
 */
public final class ReaderLayout {
    private static final Pattern PARAGRAPH = Pattern.compile("\\S[\\s\\S]*?(?=\\n\\s*\\n|\\z)");

    private ReaderLayout() {
    }

    public static List<ReaderBlock> layout(Report report, Map<String, List<Highlight>> hitsByClaim) {
        String text = report.source().text();
        List<Claim> claims = new ArrayList<>(report.claims());
        claims.sort(Comparator.comparingInt(Claim::start));
        List<Section> sections = new ArrayList<>(report.sections());
        sections.sort(Comparator.comparingInt(Section::start));
        List<SpeakerBlock> speakers = new ArrayList<>(report.speakerBlocks());
        speakers.sort(Comparator.comparingInt(SpeakerBlock::headerStart));
        List<Span> boilerplate = report.boilerplate();
        List<int[]> hitRanges = absoluteHits(text, claims, hitsByClaim);

        List<ReaderBlock> out = new ArrayList<>();
        int sectionAt = 0;
        int speakerAt = 0;
        int claimAt = 0;
        Integer lastPage = null;
        Matcher m = PARAGRAPH.matcher(text);
        while (m.find()) {
            int ps = m.start();
            int pe = trimEnd(text, m.end());
            Integer page = Pages.pageAt(report.source().pages(), ps);
            Integer pageMark = page != null && !page.equals(lastPage) ? page : null;
            lastPage = page == null ? lastPage : page;

            while (sectionAt < sections.size() && sections.get(sectionAt).start() < pe) {
                Section s = sections.get(sectionAt++);
                if (s.start() >= ps - 1) {
                    out.add(new ReaderBlock(ReaderBlock.Kind.HEADING, ps, pageMark, s.level(), s.title(), null,
                            List.of()));
                    pageMark = null;
                    if (text.substring(ps, pe).strip().equals(s.title().strip())) {
                        ps = pe; // the paragraph is the heading itself
                    }
                }
            }
            boolean headerOnly = false;
            while (speakerAt < speakers.size() && speakers.get(speakerAt).headerStart() < pe) {
                SpeakerBlock b = speakers.get(speakerAt++);
                out.add(new ReaderBlock(ReaderBlock.Kind.SPEAKER, Math.max(ps, b.headerStart()), pageMark, 0,
                        b.person().name(), b.person().roleLine(), List.of()));
                pageMark = null;
                headerOnly = b.headerStart() <= ps && b.headerEnd() >= pe;
            }
            while (claimAt < claims.size() && claims.get(claimAt).end() <= ps) {
                claimAt++;
            }
            if (ps >= pe) {
                continue;
            }
            List<ReaderBlock.Segment> segments = segments(text, ps, pe, claims, claimAt, boilerplate, hitRanges);
            if (headerOnly && segments.stream().allMatch(s -> s.claimId() == null)) {
                continue; // the speaker header already shows who this is
            }
            out.add(new ReaderBlock(ReaderBlock.Kind.PARAGRAPH, ps, pageMark, 0, text.substring(ps, pe), null,
                    segments));
        }
        return out;
    }

    private static List<ReaderBlock.Segment> segments(String text, int ps, int pe, List<Claim> claims, int claimAt,
                                                      List<Span> boilerplate, List<int[]> hits) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(ps, pe));
        List<Claim> here = new ArrayList<>();
        for (int i = claimAt; i < claims.size() && claims.get(i).start() < pe; i++) {
            Claim c = claims.get(i);
            if (c.end() > ps) {
                here.add(c);
                cut(cuts, c.start(), ps, pe);
                cut(cuts, c.end(), ps, pe);
            }
        }
        List<Span> bp = new ArrayList<>();
        for (Span s : boilerplate) {
            if (s.end() > ps && s.start() < pe) {
                bp.add(s);
                cut(cuts, s.start(), ps, pe);
                cut(cuts, s.end(), ps, pe);
            }
        }
        List<ReaderBlock.Segment> out = new ArrayList<>();
        Integer prev = null;
        for (int cutAt : cuts) {
            if (prev != null && cutAt > prev) {
                int a = prev;
                int b = cutAt;
                String claimId = null;
                for (Claim c : here) {
                    if (c.start() <= a && c.end() > a) {
                        claimId = c.id();
                        break;
                    }
                }
                boolean isBoilerplate = bp.stream().anyMatch(s -> s.start() <= a && s.end() > a);
                List<Highlight> segHits = new ArrayList<>();
                for (int[] h : hits) {
                    if (h[1] > a && h[0] < b) {
                        segHits.add(new Highlight(Math.max(h[0], a) - a, Math.min(h[1], b) - a));
                    }
                }
                out.add(new ReaderBlock.Segment(text.substring(a, b), claimId, isBoilerplate, segHits));
            }
            prev = cutAt;
        }
        return out;
    }

    private static void cut(TreeSet<Integer> cuts, int at, int ps, int pe) {
        if (at > ps && at < pe) {
            cuts.add(at);
        }
    }

    /**
     * Hits are offsets into a claim's text; the claim's text may have collapsed whitespace, so each hit is found
     * again in the report text near where it should be.
     */
    private static List<int[]> absoluteHits(String text, List<Claim> claims, Map<String, List<Highlight>> byClaim) {
        List<int[]> out = new ArrayList<>();
        if (byClaim.isEmpty()) {
            return out;
        }
        for (Claim c : claims) {
            List<Highlight> hs = byClaim.get(c.id());
            if (hs == null) {
                continue;
            }
            int from = c.start();
            for (Highlight h : hs) {
                if (h.end() > c.text().length() || h.start() >= h.end()) {
                    continue;
                }
                String word = c.text().substring(h.start(), h.end());
                int guess = c.start() + h.start();
                int at = guess + word.length() <= text.length() && text.startsWith(word, guess) ? guess
                        : text.indexOf(word, from);
                if (at >= 0 && at < c.end()) {
                    out.add(new int[] {at, at + word.length()});
                    from = at + word.length();
                }
            }
        }
        out.sort(Comparator.comparingInt(a -> a[0]));
        return out;
    }

    private static int trimEnd(String text, int end) {
        int e = end;
        while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }
}
