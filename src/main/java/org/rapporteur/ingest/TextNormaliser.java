package org.rapporteur.ingest;

/**
 * The last step of every reader, and the contract the structure stage relies on: LF line ends; no trailing spaces on
 * a line; paragraphs separated by exactly one blank line (runs of blank lines collapse to one); no leading or
 * trailing blank lines; non-breaking and other fixed-width spaces become plain spaces; typographic ligatures are
 * spelled out; soft hyphens, zero-width spaces, byte-order marks and stray control characters are dropped. Curly
 * quotes, dashes and all other characters are kept as they are. Stateless, thread-safe.
 */
final class TextNormaliser {
    private TextNormaliser() {
    }

    static String normalise(String s) {
        String chars = mapCharacters(s);
        StringBuilder out = new StringBuilder(chars.length());
        int pendingNewlines = 0;
        boolean any = false;
        int lineStart = 0;
        int n = chars.length();
        while (lineStart <= n) {
            int nl = chars.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? n : nl;
            int e = lineEnd;
            while (e > lineStart && isTrailingBlank(chars.charAt(e - 1))) {
                e--;
            }
            if (e == lineStart) {
                pendingNewlines++;
            } else {
                if (any) {
                    out.append(pendingNewlines >= 1 ? "\n\n" : "\n");
                }
                out.append(chars, lineStart, e);
                any = true;
                pendingNewlines = 0;
            }
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
        return out.toString();
    }

    private static boolean isTrailingBlank(char c) {
        return c == ' ' || c == '\t';
    }

    /** CR LF and lone CR to LF, nothing else. */
    static String mapLineEnds(String s) {
        return s.indexOf('\r') < 0 ? s : s.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** Line ends to LF and the per-character clean-up; keeps length changes local so it can run before anything. */
    static String mapCharacters(String s) {
        StringBuilder b = null;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            String rep = replacement(c, i + 1 < n ? s.charAt(i + 1) : 0);
            if (rep == null) {
                if (b != null) {
                    b.append(c);
                }
                continue;
            }
            if (b == null) {
                b = new StringBuilder(n);
                b.append(s, 0, i);
            }
            b.append(rep);
        }
        return b == null ? s : b.toString();
    }

    /** Null means "keep the character". */
    private static String replacement(char c, char next) {
        switch (c) {
            case '\r':
                return next == '\n' ? "" : "\n";
            case '\f', '\u2029':
                return "\n\n";
            case '\u2028', '\u0085':
                return "\n";
            case '\u00A0', '\u2007', '\u202F', '\u205F', '\u3000':
                return " ";
            case '\u00AD', '\u200B', '\u2060', '\uFEFF':
                return "";
            case '\uFB00':
                return "ff";
            case '\uFB01':
                return "fi";
            case '\uFB02':
                return "fl";
            case '\uFB03':
                return "ffi";
            case '\uFB04':
                return "ffl";
            case '\uFB05', '\uFB06':
                return "st";
            default:
                break;
        }
        if (c >= '\u2000' && c <= '\u200A') {
            return " ";
        }
        if ((c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7F && c < 0xA0)) {
            return "";
        }
        return null;
    }
}
