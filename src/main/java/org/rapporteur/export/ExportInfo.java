package org.rapporteur.export;

/**
 * What an export holds and where it came from.
 *
 * @param title     a heading for dossiers and the project name of REFI-QDA files, e.g. {@code Claims tagged Energy}
 * @param selection how the selection was made, e.g. {@code tag:Energy (with sub-tags)}
 * @param generated ISO-8601 instant of the export
 * @param generator the program and version, e.g. {@code Rapporteur 0.1.0}
 * @param user      who exported (the annotation store's user), may be null
 */
public record ExportInfo(String title, String selection, String generated, String generator, String user) {
    public static final String GENERATOR = "Rapporteur 0.1.0";
}
