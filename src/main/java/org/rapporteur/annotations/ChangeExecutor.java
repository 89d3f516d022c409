package org.rapporteur.annotations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Applies one {@link Change} inside the caller's write transaction, validating it first and refusing with an
 * {@link AnnotationException} whose message the user can act on. All writes go through a {@link JournalTx}.
 */
final class ChangeExecutor {
    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");
    private static final int MAX_NAME = 120;
    /** A calm palette for tags created without a colour; picked by the name's hash so it is stable. */
    private static final List<String> PALETTE = List.of("#4E79A7", "#F28E2B", "#E15759", "#76B7B2", "#59A14F",
            "#EDC948", "#B07AA1", "#FF9DA7", "#9C755F", "#BAB0AC");

    private final ClaimResolver resolver;
    private final String user;
    private final Supplier<String> clock;

    ChangeExecutor(ClaimResolver resolver, String user, Supplier<String> clock) {
        this.resolver = resolver;
        this.user = user;
        this.clock = clock;
    }

    /** Applies the change and returns the id of the entity it created or changed (0 when none). */
    long apply(JournalTx tx, Change change) throws SQLException {
        return switch (change) {
            case Change.CreateTag ct -> createTag(tx, ct);
            case Change.RenameTag rt -> renameTag(tx, rt);
            case Change.EditTag et -> editTag(tx, et);
            case Change.MoveTag mt -> moveTag(tx, mt);
            case Change.MergeTags mg -> mergeTags(tx, mg);
            case Change.DeleteTag dt -> deleteTag(tx, dt);
            case Change.AddCoding ac -> addCoding(tx, ac);
            case Change.RemoveCoding rc -> removeCoding(tx, rc.codingId());
            case Change.RejectSuggestion rs -> rejectSuggestion(tx, rs);
            case Change.AddNote an -> addNote(tx, an);
            case Change.EditNote en -> editNote(tx, en);
            case Change.DeleteNote dn -> deleteNote(tx, dn.noteId());
            case Change.AddLink al -> addLink(tx, al);
            case Change.RemoveLink rl -> removeLink(tx, rl.linkId());
            case Change.AddCorrection ac -> addCorrection(tx, ac.request());
            case Change.RemoveCorrection rc -> removeCorrection(tx, rc.correctionId());
            case Change.ReattachAnchor ra -> reattach(tx, ra);
            case Change.MergePeople mp -> personDecision(tx, "MERGE", mp.name(), mp.other());
            case Change.SplitPerson sp -> personDecision(tx, "SPLIT", sp.person(), sp.variant());
            case Change.Batch b -> applyAll(tx, b);
        };
    }

    /** The parts of a batch in order, in the caller's transaction; returns the id the last part made or changed. */
    private long applyAll(JournalTx tx, Change.Batch b) throws SQLException {
        long last = 0;
        for (Change part : b.changes()) {
            last = apply(tx, part);
        }
        return last;
    }

    // ---- people

    /** Whether the names exist is the caller's check (the registry knows them); the store keeps what was decided. */
    private long personDecision(JournalTx tx, String kind, String name, String other) throws SQLException {
        String a = required(name, "MERGE".equals(kind) ? "person's name" : "person");
        String b = required(other, "MERGE".equals(kind) ? "name of the person to merge" : "name to split out");
        if (a.equalsIgnoreCase(b)) {
            throw new AnnotationException("MERGE".equals(kind) ? "'" + a + "' is the same name twice."
                    : "Cannot split '" + b + "' out of itself; name the person it was merged into.");
        }
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("kind", kind);
        v.put("name", a);
        v.put("other", b);
        v.put("creator", user);
        v.put("created_at", clock.get());
        return tx.insert("person_decision", v);
    }

    // ---- codebook

    private long createTag(JournalTx tx, Change.CreateTag ct) throws SQLException {
        String name = validName(ct.name());
        if (ct.parentId() != null) {
            requireTag(tx.c, ct.parentId());
        }
        requireFreeName(tx.c, ct.parentId(), name, -1);
        String colour = ct.colour() == null || ct.colour().isBlank()
                ? PALETTE.get(Math.floorMod(name.toLowerCase(Locale.ROOT).hashCode(), PALETTE.size()))
                : validColour(ct.colour());
        String now = clock.get();
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("name", name);
        v.put("parent_id", ct.parentId());
        v.put("colour", colour.toUpperCase(Locale.ROOT));
        v.put("description", blankToNull(ct.description()));
        v.put("creator", user);
        v.put("created_at", now);
        v.put("modified_at", now);
        v.put("modified_by", user);
        return tx.insert("tag", v);
    }

    private long renameTag(JournalTx tx, Change.RenameTag rt) throws SQLException {
        Tag tag = requireTag(tx.c, rt.tagId());
        String name = validName(rt.newName());
        requireFreeName(tx.c, tag.parentId(), name, tag.id());
        noticeOverwrite(tx, "tag", tag.id(), rt.readModifiedAt());
        tx.update("tag", tag.id(), Map.of("name", name, "modified_at", clock.get(), "modified_by", user));
        return tag.id();
    }

    private long editTag(JournalTx tx, Change.EditTag et) throws SQLException {
        Tag tag = requireTag(tx.c, et.tagId());
        Map<String, Object> v = new LinkedHashMap<>();
        if (et.colour() != null) {
            v.put("colour", validColour(et.colour()).toUpperCase(Locale.ROOT));
        }
        if (et.description() != null) {
            v.put("description", blankToNull(et.description()));
        }
        noticeOverwrite(tx, "tag", tag.id(), et.readModifiedAt());
        v.put("modified_at", clock.get());
        v.put("modified_by", user);
        tx.update("tag", tag.id(), v);
        return tag.id();
    }

    private long moveTag(JournalTx tx, Change.MoveTag mt) throws SQLException {
        Tag tag = requireTag(tx.c, mt.tagId());
        if (mt.newParentId() != null) {
            Tag parent = requireTag(tx.c, mt.newParentId());
            if (StoreQueries.subtreeIds(tx.c, tag.id()).contains(parent.id())) {
                throw new AnnotationException("Cannot move tag '" + tag.path() + "' under '" + parent.path()
                        + "': a tag cannot be inside itself.");
            }
        }
        requireFreeName(tx.c, mt.newParentId(), tag.name(), tag.id());
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("parent_id", mt.newParentId());
        v.put("modified_at", clock.get());
        v.put("modified_by", user);
        tx.update("tag", tag.id(), v);
        return tag.id();
    }

    private long mergeTags(JournalTx tx, Change.MergeTags mg) throws SQLException {
        Tag source = requireTag(tx.c, mg.sourceId());
        Tag target = requireTag(tx.c, mg.targetId());
        if (source.id() == target.id()) {
            throw new AnnotationException("Cannot merge tag '" + source.path() + "' into itself.");
        }
        if (StoreQueries.subtreeIds(tx.c, source.id()).contains(target.id())) {
            throw new AnnotationException("Cannot merge tag '" + source.path() + "' into its own sub-tag '"
                    + target.path() + "'; move the sub-tag out first.");
        }
        String now = clock.get();
        for (Tag child : StoreQueries.children(tx.c, source.id())) {
            if (StoreQueries.childNamed(tx.c, target.id(), child.name()).isPresent()) {
                throw new AnnotationException("Cannot merge '" + source.path() + "' into '" + target.path()
                        + "': both have a sub-tag named '" + child.name() + "'; merge or rename those first.");
            }
            tx.update("tag", child.id(), Map.of("parent_id", target.id(), "modified_at", now, "modified_by", user));
        }
        moveUses(tx, source.id(), target.id(), now);
        forgetRejections(tx, source.id());
        tx.delete("tag", source.id());
        return target.id();
    }

    private long deleteTag(JournalTx tx, Change.DeleteTag dt) throws SQLException {
        Tag tag = requireTag(tx.c, dt.tagId());
        List<Tag> children = StoreQueries.children(tx.c, tag.id());
        if (!children.isEmpty()) {
            throw new AnnotationException("Tag '" + tag.path() + "' has " + children.size() + " sub-tag"
                    + (children.size() == 1 ? "" : "s") + "; move, merge or delete them first.");
        }
        List<Long> codings = ids(tx.c, "SELECT id FROM coding WHERE tag_id = ?", tag.id());
        List<Long> notes = ids(tx.c, "SELECT id FROM note WHERE tag_id = ?", tag.id());
        String now = clock.get();
        switch (dt.policy()) {
            case DeletePolicy.RefuseIfUsed r -> {
                if (!codings.isEmpty() || !notes.isEmpty()) {
                    throw new AnnotationException("Tag '" + tag.path() + "' is used by " + count(codings.size(),
                            "coding") + " and " + count(notes.size(), "note") + "; to delete it, move them to "
                            + "another tag or delete them with the tag.");
                }
            }
            case DeletePolicy.MoveCodingsTo m -> {
                Tag target = requireTag(tx.c, m.tagId());
                if (target.id() == tag.id()) {
                    throw new AnnotationException("Cannot move the codings of tag '" + tag.path()
                            + "' to the tag being deleted.");
                }
                moveUses(tx, tag.id(), target.id(), now);
            }
            case DeletePolicy.DeleteCodings d -> {
                for (long id : codings) {
                    removeCoding(tx, id);
                }
                for (long id : notes) {
                    deleteNote(tx, id);
                }
            }
        }
        forgetRejections(tx, tag.id());
        tx.delete("tag", tag.id());
        return tag.id();
    }

    /** Codings and notes of one tag move to another; a coding the target already has on the same claim is redundant. */
    private void moveUses(JournalTx tx, long from, long to, String now) throws SQLException {
        List<String> targetClaims = strings(tx.c, "SELECT a.claim_id FROM coding k JOIN anchor a ON a.id = k.anchor_id"
                + " WHERE k.tag_id = ? AND k.target_kind = 'CLAIM' AND a.claim_id IS NOT NULL", to);
        for (Coding k : StoreQueries.codings(tx.c, "k.tag_id = ?", from)) {
            if (k.targetKind() == TargetKind.CLAIM && targetClaims.contains(k.anchor().claimId())) {
                removeCoding(tx, k.id());
            } else {
                tx.update("coding", k.id(), Map.of("tag_id", to, "modified_at", now));
            }
        }
        for (long id : ids(tx.c, "SELECT id FROM note WHERE tag_id = ?", from)) {
            tx.update("note", id, Map.of("tag_id", to, "modified_at", now, "modified_by", user));
        }
    }

    // ---- codings, notes, links

    private long addCoding(JournalTx tx, Change.AddCoding ac) throws SQLException {
        Tag tag = requireTag(tx.c, ac.tagId());
        if (!(ac.target() instanceof Target.Claim) && !(ac.target() instanceof Target.Selection)) {
            throw new AnnotationException("A tag can be put on a claim or a text selection, not on a "
                    + TargetKind.of(ac.target()).name().toLowerCase(Locale.ROOT) + ".");
        }
        if (ac.target() instanceof Target.Claim c) {
            requireClaim(c.claimId());
            if (!ids(tx.c, "SELECT k.id FROM coding k JOIN anchor a ON a.id = k.anchor_id WHERE k.tag_id = ? AND"
                    + " k.target_kind = 'CLAIM' AND a.claim_id = ? AND a.status <> 'ORPHAN'", tag.id(),
                    c.claimId()).isEmpty()) {
                throw new AnnotationException("Claim " + c.claimId() + " is already coded with '" + tag.path()
                        + "'.");
            }
        }
        long anchor = insertAnchor(tx, ac.target());
        String now = clock.get();
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("tag_id", tag.id());
        v.put("anchor_id", anchor);
        v.put("target_kind", TargetKind.of(ac.target()).name());
        v.put("creator", user);
        v.put("created_at", now);
        v.put("modified_at", now);
        v.put("suggested", ac.suggested() ? 1L : 0L);
        v.put("suggestion_confidence", ac.confidence());
        return tx.insert("coding", v);
    }

    /** Remembers that the analyst refused this tag for this claim; refusing a tag the claim has makes no sense. */
    private long rejectSuggestion(JournalTx tx, Change.RejectSuggestion rs) throws SQLException {
        Tag tag = requireTag(tx.c, rs.tagId());
        String claimId = requireClaim(rs.claimId()).claimId();
        if (!ids(tx.c, "SELECT k.id FROM coding k JOIN anchor a ON a.id = k.anchor_id WHERE k.tag_id = ? AND"
                + " k.target_kind = 'CLAIM' AND a.claim_id = ? AND a.status <> 'ORPHAN'", tag.id(), claimId)
                .isEmpty()) {
            throw new AnnotationException("Claim " + claimId + " is coded with '" + tag.path() + "'; remove the"
                    + " coding to take the tag off, there is no suggestion to reject.");
        }
        if (!ids(tx.c, "SELECT id FROM suggestion_rejection WHERE claim_id = ? AND tag_id = ?", claimId, tag.id())
                .isEmpty()) {
            throw new AnnotationException("'" + tag.path() + "' was already rejected for claim " + claimId
                    + "; it is not suggested for it again.");
        }
        if (rs.confidence() != null && !(rs.confidence() >= 0 && rs.confidence() <= 1)) {
            throw new AnnotationException("A suggestion's confidence lies between 0 and 1, not " + rs.confidence()
                    + ".");
        }
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("claim_id", claimId);
        v.put("tag_id", tag.id());
        v.put("confidence", rs.confidence());
        v.put("creator", user);
        v.put("created_at", clock.get());
        return tx.insert("suggestion_rejection", v);
    }

    /** A deleted or merged tag's rejected suggestions go with it (journalled, so an undo brings them back). */
    private void forgetRejections(JournalTx tx, long tagId) throws SQLException {
        for (long id : ids(tx.c, "SELECT id FROM suggestion_rejection WHERE tag_id = ?", tagId)) {
            tx.delete("suggestion_rejection", id);
        }
    }

    private long removeCoding(JournalTx tx, long codingId) throws SQLException {
        Map<String, Object> row = requireRow(tx.c, "coding", codingId, "coding");
        tx.delete("coding", codingId);
        tx.delete("anchor", ((Number) row.get("anchor_id")).longValue());
        return codingId;
    }

    private long addNote(JournalTx tx, Change.AddNote an) throws SQLException {
        String text = an.text() == null ? "" : an.text().strip();
        if (text.isEmpty()) {
            throw new AnnotationException("A note needs some text.");
        }
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("target_kind", TargetKind.of(an.target()).name());
        switch (an.target()) {
            case Target.Claim c -> v.put("anchor_id", insertAnchor(tx, c));
            case Target.Selection s -> v.put("anchor_id", insertAnchor(tx, s));
            case Target.Report r -> {
                if (resolver.reportText(r.reportId()).isEmpty()) {
                    throw new AnnotationException("No report with id '" + r.reportId() + "'.");
                }
                v.put("report_id", r.reportId());
            }
            case Target.Person p -> {
                if (p.name() == null || p.name().isBlank()) {
                    throw new AnnotationException("A note on a person needs the person's name.");
                }
                v.put("person", p.name().strip());
            }
            case Target.Tag t -> v.put("tag_id", requireTag(tx.c, t.tagId()).id());
        }
        String now = clock.get();
        v.put("text", text);
        v.put("creator", user);
        v.put("created_at", now);
        v.put("modified_at", now);
        v.put("modified_by", user);
        return tx.insert("note", v);
    }

    private long editNote(JournalTx tx, Change.EditNote en) throws SQLException {
        requireRow(tx.c, "note", en.noteId(), "note");
        String text = en.text() == null ? "" : en.text().strip();
        if (text.isEmpty()) {
            throw new AnnotationException("A note needs some text; delete the note to remove it.");
        }
        noticeOverwrite(tx, "note", en.noteId(), en.readModifiedAt());
        tx.update("note", en.noteId(), Map.of("text", text, "modified_at", clock.get(), "modified_by", user));
        return en.noteId();
    }

    private long deleteNote(JournalTx tx, long noteId) throws SQLException {
        Map<String, Object> row = requireRow(tx.c, "note", noteId, "note");
        tx.delete("note", noteId);
        if (row.get("anchor_id") instanceof Number a) {
            tx.delete("anchor", a.longValue());
        }
        return noteId;
    }

    private long addLink(JournalTx tx, Change.AddLink al) throws SQLException {
        if (al.type() == null) {
            throw new AnnotationException("A link needs a type.");
        }
        ClaimRef a = requireClaim(al.sourceClaimId());
        ClaimRef b = requireClaim(al.targetClaimId());
        if (a.claimId().equals(b.claimId())) {
            throw new AnnotationException("A claim cannot be linked to itself.");
        }
        if (!ids(tx.c, "SELECT l.id FROM link l JOIN anchor s ON s.id = l.source_anchor_id JOIN anchor t ON t.id ="
                + " l.target_anchor_id WHERE l.type = ? AND s.claim_id = ? AND t.claim_id = ?", al.type().name(),
                a.claimId(), b.claimId()).isEmpty()) {
            throw new AnnotationException("Claim " + a.claimId() + " already " + al.type().label() + " claim "
                    + b.claimId() + ".");
        }
        String now = clock.get();
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("type", al.type().name());
        v.put("source_anchor_id", insertAnchor(tx, claimAnchor(a)));
        v.put("target_anchor_id", insertAnchor(tx, claimAnchor(b)));
        v.put("note", blankToNull(al.note()));
        v.put("creator", user);
        v.put("created_at", now);
        v.put("modified_at", now);
        return tx.insert("link", v);
    }

    private long removeLink(JournalTx tx, long linkId) throws SQLException {
        Map<String, Object> row = requireRow(tx.c, "link", linkId, "link");
        tx.delete("link", linkId);
        tx.delete("anchor", ((Number) row.get("source_anchor_id")).longValue());
        tx.delete("anchor", ((Number) row.get("target_anchor_id")).longValue());
        return linkId;
    }

    // ---- corrections

    private long addCorrection(JournalTx tx, CorrectionRequest request) throws SQLException {
        Map<String, Object> v = new LinkedHashMap<>();
        switch (request) {
            case CorrectionRequest.SetSpeaker s -> {
                ClaimRef ref = requireClaim(s.claimId());
                put(v, CorrectionKind.SPEAKER, insertAnchor(tx, claimAnchor(ref)), ref.reportId());
                v.put("value", required(s.name(), "speaker's name"));
                v.put("role", blankToNull(s.role()));
                v.put("affiliation", blankToNull(s.affiliation()));
                v.put("country", blankToNull(s.country()));
            }
            case CorrectionRequest.SetBody s -> claimValue(tx, v, CorrectionKind.BODY, s.claimId(),
                    required(s.body(), "organisation or session"));
            case CorrectionRequest.RelabelSpeaker r -> {
                String reportId = required(r.reportId(), "report");
                String from = required(r.from(), "name or label to replace");
                String to = required(r.speaker(), "speaker's name");
                if (from.equals(to)) {
                    throw new AnnotationException("'" + from + "' is already the name of these claims.");
                }
                if (resolver.reportText(reportId).isEmpty()) {
                    throw new AnnotationException("No report with id '" + reportId + "'.");
                }
                put(v, CorrectionKind.RELABEL_SPEAKER, null, reportId);
                v.put("subject", from);
                v.put("value", to);
            }
            case CorrectionRequest.AddCountry s -> claimValue(tx, v, CorrectionKind.ADD_COUNTRY, s.claimId(),
                    required(s.country(), "country"));
            case CorrectionRequest.RemoveCountry s -> claimValue(tx, v, CorrectionKind.REMOVE_COUNTRY,
                    s.claimId(), required(s.country(), "country"));
            case CorrectionRequest.AddTheme s -> claimValue(tx, v, CorrectionKind.ADD_THEME, s.claimId(),
                    required(s.theme(), "theme"));
            case CorrectionRequest.RemoveTheme s -> claimValue(tx, v, CorrectionKind.REMOVE_THEME, s.claimId(),
                    required(s.theme(), "theme"));
            case CorrectionRequest.MergePersons m -> {
                String from = required(m.from(), "name of the person to merge");
                String into = required(m.into(), "name of the person to keep");
                if (from.equalsIgnoreCase(into)) {
                    throw new AnnotationException("Cannot merge '" + from + "' with itself.");
                }
                if (m.reportId() != null && resolver.reportText(m.reportId()).isEmpty()) {
                    throw new AnnotationException("No report with id '" + m.reportId() + "'.");
                }
                put(v, CorrectionKind.MERGE_PERSONS, null, m.reportId());
                v.put("subject", from);
                v.put("value", into);
            }
            case CorrectionRequest.SplitClaim s -> {
                ClaimRef ref = requireClaim(s.claimId());
                if (s.offset() <= 0 || s.offset() >= ref.exact().length()) {
                    throw new AnnotationException("Split offset " + s.offset() + " is not inside claim "
                            + ref.claimId() + " (1.." + (ref.exact().length() - 1) + ").");
                }
                put(v, CorrectionKind.SPLIT_CLAIM, insertAnchor(tx, claimAnchor(ref)), ref.reportId());
                v.put("value", ref.exact().substring(s.offset(), Math.min(ref.exact().length(),
                        s.offset() + TextAnchors.CONTEXT)));
                v.put("split_offset", s.offset());
            }
            case CorrectionRequest.MergeClaims m -> {
                ClaimRef a = requireClaim(m.firstClaimId());
                ClaimRef b = requireClaim(m.secondClaimId());
                if (!a.reportId().equals(b.reportId()) || a.claimId().equals(b.claimId())) {
                    throw new AnnotationException("Only two different claims of the same report can be merged.");
                }
                String text = resolver.reportText(a.reportId()).orElseThrow(() -> new AnnotationException(
                        "No report with id '" + a.reportId() + "'."));
                int start = Math.min(a.start(), b.start());
                int end = Math.max(a.end(), b.end());
                put(v, CorrectionKind.MERGE_CLAIMS, insertAnchor(tx, a.reportId(), a.claimId(),
                        TextAnchors.quote(text, start, end), start, end), a.reportId());
            }
        }
        String now = clock.get();
        v.put("creator", user);
        v.put("created_at", now);
        v.put("modified_at", now);
        return tx.insert("correction", v);
    }

    private void claimValue(JournalTx tx, Map<String, Object> v, CorrectionKind kind, String claimId, String value)
            throws SQLException {
        ClaimRef ref = requireClaim(claimId);
        put(v, kind, insertAnchor(tx, claimAnchor(ref)), ref.reportId());
        v.put("value", value);
    }

    private static void put(Map<String, Object> v, CorrectionKind kind, Long anchorId, String reportId) {
        v.put("kind", kind.name());
        v.put("anchor_id", anchorId);
        v.put("report_id", reportId);
    }

    private long removeCorrection(JournalTx tx, long id) throws SQLException {
        Map<String, Object> row = requireRow(tx.c, "correction", id, "correction");
        tx.delete("correction", id);
        if (row.get("anchor_id") instanceof Number a) {
            tx.delete("anchor", a.longValue());
        }
        return id;
    }

    private long reattach(JournalTx tx, Change.ReattachAnchor ra) throws SQLException {
        requireRow(tx.c, "anchor", ra.anchorId(), "anchor");
        Map<String, Object> v = anchorValues(ra.target());
        v.put("method", AnchorMethod.MANUAL.name());
        tx.update("anchor", ra.anchorId(), v);
        return ra.anchorId();
    }

    // ---- anchors

    private Target.Claim claimAnchor(ClaimRef ref) {
        return new Target.Claim(ref.claimId());
    }

    private long insertAnchor(JournalTx tx, Target target) throws SQLException {
        return tx.insert("anchor", anchorValues(target));
    }

    private long insertAnchor(JournalTx tx, String reportId, String claimId, TextQuote q, int start, int end)
            throws SQLException {
        return tx.insert("anchor", anchorRow(reportId, claimId, q, start, end));
    }

    private Map<String, Object> anchorValues(Target target) {
        return switch (target) {
            case Target.Claim c -> {
                ClaimRef ref = requireClaim(c.claimId());
                yield anchorRow(ref.reportId(), ref.claimId(), ref.quote(), ref.start(), ref.end());
            }
            case Target.Selection s -> {
                String text = resolver.reportText(s.reportId()).orElseThrow(() -> new AnnotationException(
                        "No report with id '" + s.reportId() + "'."));
                TextQuote q = TextAnchors.quote(text, s.start(), s.end());
                if (q.exact().isBlank()) {
                    throw new AnnotationException("The selection [" + s.start() + ", " + s.end()
                            + ") holds no text.");
                }
                yield anchorRow(s.reportId(), resolver.claimAt(s.reportId(), s.start(), s.end()).orElse(null), q,
                        s.start(), s.end());
            }
            default -> throw new AnnotationException("Only a claim or a text selection can be anchored.");
        };
    }

    private Map<String, Object> anchorRow(String reportId, String claimId, TextQuote q, int start, int end) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("report_id", reportId);
        v.put("claim_id", claimId);
        v.put("exact", q.exact());
        v.put("prefix", q.prefix());
        v.put("suffix", q.suffix());
        v.put("start_pos", start);
        v.put("end_pos", end);
        v.put("status", AnchorStatus.ANCHORED.name());
        v.put("method", AnchorMethod.CREATED.name());
        v.put("score", 1.0);
        v.put("anchored_at", clock.get());
        return v;
    }

    // ---- checks

    private ClaimRef requireClaim(String claimId) {
        if (claimId == null || claimId.isBlank()) {
            throw new AnnotationException("A claim id is needed.");
        }
        Optional<ClaimRef> ref = resolver.resolve(claimId.strip());
        return ref.orElseThrow(() -> new AnnotationException("No claim with id '" + claimId.strip() + "'."));
    }

    /**
     * Last writer wins, and is told: when the analyst read the tag or note at {@code readModifiedAt} and another
     * analyst has edited it since, the change goes ahead and the journal notes whose edit it replaced (the replaced
     * value stays in the change's before image). Nothing to tell when the caller did not say what it read, or when
     * the newer edit is the analyst's own (from another window).
     */
    private void noticeOverwrite(JournalTx tx, String table, long id, String readModifiedAt) throws SQLException {
        if (readModifiedAt == null) {
            return;
        }
        Map<String, Object> row = Rows.read(tx.c, table, id);
        if (row == null || sameInstant(readModifiedAt, String.valueOf(row.get("modified_at")))) {
            return;
        }
        Object by = row.get("modified_by") != null ? row.get("modified_by") : row.get("creator");
        if (by != null && !by.toString().equals(user)) {
            tx.overwrote(by.toString());
        }
    }

    private static boolean sameInstant(String a, String b) {
        try {
            return java.time.Instant.parse(a).equals(java.time.Instant.parse(b));
        } catch (java.time.format.DateTimeParseException notAnInstant) {
            return a.equals(b);
        }
    }

    private static Tag requireTag(Connection c, long id) throws SQLException {
        return StoreQueries.tag(c, id).orElseThrow(() -> new AnnotationException("No tag with id " + id + "."));
    }

    private static Map<String, Object> requireRow(Connection c, String table, long id, String what)
            throws SQLException {
        Map<String, Object> row = Rows.read(c, table, id);
        if (row == null) {
            throw new AnnotationException("No " + what + " with id " + id + ".");
        }
        return row;
    }

    private static void requireFreeName(Connection c, Long parentId, String name, long self) throws SQLException {
        Optional<Tag> clash = StoreQueries.childNamed(c, parentId, name);
        if (clash.isPresent() && clash.get().id() != self) {
            throw new AnnotationException("There is already a tag '" + clash.get().path() + "'.");
        }
    }

    private static String validName(String name) {
        String n = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (n.isEmpty()) {
            throw new AnnotationException("A tag needs a name.");
        }
        if (n.contains("/")) {
            throw new AnnotationException("A tag name cannot contain '/' (it separates levels in tag paths): '"
                    + n + "'.");
        }
        if (n.length() > MAX_NAME) {
            throw new AnnotationException("A tag name can have at most " + MAX_NAME + " characters.");
        }
        return n;
    }

    private static String validColour(String colour) {
        String c = colour.strip();
        if (!COLOUR.matcher(c).matches()) {
            throw new AnnotationException("A colour is written #RRGGBB, e.g. #4E79A7, not '" + colour + "'.");
        }
        return c;
    }

    private static String required(String s, String what) {
        if (s == null || s.isBlank()) {
            throw new AnnotationException("The " + what + " is missing.");
        }
        return s.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    static List<Long> ids(Connection c, String sql, Object... args) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
        }
        return out;
    }

    static List<String> strings(Connection c, String sql, Object... args) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }
}
