/**
 * The only package that imports Lucene: the claim index (one document per claim and per report), its schema, the
 * query language, facets, highlighting and related claims. Nothing Lucene leaks out of its public signatures.
 */
package org.rapporteur.index;
