package org.rapporteur.export;

/**
 * How to write an export.
 *
 * @param byteOrderMark start CSV with a UTF-8 byte order mark, so that Excel reads it as UTF-8
 * @param groupBy       how dossiers group their excerpts
 */
public record ExportOptions(boolean byteOrderMark, GroupBy groupBy) {
    public static final ExportOptions DEFAULT = new ExportOptions(false, GroupBy.TAG);

    public ExportOptions {
        groupBy = groupBy == null ? GroupBy.TAG : groupBy;
    }

    /** How a dossier groups excerpts. */
    public enum GroupBy { TAG, SPEAKER }
}
