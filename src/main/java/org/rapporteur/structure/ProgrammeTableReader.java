package org.rapporteur.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rapporteur.model.Person;

/**
 * Reads a programme or agenda table (time slot, perspective or topic, speaker, "via Zoom"): the people it names with
 * their roles, which session each row belongs to, and which speaker presents which perspective ("US Perspective —
 * Michael Kugelman"), so that a later takeaway naming that perspective can be tied to its speaker. The table itself
 * is boilerplate; the scanner records it as such. One instance per document.
 */
final class ProgrammeTableReader {
    /** A person named in a row, and the row. */
    record Entry(Person person, TextLine row) {
    }

    /** The last paragraph of the table, the people in it, and the perspectives it assigns. */
    record Result(int lastParagraph, List<Entry> entries, List<Perspective> perspectives) {
    }

    private static final Pattern PERSPECTIVE = Pattern.compile("(?i)^(.{2,40}?)(?:'s|’s)?\\s+perspectives?\\b\\s*(.*)$");

    private final List<Paragraph> paras;
    private final Pattern tailMarker;
    private List<Entry> entries = new ArrayList<>();
    private List<Perspective> perspectives = new ArrayList<>();
    private String session;

    ProgrammeTableReader(List<Paragraph> paras, Pattern tailMarker) {
        this.paras = paras;
        this.tailMarker = tailMarker;
    }

    Result read(int i) {
        entries = new ArrayList<>();
        perspectives = new ArrayList<>();
        int last = i;
        int k = i;
        while (k < paras.size()) {
            Paragraph p = paras.get(k);
            if (k > i && !isTimeTable(p) && !hasRowWithin(k, 2)) {
                break;
            }
            if (k > i && tailMarker.matcher(p.first().text()).matches()) {
                break;
            }
            for (TextLine l : p.lines()) {
                row(l);
            }
            last = k;
            k++;
        }
        return new Result(last, List.copyOf(entries), List.copyOf(perspectives));
    }

    private boolean hasRowWithin(int k, int lookahead) {
        for (int j = k; j < Math.min(paras.size(), k + lookahead + 1); j++) {
            Paragraph p = paras.get(j);
            for (TextLine l : p.lines()) {
                if (LineShapes.isTimeTable(l.text())) {
                    return true;
                }
            }
            if (j > k && p.joined().length() >= 150) {
                return false;
            }
        }
        return false;
    }

    private void row(TextLine l) {
        String row = PersonNameParser.cleanup(l.text().replace('\t', ' '));
        row = row.replaceFirst("(?i)^\\d{3,4}\\s*(hrs)?\\s*[-–]?\\s*(\\d{3,4})?\\s*(hrs|onwards)*\\s*(\\([^)]*\\))?\\s*", "");
        row = row.replaceFirst("(?i)^\\d{1,2}[:.]\\d{2}\\s*([ap]\\.?m\\.?)?\\s*[-–]\\s*\\d{1,2}[:.]\\d{2}\\s*([ap]\\.?m\\.?)?\\s*(\\([^)]*\\))?\\s*", "");
        Matcher mod = Pattern.compile("(?i)\\bmoderator\\s*:\\s*(.+)$").matcher(row);
        String before = mod.find() ? row.substring(0, mod.start()) : row;
        if (LineShapes.isSessionHeading(before) && !LineShapes.isTimeTable(l.text())) {
            session = LineShapes.sessionLabel(before);
        }
        if (mod.find(0)) {
            for (ParsedPerson pp : PersonNameParser.findPersons(mod.group(1))) {
                entries.add(new Entry(SpeakerIntroDetector.withRole(pp.person(), "Moderator"), l));
            }
            return;
        }
        Matcher persp = PERSPECTIVE.matcher(row);
        if (persp.matches()) {
            List<ParsedPerson> found = PersonNameParser.findPersons(persp.group(2));
            if (!found.isEmpty()) {
                String label = persp.group(1).strip();
                perspectives.add(new Perspective(label, found.getFirst().person(), session));
                for (ParsedPerson pp : found) {
                    entries.add(new Entry(pp.person(), l));
                }
            }
            return;
        }
        Matcher by = Pattern.compile("(?i)\\b(?:remarks|address|speech|presentation|thanks)\\s+by\\s+(.+)$").matcher(row);
        String people = by.find() ? by.group(1) : row;
        for (ParsedPerson pp : PersonNameParser.findPersons(people)) {
            entries.add(new Entry(pp.person(), l));
        }
    }

    static boolean isTimeTable(Paragraph p) {
        int rows = 0;
        for (TextLine l : p.lines()) {
            if (LineShapes.isTimeTable(l.text())) {
                rows++;
            }
        }
        return rows >= 2 && rows * 2 >= p.lines().size();
    }

}
