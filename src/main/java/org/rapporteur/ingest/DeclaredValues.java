package org.rapporteur.ingest;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cleans what a file declares about itself before it is trusted: dates in any of the usual declared forms become ISO,
 * titles that authoring tools write by themselves ("Microsoft Word - draft3.docx", "untitled", a file name) are
 * dropped, author fields keep only what reads as a person's name (not "Staff", a URL, an e-mail address or a site
 * handle). Every method is total: odd input gives null or an empty list, never an exception.
 */
final class DeclaredValues {
    private static final String MONTHS = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final Pattern ISO = Pattern.compile("^\\s*(\\d{4})-(\\d{1,2})(?:-(\\d{1,2}))?(?:[T ].*)?$");
    private static final Pattern PDF_DATE = Pattern.compile("^\\s*(?:D:)?(\\d{4})(\\d{2})?(\\d{2})?\\d*(?:[Z+\\-'].*)?$");
    private static final Pattern SLASHED = Pattern.compile("^\\s*(\\d{4})/(\\d{1,2})/(\\d{1,2})\\b.*");
    private static final Pattern MDY = Pattern.compile("(?i)\\b" + MONTHS + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    private static final Pattern DMY = Pattern.compile("(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTHS + ",?\\s+(\\d{4})\\b");
    private static final Pattern MY = Pattern.compile("(?i)\\b" + MONTHS + "(?:\\s*/\\s*" + MONTHS + ")?,?\\s+(\\d{4})\\b");
    private static final Pattern INVERTED_NAME = Pattern.compile("^(\\p{Lu}[\\p{L}'’\\-]+),\\s*(\\p{Lu}[\\p{L}.'’\\- ]+)$");
    private static final Pattern YEAR_ONLY = Pattern.compile("^\\s*((?:19|20)\\d{2})\\s*$");

    /** Titles an authoring tool fills in by itself; a report's real title is never one of these. */
    private static final Pattern JUNK_TITLE = Pattern.compile("(?i)^(?:microsoft (?:word|powerpoint|excel)\\s*-.*"
            + "|untitled.*|title|no title|document\\d*|doc\\d*|presentation\\d*|powerpoint presentation|slide \\d+"
            + "|layout \\d+|page \\d+|new document|draft\\d*|<unknown>|unknown|none|null|home|index|default|pdf (?:file|document)"
            + "|normal|template|report template|word document|print|scan\\w*)$");
    private static final Pattern FILE_NAME = Pattern.compile(
            "(?i)^[^\\s]*\\.(?:docx?|pdf|rtf|odt|txt|indd|qxd|pptx?|xlsx?|html?|md|tex|dvi|ps|eps|pub|pages)$|^[\\w\\-]+\\.\\w{2,5}$");
    private static final Pattern IDENTIFIER = Pattern.compile("^[\\w\\-]*[_\\d][\\w\\-]*$");
    /** Author fields that name a role or a tool, not a person. */
    private static final Set<String> NOT_PEOPLE = Set.of("staff", "admin", "administrator", "editor", "editors",
            "user", "owner", "author", "authors", "unknown", "anonymous", "guest", "webmaster", "web team", "team",
            "staff writer", "staff reporter", "microsoft office user", "windows user", "office", "hp", "dell", "lenovo",
            "news desk", "newsroom", "press office", "communications", "contributor", "contributors", "root", "pc");
    /** Head words of institutions: a declared "author" carrying one is a publisher, not a person. */
    static final Pattern ORGANISATION_WORD = Pattern.compile("(?i)\\b(institute|institution|centre|center|university"
            + "|foundation|council|forum|endowment|organi[sz]ation|association|academy|society|trust|commission"
            + "|ministry|department|office|agency|bank|network|group|press|media|news|times|review|journal|magazine"
            + "|parliament|assembly|senate|committee|inquiry|company|corporation|inc|ltd|llc|gmbh|school|college"
            + "|programme|program|project|union|federation|league|party|service|services|team|gbr|ag|plc|sa|bv|co)\\b");

    private DeclaredValues() {
    }

    /** A declared date as ISO {@code yyyy-MM-dd}, {@code yyyy-MM} or {@code yyyy}; null when it reads as none. */
    static String date(String raw) {
        if (raw == null || raw.isBlank() || raw.length() > 80) {
            return null;
        }
        String s = raw.strip().replaceAll("^[\"']|[\"']$", "");
        Matcher m = ISO.matcher(s);
        if (m.matches()) {
            return iso(m.group(1), m.group(2), m.group(3));
        }
        m = SLASHED.matcher(s);
        if (m.matches()) {
            return iso(m.group(1), m.group(2), m.group(3));
        }
        m = PDF_DATE.matcher(s);
        if (m.matches() && s.replaceAll("\\D", "").length() >= 8) {
            return iso(m.group(1), m.group(2), m.group(3));
        }
        m = MDY.matcher(s);
        if (m.find()) {
            return iso(m.group(3), String.valueOf(month(m.group(1))), m.group(2));
        }
        m = DMY.matcher(s);
        if (m.find()) {
            return iso(m.group(3), String.valueOf(month(m.group(2))), m.group(1));
        }
        m = MY.matcher(s);
        if (m.find()) {
            return iso(m.group(3), String.valueOf(month(m.group(1))), null);
        }
        m = YEAR_ONLY.matcher(s);
        return m.matches() ? m.group(1) : null;
    }

    static String date(Calendar c) {
        if (c == null) {
            return null;
        }
        try {
            return iso(String.valueOf(c.get(Calendar.YEAR)), String.valueOf(c.get(Calendar.MONTH) + 1),
                    String.valueOf(c.get(Calendar.DAY_OF_MONTH)));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String iso(String year, String month, String day) {
        int y;
        int mo;
        try {
            y = Integer.parseInt(year);
            mo = month == null ? 0 : Integer.parseInt(month);
        } catch (NumberFormatException e) {
            return null;
        }
        if (y < 1800 || y > 2200) {
            return null;
        }
        if (mo < 1 || mo > 12) {
            return month == null ? String.valueOf(y) : null;
        }
        if (day == null) {
            return String.format(Locale.ROOT, "%04d-%02d", y, mo);
        }
        int d;
        try {
            d = Integer.parseInt(day);
        } catch (NumberFormatException e) {
            return null;
        }
        return d >= 1 && d <= 31 ? String.format(Locale.ROOT, "%04d-%02d-%02d", y, mo, d)
                : String.format(Locale.ROOT, "%04d-%02d", y, mo);
    }

    private static int month(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace(".", "");
        for (Month m : Month.values()) {
            if (m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT).startsWith(n.substring(0, 3))) {
                return m.getValue();
            }
        }
        return 0;
    }

    /** A declared title with whitespace collapsed, or null when it is empty or one a tool writes by itself. */
    static String title(String raw) {
        String s = text(raw);
        if (s == null || s.length() < 3 || JUNK_TITLE.matcher(s).matches() || FILE_NAME.matcher(s).matches()
                || IDENTIFIER.matcher(s).matches() || date(s) != null || !s.matches("(?s).*\\p{L}{2}.*")) {
            return null;
        }
        return s;
    }

    /** A declared publisher or site name, or null when it is empty, a URL or a tool's default. */
    static String organisation(String raw) {
        String s = text(raw);
        if (s == null || s.length() < 2 || s.contains("://") || s.startsWith("www.") || s.contains("@")
                || NOT_PEOPLE.contains(s.toLowerCase(Locale.ROOT)) || !s.matches("(?s).*\\p{L}.*")) {
            return null;
        }
        return s;
    }

    /** Whitespace collapsed and stripped; null when nothing is left. */
    static String text(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
        return s.isEmpty() ? null : s;
    }

    /**
     * The people in one declared author value: split on {@code ;}, {@code  and }, {@code &} and commas between
     * names; site slugs ({@code _authors/stephen-morrison.md}, {@code stephen-morrison}) read as the name they spell;
     * handles, URLs, e-mail addresses, roles and institutions dropped.
     */
    static List<String> people(String raw) {
        String s = text(raw);
        if (s == null || s.contains("://") || s.length() > 300) {
            return List.of();
        }
        s = s.replaceAll("<[^<>]*@[^<>]*>|\\S+@\\S+", " ").replaceAll("^(?i)by\\s+", "").strip();
        Set<String> out = new LinkedHashSet<>();
        for (String part : s.split("\\s*(?:;|\\||\\band\\b|\\s&\\s|,(?=\\s*\\p{Lu}[\\p{L}.'\\-]+\\s+\\p{Lu}))\\s*")) {
            String name = person(part);
            if (name != null) {
                out.add(name);
            }
        }
        return new ArrayList<>(out);
    }

    private static String person(String raw) {
        String s = raw.strip().replaceAll("[,;:]+$", "");
        Matcher inverted = INVERTED_NAME.matcher(s);
        if (inverted.matches()) {
            s = inverted.group(2) + " " + inverted.group(1); // "Okoye, Adaeze", as citation tags write names
        }
        if (s.matches("[\\w./\\-]+") && s.contains("-")) {
            s = slugName(s);
        }
        if (s == null || s.isBlank() || NOT_PEOPLE.contains(s.toLowerCase(Locale.ROOT))
                || ORGANISATION_WORD.matcher(s).find() || !s.matches("[\\p{L}.'’\\- ]+")) {
            return null;
        }
        String[] words = s.split("\\s+");
        if (words.length < 2 || words.length > 6) {
            return null; // a handle ("judsonlmoore") or a sentence, not a name
        }
        for (String w : words) {
            if (!Character.isUpperCase(w.charAt(0)) && !w.matches("(?:van|von|de|da|del|der|di|le|la|bin|al|ibn)")) {
                return null;
            }
        }
        return s;
    }

    /** The words a site's author slug spells, title-cased: {@code _authors/stephen-morrison.md} → Stephen Morrison. */
    static String slugName(String slug) {
        String base = slug.replaceAll(".*/", "").replaceAll("\\.[a-z]{1,5}$", "");
        if (!base.matches("[a-z]+(?:-[a-z]+){1,4}")) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (String w : base.split("-")) {
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return b.toString();
    }

    /** A site slug naming an institution ({@code massey-university}) as that institution's name, or null. */
    static String slugOrganisation(String raw) {
        String s = text(raw);
        if (s == null || !s.matches("[\\w./\\-]+")) {
            return null;
        }
        String name = slugName(s);
        return name != null && ORGANISATION_WORD.matcher(name).find() ? name : null;
    }
}
