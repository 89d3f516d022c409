/**
 * The application's entry point ({@link org.rapporteur.launch.Launcher}): the Java-version guard, then the workbench
 * or the command line. Compiled for Java 8 so that an old Java can read it and say what is needed.
 */
package org.rapporteur.launch;
