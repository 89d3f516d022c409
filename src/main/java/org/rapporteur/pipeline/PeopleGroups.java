package org.rapporteur.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.rapporteur.model.SpeakerGroups;
import org.rapporteur.structure.PersonRegistry;
import org.rapporteur.structure.RegistryPerson;

/**
 * The speaker names of the index grouped by person, from the registry: a person indexed under several names is
 * searched, filtered and counted as one, under their canonical name (ADR 0021). Immutable.
 */
final class PeopleGroups implements SpeakerGroups {
    private final Map<String, String> personOfName = new HashMap<>();
    private final Map<String, List<String>> namesByKey = new HashMap<>();
    private final long version;

    PeopleGroups(PersonRegistry registry, Set<String> indexedNames, long version) {
        this.version = version;
        for (RegistryPerson p : registry.persons()) {
            Set<String> names = new LinkedHashSet<>();
            for (String alias : p.aliases()) {
                if (indexedNames.contains(alias)) {
                    names.add(alias);
                }
            }
            if (names.size() < 2) {
                continue; // one name, one person: searched and counted as it was indexed
            }
            List<String> list = List.copyOf(names);
            for (String n : list) {
                personOfName.put(n, p.name());
            }
            List<String> keys = new ArrayList<>(p.aliases());
            keys.add(p.name());
            for (String k : keys) {
                namesByKey.put(PersonRegistry.nameKey(k), list);
            }
        }
    }

    /** How many indexed names belong to a person with more than one (for tests and the report). */
    int groupedNames() {
        return personOfName.size();
    }

    @Override
    public String personOf(String speaker) {
        return personOfName.getOrDefault(speaker, speaker);
    }

    @Override
    public List<String> namesOf(String nameOrVariant) {
        if (nameOrVariant == null || nameOrVariant.isBlank()) {
            return List.of();
        }
        return namesByKey.getOrDefault(PersonRegistry.nameKey(nameOrVariant), List.of());
    }

    @Override
    public long version() {
        return version;
    }
}
