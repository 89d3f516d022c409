package org.rapporteur.ui.main;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.rapporteur.model.Theme;
import org.rapporteur.pipeline.ThemeService;
import org.rapporteur.ui.common.UserMessages;
import org.rapporteur.ui.tasks.BackgroundTasks;

/**
 * The Themes dialog's state (Analysis ▸ Themes…): the taxonomy as last read, an example sentence to add to a chosen
 * theme, a new theme's fields, and a line saying what was saved or, in plain words, what is wrong. Saving runs in the
 * background through the workspace's {@link ThemeService}; what the analyst typed is cleared only when it was saved.
 * A saved example or theme takes effect at the next re-theme, which the message (and the status bar) says.
 */
public final class ThemesViewModel {
    private final Supplier<ThemeService> themes;
    private final BackgroundTasks tasks;
    private final Consumer<String> status;
    private final Runnable retheme;

    private final ObjectProperty<MainViewModel.Taxonomy> taxonomy = new SimpleObjectProperty<>();
    private final ObjectProperty<String> exampleTheme = new SimpleObjectProperty<>();
    private final StringProperty example = new SimpleStringProperty("");
    private final StringProperty parent = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final StringProperty terms = new SimpleStringProperty("");
    private final StringProperty newExample = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty();
    private final BooleanProperty error = new SimpleBooleanProperty();
    private final BooleanProperty saving = new SimpleBooleanProperty();
    private final BooleanProperty changed = new SimpleBooleanProperty();

    ThemesViewModel(Supplier<ThemeService> themes, BackgroundTasks tasks, Consumer<String> status, Runnable retheme) {
        this.themes = themes;
        this.tasks = tasks;
        this.status = status;
        this.retheme = retheme;
    }

    /** "Security/Terrorism and militancy" as the dialog shows it: "Security ▸ Terrorism and militancy". */
    public static String display(String path) {
        return path == null ? "" : path.replace("/", " ▸ ");
    }

    /** Reads the taxonomy in the background. */
    public void load() {
        tasks.run("Reading the themes", this::read, taxonomy::set,
                e -> fail(UserMessages.describe("Reading the themes", e)));
    }

    private MainViewModel.Taxonomy read() {
        ThemeService s = themes.get();
        return new MainViewModel.Taxonomy(s.themes(), s.analystExamples());
    }

    /** Adds {@link #exampleProperty()} to {@link #exampleThemeProperty()}'s examples, in the background. */
    public void addExample() {
        String path = exampleTheme.get();
        String sentence = example.get() == null ? "" : example.get().strip();
        if (path == null || path.isBlank()) {
            fail("Choose the theme the example is for.");
            return;
        }
        if (sentence.isEmpty()) {
            fail("Type an example sentence: a claim the theme should cover.");
            return;
        }
        save("Adding the example", () -> themes.get().addExamples(path, List.of(sentence)), () -> {
            example.set("");
            done("Example added to " + display(path) + "; Analysis ▸ Re-theme claims applies it.");
        });
    }

    /** Adds the theme {@link #parentProperty()}/{@link #nameProperty()} with its fields, in the background. */
    public void addTheme() {
        String p = Theme.normalisePath(Objects.requireNonNullElse(parent.get(), ""));
        String leaf = Objects.requireNonNullElse(name.get(), "").strip();
        String what = Objects.requireNonNullElse(description.get(), "").strip();
        String sentence = Objects.requireNonNullElse(newExample.get(), "").strip();
        if (leaf.isEmpty()) {
            fail("Give the new theme a name.");
            return;
        }
        if (leaf.contains("/")) {
            fail("A theme's name cannot contain '/'; choose or type its parent under Parent.");
            return;
        }
        if (what.isEmpty()) {
            fail("Say in a line what the theme covers: claims are compared with it by meaning.");
            return;
        }
        if (sentence.isEmpty()) {
            fail("Give at least one example sentence: claims like it get the theme.");
            return;
        }
        String path = p.isEmpty() ? leaf : p + "/" + leaf;
        List<String> words = Arrays.stream(Objects.requireNonNullElse(terms.get(), "").split(","))
                .map(String::strip).filter(t -> !t.isEmpty()).toList();
        save("Adding the theme", () -> themes.get().addTheme(path, words, what, List.of(sentence)), () -> {
            name.set("");
            description.set("");
            terms.set("");
            newExample.set("");
            exampleTheme.set(Theme.normalisePath(path));
            done("Theme " + display(Theme.normalisePath(path))
                    + " added; Analysis ▸ Re-theme claims gives it to the claims like its example.");
        });
    }

    /** Re-themes the claims now (Analysis ▸ Re-theme claims), with progress and Cancel in the status bar. */
    public void rethemeNow() {
        retheme.run();
        changed.set(false);
        message.set("Re-theme claims: the status bar shows how far it is (or why it waits).");
        error.set(false);
    }

    private void save(String doing, Runnable work, Runnable saved) {
        if (saving.get()) {
            return;
        }
        saving.set(true);
        tasks.run(doing, () -> {
            work.run();
            return read();
        }, t -> {
            saving.set(false);
            taxonomy.set(t);
            saved.run();
        }, e -> {
            saving.set(false);
            fail(UserMessages.describe(doing, e));
        });
    }

    private void done(String sentence) {
        error.set(false);
        message.set(sentence);
        changed.set(true);
        status.accept(sentence);
    }

    private void fail(String sentence) {
        error.set(true);
        message.set(sentence);
    }

    /** The taxonomy as last read or saved; null until read. */
    public ReadOnlyObjectProperty<MainViewModel.Taxonomy> taxonomyProperty() {
        return taxonomy;
    }

    /** The theme (path) an example is added to. */
    public ObjectProperty<String> exampleThemeProperty() {
        return exampleTheme;
    }

    public StringProperty exampleProperty() {
        return example;
    }

    /** The new theme's parent: one of the taxonomy's or a new one ("" for a top-level theme). */
    public StringProperty parentProperty() {
        return parent;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    /** The new theme's keyword terms, comma-separated; optional. */
    public StringProperty termsProperty() {
        return terms;
    }

    /** The new theme's example sentence. */
    public StringProperty newExampleProperty() {
        return newExample;
    }

    /** What was saved, or what is wrong; null until something was tried. */
    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    /** True when {@link #messageProperty()} says what is wrong. */
    public ReadOnlyBooleanProperty errorProperty() {
        return error;
    }

    /** True while an edit is being saved. */
    public ReadOnlyBooleanProperty savingProperty() {
        return saving;
    }

    /** True when an example or theme was saved since the last re-theme started here. */
    public ReadOnlyBooleanProperty changedProperty() {
        return changed;
    }
}
