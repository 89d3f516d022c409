package org.rapporteur.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The paraphrase key ({@code src/test/resources/eval/paraphrase-key.json}): claims of the shared corpora, each with a
 * query in our own words that shares no content-word stem with it, written before any meaning search had been run on
 * those texts. The key holds locators, never the texts' words: a quote is read back from its file under
 * {@code ../shared} and checked against its SHA-1, as {@code bin/eval-key.py} writes them.
 */
public record ParaphraseKey(List<Entry> entries) {
    public static final String RESOURCE = "/eval/paraphrase-key.json";

    /**
     * One claim of the key: its file relative to the shared data folder, the locator of its quote (offsets in code
     * points into the file as UTF-8, SHA-1 of the quote with whitespace runs collapsed), and the analyst's query.
     */
    public record Entry(String file, int start, int end, String sha1, String query, String note) {
        /** The corpus the file belongs to: corpus, devcorpus or ungdc. */
        public String corpus() {
            return file.substring(0, file.indexOf('/'));
        }

        /** The quote read back from the file under {@code shared}; fails loudly when the file no longer matches. */
        public String quote(Path shared) {
            String text;
            try {
                text = Files.readString(shared.resolve(file), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file + " of the paraphrase key", e);
            }
            int from = text.offsetByCodePoints(0, start);
            int to = text.offsetByCodePoints(0, end);
            String quote = text.substring(from, to);
            if (!ParaphraseKey.sha1(normalised(quote)).equals(sha1)) {
                throw new IllegalStateException(file + ": the text at [" + start + "," + end
                        + ") does not match the key's sha1 (has the file changed?)");
            }
            return quote;
        }
    }

    /** The key as committed in the test resources. */
    public static ParaphraseKey load() {
        try (InputStream in = ParaphraseKey.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + RESOURCE);
            }
            return parse(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ParaphraseKey parse(JsonNode root) {
        List<Entry> entries = new ArrayList<>();
        for (JsonNode c : root.get("claims")) {
            JsonNode q = c.get("quote");
            entries.add(new Entry(c.get("file").asText(), q.get("start").asInt(), q.get("end").asInt(),
                    q.get("sha1").asText(), c.get("query").asText(), c.path("note").asText(null)));
        }
        return new ParaphraseKey(List.copyOf(entries));
    }

    /** Whitespace runs collapsed to one space, as the key's hashes and the claim lookup both take a quote. */
    public static String normalised(String s) {
        return s.replaceAll("[ \\t\\n\\x0B\\f\\r]+", " ").strip();
    }

    static String sha1(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
