package org.rapporteur.model;

/** What sort of document a report is; decides, among other things, which date is "the" date. */
public enum ReportKind {
    WEBINAR_REPORT("webinar report"),
    SEMINAR_REPORT("seminar report"),
    POLICY_REPORT("policy report"),
    OPINION_ARTICLE("opinion article"),
    TRANSCRIPT("transcript"),
    SPEECH("speech"),
    WEB_PAGE("web page"),
    DOCUMENT("document");

    private final String label;

    ReportKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static ReportKind fromLabel(String s) {
        if (s == null) {
            return null;
        }
        String k = s.trim().toLowerCase(java.util.Locale.ROOT).replace('_', ' ').replace('-', ' ');
        for (ReportKind kind : values()) {
            if (kind.label.equals(k) || kind.name().equalsIgnoreCase(k.replace(' ', '_'))) {
                return kind;
            }
        }
        return null;
    }
}
