package org.rapporteur.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A declarative mapping from the rows of a dataset's own CSV to per-file metadata, so that a dataset can be used as
 * a corpus without converting its metadata. Written as {@code rapporteur-sidecar.json} next to the CSV:
 *
 * <pre>{@code
 * {"csv": "speakers.csv",
 *  "fileName": "{ISO Code}_{Session:%02d}_{Year}.txt",
 *  "title": "{Country} at the UN General Debate, {Year} (session {Session:%d})",
 *  "organisation": "United Nations General Assembly", "date": "{Year}", "kind": "speech",
 *  "speaker": "Name of Person Speaking", "speakerRole": "Post", "speakerCountry": "Country"}
 * }</pre>
 *
 * Each field value is either a column name (the value is taken as is) or a template ({@link FieldTemplate}); text
 * that is neither is a constant. {@code fileName} is required and yields the name (not path) of the source file the
 * row describes. {@code authors} is split on {@code ;}.
 *
 * @param csv    the CSV file, relative to the descriptor's folder
 * @param fields field name ({@link #FIELDS}) to column name or template
 */
public record SidecarDescriptor(String csv, Map<String, String> fields) {
    public static final String FILE_NAME = "fileName";
    /** The fields a descriptor may map, in the order of {@code SidecarEntry}. */
    public static final Set<String> FIELDS = Set.of(FILE_NAME, "title", "organisation", "date", "kind", "authors",
            "speaker", "speakerRole", "speakerCountry");

    /** The header of the UN General Debate Corpus' {@code speakers.csv} (a trailing empty column is ignored). */
    public static final List<String> UNGDC_HEADER =
            List.of("Year", "Session", "ISO Code", "Country", "Name of Person Speaking", "Post");

    /**
     * The known layout of the UN General Debate Corpus (Jankin, Baturo &amp; Dasandi): {@code speakers.csv} beside
     * {@code speeches/YYYY/ISO_SS_YYYY.txt}, where the CSV's session number may lack the leading zero. Applied to
     * any {@code speakers.csv} with exactly {@link #UNGDC_HEADER}, so the dataset needs no descriptor written into
     * it (it is often on a read-only share).
     */
    public static final SidecarDescriptor UNGDC = new SidecarDescriptor("speakers.csv", ordered(
            FILE_NAME, "{ISO Code}_{Session:%02d}_{Year}.txt",
            "title", "{Country} at the UN General Debate, {Year} (session {Session:%d})",
            "organisation", "United Nations General Assembly",
            "date", "{Year}",
            "kind", "speech",
            "speaker", "Name of Person Speaking",
            "speakerRole", "Post",
            "speakerCountry", "Country"));

    public SidecarDescriptor {
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** True when {@code header} is the UNGDC speakers header, ignoring trailing empty columns. */
    public static boolean isUngdcHeader(List<String> header) {
        int n = header.size();
        while (n > 0 && header.get(n - 1).isBlank()) {
            n--;
        }
        if (n != UNGDC_HEADER.size()) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (!header.get(i).strip().equalsIgnoreCase(UNGDC_HEADER.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, String> ordered(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }
}
