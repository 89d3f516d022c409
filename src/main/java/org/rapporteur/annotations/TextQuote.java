package org.rapporteur.annotations;

/**
 * A W3C Web Annotation TextQuote selector: the {@code exact} text plus up to {@value TextAnchors#CONTEXT} characters of
 * {@code prefix} and {@code suffix} around it.
 */
public record TextQuote(String exact, String prefix, String suffix) {
    public TextQuote {
        exact = exact == null ? "" : exact;
        prefix = prefix == null ? "" : prefix;
        suffix = suffix == null ? "" : suffix;
    }
}
