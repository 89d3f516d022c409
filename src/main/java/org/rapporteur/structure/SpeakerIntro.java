package org.rapporteur.structure;

import java.util.List;
import org.rapporteur.model.AttributionMethod;

/**
 * An introduction of one or more people found at paragraph {@code lastParagraph} or before: the header span, how the
 * people were introduced, whether the text that follows is theirs ({@code opensBlock}, one person only), and where
 * their text starts inside the last paragraph ({@code contentFrom}, or -1 when it starts with the next paragraph).
 */
record SpeakerIntro(List<ParsedPerson> people, int headerStart, int headerEnd, AttributionMethod method,
                    boolean opensBlock, int lastParagraph, int contentFrom) {
}
