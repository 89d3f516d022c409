package org.rapporteur.cli;

import java.io.PrintWriter;
import java.util.Locale;

import org.rapporteur.annotations.ChangeEvent;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The mixin of a command that can answer in JSON: {@code --json}, and printing a value or a change either way. The
 * option's help says what that command's JSON holds, so its words live per command in {@code CommandHelp.properties}
 * (picocli looks up {@code rapporteur.<command>.json} there, then {@code json}).
 */
final class JsonOption {
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--json")
    boolean json;

    /** True when the user asked for JSON. */
    boolean wanted() {
        return json;
    }

    /** Prints a value as JSON (indented, nulls kept), whether or not {@code --json} was given. */
    void print(Object value) {
        Json.print(out(), value);
    }

    /** What an annotation change did: as JSON with {@code --json}, else its sentence (and the new entity's id). */
    void printChange(ChangeEvent e) {
        if (json) {
            print(ChangeJson.of(e));
        } else {
            PrintWriter out = out();
            out.println(e.sentence() + (e.entityId() > 0 ? " (id " + e.entityId() + ")" : ""));
            out.flush();
        }
    }

    private PrintWriter out() {
        return command.commandLine().getOut();
    }

    record ChangeJson(long changeId, String action, String type, String summary, long entityId) {
        static ChangeJson of(ChangeEvent e) {
            return new ChangeJson(e.changeId(), e.action().name().toLowerCase(Locale.ROOT), e.type(), e.sentence(),
                    e.entityId());
        }
    }
}
