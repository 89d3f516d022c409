package org.rapporteur.annotations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Read queries over one connection, mapping rows to the public records. Callers hold the transaction. */
final class StoreQueries {
    private StoreQueries() {
    }

    // ---- tags

    /** All tags, each with its path, ordered by path. Codebooks are small (hundreds), so one query builds paths. */
    static List<Tag> tags(Connection c) throws SQLException {
        Map<Long, Object[]> raw = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, name, parent_id, colour, description, creator,"
                + " created_at, modified_at FROM tag"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Object parent = rs.getObject(3);
                raw.put(rs.getLong(1), new Object[]{rs.getString(2), parent == null ? null :
                        ((Number) parent).longValue(), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getString(7), rs.getString(8)});
            }
        }
        List<Tag> out = new ArrayList<>();
        for (Map.Entry<Long, Object[]> e : raw.entrySet()) {
            Object[] r = e.getValue();
            out.add(new Tag(e.getKey(), (String) r[0], (Long) r[1], path(raw, e.getKey()), (String) r[2],
                    (String) r[3], (String) r[4], (String) r[5], (String) r[6]));
        }
        out.sort(Comparator.comparing((Tag t) -> t.path().toLowerCase(java.util.Locale.ROOT)));
        return out;
    }

    private static String path(Map<Long, Object[]> raw, long id) {
        StringBuilder sb = new StringBuilder();
        Long cur = id;
        int guard = 0;
        while (cur != null && raw.containsKey(cur) && guard++ < 1000) {
            Object[] r = raw.get(cur);
            sb.insert(0, sb.isEmpty() ? (String) r[0] : r[0] + "/");
            cur = (Long) r[1];
        }
        return sb.toString();
    }

    static Optional<Tag> tag(Connection c, long id) throws SQLException {
        return tags(c).stream().filter(t -> t.id() == id).findFirst();
    }

    static List<Tag> children(Connection c, Long parentId) throws SQLException {
        return tags(c).stream().filter(t -> java.util.Objects.equals(t.parentId(), parentId)).toList();
    }

    static Optional<Tag> childNamed(Connection c, Long parentId, String name) throws SQLException {
        return children(c, parentId).stream().filter(t -> t.name().equalsIgnoreCase(name)).findFirst();
    }

    /** The tag and all its descendants. */
    static Set<Long> subtreeIds(Connection c, long id) throws SQLException {
        return new LinkedHashSet<>(ChangeExecutor.ids(c, "WITH RECURSIVE sub(id) AS (SELECT ? UNION SELECT t.id FROM"
                + " tag t JOIN sub ON t.parent_id = sub.id) SELECT id FROM sub", id));
    }

    static Map<Long, String> tagPaths(Connection c) throws SQLException {
        Map<Long, String> m = new HashMap<>();
        for (Tag t : tags(c)) {
            m.put(t.id(), t.path());
        }
        return m;
    }

    // ---- anchors

    static String anchorCols(String a) {
        return a + ".id AS " + a + "_id, " + a + ".report_id AS " + a + "_report_id, " + a + ".claim_id AS " + a
                + "_claim_id, " + a + ".exact AS " + a + "_exact, " + a + ".prefix AS " + a + "_prefix, " + a
                + ".suffix AS " + a + "_suffix, " + a + ".start_pos AS " + a + "_start, " + a + ".end_pos AS " + a
                + "_end, " + a + ".status AS " + a + "_status, " + a + ".method AS " + a + "_method, " + a
                + ".score AS " + a + "_score";
    }

    static Anchor anchor(ResultSet rs, String a) throws SQLException {
        if (rs.getObject(a + "_id") == null) {
            return null;
        }
        return new Anchor(rs.getLong(a + "_id"), rs.getString(a + "_report_id"), rs.getString(a + "_claim_id"),
                new TextQuote(rs.getString(a + "_exact"), rs.getString(a + "_prefix"), rs.getString(a + "_suffix")),
                new TextPosition(rs.getInt(a + "_start"), rs.getInt(a + "_end")),
                AnchorStatus.valueOf(rs.getString(a + "_status")), AnchorMethod.valueOf(rs.getString(a + "_method")),
                rs.getDouble(a + "_score"));
    }

    static List<Anchor> anchors(Connection c, String where, Object... args) throws SQLException {
        List<Anchor> out = new ArrayList<>();
        try (PreparedStatement ps = prepare(c, "SELECT " + anchorCols("a") + " FROM anchor a WHERE " + where
                + " ORDER BY a.id", args); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(anchor(rs, "a"));
            }
        }
        return out;
    }

    // ---- annotations

    static List<Coding> codings(Connection c, String where, Object... args) throws SQLException {
        Map<Long, String> paths = tagPaths(c);
        List<Coding> out = new ArrayList<>();
        try (PreparedStatement ps = prepare(c, "SELECT k.id, k.tag_id, k.target_kind, k.creator, k.created_at,"
                + " k.modified_at, k.suggested, k.suggestion_confidence, " + anchorCols("a") + " FROM coding k JOIN anchor a ON a.id = k.anchor_id WHERE "
                + where + " ORDER BY k.id", args); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long tagId = rs.getLong("tag_id");
                out.add(new Coding(rs.getLong("id"), tagId, paths.get(tagId),
                        TargetKind.valueOf(rs.getString("target_kind")), anchor(rs, "a"), rs.getString("creator"),
                        rs.getString("created_at"), rs.getString("modified_at"), rs.getInt("suggested") == 1,
                        rs.getObject("suggestion_confidence") == null ? null
                                : rs.getDouble("suggestion_confidence")));
            }
        }
        return out;
    }

    static List<Note> notes(Connection c, String where, Object... args) throws SQLException {
        List<Note> out = new ArrayList<>();
        try (PreparedStatement ps = prepare(c, "SELECT n.id, n.target_kind, n.report_id, n.person, n.tag_id, n.text,"
                + " n.creator, n.created_at, n.modified_at, " + anchorCols("a") + " FROM note n LEFT JOIN anchor a"
                + " ON a.id = n.anchor_id WHERE " + where + " ORDER BY n.id", args);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Anchor anchor = anchor(rs, "a");
                Object tagId = rs.getObject("tag_id");
                String reportId = rs.getString("report_id");
                out.add(new Note(rs.getLong("id"), TargetKind.valueOf(rs.getString("target_kind")), anchor,
                        reportId != null ? reportId : anchor == null ? null : anchor.reportId(),
                        rs.getString("person"), tagId == null ? null : ((Number) tagId).longValue(),
                        rs.getString("text"), rs.getString("creator"), rs.getString("created_at"),
                        rs.getString("modified_at")));
            }
        }
        return out;
    }

    static List<Link> links(Connection c, String where, Object... args) throws SQLException {
        List<Link> out = new ArrayList<>();
        try (PreparedStatement ps = prepare(c, "SELECT l.id, l.type, l.note, l.creator, l.created_at, l.modified_at, "
                + anchorCols("s") + ", " + anchorCols("t") + " FROM link l JOIN anchor s ON s.id = l.source_anchor_id"
                + " JOIN anchor t ON t.id = l.target_anchor_id WHERE " + where + " ORDER BY l.id", args);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Link(rs.getLong("id"), LinkType.valueOf(rs.getString("type")), anchor(rs, "s"),
                        anchor(rs, "t"), rs.getString("note"), rs.getString("creator"), rs.getString("created_at"),
                        rs.getString("modified_at")));
            }
        }
        return out;
    }

    static List<Correction> corrections(Connection c, String where, Object... args) throws SQLException {
        List<Correction> out = new ArrayList<>();
        try (PreparedStatement ps = prepare(c, "SELECT r.id, r.kind, r.report_id, r.subject, r.value, r.role,"
                + " r.affiliation, r.country, r.split_offset, r.creator, r.created_at, r.modified_at, "
                + anchorCols("a") + " FROM correction r LEFT JOIN anchor a ON a.id = r.anchor_id WHERE " + where
                + " ORDER BY r.id", args); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Object offset = rs.getObject("split_offset");
                Anchor anchor = anchor(rs, "a");
                String reportId = rs.getString("report_id");
                out.add(new Correction(rs.getLong("id"), CorrectionKind.valueOf(rs.getString("kind")), anchor,
                        anchor != null ? anchor.reportId() : reportId, rs.getString("subject"),
                        rs.getString("value"), rs.getString("role"), rs.getString("affiliation"),
                        rs.getString("country"), offset == null ? null : ((Number) offset).intValue(),
                        rs.getString("creator"), rs.getString("created_at"), rs.getString("modified_at")));
            }
        }
        return out;
    }

    static List<Orphan> orphans(Connection c, String reportId) throws SQLException {
        String where = "a.status = 'ORPHAN'" + (reportId == null ? "" : " AND a.report_id = ?");
        Object[] args = reportId == null ? new Object[0] : new Object[]{reportId};
        List<Orphan> out = new ArrayList<>();
        for (Coding k : codings(c, where, args)) {
            out.add(new Orphan("coding", k.id(), k.anchor(), "tag '" + k.tagPath() + "' on \""
                    + shorten(k.anchor().quote().exact()) + "\""));
        }
        for (Note n : notes(c, where, args)) {
            out.add(new Orphan("note", n.id(), n.anchor(), "note \"" + shorten(n.text()) + "\" on \""
                    + shorten(n.anchor().quote().exact()) + "\""));
        }
        String linkWhere = "(s.status = 'ORPHAN' OR t.status = 'ORPHAN')" + (reportId == null ? ""
                : " AND (s.report_id = ? OR t.report_id = ?)");
        Object[] linkArgs = reportId == null ? new Object[0] : new Object[]{reportId, reportId};
        for (Link l : links(c, linkWhere, linkArgs)) {
            for (Anchor end : List.of(l.source(), l.target())) {
                if (end.orphan() && (reportId == null || reportId.equals(end.reportId()))) {
                    out.add(new Orphan("link", l.id(), end, l.type().label() + " link, end \""
                            + shorten(end.quote().exact()) + "\""));
                }
            }
        }
        for (Correction r : corrections(c, where, args)) {
            out.add(new Orphan("correction", r.id(), r.anchor(), r.kind().name().toLowerCase(java.util.Locale.ROOT)
                    + " correction on \"" + shorten(r.anchor().quote().exact()) + "\""));
        }
        return out;
    }

    /** User-tag paths per claim of a report (claim and selection codings that are not orphans). */
    static Map<String, List<String>> tagPathsByClaim(Connection c, String where, Object... args) throws SQLException {
        Map<String, Set<String>> m = new TreeMap<>();
        for (Coding k : codings(c, "a.status <> 'ORPHAN' AND a.claim_id IS NOT NULL AND " + where, args)) {
            m.computeIfAbsent(k.anchor().claimId(), x -> new TreeSet<>()).add(k.tagPath());
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return out;
    }

    /** The creators of the codings on each claim (claim and selection codings, orphans left out), sorted. */
    static Map<String, List<String>> codersByClaim(Connection c, String where, Object... args) throws SQLException {
        Map<String, Set<String>> m = new TreeMap<>();
        try (PreparedStatement ps = prepare(c, "SELECT DISTINCT a.claim_id, k.creator FROM coding k JOIN anchor a ON"
                + " a.id = k.anchor_id WHERE a.status <> 'ORPHAN' AND a.claim_id IS NOT NULL AND " + where, args);
             java.sql.ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                m.computeIfAbsent(rs.getString(1), x -> new TreeSet<>()).add(rs.getString(2));
            }
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return out;
    }

    static String shorten(String s) {
        String t = s == null ? "" : s.replaceAll("\\s+", " ").strip();
        return t.length() <= 60 ? t : t.substring(0, 57) + "...";
    }

    static PreparedStatement prepare(Connection c, String sql, Object... args) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i]);
        }
        return ps;
    }
}
