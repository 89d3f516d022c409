package org.rapporteur.annotations;

import java.util.Locale;

/**
 * Which program made a change, recorded with every change and event, so a window can say where a change it did not
 * make came from. Stores written before origins were recorded read as {@link #UNKNOWN}.
 */
public enum ChangeOrigin {
    /** The JavaFX workbench. */
    WORKBENCH("another Rapporteur window"),
    /** A {@code rapporteur} command. */
    COMMAND_LINE("the command line"),
    /** A program that did not say (tests, tools using the library), or a change recorded before origins were. */
    UNKNOWN("another program");

    private final String seenFromAWindow;

    ChangeOrigin(String seenFromAWindow) {
        this.seenFromAWindow = seenFromAWindow;
    }

    /** Where a change made elsewhere came from, as a window names it: {@code the command line}. */
    public String place() {
        return seenFromAWindow;
    }

    /** The stored name back as an origin; null or a name this version does not know is {@link #UNKNOWN}. */
    public static ChangeOrigin of(String stored) {
        if (stored != null) {
            try {
                return valueOf(stored.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                // a newer Rapporteur's origin: say nothing wrong about it
            }
        }
        return UNKNOWN;
    }
}
