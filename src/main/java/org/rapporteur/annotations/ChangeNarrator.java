package org.rapporteur.annotations;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Says what a change does in the analyst's words, for the journal, undo and redo messages and the announcement of
 * changes made elsewhere: claims by their speaker and first words ({@code Asif Durrani “Pakistan will not accept
 * proxies…”}), tags by name, reports by title — never by id. Runs in the change's transaction before it is applied,
 * so what a change removes or renames is still there to be named. Never fails: whatever cannot be looked up is
 * named as the change's own {@link Change#describe()} does.
 */
final class ChangeNarrator {
    /** A claim is named by at most this many of its first words (and characters). */
    private static final int WORDS = 6;
    private static final int CHARS = 44;

    private final ClaimResolver resolver;

    ChangeNarrator(ClaimResolver resolver) {
        this.resolver = resolver;
    }

    /** E.g. {@code link: Asif Durrani “Pakistan will…” contradicts Farhatullah Babar “The proxies…”}. */
    String narrate(Connection c, Change change) {
        try {
            return describe(c, change);
        } catch (SQLException | RuntimeException e) {
            return change.describe(); // the executor will say what is wrong with the change, if anything
        }
    }

    private String describe(Connection c, Change change) throws SQLException {
        return switch (change) {
            case Change.CreateTag ct -> "new tag " + quoteName(ct.parentId() == null ? ct.name()
                    : tagPath(c, ct.parentId()) + "/" + ct.name());
            case Change.RenameTag rt -> "renaming of tag " + tag(c, rt.tagId()) + " to " + quoteName(rt.newName());
            case Change.EditTag et -> "change of the " + (et.colour() != null && et.description() != null
                    ? "colour and description" : et.colour() != null ? "colour" : "description") + " of tag "
                    + tag(c, et.tagId());
            case Change.MoveTag mt -> "move of tag " + tag(c, mt.tagId()) + (mt.newParentId() == null
                    ? " to the top of the codebook" : " under " + tag(c, mt.newParentId()));
            case Change.MergeTags mg -> "merge of tag " + tag(c, mg.sourceId()) + " into " + tag(c, mg.targetId());
            case Change.DeleteTag dt -> "deletion of tag " + tag(c, dt.tagId());
            case Change.AddCoding ac -> "tag " + tag(c, ac.tagId()) + " on " + target(c, ac.target())
                    + (ac.suggested() ? " (suggested" + (ac.confidence() == null ? ""
                    : String.format(java.util.Locale.ROOT, ", confidence %.2f", ac.confidence())) + ")" : "");
            case Change.RejectSuggestion rs -> "rejection of the suggested tag " + tag(c, rs.tagId()) + " for "
                    + claim(rs.claimId(), null);
            case Change.RemoveCoding rc -> {
                Map<String, Object> row = row(c, "coding", rc.codingId());
                yield "removal of tag " + tag(c, number(row, "tag_id")) + " from " + anchor(c, number(row,
                        "anchor_id"));
            }
            case Change.AddNote an -> "note on " + target(c, an.target()) + ": " + words(an.text());
            case Change.EditNote en -> "edit of the note on " + noteTarget(c, en.noteId()) + ": " + words(en.text());
            case Change.DeleteNote dn -> "deletion of the note on " + noteTarget(c, dn.noteId());
            case Change.AddLink al -> "link: " + claim(al.sourceClaimId(), null) + " " + al.type().label() + " "
                    + claim(al.targetClaimId(), null);
            case Change.RemoveLink rl -> {
                Map<String, Object> row = row(c, "link", rl.linkId());
                yield "removal of link: " + anchor(c, number(row, "source_anchor_id")) + " "
                        + LinkType.valueOf((String) row.get("type")).label() + " "
                        + anchor(c, number(row, "target_anchor_id"));
            }
            case Change.AddCorrection ac -> "correction: " + correction(ac.request());
            case Change.RemoveCorrection rc -> "removal of correction: " + storedCorrection(c, rc.correctionId());
            case Change.MergePeople mp -> "merge of the person " + quoteName(mp.other()) + " into "
                    + quoteName(mp.name());
            case Change.SplitPerson sp -> "split of " + quoteName(sp.variant()) + " out of the person "
                    + quoteName(sp.person());
            case Change.ReattachAnchor ra -> "re-attachment of " + anchorWords(c, ra.anchorId()) + " to "
                    + target(c, ra.target());
            case Change.Batch b -> b.summary();
        };
    }

    // ---- claims, selections, reports

    /** {@code Asif Durrani “Pakistan will not…”}; the words from the index, else {@code exact}, else the short id. */
    private String claim(String claimId, String exact) {
        String words = resolver.resolve(claimId).map(ClaimRef::exact).orElse(exact);
        String speaker = resolver.speaker(claimId).orElse(null);
        if (words == null || words.isBlank()) {
            return (speaker == null ? "" : speaker + "'s ") + "claim " + shortId(claimId);
        }
        return (speaker == null ? "" : speaker + " ") + words(words);
    }

    /** Words of a report: said by the speaker of the claim they lie in when there is one, else in the report. */
    private String selection(String reportId, int start, int end, String exact) {
        String words = exact;
        if (words == null) {
            words = resolver.reportText(reportId).filter(t -> end <= t.length()).map(t -> t.substring(start, end))
                    .orElse(null);
        }
        Optional<String> speaker = resolver.claimAt(reportId, start, end).flatMap(resolver::speaker);
        String quoted = words == null ? "characters " + start + "–" + end : words(words);
        return speaker.map(s -> s + " " + quoted).orElseGet(() -> quoted + " in " + report(reportId));
    }

    private String report(String reportId) {
        return resolver.reportTitle(reportId).map(t -> "\u201c" + t + "\u201d")
                .orElse("report " + shortId(reportId));
    }

    private String target(Connection c, Target t) throws SQLException {
        return switch (t) {
            case Target.Claim k -> claim(k.claimId(), null);
            case Target.Selection s -> selection(s.reportId(), s.start(), s.end(), null);
            case Target.Report r -> "the report " + report(r.reportId());
            case Target.Person p -> "the person " + p.name();
            case Target.Tag g -> "tag " + tag(c, g.tagId());
        };
    }

    private String anchor(Connection c, long anchorId) throws SQLException {
        List<Anchor> found = StoreQueries.anchors(c, "a.id = ?", anchorId);
        if (found.isEmpty()) {
            return "an annotation";
        }
        Anchor a = found.getFirst();
        if (a.claimId() != null) {
            return claim(a.claimId(), a.quote().exact());
        }
        return selection(a.reportId(), a.position().start(), a.position().end(), a.quote().exact());
    }

    /** The words an anchor held (an orphan's lost words). */
    private String anchorWords(Connection c, long anchorId) throws SQLException {
        List<Anchor> found = StoreQueries.anchors(c, "a.id = ?", anchorId);
        return found.isEmpty() ? "an annotation" : words(found.getFirst().quote().exact());
    }

    private String noteTarget(Connection c, long noteId) throws SQLException {
        Map<String, Object> row = row(c, "note", noteId);
        if (row.get("anchor_id") instanceof Number a) {
            return anchor(c, a.longValue());
        }
        if (row.get("report_id") instanceof String r) {
            return "the report " + report(r);
        }
        if (row.get("person") instanceof String p) {
            return "the person " + p;
        }
        if (row.get("tag_id") instanceof Number t) {
            return "tag " + tag(c, t.longValue());
        }
        return "note " + noteId;
    }

    // ---- corrections

    private String correction(CorrectionRequest r) {
        return switch (r) {
            case CorrectionRequest.SetSpeaker s -> "speaker of " + claim(s.claimId(), null) + " is " + s.name();
            case CorrectionRequest.SetBody s -> claim(s.claimId(), null) + " credited to " + s.body();
            case CorrectionRequest.RelabelSpeaker s -> "\u2018" + s.from() + "\u2019 is " + s.speaker() + " in "
                    + report(s.reportId());
            case CorrectionRequest.AddCountry s -> "country " + s.country() + " added to " + claim(s.claimId(), null);
            case CorrectionRequest.RemoveCountry s -> "country " + s.country() + " removed from "
                    + claim(s.claimId(), null);
            case CorrectionRequest.AddTheme s -> "theme " + s.theme() + " added to " + claim(s.claimId(), null);
            case CorrectionRequest.RemoveTheme s -> "theme " + s.theme() + " removed from "
                    + claim(s.claimId(), null);
            case CorrectionRequest.MergePersons m -> m.from() + " is " + m.into()
                    + (m.reportId() == null ? "" : " in " + report(m.reportId()));
            case CorrectionRequest.SplitClaim s -> claim(s.claimId(), null) + " split in two";
            case CorrectionRequest.MergeClaims m -> claim(m.firstClaimId(), null) + " merged with "
                    + claim(m.secondClaimId(), null);
            default -> r.describe();
        };
    }

    /** A stored correction in the words {@link #correction} gives the request it came from. */
    private String storedCorrection(Connection c, long id) throws SQLException {
        Map<String, Object> row = row(c, "correction", id);
        CorrectionKind kind = CorrectionKind.valueOf((String) row.get("kind"));
        String value = (String) row.get("value");
        String subject = (String) row.get("subject");
        String reportId = (String) row.get("report_id");
        String on = row.get("anchor_id") instanceof Number a ? anchor(c, a.longValue()) : null;
        return switch (kind) {
            case SPEAKER -> "speaker of " + on + " is " + value;
            case BODY -> on + " credited to " + value;
            case RELABEL_SPEAKER -> "\u2018" + subject + "\u2019 is " + value + " in " + report(reportId);
            case ADD_COUNTRY -> "country " + value + " added to " + on;
            case REMOVE_COUNTRY -> "country " + value + " removed from " + on;
            case ADD_THEME -> "theme " + value + " added to " + on;
            case REMOVE_THEME -> "theme " + value + " removed from " + on;
            case MERGE_PERSONS -> subject + " is " + value + (reportId == null ? "" : " in " + report(reportId));
            case SPLIT_CLAIM -> on + " split in two";
            case MERGE_CLAIMS -> "claims merged into " + on;
            default -> kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " " + id;
        };
    }

    // ---- tags and words

    private static String tag(Connection c, long tagId) throws SQLException {
        return quoteName(tagPath(c, tagId));
    }

    private static String tagPath(Connection c, long tagId) throws SQLException {
        return StoreQueries.tag(c, tagId).map(Tag::path).orElse("#" + tagId);
    }

    private static String quoteName(String name) {
        return "\u2018" + (name == null ? "" : name.strip()) + "\u2019";
    }

    /** The first few words in curly quotes, with an ellipsis when there are more. */
    static String words(String text) {
        String t = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        String[] w = t.split(" ");
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < w.length && i < WORDS && sb.length() + w[i].length() <= CHARS) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(w[i]);
            i++;
        }
        if (sb.isEmpty()) {
            sb.append(t, 0, Math.min(t.length(), CHARS)); // one very long word
        }
        boolean cut = sb.length() < t.length();
        return "\u201c" + sb + (cut ? "\u2026" : "") + "\u201d";
    }

    private static String shortId(String id) {
        return id == null ? "?" : id.substring(0, Math.min(12, id.length()));
    }

    private static Map<String, Object> row(Connection c, String table, long id) throws SQLException {
        Map<String, Object> r = Rows.read(c, table, id);
        if (r == null) {
            throw new AnnotationException("no " + table + " " + id);
        }
        return r;
    }

    private static long number(Map<String, Object> row, String column) {
        return ((Number) row.get(column)).longValue();
    }
}
