package org.rapporteur.structure;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates a record states about itself in its text rather than in a title page: a full date led by its weekday
 * ("Monday, 16 October 2023", "Tuesday 12th September, 2023") on a header line, as an event's own record writes it, and a
 * dateline, a short paragraph that is nothing but a date ("8th Feb., 2021", "Date: 3 May 2024"), as transcripts and
 * Hansard pages head their sittings. Stateless.
 */
final class EventDate {
    private static final String WEEKDAY = "(?:mon|tues|wednes|thurs|fri|satur|sun)day";
    private static final Pattern WEEKDAY_DATE = Pattern.compile("(?i)\\b" + WEEKDAY + ",?\\s+(?:the\\s+)?(\\d{1,2}(?:st|nd|rd|th)?"
            + "(?:\\s+of)?\\s+\\p{L}+\\.?,?\\s+\\d{4}|\\p{L}+\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})\\b");
    private static final Pattern DATELINE = Pattern.compile("(?i)^(?:(?:date|dated|held on|sitting|meeting)\\s*:?\\s*)?"
            + "(?:" + WEEKDAY + ",?\\s+)?(?:the\\s+)?[\\p{L}\\d][\\p{L}\\d .,/\\-]{4,30}$");
    private static final int DATELINE_PARAGRAPHS = 25;
    private static final int HEADER_LINE_CHARS = 160;

    private EventDate() {
    }

    /**
     * A full date led by its weekday in a short opening paragraph (a sitting's or hearing's header line). In running
     * prose such a date is more often one the speakers talk about.
     */
    static Optional<String> weekdayDate(List<Paragraph> paragraphs, DocumentScan scan) {
        for (int i = 0; i < Math.min(paragraphs.size(), DATELINE_PARAGRAPHS); i++) {
            Paragraph p = paragraphs.get(i);
            String t = p.joined();
            if (t.length() > HEADER_LINE_CHARS || MetadataExtractor.inBoilerplate(p.start(), scan)) {
                continue;
            }
            Matcher m = WEEKDAY_DATE.matcher(t);
            while (m.find()) {
                Optional<String> d = MetadataExtractor.parseDate(m.group(1), false);
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        return Optional.empty();
    }

    /** The first paragraph among the opening ones that is a full date and nothing else. */
    static Optional<String> dateline(List<Paragraph> paragraphs, DocumentScan scan) {
        for (int i = 0; i < Math.min(paragraphs.size(), DATELINE_PARAGRAPHS); i++) {
            Paragraph p = paragraphs.get(i);
            String t = p.joined().strip();
            if (!p.singleLine() || !DATELINE.matcher(t).matches() || MetadataExtractor.inBoilerplate(p.start(), scan)) {
                continue;
            }
            Optional<String> d = MetadataExtractor.parseDate(t, false);
            if (d.isPresent() && d.get().length() == 10) {
                return d;
            }
        }
        return Optional.empty();
    }
}
