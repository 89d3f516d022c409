package org.rapporteur.structure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rapporteur.model.Claim;
import org.rapporteur.model.Report;

/**
 * A hand-written answer key in the devcorpus format ({@code ../shared/devcorpus/README.md}): per document, who makes
 * each quoted claim. Scoring follows {@code ../shared/devcorpus/score.py} (speaker accuracy on high-confidence claims;
 * a quote found in no claim counts as wrong), so the figures here and from {@code bin/eval} agree.
 *
 * <p>A quote may be a locator {@code {start, end, sha1}} into the document's text instead of text (the samples' key:
 * the project must not contain their text); it is resolved against the file at load time and fails loudly when the
 * file no longer matches.
 */
record AnswerKey(List<Doc> documents) {
    record Doc(String file, String kind, List<Gold> claims) {
    }

    record Gold(String speaker, String attributedTo, String quote) {
    }

    record Miss(String file, String quote, String expected, String got) {
        @Override
        public String toString() {
            return file + ": expected " + expected + ", got " + got + ": \"" + quote + "\"";
        }
    }

    record Score(int total, int right, List<Miss> misses) {
        double accuracy() {
            return total == 0 ? 0 : (double) right / total;
        }
    }

    /** Loads a key; {@code texts} is the folder whose files the locators point into (null when quotes are text). */
    static AnswerKey load(Path json, Path texts) throws IOException {
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        List<Doc> docs = new ArrayList<>();
        for (JsonNode d : root.get("documents")) {
            String file = d.get("file").asText();
            String text = null;
            List<Gold> claims = new ArrayList<>();
            for (JsonNode c : d.get("claims")) {
                if (!"high".equals(c.path("confidence").asText())) {
                    continue; // medium claims are defensible either way and not scored
                }
                if (text == null && texts != null) {
                    text = Files.readString(texts.resolve(file), StandardCharsets.UTF_8);
                }
                claims.add(new Gold(value(c.get("speaker"), text, file), value(c.get("attributed_to"), text, file),
                        value(c.get("quote"), text, file)));
            }
            docs.add(new Doc(file, d.path("kind").asText(), claims));
        }
        return new AnswerKey(docs);
    }

    /** A key field as text: a locator into the document is read back from it, text stays text, null stays null. */
    private static String value(JsonNode n, String text, String file) {
        if (n == null || n.isNull()) {
            return null;
        }
        return n.isObject() ? resolve(text, n, file) : n.asText();
    }

    /** The quote a locator points at; offsets count code points, as Python's str does (bin/eval-key.py). */
    static String resolve(String text, JsonNode loc, String file) {
        int start = text.offsetByCodePoints(0, loc.get("start").asInt());
        int end = text.offsetByCodePoints(0, loc.get("end").asInt());
        String quote = text.substring(start, end);
        if (!sha1(quote.replaceAll("[ \\t\\n\\x0B\\f\\r]+", " ").strip()).equals(loc.get("sha1").asText())) {
            throw new IllegalStateException(file + ": the text at [" + loc.get("start") + "," + loc.get("end")
                    + ") does not match the key's sha1 (has the file changed?)");
        }
        return quote;
    }

    static String sha1(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Scores the structured reports, found by file name, against this key. */
    Score score(List<Report> reports) {
        int total = 0;
        int right = 0;
        List<Miss> misses = new ArrayList<>();
        for (Doc d : documents) {
            List<Claim> claims = reports.stream().filter(r -> r.source().sourceName().equals(d.file()))
                    .flatMap(r -> r.claims().stream()).toList();
            for (Gold g : d.claims()) {
                total++;
                Claim c = locate(g.quote(), claims);
                String expected = g.speaker() != null ? g.speaker() : "no person (" + g.attributedTo() + ")";
                if (c == null) {
                    misses.add(new Miss(d.file(), g.quote(), expected, "NOT FOUND"));
                    continue;
                }
                String got = c.attribution().speakerName();
                boolean ok = g.speaker() != null ? samePerson(g.speaker(), got) : got == null;
                if (ok) {
                    right++;
                } else {
                    misses.add(new Miss(d.file(), g.quote(), expected,
                            got != null ? got : "no person (" + c.attribution().attributedTo() + ")"));
                }
            }
        }
        return new Score(total, right, misses);
    }

    // ---- the rules of score.py: norm_text, locate, name_tokens, same_person ----

    static String norm(String s) {
        String t = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC)
                .replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"').replace('\u201d', '"')
                .replace('\u2013', '-').replace('\u2014', '-').replace("*", "");
        return t.replaceAll("(?U)\\s+", " ").strip().toLowerCase(Locale.ROOT); // (?U): Unicode spaces, as Python's re
    }

    /** The shortest claim holding the quote, else the claim holding the longest (≥ half) prefix or suffix of it. */
    static Claim locate(String quote, List<Claim> claims) {
        String q = norm(quote);
        Claim best = null;
        for (Claim c : claims) {
            String n = norm(c.text());
            if (n.contains(q) && (best == null || n.length() < norm(best.text()).length())) {
                best = c;
            }
        }
        if (best != null) {
            return best;
        }
        String[] words = q.split(" ");
        double bestFrac = 0;
        for (Claim c : claims) {
            String n = norm(c.text());
            for (int k = words.length; k > 3; k--) {
                String prefix = String.join(" ", Arrays.copyOfRange(words, 0, k));
                String suffix = String.join(" ", Arrays.copyOfRange(words, words.length - k, words.length));
                if (n.contains(prefix) || n.contains(suffix)) {
                    double frac = (double) k / words.length;
                    if (frac > bestFrac) {
                        best = c;
                        bestFrac = frac;
                    }
                    break;
                }
            }
        }
        return bestFrac >= 0.5 ? best : null;
    }

    private static final Set<String> HONORIFICS = Set.of(("senator dr dr. mr mr. ms ms. mrs mrs. h.e. he amb amb. "
            + "ambassador r ® @ lt lt. gen gen. lieutenant general brig brig. prof prof. professor sir hi m hj ti "
            + "minister president vice admiral dsm td the").split(" "));
    private static final Pattern NAME_TOKEN = Pattern.compile("[a-z][a-z'\\-]*");

    static Set<String> nameTokens(String s) {
        Matcher m = NAME_TOKEN.matcher(norm(s).replaceAll("\\([^)]*\\)", " "));
        Set<String> out = new HashSet<>();
        while (m.find()) {
            String t = m.group();
            if ((!HONORIFICS.contains(t) && t.length() > 1) || t.equals("li")) {
                out.add(t);
            }
        }
        return out;
    }

    /** Gold's name tokens all in the prediction, or a prediction of two or more tokens all in gold's. */
    static boolean samePerson(String gold, String predicted) {
        if (gold == null || predicted == null) {
            return false;
        }
        Set<String> g = nameTokens(gold);
        Set<String> p = nameTokens(predicted);
        if (g.isEmpty() || p.isEmpty()) {
            return false;
        }
        return p.containsAll(g) || (g.containsAll(p) && p.size() >= 2);
    }
}
