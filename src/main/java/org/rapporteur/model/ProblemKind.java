package org.rapporteur.model;

/**
 * What kind of thing went wrong with an input (or an export), each with the one sentence the problems window shows
 * under "What to do" when the place that found the problem has no more specific advice. Every problem has a kind, so
 * no problem reaches the analyst without an action.
 */
public enum ProblemKind {
    UNSUPPORTED_FORMAT("Convert it to PDF, Word (.docx), HTML, Markdown or plain text, or move it out of the corpus "
            + "folder."),
    NOT_FOUND("Check that the file or folder is still where the path says (restore it or correct the path), then "
            + "re-index."),
    NO_ACCESS("Give your user account permission to read it, then re-index."),
    NOT_A_FILE("Nothing to do if it belongs there; move it out of the corpus folder to silence this line."),
    EMPTY("Replace it with a copy that has text, or remove it from the corpus folder."),
    NO_TEXT("Open it in its usual program: if it shows text, export a fresh copy (PDF, Word or plain text) and add "
            + "that."),
    DAMAGED("Open it in its usual program and save or export a fresh copy (for a PDF: print it to PDF), then "
            + "re-index."),
    ENCRYPTED("Save an unprotected copy (for example print it to PDF) and add that."),
    TOO_LARGE("Split the file, or extract the part you need, and add the parts."),
    TOO_SLOW("Re-save or re-export the file (it may be damaged or unusually complex), or split it, then re-index."),
    INCOMPLETE("Download or export the file again if pages are missing; what could be read is indexed."),
    NO_TEXT_LAYER("Install Tesseract (package tesseract-ocr) to read scanned pages, then re-index with --force."),
    OCR_TEXT("Check quotes from these pages against the page images before citing them."),
    OCR_FAILED("Re-scan the page at a normal size if it matters; the rest of the file is indexed."),
    OCR_LIMIT("Split the file to read the rest."),
    DUPLICATE("Nothing to do: the report is indexed once; delete one copy if you do not need both."),
    SIDECAR("Correct the metadata sidecar (its columns and kinds are listed in corpus/README.md), then re-index."),
    TAXONOMY("Correct the theme taxonomy file, or delete it to get the default taxonomy back."),
    NO_LAYOUT("Check the speakers in View ▸ Review attributions and correct the ones that are wrong."),
    INTERNAL("The details are in the log; please report this file."),
    EXPORT_LIMIT("Narrow the search, or export in parts."),
    STALE_INDEX("Re-index (F5, or rapporteur index), then export again.");

    private final String action;

    ProblemKind(String action) {
        this.action = action;
    }

    /** A plain sentence saying what the analyst can do about a problem of this kind. */
    public String action() {
        return action;
    }
}
