package org.rapporteur.structure;

import org.rapporteur.model.Person;

/** Who a piece of evidence points to: a person, or a body (organisation, delegation, session, audience). */
record Candidate(Person person, String body) {
    static Candidate of(Person p) {
        return new Candidate(p, null);
    }

    static Candidate body(String name) {
        return new Candidate(null, name);
    }

    boolean isPerson() {
        return person != null;
    }

    String name() {
        return person != null ? person.name() : body;
    }

    /** Two candidates are the same when their names agree without honorifics, case and punctuation. */
    String key() {
        return person != null ? "p:" + PersonRegistry.key(person.name()) : "b:" + PersonRegistry.key(body);
    }
}
