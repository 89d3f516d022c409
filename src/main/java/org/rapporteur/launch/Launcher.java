package org.rapporteur.launch;

import java.io.File;
import java.util.Locale;

/**
 * The one entry point of the packaged app and of {@code java -jar rapporteur.jar} (the jar's Main-Class): with no
 * arguments, or only the workbench's own options, it opens the workbench; with a lone REFI-QDA or annotation file
 * (what the file manager passes when the user opens a {@code .qdpx}) it opens the workbench importing that file;
 * anything else is the command line ({@code rapporteur index ...}). ADR 0026.
 *
 * <p>It is also the guard against a Java that is too old. This one class is compiled for Java 8 (a separate compiler
 * execution in the pom), so an old Java can load it and say in one sentence what is needed, instead of failing with
 * {@code UnsupportedClassVersionError} on the first class of the application. That is why it uses nothing newer than
 * Java 8 and touches the application's classes only after the check: the JVM resolves them when first called.
 */
public final class Launcher {
    /** The oldest Java the application's classes run on (they are compiled for release 25). */
    static final int REQUIRED_JAVA = 25;

    /**
     * Exit code for "this Java cannot run Rapporteur": 1, the table's "user or data error" (ADR 0020), because the
     * user fixes it by installing something, nothing was changed, and it is not a bug (3) or a mistyped command (2).
     */
    static final int UNSUPPORTED_JAVA_EXIT = 1;

    /** Options the workbench takes, each with a value; with only these the user wants the window, not a command. */
    private static final String[] WORKBENCH_OPTIONS = {"--workspace", "--screenshots"};

    /** Files the workbench imports when they are opened with Rapporteur (File ▸ Import… takes the same). */
    private static final String[] IMPORTABLE = {".qdpx", ".qdc", ".jsonld"};

    private Launcher() {
    }

    public static void main(String[] args) {
        String problem = unsupportedJava(System.getProperty("java.specification.version"));
        if (problem != null) {
            System.err.println(problem);
            System.exit(UNSUPPORTED_JAVA_EXIT);
            return;
        }
        switch (route(args)) {
            case WORKBENCH:
                org.rapporteur.ui.WorkbenchLauncher.main(args);
                break;
            case IMPORT_IN_WORKBENCH:
                org.rapporteur.ui.WorkbenchLauncher.main(new String[] {"--import", args[0]});
                break;
            default:
                org.rapporteur.cli.Main.main(args);
        }
    }

    /** What the arguments ask for. */
    enum Route { WORKBENCH, IMPORT_IN_WORKBENCH, COMMAND_LINE }

    static Route route(String[] args) {
        if (args.length == 1 && isImportableFile(args[0])) {
            return Route.IMPORT_IN_WORKBENCH;
        }
        for (int i = 0; i < args.length; i++) {
            String option = workbenchOption(args[i]);
            if (option == null) {
                return Route.COMMAND_LINE;
            }
            if (option.equals(args[i])) { // "--workspace DIR": the value is the next argument
                if (i + 1 >= args.length) {
                    return Route.COMMAND_LINE; // a missing value: the command line says what is wrong
                }
                i++;
            }
        }
        return Route.WORKBENCH;
    }

    /** The workbench option {@code arg} is or starts ({@code --workspace=DIR}), or null. */
    private static String workbenchOption(String arg) {
        for (String option : WORKBENCH_OPTIONS) {
            if (arg.equals(option) || arg.startsWith(option + "=")) {
                return option;
            }
        }
        return null;
    }

    /** A file the file manager may hand over: it exists and has an extension the workbench imports. */
    static boolean isImportableFile(String arg) {
        String name = arg.toLowerCase(Locale.ROOT);
        for (String extension : IMPORTABLE) {
            if (name.endsWith(extension)) {
                return new File(arg).isFile();
            }
        }
        return false;
    }

    /**
     * The sentence for a Java older than {@link #REQUIRED_JAVA}, or null when this one will do. {@code version} is
     * {@code java.specification.version}: "1.8" up to Java 8, then "9", "17", "25".
     */
    static String unsupportedJava(String version) {
        int feature = featureVersion(version);
        if (feature >= REQUIRED_JAVA) {
            return null;
        }
        return "Rapporteur needs Java " + REQUIRED_JAVA + " or newer, and this is Java "
                + (feature > 0 ? String.valueOf(feature) : String.valueOf(version)) + " (" + System.getProperty(
                "java.home") + "). Install the Rapporteur package, which brings its own Java, or a JDK "
                + REQUIRED_JAVA + " (e.g. Eclipse Temurin from https://adoptium.net) and run it with that.";
    }

    static int featureVersion(String version) {
        if (version == null) {
            return 0;
        }
        String v = version.startsWith("1.") ? version.substring(2) : version;
        int end = 0;
        while (end < v.length() && Character.isDigit(v.charAt(end))) {
            end++;
        }
        try {
            return end == 0 ? 0 : Integer.parseInt(v.substring(0, end));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
