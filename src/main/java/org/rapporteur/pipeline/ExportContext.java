package org.rapporteur.pipeline;

import java.util.List;

import org.rapporteur.model.Problem;
import org.rapporteur.progress.Cancellation;
import org.rapporteur.progress.ProgressListener;

/**
 * What the parts of one export's gathering share: the workspace they read, the problems list they add to (in the
 * order met), the progress they report and the cancellation they check.
 */
record ExportContext(Workspace workspace, List<Problem> problems, ProgressListener progress, Cancellation cancel) {
}
