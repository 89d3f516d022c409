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
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The hand-coded key for code suggestions ({@code src/test/resources/eval/coding-key.json}): a codebook of tags and
 * claims of the samples and the dev corpus, each a quote locator into a file under {@code ../shared} with the tags an
 * analyst gave it. The project must not contain those texts, so quotes are read back from the files at load time and
 * a locator whose text no longer matches its hash fails loudly (the same locators as {@code bin/eval-key.py}).
 */
record CodingKey(List<KeyTag> tags, List<KeyClaim> claims) {
    static final String RESOURCE = "/eval/coding-key.json";

    /** A tag of the codebook: a short id the claims use, the name an analyst sees, and what it covers. */
    record KeyTag(String id, String name, String definition) {
    }

    /**
     * A keyed claim: the file relative to {@code ../shared}, the quote's code-point offsets into it, the quote read
     * back from the file, and its tag ids (in the key's order).
     */
    record KeyClaim(String file, int start, int end, String quote, List<String> tags) {
    }

    /** Loads the key and resolves every quote against the files under {@code shared}. */
    static CodingKey load(Path shared) {
        try (InputStream in = CodingKey.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + RESOURCE);
            }
            JsonNode root = new ObjectMapper().readTree(in);
            List<KeyTag> tags = new ArrayList<>();
            for (JsonNode t : root.get("tags")) {
                tags.add(new KeyTag(t.get("id").asText(), t.get("name").asText(), t.get("definition").asText()));
            }
            Map<String, String> texts = new HashMap<>();
            List<KeyClaim> claims = new ArrayList<>();
            for (JsonNode c : root.get("claims")) {
                String file = c.get("file").asText();
                String text = texts.computeIfAbsent(file, f -> read(shared.resolve(f)));
                JsonNode loc = c.get("quote");
                int start = loc.get("start").asInt();
                int end = loc.get("end").asInt();
                Set<String> ids = new LinkedHashSet<>();
                c.get("tags").forEach(t -> ids.add(t.asText()));
                claims.add(new KeyClaim(file, start, end, resolve(text, loc, file), List.copyOf(ids)));
            }
            return new CodingKey(List.copyOf(tags), List.copyOf(claims));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The tag of the codebook with this id. */
    KeyTag tag(String id) {
        return tags.stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no tag '" + id + "' in the codebook"));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + " (the coding key points into ../shared)", e);
        }
    }

    /** The quote a locator points at; offsets count code points, as Python's str does (bin/eval-key.py). */
    private static String resolve(String text, JsonNode loc, String file) {
        int cps = text.codePointCount(0, text.length());
        int s = loc.get("start").asInt();
        int e = loc.get("end").asInt();
        if (s < 0 || e <= s || e > cps) {
            throw new IllegalStateException(file + ": locator [" + s + "," + e + ") lies outside the text");
        }
        String quote = text.substring(text.offsetByCodePoints(0, s), text.offsetByCodePoints(0, e));
        if (!sha1(collapse(quote)).equals(loc.get("sha1").asText())) {
            throw new IllegalStateException(file + ": the text at [" + s + "," + e
                    + ") does not match the key's sha1 (has the file changed?)");
        }
        return quote;
    }

    /** Whitespace runs as one space, trimmed: what the key's hashes are taken over. */
    static String collapse(String s) {
        return s.replaceAll("[ \\t\\n\\x0B\\f\\r]+", " ").strip();
    }

    private static String sha1(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
