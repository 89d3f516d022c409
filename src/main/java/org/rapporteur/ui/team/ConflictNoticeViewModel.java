package org.rapporteur.ui.team;

import java.util.Map;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import org.rapporteur.annotations.Annotations;
import org.rapporteur.annotations.ChangeEvent;
import org.rapporteur.annotations.OverwrittenEdit;
import org.rapporteur.ui.common.UserMessages;
import org.rapporteur.ui.tasks.BackgroundTasks;

/**
 * The notice shown when another analyst's change replaced an edit of yours to the same tag or note (last writer
 * wins, and the loser is told: issue 17, ADR 0038): who, what they wrote, and what yours was — read from the journal
 * in the background — with "Put mine back", which writes yours again as one new (undoable) change. Use on the FX
 * thread.
 */
public final class ConflictNoticeViewModel {
    private final Annotations annotations;
    private final BackgroundTasks tasks;
    private final SimpleStringProperty text = new SimpleStringProperty("");
    private final SimpleBooleanProperty canPutBack = new SimpleBooleanProperty();
    private final SimpleStringProperty outcome = new SimpleStringProperty();
    private long changeId;

    public ConflictNoticeViewModel(Annotations annotations, BackgroundTasks tasks) {
        this.annotations = annotations;
        this.tasks = tasks;
    }

    /** True when {@code e}, made elsewhere, replaced an edit by {@code me}. */
    public static boolean overwroteMe(ChangeEvent e, String me) {
        return e.external() && e.overwrote() != null && me != null && e.overwrote().equalsIgnoreCase(me);
    }

    /** {@code e} replaced an edit of yours: reads what yours was and shows the notice. */
    public void show(ChangeEvent e) {
        long id = e.changeId();
        String said = ChangeAnnouncement.of(e, true);
        tasks.run("Reading the edit that was replaced", () -> annotations.overwritten(id), found -> {
            changeId = id;
            outcome.set(null);
            if (found.isEmpty()) {
                text.set(said + ", replacing your edit.");
                canPutBack.set(false);
            } else {
                text.set(sentence(said, found.get()));
                canPutBack.set(!found.get().replaced().isEmpty());
            }
        }, error -> {
            changeId = id;
            text.set(said + ", replacing your edit.");
            canPutBack.set(false);
        });
    }

    /** {@code bea edited the note on …: …, replacing your edit. Yours was: “…”.} */
    static String sentence(String said, OverwrittenEdit edit) {
        StringBuilder yours = new StringBuilder();
        for (Map.Entry<String, String> f : edit.replaced().entrySet()) {
            if (!yours.isEmpty()) {
                yours.append("; ");
            }
            String v = f.getValue() == null ? "" : f.getValue();
            switch (f.getKey()) {
                case "text" -> yours.append("\u201c").append(cut(v)).append("\u201d");
                case "name" -> yours.append("the name \u2018").append(cut(v)).append("\u2019");
                case "colour" -> yours.append("the colour ").append(v.isEmpty() ? "none" : v);
                case "description" -> yours.append("the description \u201c").append(cut(v)).append("\u201d");
                default -> yours.append(f.getKey()).append(" ").append(cut(v));
            }
        }
        return said + ", replacing your edit." + (yours.isEmpty() ? "" : " Yours was " + yours + ".");
    }

    private static String cut(String s) {
        String flat = s.replaceAll("\\s+", " ").strip();
        return flat.length() <= 160 ? flat : flat.substring(0, 159) + "\u2026";
    }

    /** Put mine back: one new change writing your edit again; the notice then says what it did. */
    public void putBack() {
        long id = changeId;
        canPutBack.set(false);
        tasks.run("Putting your edit back", () -> annotations.putBack(id), done -> {
            text.set("");
            outcome.set("Put back: " + done.summary() + " (Ctrl+Z undoes it).");
        }, error -> {
            canPutBack.set(true);
            outcome.set(UserMessages.describe("Putting your edit back", error));
        });
    }

    public void dismiss() {
        text.set("");
        canPutBack.set(false);
    }

    /** The notice; empty when there is none to show. */
    public ReadOnlyStringProperty textProperty() {
        return text;
    }

    public ReadOnlyBooleanProperty canPutBackProperty() {
        return canPutBack;
    }

    /** What putting back did (or why it could not), for the status bar; null before. */
    public ReadOnlyStringProperty outcomeProperty() {
        return outcome;
    }
}
