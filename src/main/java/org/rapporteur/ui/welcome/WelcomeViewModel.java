package org.rapporteur.ui.welcome;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.rapporteur.pipeline.SampleReports;
import org.rapporteur.ui.common.UserMessages;
import org.rapporteur.ui.main.MainViewModel;
import org.rapporteur.ui.search.EmptyResults;
import org.rapporteur.ui.tasks.IndexTask;

/**
 * The welcome page's state (ADR 0027). The workspace has <em>no corpus yet</em> when the last search answered that its
 * index holds no report: then the page stands where the results would be, offering the sample reports, a folder,
 * files or another workspace, and shows the indexing run that fills it; the first answer over an index holding reports
 * makes it give way to the results. Opening the samples is the main window's own "add to the corpus" (the samples
 * folder becomes a corpus root), so the page does nothing the File menu does not. Use on the FX thread.
 */
public final class WelcomeViewModel {
    private final MainViewModel main;
    private final BooleanBinding shown;
    private final SimpleObjectProperty<SampleReports> samples = new SimpleObjectProperty<>();
    private final StringBinding progressLine;
    private final StringBinding lookedIn;
    private boolean lookingUp;

    public WelcomeViewModel(MainViewModel main) {
        this.main = main;
        shown = Bindings.createBooleanBinding(
                () -> main.results().indexContentProperty().get() == EmptyResults.IndexContent.NO_REPORTS,
                main.results().indexContentProperty());
        progressLine = Bindings.createStringBinding(() -> {
            EmptyResults.Indexing run = main.results().indexingProperty().get();
            return main.indexingProperty().get() == null || run == null ? ""
                    : EmptyResults.forIndex(EmptyResults.IndexContent.NO_REPORTS, run);
        }, main.indexingProperty(), main.results().indexingProperty());
        // only once a run has ended and the search after it answered: until then "nothing found" may not be true
        lookedIn = Bindings.createStringBinding(() -> main.indexingProperty().get() != null
                        || main.results().indexingProperty().get() != null || main.results().loadingProperty().get()
                        ? "" : lookedIn(main.workspace().corpusRoots()),
                main.indexingProperty(), main.results().indexingProperty(), main.results().loadingProperty());
    }

    /** Whether the workspace has no corpus yet: its index holds no report (as of the last search's answer). */
    public BooleanBinding shownProperty() {
        return shown;
    }

    /** Looks for the sample reports in the background, once (the page calls it when it is first built). */
    public void lookForSamples() {
        if (lookingUp || samples.get() != null) {
            return;
        }
        lookingUp = true;
        main.tasks().run("Looking for the sample reports", SampleReports::locate, found -> {
            lookingUp = false;
            samples.set(found);
        }, error -> {
            lookingUp = false;
            samples.set(new SampleReports(null, 0, UserMessages.describe("Looking for the sample reports", error)));
        });
    }

    /** The sample reports and whether there are any; null until looked for. */
    public ReadOnlyObjectProperty<SampleReports> samplesProperty() {
        return samples;
    }

    /** What the samples button says under its title: what they are, or why there are none. */
    public static String samplesLine(SampleReports s) {
        if (s == null) {
            return "Looking for the sample reports…";
        }
        if (!s.available()) {
            return s.whyNot();
        }
        return String.format(Locale.ROOT, "%d short seminar and webinar report%s to try Rapporteur on, indexed in "
                + "seconds.", s.files(), s.files() == 1 ? "" : "s");
    }

    /** Adds the sample reports' folder as a corpus root and indexes it (as File ▸ Add folder… would). */
    public void openSamples() {
        SampleReports s = samples.get();
        if (s != null && s.available()) {
            main.addToCorpus(List.of(s.folder()));
        }
    }

    /** The run filling the workspace, with its progress, file and Cancel; null when none. */
    public ReadOnlyObjectProperty<IndexTask> indexingProperty() {
        return main.indexingProperty();
    }

    /** "Indexing the corpus — 2 of 5 reports…" while a run goes on, else empty. */
    public StringBinding progressLineProperty() {
        return progressLine;
    }

    /** Stops the run after the current file; what is done is kept (and the page gives way if it holds reports). */
    public void cancel() {
        main.cancelIndexing();
    }

    /**
     * Where the last run looked without finding a report ("No report files in …"), so a folder of the wrong files,
     * an empty one or a broken link is named; empty when the workspace has no corpus folder or a run is going on.
     */
    public StringBinding lookedInProperty() {
        return lookedIn;
    }

    static String lookedIn(List<Path> roots) {
        if (roots.isEmpty()) {
            return "";
        }
        return "No report files were found in " + roots.stream().map(Path::toString)
                .collect(Collectors.joining(", ")) + ". Rapporteur reads PDF, Word (.docx), HTML, Markdown and "
                + "text files.";
    }

    /** The workspace the page is about (its folder, for the line at the foot of the page). */
    public Path workspaceDir() {
        return main.workspace().dir();
    }
}
