package org.rapporteur.export;

/**
 * Neutralises spreadsheet formula injection (CWE-1236): a cell starting with {@code = + - @}, a tab or a carriage
 * return would be evaluated by Excel, LibreOffice or Google Sheets, so it gets a leading apostrophe, which they show
 * as text and hide.
 */
public final class SpreadsheetCells {
    private SpreadsheetCells() {
    }

    public static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        char c = value.charAt(0);
        return switch (c) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
            default -> value;
        };
    }
}
