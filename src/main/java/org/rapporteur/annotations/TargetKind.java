package org.rapporteur.annotations;

/** The kind of an annotation's target, as stored. */
public enum TargetKind {
    CLAIM, SELECTION, REPORT, PERSON, TAG;

    static TargetKind of(Target t) {
        return switch (t) {
            case Target.Claim c -> CLAIM;
            case Target.Selection s -> SELECTION;
            case Target.Report r -> REPORT;
            case Target.Person p -> PERSON;
            case Target.Tag g -> TAG;
        };
    }
}
