package org.rapporteur.bench.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The harness's part of docs/benchmarks.md: everything between {@link #START} and {@link #END} belongs to
 * bin/bench-compare and is replaced by each full run; the rest of the file is left as it is. The previous run's table
 * is read back first, so its figures become the "before" column of the new one.
 */
public final class BenchmarksDoc {
    public static final String START = "<!-- bench-compare:start (written by bin/bench-compare; edits inside are lost) -->";
    public static final String END = "<!-- bench-compare:end -->";
    /** A hidden line in the block naming the run it holds, so the next run can say what "before" was. */
    private static final Pattern RUN = Pattern.compile("<!-- bench-compare:run (.*?) -->");

    private BenchmarksDoc() {
    }

    /**
     * The document with the harness's block replaced by {@code block}; when the document has no block yet, it is
     * inserted before the first second-level heading (or appended).
     */
    public static String replaceBlock(String doc, String block) {
        String wrapped = START + "\n" + block.strip() + "\n" + END;
        int s = doc.indexOf(START);
        int e = doc.indexOf(END);
        if (s >= 0 && e > s) {
            return doc.substring(0, s) + wrapped + doc.substring(e + END.length());
        }
        if (s >= 0 || e >= 0) {
            throw new IllegalStateException("docs/benchmarks.md has only one of the bench-compare markers: fix it by "
                    + "hand (both or neither) before writing a new run");
        }
        int heading = doc.indexOf("\n## ");
        if (heading < 0) {
            return doc.stripTrailing() + "\n\n" + wrapped + "\n";
        }
        return doc.substring(0, heading + 1) + wrapped + "\n\n" + doc.substring(heading + 1);
    }

    /** The hidden run label line for a block. */
    public static String runLine(String label) {
        return "<!-- bench-compare:run " + label.replace("--", "-") + " -->";
    }

    /** The label of the run the document's block holds, or null. */
    public static String previousRun(String doc) {
        String block = block(doc);
        if (block == null) {
            return null;
        }
        Matcher m = RUN.matcher(block);
        return m.find() ? m.group(1) : null;
    }

    /**
     * The previous run's figures by work: its Rapporteur cell, with the ratio in parentheses when there was one.
     * Read from the first table in the block; empty when there is none.
     */
    public static Map<String, String> previousFigures(String doc) {
        Map<String, String> out = new LinkedHashMap<>();
        String block = block(doc);
        if (block == null) {
            return out;
        }
        boolean inTable = false;
        for (String line : block.split("\n")) {
            String t = line.strip();
            if (!t.startsWith("|")) {
                if (inTable) {
                    break; // the first table only: the details below have tables of their own
                }
                continue;
            }
            List<String> cells = cells(t);
            if (cells.size() < 4 || cells.get(0).equals("work") || cells.get(0).startsWith("---")) {
                inTable = inTable || cells.size() >= 4;
                continue;
            }
            inTable = true;
            String ratio = cells.get(3);
            out.put(cells.get(0), cells.get(1) + (ratio.equals("—") || ratio.isBlank() ? "" : " (" + ratio + ")"));
        }
        return out;
    }

    private static String block(String doc) {
        int s = doc.indexOf(START);
        int e = doc.indexOf(END);
        return s >= 0 && e > s ? doc.substring(s + START.length(), e) : null;
    }

    /** The cells of a Markdown table line, unescaping {@code \|}. */
    static List<String> cells(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        String body = line.strip();
        body = body.substring(1, body.endsWith("|") && !body.endsWith("\\|") ? body.length() - 1 : body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length() && body.charAt(i + 1) == '|') {
                cur.append('|');
                i++;
            } else if (c == '|') {
                out.add(cur.toString().strip());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString().strip());
        return out;
    }
}
