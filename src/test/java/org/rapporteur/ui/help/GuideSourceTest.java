package org.rapporteur.ui.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.junit.jupiter.api.Test;

/**
 * The guide's text (ADR 0030): the README's opening, Workbench and query language, and docs/WORKBENCH.md but its
 * sections for developers, as bundled into the build; links resolved the way the documents mean them on disk; find.
 */
class GuideSourceTest {
    private static List<String> keptHeadings(GuideSource.GuideDocument d) {
        List<String> out = new ArrayList<>();
        for (Node n : d.blocks()) {
            if (n instanceof Heading h) {
                out.add(h.getLevel() + " " + GuideSource.text(h));
            }
        }
        return out;
    }

    private static List<String> expected(List<BundledHeadings.Heading> hs) {
        return hs.stream().map(h -> h.level() + " " + h.text()).toList();
    }

    @Test
    void theGuideHoldsTheSectionsOfBothDocuments() {
        List<GuideSource.GuideDocument> docs = GuideSource.load();
        assertEquals(List.of(GuideSource.README, GuideSource.WORKBENCH), docs.stream().map(
                GuideSource.GuideDocument::path).toList());
        List<BundledHeadings.Heading> readme = BundledHeadings.headings(BundledHeadings.bundled(GuideSource.README));
        List<BundledHeadings.Heading> workbench = BundledHeadings.headings(
                BundledHeadings.bundled(GuideSource.WORKBENCH));
        List<String> readmeKept = expected(BundledHeadings.openingAnd(readme, GuideSource.README_SECTIONS));
        List<String> workbenchKept = expected(BundledHeadings.without(workbench, GuideSource.WORKBENCH_LEFT_OUT));
        assertEquals(readmeKept, keptHeadings(docs.get(0)));
        assertEquals(workbenchKept, keptHeadings(docs.get(1)));
        assertTrue(readmeKept.size() >= 3 && workbenchKept.size() >= 4, readmeKept + " " + workbenchKept);
        // a section named here and renamed in its document would silently leave the guide: fail instead
        Set<String> readmeTitles = Set.copyOf(readme.stream().map(BundledHeadings.Heading::text).toList());
        Set<String> workbenchTitles = Set.copyOf(workbench.stream().map(BundledHeadings.Heading::text).toList());
        assertTrue(readmeTitles.containsAll(GuideSource.README_SECTIONS), readmeTitles.toString());
        assertTrue(workbenchTitles.containsAll(GuideSource.WORKBENCH_LEFT_OUT), workbenchTitles.toString());
        // and the developer's part of the README stays out
        assertTrue(readme.stream().anyMatch(h -> h.text().equals("Set up")));
        assertTrue(keptHeadings(docs.get(0)).stream().noneMatch(h -> h.endsWith(" Set up")));
    }

    @Test
    void linksResolveAsOnDisk() {
        GuideLinks links = new GuideLinks(Set.of(GuideSource.README, GuideSource.WORKBENCH));
        assertEquals(new GuideLinks.Internal(GuideSource.WORKBENCH, null), links.resolve(GuideSource.README,
                "docs/WORKBENCH.md"));
        assertEquals(new GuideLinks.Internal(GuideSource.README, "query-language"), links.resolve(
                GuideSource.WORKBENCH, "../README.md#query-language"));
        assertEquals(new GuideLinks.Internal(GuideSource.WORKBENCH, "what-is-where"), links.resolve(
                GuideSource.WORKBENCH, "#what-is-where"));
        assertEquals(new GuideLinks.Outside("docs/decisions/0022-say-what-the-workbench-is-doing.md"), links.resolve(
                GuideSource.WORKBENCH, "decisions/0022-say-what-the-workbench-is-doing.md"));
        assertEquals(new GuideLinks.External("https://adoptium.net"), links.resolve(GuideSource.README,
                "https://adoptium.net"));
        assertEquals("docs/screenshots/01-results.png", GuideLinks.resolvePath(GuideSource.WORKBENCH,
                "screenshots/01-results.png"));
        assertEquals("review-of-attributions", GuideLinks.anchorOf("Review of attributions"));
        assertEquals("structure-mvvm-one-package-per-screen", GuideLinks.anchorOf(
                "Structure (MVVM, one package per screen)"));
    }

    @Test
    void findIgnoresCaseAndKeepsOffsets() {
        List<GuideFind.Match> m = GuideFind.find(List.of("Tag a claim, then TAG it again", "no", "tagtag"), "tag");
        assertEquals(List.of(new GuideFind.Match(0, 0, 3), new GuideFind.Match(0, 18, 21),
                new GuideFind.Match(2, 0, 3), new GuideFind.Match(2, 3, 6)), m);
        assertTrue(GuideFind.find(List.of("anything"), "  ").isEmpty());
    }
}
