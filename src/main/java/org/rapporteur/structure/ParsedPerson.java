package org.rapporteur.structure;

import org.rapporteur.model.Person;

/**
 * A person found in text: the person, whether an honorific introduced them (a strong signal), and where the name
 * ended in the parsed string (so callers can read a role after it).
 */
record ParsedPerson(Person person, boolean honorific, int endInText) {
    String name() {
        return person.name();
    }
}
