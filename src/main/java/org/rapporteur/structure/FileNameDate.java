package org.rapporteur.structure;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date a file name carries, the weakest evidence of a report's date (used only when neither a sidecar, the
 * file's own declarations nor its text give one): a full date ({@code 2024-03-14}, {@code 2024_03_14},
 * {@code 20240314}) or else a plausible year ({@code CUB_18_1963.txt}, {@code consensus2016-panel.md}). A name that
 * carries two different years ({@code review-2019-2020.pdf}) or a span ({@code plan_2019-20}) says no single date;
 * digits inside an identifier ({@code 000_497a16b6700fbc3d}) are not a date. Stateless.
 */
final class FileNameDate {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern FULL_DATE = Pattern.compile(
            "(?<!\\d)((?:19|20)\\d{2})([-_.]?)(0[1-9]|1[0-2])\\2(0[1-9]|[12]\\d|3[01])(?!\\d)");
    /** A year alone in its token, or after letters ("consensus2016", "FY2024"), never among other digits. */
    private static final Pattern YEAR_TOKEN = Pattern.compile("\\p{L}*((?:19|20)\\d{2})");
    private static final Pattern SPAN = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}\\s*[-–]\\s*(?:(?:19|20)\\d{2}|\\d{2})(?!\\d)");
    /** Earlier years are rarely what a report's file name means (a code, a count). */
    private static final int FIRST_YEAR = 1900;

    private FileNameDate() {
    }

    /** The date in {@code fileName} as ISO ({@code yyyy} or {@code yyyy-mm-dd}), if it carries exactly one. */
    static Optional<String> of(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return Optional.empty();
        }
        String name = stem(fileName);
        Matcher full = FULL_DATE.matcher(name);
        TreeSet<String> dates = new TreeSet<>();
        while (full.find()) {
            validDate(full.group(1), full.group(3), full.group(4)).ifPresent(dates::add);
        }
        if (dates.size() == 1) {
            return Optional.of(dates.first());
        }
        if (dates.size() > 1 || SPAN.matcher(name).find()) {
            return Optional.empty();
        }
        TreeSet<Integer> years = new TreeSet<>();
        Matcher t = TOKEN.matcher(name);
        while (t.find()) {
            Matcher y = YEAR_TOKEN.matcher(t.group());
            if (y.matches()) {
                int year = Integer.parseInt(y.group(1));
                if (year >= FIRST_YEAR && year <= latestYear()) {
                    years.add(year);
                }
            }
        }
        return years.size() == 1 ? Optional.of(String.valueOf(years.first())) : Optional.empty();
    }

    private static String stem(String fileName) {
        String n = fileName.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1);
        int dot = n.lastIndexOf('.');
        return (dot > 0 ? n.substring(0, dot) : n).toLowerCase(Locale.ROOT);
    }

    /** The latest plausible year in a file name (next year, by this machine's clock): beyond it, a code. */
    private static int latestYear() {
        return Year.now(ZoneId.systemDefault()).getValue() + 1;
    }

    private static Optional<String> validDate(String year, String month, String day) {
        try {
            LocalDate d = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            return d.getYear() <= latestYear() ? Optional.of(d.toString()) : Optional.empty();
        } catch (DateTimeException e) {
            return Optional.empty(); // 2023-02-30 is no date
        }
    }
}
