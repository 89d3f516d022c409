package org.rapporteur.structure;

import java.util.List;

/** Consecutive non-blank lines; paragraphs are separated by one or more blank lines. */
record Paragraph(int index, List<TextLine> lines) {
    Paragraph {
        lines = List.copyOf(lines);
    }

    int start() {
        return lines.getFirst().start();
    }

    int end() {
        return lines.getLast().end();
    }

    TextLine first() {
        return lines.getFirst();
    }

    boolean singleLine() {
        return lines.size() == 1;
    }

    /** The lines joined by single spaces, for pattern matching (never for claim text). */
    String joined() {
        StringBuilder sb = new StringBuilder();
        for (TextLine l : lines) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(l.text());
        }
        return sb.toString();
    }

    /** Splits a text into paragraphs of trimmed lines with their offsets. */
    static List<Paragraph> split(String text) {
        List<Paragraph> out = new java.util.ArrayList<>();
        List<TextLine> current = new java.util.ArrayList<>();
        int pos = 0;
        int n = text.length();
        while (pos <= n) {
            int nl = text.indexOf('\n', pos);
            int lineEnd = nl < 0 ? n : nl;
            int[] line = trimmed(text, pos, lineEnd);
            int s = line[0];
            int e = line[1];
            if (s == e) {
                if (!current.isEmpty()) {
                    out.add(new Paragraph(out.size(), current));
                    current = new java.util.ArrayList<>();
                }
            } else {
                current.add(new TextLine(s, e, text.substring(s, e)));
            }
            if (nl < 0) {
                break;
            }
            pos = nl + 1;
        }
        if (!current.isEmpty()) {
            out.add(new Paragraph(out.size(), current));
        }
        return out;
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b' || c == '\ufeff';
    }

    /** The span {@code [start, end)} of {@code text} without its leading and trailing spaces, as {start, end}. */
    static int[] trimmed(String text, int start, int end) {
        int a = start;
        int b = end;
        while (a < b && isSpace(text.charAt(a))) {
            a++;
        }
        while (b > a && isSpace(text.charAt(b - 1))) {
            b--;
        }
        return new int[] {a, b};
    }
}
