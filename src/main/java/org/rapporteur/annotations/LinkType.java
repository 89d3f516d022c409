package org.rapporteur.annotations;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How one claim relates to another. */
public enum LinkType {
    SUPPORTS, CONTRADICTS, ELABORATES, SAME_CLAIM, RESPONDS_TO;

    /** Accepts {@code contradicts}, {@code same-claim}, {@code "same claim"}, {@code RESPONDS_TO}... */
    public static LinkType parse(String s) {
        String k = s == null ? "" : s.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (LinkType t : values()) {
            if (t.name().equals(k)) {
                return t;
            }
        }
        throw new AnnotationException("Unknown link type '" + s + "'; use one of "
                + Arrays.stream(values()).map(LinkType::label).collect(Collectors.joining(", ")) + ".");
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
