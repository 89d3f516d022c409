package org.rapporteur.pipeline;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.rapporteur.annotations.AnnotationException;
import org.rapporteur.annotations.Annotations;
import org.rapporteur.annotations.Change;
import org.rapporteur.annotations.ChangeEvent;
import org.rapporteur.index.ClaimIndex;
import org.rapporteur.model.PersonDecision;
import org.rapporteur.model.SpeakerOccurrence;
import org.rapporteur.structure.PersonRegistry;
import org.rapporteur.structure.RegistryPerson;

/**
 * The people of a workspace: the registry (name variants merged automatically, then the analyst's merges and splits
 * from the annotation store, ADR 0021), the analyst's merge and split as undoable changes, and the grouping of speaker
 * names that lets search and the speaker facet treat a person as one. The grouping is rebuilt when the index or the
 * decisions change, on the next search. Thread-safe.
 */
public final class PeopleService {
    private static final AtomicLong VERSIONS = new AtomicLong();

    private final ClaimIndex index;
    private final Annotations annotations;
    private PeopleGroups groups;
    private boolean stale = true;

    PeopleService(ClaimIndex index, Annotations annotations) {
        this.index = index;
        this.annotations = annotations;
        index.useSpeakerGroups(this::groups);
        annotations.addListener(e -> {
            if (isPeopleChange(e)) {
                invalidate();
            }
        });
    }

    /** True for a merge or split of people, done, undone or redone. */
    public static boolean isPeopleChange(ChangeEvent e) {
        return e.type().equals(Change.MergePeople.class.getSimpleName())
                || e.type().equals(Change.SplitPerson.class.getSimpleName());
    }

    /** Every person, with aliases, roles, countries, reports and claim counts. */
    public List<PersonSummary> people() {
        return PeopleDirectory.build(index, annotations.personDecisions()).people();
    }

    /**
     * Makes {@code other} and {@code name} one person (any written form of each); refused when either is unknown or
     * they are one already. Undoable; kept across re-indexing.
     */
    public ChangeEvent merge(String name, String other) {
        PersonRegistry registry = registry();
        RegistryPerson a = find(registry, name);
        RegistryPerson b = find(registry, other);
        if (a.id().equals(b.id())) {
            throw new AnnotationException("'" + name + "' and '" + other + "' are one person already ("
                    + a.name() + ").");
        }
        return changed(annotations.execute(new Change.MergePeople(a.name(), b.name())));
    }

    /**
     * Takes the written form {@code variant} out of {@code person}, as a person of its own; refused when the person
     * is unknown, or has no such form, or has no other. Undoable; kept across re-indexing.
     */
    public ChangeEvent split(String person, String variant) {
        RegistryPerson p = find(registry(), person);
        String key = PersonRegistry.nameKey(variant);
        boolean has = p.aliases().stream().anyMatch(a -> PersonRegistry.nameKey(a).equals(key));
        if (!has) {
            throw new AnnotationException("'" + variant + "' is not a name of " + p.name() + " (their names: "
                    + String.join(", ", p.aliases()) + ").");
        }
        Set<String> forms = new HashSet<>();
        for (String a : p.aliases()) {
            forms.add(PersonRegistry.nameKey(a));
        }
        if (forms.size() < 2) {
            throw new AnnotationException(p.name() + " has no other name to keep; nothing to split.");
        }
        return changed(annotations.execute(new Change.SplitPerson(p.name(), variant)));
    }

    /** The person's written forms (one of each, honorifics aside), the canonical name first. */
    public List<String> namesOf(String person) {
        RegistryPerson p = find(registry(), person);
        java.util.Map<String, String> byKey = new java.util.LinkedHashMap<>();
        byKey.put(PersonRegistry.nameKey(p.name()), p.name());
        for (String a : p.aliases()) {
            byKey.putIfAbsent(PersonRegistry.nameKey(a), a);
        }
        return List.copyOf(byKey.values());
    }

    private ChangeEvent changed(ChangeEvent e) {
        invalidate();
        return e;
    }

    private static RegistryPerson find(PersonRegistry registry, String name) {
        if (name == null || name.isBlank()) {
            throw new AnnotationException("A person's name is missing.");
        }
        Optional<RegistryPerson> p = registry.lookup(name);
        return p.orElseThrow(() -> new AnnotationException("No person named '" + name + "' in this workspace "
                + "(see 'rapporteur people'; a surname alone must be unique)."));
    }

    /** The speakers of the index as people, with the analyst's decisions. */
    PersonRegistry registry() {
        return PeopleDirectory.speakers(index.corpus().speakerOccurrences(), annotations.personDecisions());
    }

    /** The index or the decisions changed: the grouping is rebuilt before the next search. */
    public synchronized void invalidate() {
        stale = true;
    }

    /**
     * The grouping in effect, rebuilt when the index or the decisions changed: the index asks for it at every search
     * that reads speakers, so it costs one look at a flag when nothing changed.
     */
    synchronized PeopleGroups groups() {
        if (stale) {
            List<SpeakerOccurrence> occurrences = index.corpus().speakerOccurrences();
            Set<String> names = new HashSet<>();
            for (SpeakerOccurrence o : occurrences) {
                names.add(o.speaker());
            }
            List<PersonDecision> decisions = annotations.personDecisions();
            groups = new PeopleGroups(PeopleDirectory.speakers(occurrences, decisions), names,
                    VERSIONS.incrementAndGet());
            stale = false;
        }
        return groups;
    }
}
