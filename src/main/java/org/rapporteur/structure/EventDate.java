package org.rapporteur.structure;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates a record states about itself in its text rather than in a title page: a full date led by its weekday
 * ("Monday, 16 October 2023", "Tuesday 12th September, 2023"), which only an event's own record writes, and a
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
    private static final int WEEKDAY_WINDOW = 3000;

    private EventDate() {
    }

    /** A full date led by its weekday in the opening of the text (where a record states its own date). */
    static Optional<String> weekdayDate(String text) {
        Matcher m = WEEKDAY_DATE.matcher(text.substring(0, Math.min(text.length(), WEEKDAY_WINDOW)));
        while (m.find()) {
            Optional<String> d = MetadataExtractor.parseDate(m.group(1), false);
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    /** The first paragraph among the opening ones that is a full date and nothing else. */
    static Optional<String> dateline(List<Paragraph> paragraphs, ScanResult scan) {
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
