package org.rapporteur.annotations;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.rapporteur.model.Claim;
import org.rapporteur.model.Ids;

/**
 * Test double for the pipeline: reports (id → text) with claims cut by a naive sentence splitter, and a
 * {@link ClaimResolver} over them. Good enough to exercise anchoring; the real segmentation lives in {@code structure}.
 */
final class TestReports implements ClaimResolver {
    private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]+(?:[.!?]+|(?=\\n)|$)");

    private final Map<String, String> texts = new ConcurrentHashMap<>();
    private final Map<String, List<Claim>> claims = new ConcurrentHashMap<>();

    /** Adds a report; its id is a hash of its text, as the pipeline's is of the source bytes. */
    String add(String text) {
        String id = Ids.sha256(text.getBytes(StandardCharsets.UTF_8));
        put(id, text, sentences(id, text));
        return id;
    }

    void put(String reportId, String text, List<Claim> cs) {
        texts.put(reportId, text);
        claims.put(reportId, List.copyOf(cs));
    }

    String text(String reportId) {
        return texts.get(reportId);
    }

    List<Claim> claims(String reportId) {
        return claims.get(reportId);
    }

    /** The claim containing the first occurrence of {@code needle}. */
    Claim claimWith(String reportId, String needle) {
        int at = texts.get(reportId).indexOf(needle);
        if (at < 0) {
            throw new IllegalArgumentException("not in report: " + needle);
        }
        return claims.get(reportId).stream().filter(c -> c.start() <= at && at < c.end()).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no claim at: " + needle));
    }

    @Override
    public Optional<ClaimRef> resolve(String claimId) {
        for (Map.Entry<String, List<Claim>> e : claims.entrySet()) {
            for (Claim c : e.getValue()) {
                if (c.id().equals(claimId)) {
                    return Optional.of(ClaimRef.of(c, texts.get(e.getKey())));
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<String> reportText(String reportId) {
        return Optional.ofNullable(texts.get(reportId));
    }

    @Override
    public Optional<String> claimAt(String reportId, int start, int end) {
        List<Claim> cs = claims.get(reportId);
        return cs == null ? Optional.empty() : Reanchorer.bestClaim(cs, start, end);
    }

    /** Sentences (and lines without end punctuation) of at least 20 characters become claims. */
    static List<Claim> sentences(String reportId, String text) {
        List<Claim> out = new ArrayList<>();
        Matcher m = SENTENCE.matcher(text);
        while (m.find()) {
            int s = m.start();
            int e = m.end();
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e - s >= 20) {
                out.add(claim(reportId, text, s, e));
            }
        }
        return out;
    }

    /** Every line of more than 20 characters as a claim: an extractor that cuts lines, not sentences. */
    static List<Claim> lines(String reportId, String text) {
        List<Claim> out = new ArrayList<>();
        int pos = 0;
        for (String line : text.split("\n", -1)) {
            if (line.length() > 20) {
                out.add(claim(reportId, text, pos, pos + line.length()));
            }
            pos += line.length() + 1;
        }
        return out;
    }

    static Claim claim(String reportId, String text, int s, int e) {
        return new Claim(Ids.claimId(reportId, s, e), reportId, s, e, text.substring(s, e), null, List.of(),
                Claim.Kind.SENTENCE, null, null);
    }
}
