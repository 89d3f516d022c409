package org.rapporteur.ui.team;

import java.util.List;

import org.rapporteur.annotations.ChangeEvent;

/**
 * How the workbench announces a change it did not make. In a team workspace it names the analyst and says what they
 * did ({@code Ayesha tagged ‘Proxies’ on Asif Durrani “…”}), since every change there comes from a person; in a
 * single-user workspace it keeps the program's wording ({@link ChangeEvent#announcement()}: the command line, another
 * window), since the person is always the user.
 */
public final class ChangeAnnouncement {
    /**
     * The store's summaries are noun phrases ({@code deletion of tag ‘X’}); after a name they read as a verb. Longest
     * prefixes first where one starts another ({@code tag } is also the start of nothing else listed).
     */
    private static final List<String[]> VERBS = List.of(
            new String[] {"new tag ", "created tag "},
            new String[] {"renaming of tag ", "renamed tag "},
            new String[] {"change of the ", "changed the "},
            new String[] {"move of tag ", "moved tag "},
            new String[] {"merge of tag ", "merged tag "},
            new String[] {"merge of the person ", "merged the person "},
            new String[] {"deletion of the note on ", "deleted the note on "},
            new String[] {"deletion of tag ", "deleted tag "},
            new String[] {"rejection of the suggested tag ", "rejected the suggested tag "},
            new String[] {"removal of tag ", "removed tag "},
            new String[] {"removal of link: ", "removed the link "},
            new String[] {"removal of correction: ", "removed the correction "},
            new String[] {"edit of the note on ", "edited the note on "},
            new String[] {"note on ", "wrote a note on "},
            new String[] {"link: ", "linked "},
            new String[] {"correction: ", "corrected "},
            new String[] {"split of ", "split "},
            new String[] {"re-attachment of ", "re-attached "},
            new String[] {"tag ", "tagged "});

    private ChangeAnnouncement() {
    }

    /** The one line the status bar shows for {@code e}, made elsewhere; {@code team}: the workspace is a team's. */
    public static String of(ChangeEvent e, boolean team) {
        if (!team) {
            return e.announcement();
        }
        String who = e.user();
        return switch (e.action()) {
            case UNDONE -> who + " undid " + e.summary();
            case REDONE -> who + " redid " + e.summary();
            // a batch (an import) has a summary of its own making: no verb to find in it
            case DONE, REANCHORED -> who + " " + ("Batch".equals(e.type()) ? "changed the annotations: "
                    + e.summary() : asVerb(e.summary()));
        };
    }

    /** {@code tag ‘Proxies’ on …} as {@code tagged ‘Proxies’ on …}; a summary of another shape keeps its words. */
    static String asVerb(String summary) {
        String s = summary == null ? "" : summary;
        for (String[] v : VERBS) {
            if (s.startsWith(v[0])) {
                return v[1] + s.substring(v[0].length());
            }
        }
        return "changed the annotations: " + s;
    }
}
