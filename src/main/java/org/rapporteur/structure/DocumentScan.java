package org.rapporteur.structure;

import java.util.List;
import java.util.Set;
import org.rapporteur.model.Person;
import org.rapporteur.model.Section;
import org.rapporteur.model.SpeakerBlock;
import org.rapporteur.model.Span;

/**
 * What one pass over a document found: layout (sections, speaker blocks, boilerplate, claim spans with context) and
 * the signals metadata extraction needs (front matter, author labels, byline, outlet, item titles).
 */
record DocumentScan(List<Paragraph> paragraphs, int contentStartParagraph, List<Section> sections,
                  List<SpeakerBlock> speakerBlocks, List<Span> boilerplate, List<ClaimDraft> claims,
                  List<String> labelledAuthors, List<String> bylineAuthors, String aboutAuthor, String outlet,
                  int itemTitles, int transcriptTurns, Set<Integer> selfReferenceParagraphs,
                  List<Perspective> perspectives, List<Person> persons) {
}
