package org.rapporteur.model;

/** What sort of document a report is; decides, among other things, which date is "the" date. */
public enum ReportKind {
    WEBINAR_REPORT("webinar report"),
    SEMINAR_REPORT("seminar report"),
    POLICY_REPORT("policy report"),
    OPINION_ARTICLE("opinion article"),
    TRANSCRIPT("transcript"),
    HEARING("hearing"),
    INTERVIEW("interview"),
    SPEECH("speech"),
    NEWS_REPORT("news report"),
    MEETING_RECORD("meeting record"),
    WEB_PAGE("web page"),
    DOCUMENT("document");

    private final String label;

    ReportKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Kinds whose date is an event's date and whose people speak rather than write. */
    public boolean isEvent() {
        return switch (this) {
            case WEBINAR_REPORT, SEMINAR_REPORT, TRANSCRIPT, HEARING, INTERVIEW, SPEECH, MEETING_RECORD -> true;
            default -> false;
        };
    }

    /**
     * Every kind's label, in declaration order: what a sidecar's {@code kind} may say (also as the constant's name,
     * any case, {@code -} or {@code _} for spaces). corpus/README.md lists the same; a test keeps the two in step.
     */
    public static java.util.List<String> labels() {
        return java.util.Arrays.stream(values()).map(ReportKind::label).toList();
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
