package org.rapporteur.export;

/** What an annotation is attached to. Codings take claims and selections; notes take any of them. */
public enum TargetType { CLAIM, SELECTION, REPORT, PERSON, TAG }
