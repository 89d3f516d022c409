package org.rapporteur.export;

/**
 * A report's text with every CRLF and lone CR turned into LF, and the mapping of offsets in the original (UTF-16
 * units, as Java and our selectors count) to REFI-QDA positions in the LF text (Unicode code points, as QualCoder and
 * the REFI-QDA tools count characters). For text that is LF-only and in the Basic Multilingual Plane both are equal.
 */
final class LfText {
    private final String text;
    private final int[] position;

    LfText(String original) {
        StringBuilder sb = new StringBuilder(original.length());
        position = new int[original.length() + 1];
        int cp = 0;
        for (int i = 0; i < original.length(); i++) {
            position[i] = cp;
            char c = original.charAt(i);
            if (c == '\r') {
                sb.append('\n');
                cp++;
                if (i + 1 < original.length() && original.charAt(i + 1) == '\n') {
                    position[++i] = cp - 1;
                }
            } else if (Character.isHighSurrogate(c) && i + 1 < original.length()
                    && Character.isLowSurrogate(original.charAt(i + 1))) {
                sb.append(c).append(original.charAt(i + 1));
                position[++i] = cp;
                cp++;
            } else {
                sb.append(c);
                cp++;
            }
        }
        position[original.length()] = cp;
        text = sb.toString();
    }

    String text() {
        return text;
    }

    /** The code-point position in the LF text of an offset in the original text (clamped to the text). */
    int position(int offset) {
        return position[Math.max(0, Math.min(offset, position.length - 1))];
    }
}
