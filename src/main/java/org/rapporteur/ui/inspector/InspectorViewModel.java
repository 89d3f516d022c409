package org.rapporteur.ui.inspector;

import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.rapporteur.model.ClaimHit;
import org.rapporteur.model.ClaimRecord;
import org.rapporteur.model.MatchKind;
import org.rapporteur.model.MeaningState;
import org.rapporteur.pipeline.TagSuggestion;
import org.rapporteur.ui.meaning.MeaningServices;
import org.rapporteur.pipeline.Workspace;
import org.rapporteur.ui.common.UserMessages;
import org.rapporteur.ui.tasks.BackgroundTasks;

/**
 * The inspector: the selected claim, its related claims in other reports — by meaning when the claims have vectors,
 * else by words (MoreLikeThis) — and the tags the analyst's own coding suggests for it; all loaded off the FX thread,
 * a newer selection dropping an older answer. Use on the FX thread.
 */
public final class InspectorViewModel {
    /**
     * How a theme's evidence reads under its chip: the words that matched in quotes; a theme by meaning as
     * {@code like “the example”} (or {@code like your coding of “…”} for the analyst's own example), since quoting
     * "like: …" whole would read as if the claim said it; a rule or correction as it is.
     */
    static String themeEvidence(org.rapporteur.model.ThemeMatch t) {
        if (t.evidence().isEmpty()) {
            return t.theme();
        }
        List<String> parts = new java.util.ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String e : t.evidence()) {
            if (!seen.add(e.strip().toLowerCase(java.util.Locale.ROOT))) {
                continue; // "military", "Military": the same word once
            }
            if (e.startsWith("like your coding of: ")) {
                parts.add("like your coding of “" + e.substring("like your coding of: ".length()) + "”");
            } else if (e.startsWith("like: ")) {
                parts.add("like “" + e.substring("like: ".length()) + "”");
            } else if (e.startsWith("rule: ") || e.equals("analyst correction")) {
                parts.add(e);
            } else {
                parts.add("“" + e + "”");
            }
        }
        return t.theme() + " — " + String.join(", ", parts);
    }

    /**
     * How a theme came to the claim, for the muted prefix of its evidence line: {@code by meaning} (like an example
     * sentence or the analyst's coding), {@code by rule} (a saved search), {@code your correction}, {@code by words}
     * (the matched words). A theme without evidence is the analyst's: a correction applied at indexing carries none,
     * while every theme found by words, meaning or rule names what found it.
     */
    static String themeSource(org.rapporteur.model.ThemeMatch t) {
        if (t.evidence().isEmpty()) {
            return "your correction";
        }
        String e = t.evidence().getFirst();
        if (e.startsWith("like: ") || e.startsWith("like your coding of: ")) {
            return "by meaning";
        }
        if (e.startsWith("rule: ")) {
            return "by rule";
        }
        if (e.equals("analyst correction")) {
            return "your correction";
        }
        return "by words";
    }

    /**
     * The evidence under a theme's chip, without the theme (the chip names it): the matched words in quotes, or
     * {@code like “the example”}, or the rule's query; empty when there is none or it is the analyst's correction
     * (the prefix says so).
     */
    static String themeEvidenceDetail(org.rapporteur.model.ThemeMatch t) {
        String full = themeEvidence(t);
        String head = t.theme() + " — ";
        String detail = full.startsWith(head) ? full.substring(head.length()) : "";
        if (detail.startsWith("rule: ")) {
            detail = detail.substring("rule: ".length());
        }
        return detail.equals("analyst correction") ? "" : detail;
    }

    /** "Health and pandemics (Society)": a theme as the add-theme list shows it, leaf first, the parent after. */
    public static String themeChoice(org.rapporteur.model.Theme t) {
        return t.parent() == null ? t.label() : t.label() + "  ·  " + t.parent();
    }

    /**
     * The themes of the taxonomy that match what was typed (in the leaf or the parent, ignoring case), the claim's own
     * themes left out, in taxonomy order (grouped by parent as the file has them).
     */
    public static List<org.rapporteur.model.Theme> themeChoices(List<org.rapporteur.model.Theme> all, String typed,
                                                                ClaimRecord claim) {
        String q = typed == null ? "" : typed.strip().toLowerCase(java.util.Locale.ROOT);
        java.util.Set<String> has = new java.util.HashSet<>();
        if (claim != null) {
            claim.claim().enrichment().themes().forEach(m -> has.add(m.theme().toLowerCase(java.util.Locale.ROOT)));
        }
        return all.stream().filter(t -> !has.contains(t.path().toLowerCase(java.util.Locale.ROOT)))
                .filter(t -> q.isEmpty() || t.path().toLowerCase(java.util.Locale.ROOT).contains(q)).toList();
    }

    public static final int RELATED = 6;
    public static final int RELATED_BY_MEANING = 8;
    public static final int SUGGESTIONS = 3;

    private final Workspace workspace;
    private final BackgroundTasks tasks;
    private final ObjectProperty<ClaimRecord> claim = new SimpleObjectProperty<>();
    private final ObservableList<ClaimHit> related = FXCollections.observableArrayList();
    private final BooleanProperty relatedLoading = new SimpleBooleanProperty();
    private final StringProperty relatedMessage = new SimpleStringProperty();
    private final ObjectProperty<ClaimAnnotations> annotations = new SimpleObjectProperty<>();
    private final ObservableList<String> tagPaths = FXCollections.observableArrayList();
    private final ObservableList<org.rapporteur.model.Theme> themes = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty();
    /**
     * A note typed here that is not in the store yet — its save failed, or the team server is away and the change
     * waits on this machine — by claim id. The editor shows it instead of the stored note until the store holds it,
     * so nothing the analyst typed disappears when the inspector reloads (issue 17).
     */
    private final javafx.collections.ObservableMap<String, String> unsavedNotes =
            javafx.collections.FXCollections.observableHashMap();
    /** A tag typed into the tag field whose coding failed and was not kept: the view puts it back to try again. */
    private final StringProperty unsavedTag = new SimpleStringProperty();
    private final AnnotationCommands commands;
    private final MeaningServices meaning;
    private final ObjectProperty<MatchKind> relatedBy = new SimpleObjectProperty<>(MatchKind.WORDS);
    private final ObservableList<TagSuggestion> suggestions = FXCollections.observableArrayList();
    private final BooleanProperty suggestionsLoading = new SimpleBooleanProperty();
    private final StringProperty suggestionsMessage = new SimpleStringProperty();
    private long generation;
    private long annotationGeneration;
    private long suggestionGeneration;

    public InspectorViewModel(Workspace workspace, BackgroundTasks tasks) {
        this(workspace, tasks, MeaningServices.of(workspace));
    }

    public InspectorViewModel(Workspace workspace, BackgroundTasks tasks, MeaningServices meaning) {
        this.workspace = workspace;
        this.tasks = tasks;
        this.commands = new AnnotationCommands(workspace);
        this.meaning = meaning;
    }

    /** Related claims and how they were found. */
    private record Related(List<ClaimHit> hits, MatchKind by, String note) {
    }

    /**
     * The nearest claims in meaning in other reports; a claim without a vector gets those sharing the most words
     * (the meaning index falls back by itself, and so does this when meaning search is not available at all), with a
     * note saying why.
     */
    private Related findRelated(String id) {
        MeaningState state = meaning.state();
        List<ClaimHit> hits;
        try {
            hits = meaning.related(id, RELATED_BY_MEANING);
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(InspectorViewModel.class).warn("Related by meaning failed", e);
            hits = workspace.corpus().related(id, RELATED);
        }
        if (hits.isEmpty()) {
            return new Related(hits, MatchKind.WORDS, "No similar claims in other reports.");
        }
        if (hits.stream().allMatch(h -> h.match() == MatchKind.MEANING)) {
            return new Related(hits, MatchKind.MEANING, null);
        }
        String why = state.problem() != null ? "By shared words: " + state.problem()
                : "By shared words: this claim has no meaning vector yet"
                + (state.running() ? " (embedding is under way)." : ".");
        return new Related(hits, MatchKind.WORDS, why);
    }

    public void show(ClaimRecord record) {
        claim.set(record);
        related.clear();
        long mine = ++generation;
        message.set(null);
        if (record == null) {
            relatedLoading.set(false);
            annotations.set(null);
            suggestionGeneration++;
            suggestions.clear();
            suggestionsLoading.set(false);
            return;
        }
        loadAnnotations(record.claim().id());
        relatedLoading.set(true);
        relatedMessage.set(null);
        String id = record.claim().id();
        loadSuggestions(id);
        tasks.run("Finding related claims", () -> findRelated(id), found -> {
            if (mine == generation) {
                relatedBy.set(found.by());
                related.setAll(found.hits());
                relatedLoading.set(false);
                relatedMessage.set(found.note());
            }
        }, error -> {
            if (mine == generation) {
                relatedLoading.set(false);
                relatedMessage.set(UserMessages.describe("Finding related claims", error));
            }
        });
    }

    private void loadAnnotations(String claimId) {
        long mine = ++annotationGeneration;
        tasks.run("Loading tags, notes and links", () -> new Loaded(commands.load(claimId), commands.tagPaths(),
                        commands.themes()),
                loaded -> {
                    if (mine == annotationGeneration) {
                        annotations.set(loaded.annotations());
                        tagPaths.setAll(loaded.tagPaths());
                        if (!themes.equals(loaded.themes())) {
                            themes.setAll(loaded.themes());
                        }
                    }
                }, error -> {
                    if (mine == annotationGeneration) {
                        annotations.set(ClaimAnnotations.none(claimId));
                        message.set(UserMessages.describe("Loading the annotations", error));
                    }
                });
    }

    private record Loaded(ClaimAnnotations annotations, java.util.List<String> tagPaths,
                          java.util.List<org.rapporteur.model.Theme> themes) {
    }

    private record Suggested(List<TagSuggestion> list, String whyNone) {
    }

    /** The tags the analyst's coding suggests for the claim, most confident first; a newer claim drops the answer. */
    private void loadSuggestions(String claimId) {
        long mine = ++suggestionGeneration;
        suggestionsLoading.set(true);
        tasks.run("Suggesting tags", () -> {
            List<TagSuggestion> list = meaning.suggestFor(claimId, SUGGESTIONS);
            return new Suggested(list, list.isEmpty() ? meaning.whyNoSuggestions(claimId).orElse(
                    "No suggestion: no coded claim is close enough in meaning to this one.") : null);
        }, found -> {
            if (mine == suggestionGeneration) {
                suggestions.setAll(found.list());
                suggestionsLoading.set(false);
                suggestionsMessage.set(found.whyNone());
            }
        }, error -> {
            if (mine == suggestionGeneration) {
                suggestions.clear();
                suggestionsLoading.set(false);
                suggestionsMessage.set(UserMessages.describe("Suggesting tags", error));
            }
        });
    }

    /** Codes the claim with a suggested tag (an ordinary coding, undoable, recorded as suggested). */
    public void acceptSuggestion(TagSuggestion s) {
        String id = claimId();
        if (id != null && s != null) {
            suggestions.remove(s);
            write("Coding with the suggested tag", () -> meaning.accept(id, s.tagId()));
        }
    }

    /** Refuses a suggested tag for this claim: it is not suggested again. */
    public void rejectSuggestion(TagSuggestion s) {
        String id = claimId();
        if (id != null && s != null) {
            suggestions.remove(s);
            tasks.run("Refusing the suggested tag", () -> {
                meaning.reject(id, s.tagId());
                return Boolean.TRUE;
            }, ok -> message.set(null), error -> {
                message.set(UserMessages.describe("Refusing the suggested tag", error));
                loadSuggestions(id);
            });
        }
    }

    /**
     * Re-reads the shown claim (its tags, or its speaker after a correction) and its annotations, after a change; the
     * related list is kept.
     */
    public void reload() {
        ClaimRecord current = claim.get();
        if (current == null) {
            return;
        }
        String id = current.claim().id();
        long mine = generation;
        tasks.run("Reloading the claim", () -> workspace.corpus().claim(id).orElse(null), rec -> {
            if (mine == generation && rec != null) {
                claim.set(rec);
            }
        }, error -> { });
        loadAnnotations(id);
        loadSuggestions(id);
    }

    // ---- commands (each runs in the background; the store's change event refreshes the views) -----------------

    private void write(String doing, Runnable change) {
        tasks.run(doing, () -> {
            change.run();
            return Boolean.TRUE;
        }, ok -> message.set(null), error -> message.set(UserMessages.describe(doing, error)));
    }

    private String claimId() {
        ClaimRecord c = claim.get();
        return c == null ? null : c.claim().id();
    }

    public void addTag(String tag) {
        String id = claimId();
        if (id != null && tag != null && !tag.isBlank()) {
            unsavedTag.set(null);
            tasks.run("Tagging the claim", () -> {
                commands.addTag(id, tag);
                return Boolean.TRUE;
            }, ok -> message.set(null), error -> {
                message.set(UserMessages.describe("Tagging the claim", error));
                if (!KeptChanges.isKept(error)) {
                    unsavedTag.set(tag); // not written and not kept: back in the field, to try again
                }
            });
        }
    }

    public void removeCoding(long codingId) {
        write("Removing the tag", () -> commands.removeCoding(codingId));
    }

    public void saveNote(String text) {
        String id = claimId();
        ClaimAnnotations a = annotations.get();
        if (id != null && a != null && a.claimId().equals(id)) {
            org.rapporteur.annotations.Note existing = a.note();
            String before = existing == null ? "" : existing.text();
            String typed = text == null ? "" : text.strip();
            if (!before.equals(typed) || unsavedNotes.containsKey(id)) {
                unsavedNotes.put(id, typed);
                tasks.run("Saving the note", () -> {
                    commands.saveNote(id, existing, text);
                    return Boolean.TRUE;
                }, ok -> {
                    message.set(null);
                    if (typed.equals(unsavedNotes.get(id))) {
                        unsavedNotes.remove(id);
                    }
                }, error -> message.set(KeptChanges.isKept(error) ? KeptChanges.noteKept(error)
                        : UserMessages.describe("Saving the note", error)
                        + " Your text stays in the note field; leave the field again to retry."));
            }
        }
    }

    public void link(String targetClaimId, org.rapporteur.annotations.LinkType type, String note) {
        String id = claimId();
        if (id != null) {
            write("Linking the claims", () -> commands.link(id, targetClaimId, type, note));
        }
    }

    public void removeLink(long linkId) {
        write("Removing the link", () -> commands.removeLink(linkId));
    }

    public void correctSpeaker(String name, String role, String affiliation, String country) {
        String id = claimId();
        if (id != null) {
            write("Correcting the speaker", () -> commands.correctSpeaker(id, name, role, affiliation, country));
        }
    }

    /**
     * Gives the shown claim a theme (an analyst correction: Edit ▸ Undo takes it back); the store's change event
     * re-indexes its report and reloads the claim, the results and the facets.
     */
    public void addTheme(String theme) {
        String id = claimId();
        if (id != null && theme != null && !theme.isBlank()) {
            write("Adding the theme", () -> commands.addTheme(id, theme));
        }
    }

    /** "Not this theme": takes the theme off the shown claim (an analyst correction, undoable). */
    public void removeTheme(String theme) {
        String id = claimId();
        if (id != null && theme != null) {
            write("Removing the theme", () -> commands.removeTheme(id, theme));
        }
    }

    /** The taxonomy's themes (read with the claim's annotations), for the add-theme list. */
    public ObservableList<org.rapporteur.model.Theme> themes() {
        return themes;
    }

    /** Looks a claim up by id (the other end of a link) and hands it to {@code open}. */
    public void openById(String claimId, java.util.function.Consumer<ClaimRecord> open) {
        tasks.run("Opening the linked claim", () -> workspace.corpus().claim(claimId).orElse(null), rec -> {
            if (rec == null) {
                message.set("The linked claim is no longer in the index.");
            } else {
                open.accept(rec);
            }
        }, error -> message.set(UserMessages.describe("Opening the linked claim", error)));
    }

    /**
     * The note to show in the editor for {@code claimId}: what was typed and is not in the store yet, else
     * {@code stored}. Once the store holds the typed text (a kept change written when the server came back), the
     * typed text is forgotten.
     */
    public String noteToShow(String claimId, String stored) {
        String typed = unsavedNotes.get(claimId);
        if (typed == null) {
            return stored == null ? "" : stored;
        }
        if (typed.equals(stored == null ? "" : stored.strip())) {
            unsavedNotes.remove(claimId);
        }
        return typed;
    }

    /** A tag whose coding failed and was not kept; the view puts it back in the tag field. */
    public StringProperty unsavedTagProperty() {
        return unsavedTag;
    }

    public ReadOnlyObjectProperty<ClaimAnnotations> annotationsProperty() {
        return annotations;
    }

    public ObservableList<String> tagPaths() {
        return tagPaths;
    }

    /** The outcome of the last command when it failed (one readable sentence), else null. */
    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyObjectProperty<ClaimRecord> claimProperty() {
        return claim;
    }

    public ObservableList<ClaimHit> related() {
        return related;
    }

    public ReadOnlyBooleanProperty relatedLoadingProperty() {
        return relatedLoading;
    }

    public ReadOnlyStringProperty relatedMessageProperty() {
        return relatedMessage;
    }

    /** How the related claims were found: {@code MEANING} or {@code WORDS}. */
    public ReadOnlyObjectProperty<MatchKind> relatedByProperty() {
        return relatedBy;
    }

    public ObservableList<TagSuggestion> suggestions() {
        return suggestions;
    }

    public ReadOnlyBooleanProperty suggestionsLoadingProperty() {
        return suggestionsLoading;
    }

    /** Why there is no suggestion (none yet, or what failed); null when there are some. */
    public ReadOnlyStringProperty suggestionsMessageProperty() {
        return suggestionsMessage;
    }
}
