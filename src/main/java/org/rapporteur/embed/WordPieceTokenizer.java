package org.rapporteur.embed;

import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.rapporteur.model.RapporteurException;

/**
 * BERT's WordPiece tokenizer in plain Java, as Hugging Face's {@code tokenizers} runs it for a {@code tokenizer.json}
 * with a BertNormalizer, a BertPreTokenizer and a WordPiece model: special tokens found verbatim in the text; control
 * characters dropped and white space made a space; CJK ideographs split off; accents stripped and lower-cased for an
 * uncased model; words split at white space and punctuation; each word cut greedily into the longest pieces of the
 * vocabulary ({@code ##} marks a piece inside a word), a word that cannot be cut or is longer than the model allows
 * becomes {@code [UNK]}; {@code [CLS]} before and {@code [SEP]} after. Checked against the Rust original on the
 * corpus texts (WordPieceTokenizerReferenceTest). Immutable, thread-safe.
 */
public final class WordPieceTokenizer {
    private static final String CLS = "[CLS]";
    private static final String SEP = "[SEP]";

    private final Map<String, Integer> vocab;
    private final List<String> specialTokens;
    private final String unkToken;
    private final String continuingPrefix;
    private final int maxCharsPerWord;
    private final boolean cleanText;
    private final boolean splitChineseChars;
    private final boolean lowercase;
    private final boolean stripAccents;
    private final int cls;
    private final int sep;
    private final int unk;

    private WordPieceTokenizer(JsonNode json) {
        JsonNode model = json.path("model");
        if (!"WordPiece".equals(model.path("type").asText())) {
            throw new IllegalArgumentException("not a WordPiece model: " + model.path("type").asText());
        }
        Map<String, Integer> v = new HashMap<>();
        for (Map.Entry<String, JsonNode> e : model.path("vocab").properties()) {
            v.put(e.getKey(), e.getValue().asInt());
        }
        this.vocab = Map.copyOf(v);
        this.unkToken = model.path("unk_token").asText("[UNK]");
        this.continuingPrefix = model.path("continuing_subword_prefix").asText("##");
        this.maxCharsPerWord = model.path("max_input_chars_per_word").asInt(100);
        JsonNode norm = json.path("normalizer");
        this.cleanText = norm.path("clean_text").asBoolean(true);
        this.splitChineseChars = norm.path("handle_chinese_chars").asBoolean(true);
        this.lowercase = norm.path("lowercase").asBoolean(true);
        // Hugging Face's rule: accents follow the case when strip_accents is not given (an uncased model strips them)
        JsonNode strip = norm.path("strip_accents");
        this.stripAccents = strip.isBoolean() ? strip.asBoolean() : lowercase;
        List<String> specials = new ArrayList<>();
        for (JsonNode t : json.path("added_tokens")) {
            if (t.path("special").asBoolean(false)) {
                specials.add(t.path("content").asText());
            }
        }
        this.specialTokens = List.copyOf(specials);
        this.cls = idOf(CLS);
        this.sep = idOf(SEP);
        this.unk = idOf(unkToken);
    }

    /** Reads a Hugging Face {@code tokenizer.json}; a file of another kind gets a one-sentence message. */
    public static WordPieceTokenizer read(InputStream tokenizerJson, String name) {
        try {
            return new WordPieceTokenizer(new ObjectMapper().readTree(tokenizerJson));
        } catch (IOException | IllegalArgumentException e) {
            throw new RapporteurException("The tokenizer " + name + " is not a readable WordPiece tokenizer.json.", e);
        }
    }

    /** How many entries the vocabulary has. */
    public int vocabularySize() {
        return vocab.size();
    }

    /**
     * The ids of {@code text} as the model reads it, {@code [CLS]} first and {@code [SEP]} last, at most
     * {@code maxTokens} in all: a longer text keeps its leading window and says it was truncated. Stops reading a long
     * text once the window is full.
     */
    public TokenizedText encode(String text, int maxTokens) {
        if (maxTokens < 2) {
            throw new IllegalArgumentException("maxTokens must leave room for [CLS] and [SEP]: " + maxTokens);
        }
        IdSink sink = new IdSink(maxTokens - 2);
        sink.ids[0] = cls;
        encodeInto(text == null ? "" : text, sink);
        int n = Math.min(sink.count, sink.limit);
        long[] ids = new long[n + 2];
        System.arraycopy(sink.ids, 0, ids, 0, n + 1);
        ids[n + 1] = sep;
        return new TokenizedText(ids, sink.count > sink.limit);
    }

    /** The word pieces of {@code text} without {@code [CLS]}/{@code [SEP]} and without a limit (for tests). */
    public List<String> pieces(String text) {
        long[] ids = encode(text, Integer.MAX_VALUE / 4).ids();
        Map<Integer, String> byId = new HashMap<>();
        vocab.forEach((k, id) -> byId.put(id, k));
        List<String> out = new ArrayList<>();
        for (int i = 1; i < ids.length - 1; i++) {
            out.add(byId.get((int) ids[i]));
        }
        return out;
    }

    private void encodeInto(String text, IdSink sink) {
        // special tokens written in the text are matched before normalisation, as Hugging Face does
        int from = 0;
        while (from <= text.length() && !sink.full()) {
            int at = -1;
            String found = null;
            if (text.indexOf('[', from) >= 0) {
                for (String s : specialTokens) {
                    int i = text.indexOf(s, from);
                    if (i >= 0 && (at < 0 || i < at)) {
                        at = i;
                        found = s;
                    }
                }
            }
            if (found == null) {
                encodePlain(text.substring(from), sink);
                return;
            }
            encodePlain(text.substring(from, at), sink);
            sink.add(idOf(found));
            from = at + found.length();
        }
    }

    private void encodePlain(String text, IdSink sink) {
        if (text.isEmpty()) {
            return;
        }
        String normal = normalise(text);
        int n = normal.length();
        int start = -1;
        for (int i = 0; i < n && !sink.full(); ) {
            int cp = normal.codePointAt(i);
            int len = Character.charCount(cp);
            if (isWhitespace(cp)) {
                if (start >= 0) {
                    wordPieces(normal.substring(start, i), sink);
                    start = -1;
                }
            } else if (isPunctuation(cp)) {
                if (start >= 0) {
                    wordPieces(normal.substring(start, i), sink);
                    start = -1;
                }
                wordPieces(normal.substring(i, i + len), sink);
            } else if (start < 0) {
                start = i;
            }
            i += len;
        }
        if (start >= 0 && !sink.full()) {
            wordPieces(normal.substring(start), sink);
        }
    }

    /** BertNormalizer: clean, split CJK, strip accents, lower-case, in Hugging Face's order. */
    private String normalise(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cleanText) {
                if (cp == 0 || cp == 0xFFFD || isControl(cp)) {
                    continue;
                }
                if (isWhitespace(cp)) {
                    sb.append(' ');
                    continue;
                }
            }
            if (splitChineseChars && isChineseChar(cp)) {
                sb.append(' ').appendCodePoint(cp).append(' ');
            } else {
                sb.appendCodePoint(cp);
            }
        }
        String s = sb.toString();
        if (stripAccents && !isAscii(s)) {
            String nfd = Normalizer.normalize(s, Normalizer.Form.NFD);
            StringBuilder kept = new StringBuilder(nfd.length());
            nfd.codePoints().filter(c -> Character.getType(c) != Character.NON_SPACING_MARK)
                    .forEach(kept::appendCodePoint);
            s = kept.toString();
        }
        if (lowercase) {
            s = lowercase(s);
        }
        return s;
    }

    /**
     * Lower-cases one character at a time, as Rust's {@code char::to_lowercase} does (Java's String lower-casing would
     * look at the neighbours of a Greek sigma); a character may become two ("İ").
     */
    private static String lowercase(String s) {
        if (isAscii(s)) {
            return s.toLowerCase(Locale.ROOT);
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                sb.append((char) Character.toLowerCase(cp));
            } else if (cp == 0x03A3) {
                sb.append('σ');
            } else {
                sb.append(new String(Character.toChars(cp)).toLowerCase(Locale.ROOT));
            }
        }
        return sb.toString();
    }

    /** Greedy longest match over the vocabulary; a word with a part that matches nothing is one {@code [UNK]}. */
    private void wordPieces(String word, IdSink sink) {
        if (word.codePointCount(0, word.length()) > maxCharsPerWord) {
            sink.add(unk);
            return;
        }
        int mark = sink.count;
        int start = 0;
        while (start < word.length()) {
            int end = word.length();
            Integer piece = null;
            while (end > start) {
                String sub = word.substring(start, end);
                piece = vocab.get(start > 0 ? continuingPrefix + sub : sub);
                if (piece != null) {
                    break;
                }
                end = word.offsetByCodePoints(end, -1);
            }
            if (piece == null) {
                sink.count = mark;
                sink.add(unk);
                return;
            }
            sink.add(piece);
            start = end;
        }
    }

    private int idOf(String token) {
        Integer id = vocab.get(token);
        if (id == null) {
            throw new IllegalArgumentException("the vocabulary has no " + token);
        }
        return id;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Rust's {@code char::is_whitespace}: Unicode's White_Space property. */
    static boolean isWhitespace(int cp) {
        if (cp == ' ' || (cp >= 0x09 && cp <= 0x0D) || cp == 0x85) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }

    /** Hugging Face's control characters: Unicode's "other" categories, but tab, new line and carriage return. */
    static boolean isControl(int cp) {
        if (cp == '\t' || cp == '\n' || cp == '\r') {
            return false;
        }
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE || type == Character.SURROGATE;
    }

    /** ASCII punctuation (which includes symbols such as $ and +) and Unicode's punctuation categories. */
    static boolean isPunctuation(int cp) {
        if ((cp >= 33 && cp <= 47) || (cp >= 58 && cp <= 64) || (cp >= 91 && cp <= 96) || (cp >= 123 && cp <= 126)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.CONNECTOR_PUNCTUATION || type == Character.DASH_PUNCTUATION
                || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || type == Character.OTHER_PUNCTUATION;
    }

    /** The CJK ideograph blocks BERT splits into single characters. */
    static boolean isChineseChar(int cp) {
        return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x20000 && cp <= 0x2A6DF)
                || (cp >= 0x2A700 && cp <= 0x2B73F) || (cp >= 0x2B740 && cp <= 0x2B81F)
                || (cp >= 0x2B920 && cp <= 0x2CEAF) || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0x2F800 && cp <= 0x2FA1F);
    }

    /** The ids so far, after [CLS] at 0; counts one past the window so a truncation is known without reading on. */
    private static final class IdSink {
        final int limit;
        long[] ids = new long[64];
        int count;

        IdSink(int limit) {
            this.limit = limit;
        }

        boolean full() {
            return count > limit;
        }

        void add(int id) {
            if (count > limit) {
                return;
            }
            if (count + 1 >= ids.length) {
                ids = java.util.Arrays.copyOf(ids, ids.length * 2);
            }
            ids[++count] = id;
        }
    }
}
