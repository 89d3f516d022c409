/** Plain-Java progress reporting and cancellation for long jobs, shared by the CLI, the UI and tests. */
package org.rapporteur.progress;
