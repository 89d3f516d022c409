package org.rapporteur.applog;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.io.PrintStream;

/**
 * The one java.util.logging handler of the process: Lucene, JavaFX (through {@code System.Logger}) and the JDK log
 * here. Our own records are written as they come; a library's go to {@link RepeatedWarnings}, once per kind with a
 * count, because nothing a library says there is something the user can act on.
 */
final class LogFileHandler extends Handler {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS", Locale.ROOT);
    /** Only for {@link Formatter#formatMessage}, which fills in a record's parameters and resource bundle. */
    private static final Formatter MESSAGE = new Formatter() {
        @Override
        public String format(LogRecord record) {
            return formatMessage(record);
        }
    };

    private final Supplier<PrintStream> sink;
    private final RepeatedWarnings repeated;

    LogFileHandler(Supplier<PrintStream> sink, RepeatedWarnings repeated) {
        this.sink = sink;
        this.repeated = repeated;
        setLevel(Level.ALL);
    }

    @Override
    public void publish(LogRecord record) {
        if (record == null || !isLoggable(record)) {
            return;
        }
        String logger = record.getLoggerName() == null ? "" : record.getLoggerName();
        String message = MESSAGE.formatMessage(record);
        String level = levelName(record.getLevel());
        if (!logger.startsWith("org.rapporteur")) {
            repeated.record(logger, level, message, record.getThrown());
            return;
        }
        StringBuilder line = new StringBuilder()
                .append(LocalDateTime.ofInstant(record.getInstant(), ZoneId.systemDefault()).format(STAMP))
                .append(' ').append(level).append(' ').append(logger.substring(logger.lastIndexOf('.') + 1))
                .append(" - ").append(message).append(System.lineSeparator());
        if (record.getThrown() != null) {
            StringWriter trace = new StringWriter();
            record.getThrown().printStackTrace(new PrintWriter(trace));
            line.append(trace);
        }
        sink.get().print(line);
    }

    /** SLF4J's names, so the file reads the same whichever API a line came through. */
    static String levelName(Level level) {
        int v = level.intValue();
        return v >= Level.SEVERE.intValue() ? "ERROR" : v >= Level.WARNING.intValue() ? "WARN"
                : v >= Level.INFO.intValue() ? "INFO" : v >= Level.FINE.intValue() ? "DEBUG" : "TRACE";
    }

    @Override
    public void flush() {
        sink.get().flush();
    }

    @Override
    public void close() {
        flush();
    }
}
