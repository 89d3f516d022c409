/**
 * The durable store of the analyst's own work: the codebook (hierarchical tags), codings, notes, links between
 * claims and corrections of the extractor, in a SQLite file in the workspace, or in a team's PostgreSQL database
 * (issue 17, ADR 0036: one store class over {@code StoreDatabase}).
 *
 * <p>Entry point: {@link org.rapporteur.annotations.AnnotationStore}. Every change goes through
 * {@link org.rapporteur.annotations.AnnotationStore#execute(Change)} and is journalled with its row-level inverse,
 * so undo and redo work across processes and restarts. Annotations on text are anchored by a W3C TextQuote and
 * TextPosition selector and survive re-extraction through {@link org.rapporteur.annotations.Reanchorer}; what
 * cannot be re-anchored becomes an orphan, never lost. Imports only {@code model}, {@code progress}, JDBC (SQLite,
 * pgJDBC) and Jackson.
 */
package org.rapporteur.annotations;
