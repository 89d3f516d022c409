/**
 * The services the command line and the workbench share: open a workspace, (re)index corpus roots, search, read a
 * report, annotate, export. The only package that wires ingest, structure, enrich, index and annotations together.
 */
package org.rapporteur.pipeline;
