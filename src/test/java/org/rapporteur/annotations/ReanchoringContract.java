package org.rapporteur.annotations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rapporteur.model.Claim;
import org.rapporteur.testing.SharedData;

/**
 * Re-anchoring on the real sample reports: annotate, change the extractor's output, re-anchor, and check that every
 * annotation still sits on the same words.
 */
abstract class ReanchoringContract extends StoreContract {

    /** A report with a dozen annotations of every kind, and the words each one was put on. */
    final class Annotated implements AutoCloseable {
        final TestReports reports = new TestReports();
        final String reportId;
        final String text;
        final AnnotationStore store;
        final List<Claim> coded = new ArrayList<>();
        final long tag;

        Annotated(String corpusFile) throws IOException {
            text = SharedData.sampleText(corpusFile);
            reportId = reports.add(text);
            store = openStore(reports, "analyst");
            tag = store.execute(new Change.CreateTag("Finding")).entityId();
            List<Claim> candidates = reports.claims(reportId).stream()
                    .filter(c -> c.end() - c.start() >= 60 && c.end() - c.start() <= 500).toList();
            assertTrue(candidates.size() >= 12, "sample has enough claim-like sentences");
            int step = candidates.size() / 10;
            for (int i = 0; i < 10; i++) {
                Claim c = candidates.get(i * step);
                coded.add(c);
                store.execute(new Change.AddCoding(tag, Target.claim(c.id())));
            }
            Claim c0 = coded.get(1);
            store.execute(new Change.AddNote(Target.claim(c0.id()), "memo"));
            store.execute(new Change.AddLink(coded.get(2).id(), coded.get(3).id(), LinkType.SUPPORTS, null));
            store.execute(new Change.AddCorrection(new CorrectionRequest.SetSpeaker(coded.get(4).id(), "Someone")));
            // A selection of a few words in the middle of a claim.
            Claim c5 = coded.get(5);
            int s = text.indexOf(' ', c5.start() + 10) + 1;
            int e = text.lastIndexOf(' ', Math.min(c5.end() - 5, s + 40));
            store.execute(new Change.AddCoding(tag, Target.selection(reportId, s, e)));
        }

        /** Anchor id → the words it is on now. */
        Map<Long, String> words() {
            Map<Long, String> m = new HashMap<>();
            anchors().forEach(a -> m.put(a.id(), a.quote().exact()));
            return m;
        }

        List<Anchor> anchors() {
            List<Anchor> l = new ArrayList<>();
            store.codingsByReport(reportId).forEach(k -> l.add(k.anchor()));
            store.notesByReport(reportId).forEach(n -> l.add(n.anchor()));
            store.corrections().forEach(r -> l.add(r.anchor()));
            return l;
        }

        List<Anchor> anchorsIn(String rid) {
            List<Anchor> l = new ArrayList<>();
            store.codingsByReport(rid).forEach(k -> l.add(k.anchor()));
            store.notesByReport(rid).forEach(n -> l.add(n.anchor()));
            store.corrections().forEach(r -> l.add(r.anchor()));
            store.links(coded.get(2).id()).forEach(x -> {
                l.add(x.source());
                l.add(x.target());
            });
            return l;
        }

        @Override
        public void close() {
            store.close();
        }
    }

    static String fold(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void whitespaceChangesKeepEveryAnnotationOnItsWords(String file) throws IOException {
        try (Annotated a = new Annotated(file)) {
            Map<Long, String> before = a.words();
            // A new normaliser: doubled spaces after sentences, line breaks in the middle of lines, wider paragraph gaps.
            String changed = a.text.replace(". ", ".  ").replace("\n\n", "\n \n\n").replaceAll("(\\w{6}) (\\w)",
                    "$1\n$2");
            String newId = a.reports.add(changed);
            ReanchorReport r = a.store.reanchor(a.reportId, newId, changed, a.reports.claims(newId));
            assertEquals(0, r.orphaned());
            assertEquals(0, r.fuzzy());
            assertEquals(before.size(), r.anchors() - 2, "12 anchors in the report plus 2 link ends");
            for (Anchor an : a.anchorsIn(newId)) {
                assertEquals(newId, an.reportId());
                assertEquals(AnchorStatus.ANCHORED, an.status());
                String now = changed.substring(an.position().start(), an.position().end());
                if (before.containsKey(an.id())) {
                    assertEquals(fold(before.get(an.id())), fold(now), "anchor " + an.id());
                }
            }
            assertTrue(a.store.orphans().isEmpty());
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void aParagraphInsertedBeforeMovesEveryAnnotationWithItsWords(String file) throws IOException {
        try (Annotated a = new Annotated(file)) {
            Map<Long, String> before = a.words();
            String foreword = "Editor's note: this version adds a foreword written after the event, and corrects "
                    + "the spelling of two names.\n\n";
            String changed = foreword + a.text;
            String newId = a.reports.add(changed);
            ReanchorReport r = a.store.reanchor(a.reportId, newId, changed, a.reports.claims(newId));
            assertEquals(0, r.orphaned());
            for (Anchor an : a.anchorsIn(newId)) {
                assertEquals(AnchorMethod.QUOTE, an.method(), "anchor " + an.id());
                if (before.containsKey(an.id())) {
                    assertEquals(before.get(an.id()), changed.substring(an.position().start(), an.position().end()));
                }
            }
            // The tag facet follows: every coded claim of the new extraction carries the tag.
            for (Claim c : a.coded) {
                int at = c.start() + foreword.length();
                Claim moved = a.reports.claims(newId).stream().filter(x -> x.start() == at).findFirst().orElseThrow();
                assertEquals(List.of("Finding"), a.store.tagPathsForClaim(moved.id()), c.text());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"000", "003"})
    void differentClaimBoundariesKeepTheWordsAndMoveTheClaimIds(String file) throws IOException {
        try (Annotated a = new Annotated(file)) {
            Map<Long, String> before = a.words();
            List<Claim> old = a.reports.claims(a.reportId);
            // A "better extractor": consecutive sentences merged in pairs, and long sentences split at a comma.
            List<Claim> merged = new ArrayList<>();
            for (int i = 0; i < old.size(); i += 2) {
                Claim x = old.get(i);
                Claim y = i + 1 < old.size() ? old.get(i + 1) : x;
                merged.add(TestReports.claim(a.reportId, a.text, x.start(), y.end()));
            }
            checkBoundaries(a, before, merged);
            List<Claim> split = new ArrayList<>();
            for (Claim c : old) {
                int comma = a.text.indexOf(", ", c.start() + 20);
                if (comma > 0 && comma < c.end() - 20) {
                    split.add(TestReports.claim(a.reportId, a.text, c.start(), comma + 1));
                    split.add(TestReports.claim(a.reportId, a.text, comma + 2, c.end()));
                } else {
                    split.add(c);
                }
            }
            checkBoundaries(a, before, split);
        }
    }

    private void checkBoundaries(Annotated a, Map<Long, String> before, List<Claim> claims) {
        a.reports.put(a.reportId, a.text, claims);
        ReanchorReport r = a.store.reanchor(a.reportId, a.text, claims);
        assertEquals(r.anchors(), r.unchanged(), "same text: every anchor stays at its position");
        Map<String, Claim> byId = new HashMap<>();
        claims.forEach(c -> byId.put(c.id(), c));
        for (Anchor an : a.anchors()) {
            assertEquals(before.get(an.id()), a.text.substring(an.position().start(), an.position().end()));
            Claim owner = byId.get(an.claimId());
            assertNotNull(owner, "anchor " + an.id() + " points to a claim of the new extraction");
            assertTrue(owner.start() < an.position().end() && an.position().start() < owner.end());
            assertEquals(Reanchorer.bestClaim(claims, an.position().start(), an.position().end()).orElseThrow(),
                    owner.id());
        }
        for (Claim c : a.coded) {
            String now = Reanchorer.bestClaim(claims, c.start(), c.end()).orElseThrow();
            assertTrue(a.store.tagPathsForClaim(now).contains("Finding"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void aSmallEditInsideTheQuoteAnchorsFuzzily(String file) throws IOException {
        try (Annotated a = new Annotated(file)) {
            Map<Long, String> before = a.words();
            Claim target = a.coded.get(6);
            // Replace one longer word inside the quote (an OCR fix, a typo corrected upstream).
            Matcher m = Pattern.compile("\\b[A-Za-z]{6,}\\b").matcher(target.text());
            assertTrue(m.find(10) || m.find(0));
            String edited = target.text().substring(0, m.start()) + "revised" + target.text().substring(m.end());
            String changed = "A new first line.\n\n" + a.text.substring(0, target.start()) + edited
                    + a.text.substring(target.end());
            String newId = a.reports.add(changed);
            ReanchorReport r = a.store.reanchor(a.reportId, newId, changed, a.reports.claims(newId));
            assertEquals(0, r.orphaned(), r.toString());
            assertTrue(r.fuzzy() >= 1, "the edited claim was matched fuzzily");
            for (Anchor an : a.anchorsIn(newId)) {
                String now = changed.substring(an.position().start(), an.position().end());
                String was = before.getOrDefault(an.id(), now);
                if (an.status() == AnchorStatus.FUZZY) {
                    assertEquals(edited, now, "the fuzzy match covers exactly the edited sentence");
                    assertTrue(an.score() >= FuzzyQuoteMatcher.MIN_SCORE);
                } else {
                    assertEquals(was, now);
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"000", "002", "004"})
    void deletedTextBecomesAnOrphanThatIsListedAndCanBeReattached(String file) throws IOException {
        try (Annotated a = new Annotated(file)) {
            Claim gone = a.coded.get(7);
            String changed = a.text.substring(0, gone.start()) + a.text.substring(gone.end());
            String newId = a.reports.add(changed);
            int codings = a.store.codingsByReport(a.reportId).size();
            ReanchorReport r = a.store.reanchor(a.reportId, newId, changed, a.reports.claims(newId));
            assertEquals(1, r.orphaned(), r.toString());
            List<Orphan> orphans = a.store.orphans();
            assertEquals(1, orphans.size());
            Orphan o = orphans.getFirst();
            assertEquals("coding", o.kind());
            assertEquals(gone.text(), o.anchor().quote().exact(), "the orphan keeps its words");
            assertEquals(a.reportId, o.anchor().reportId(), "and its old report");
            assertTrue(o.label().startsWith("tag 'Finding' on"), o.label());
            assertEquals(codings - 1, a.store.codingsByReport(newId).size());
            assertEquals(1, a.store.codingsByReport(a.reportId).size(), "nothing dropped");
            assertFalse(a.store.tagPathsForClaim(gone.id()).contains("Finding"), "orphans are not facets");

            // Re-anchoring again (the orphan is retried) does not lose it either.
            a.store.reanchor(a.reportId, newId, changed, a.reports.claims(newId));
            assertEquals(1, a.store.orphans().size());

            Claim elsewhere = a.reports.claims(newId).get(3);
            a.store.execute(new Change.ReattachAnchor(o.anchor().id(), Target.claim(elsewhere.id())));
            assertTrue(a.store.orphans().isEmpty());
            assertEquals(List.of("Finding"), a.store.tagPathsForClaim(elsewhere.id()));
            a.store.undo();
            assertEquals(1, a.store.orphans().size(), "re-attaching is undoable");
        }
    }

    @Test
    void anUndoAcrossAReIngestBringsTheAnnotationBackAsAnOrphanThatTheNextReanchorPlaces() throws IOException {
        try (Annotated a = new Annotated("001")) {
            Claim c = a.coded.get(8);
            long coding = a.store.codings(c.id()).getFirst().id();
            a.store.execute(new Change.RemoveCoding(coding));
            String changed = "Updated edition.\n\n" + a.text;
            String newId = a.reports.add(changed);
            a.store.reanchor(a.reportId, newId, changed, a.reports.claims(newId));
            a.store.undo();
            List<Orphan> orphans = a.store.orphans();
            assertEquals(1, orphans.size(), "the restored coding names the old report: listed, not misplaced");
            assertEquals(coding, orphans.getFirst().annotationId());
            ReanchorReport r = a.store.reanchor(newId, changed, a.reports.claims(newId));
            assertEquals(1, r.moved(), r.toString());
            assertTrue(a.store.orphans().isEmpty());
            Coding back = a.store.codingsByReport(newId).stream().filter(k -> k.id() == coding).findFirst()
                    .orElseThrow();
            assertEquals(c.text(), changed.substring(back.anchor().position().start(), back.anchor().position().end()));
        }
    }

    @Test
    void aDifferentSentenceOnTheSameTopicIsNotAFuzzyMatch() {
        Reanchorer r = new Reanchorer();
        String text = "Intro line.\n\nThe committee discussed water policy at length. Many ideas were aired.\n";
        TextQuote q = new TextQuote("The ministry debated water pricing in detail.", "Intro line.\n\n",
                " Many ideas were aired.");
        assertEquals(Optional.empty(), r.locate(q, new TextPosition(13, 58), text));
        TextQuote close = new TextQuote("The committee discused water policy at lenght.", "Intro line.\n\n",
                " Many ideas were aired.");
        Reanchorer.Match m = r.locate(close, new TextPosition(40, 80), text).orElseThrow();
        assertEquals(AnchorMethod.FUZZY, m.method());
        assertEquals("The committee discussed water policy at length.", text.substring(m.start(), m.end()));
    }

    @Test
    void duplicateQuotesAreTellApartByContext() {
        Reanchorer r = new Reanchorer();
        String text = "First panel: We agree. Second panel: We agree. Third panel: We agree.";
        int second = text.indexOf("We agree.", 20);
        TextQuote q = new TextQuote("We agree.", "Second panel: ", " Third panel: ");
        Reanchorer.Match m = r.locate(q, new TextPosition(0, 9), "Intro. " + text).orElseThrow();
        assertEquals(second + 7, m.start());
        assertNotEquals(AnchorMethod.FUZZY, m.method());
    }
}
