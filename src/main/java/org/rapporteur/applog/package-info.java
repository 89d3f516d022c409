/**
 * The application's log file, shared by the command line and the workbench: where it is, how it rotates, and which
 * library messages reach it. Depends on nothing else of Rapporteur's, so every layer may name the log in a message.
 */
package org.rapporteur.applog;
