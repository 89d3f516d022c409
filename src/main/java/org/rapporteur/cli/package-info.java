/** The command line: picocli commands, each thin over {@link org.rapporteur.pipeline.Workspace}. */
package org.rapporteur.cli;
