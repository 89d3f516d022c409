package org.rapporteur.ingest;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.rapporteur.applog.RepeatedWarnings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Commons Logging factory PDFBox and FontBox get (registered in {@code META-INF/services}): debug and info go to
 * SLF4J as before, warnings and errors go to the log once per kind and are counted after that
 * ({@link RepeatedWarnings}), instead of printed one by one: PDFBox writes thousands for a hostile file, each with a
 * stack trace, and one PDF without its fonts repeats "Using fallback font" on every page.
 */
public final class CountingLogFactory extends LogFactory {
    private final Map<String, Log> logs = new ConcurrentHashMap<>();
    private final Map<String, Object> attributes = new ConcurrentHashMap<>();

    @Override
    public Log getInstance(Class<?> clazz) {
        return getInstance(clazz.getName());
    }

    @Override
    public Log getInstance(String name) {
        return logs.computeIfAbsent(name, n -> new CountingLog(LoggerFactory.getLogger(n)));
    }

    @Override
    public Object getAttribute(String name) {
        return attributes.get(name);
    }

    @Override
    public String[] getAttributeNames() {
        return attributes.keySet().toArray(String[]::new);
    }

    @Override
    public void release() {
        logs.clear();
    }

    @Override
    public void removeAttribute(String name) {
        attributes.remove(name);
    }

    @Override
    public void setAttribute(String name, Object value) {
        if (value == null) {
            attributes.remove(name);
        } else {
            attributes.put(name, value);
        }
    }

    private record CountingLog(Logger logger) implements Log {
        @Override
        public boolean isTraceEnabled() {
            return logger.isTraceEnabled();
        }

        @Override
        public boolean isDebugEnabled() {
            return logger.isDebugEnabled();
        }

        @Override
        public boolean isInfoEnabled() {
            return logger.isInfoEnabled();
        }

        // always "enabled": a library that checks first must still reach the counter
        @Override
        public boolean isWarnEnabled() {
            return true;
        }

        @Override
        public boolean isErrorEnabled() {
            return true;
        }

        @Override
        public boolean isFatalEnabled() {
            return true;
        }

        @Override
        public void trace(Object message) {
            logger.trace(String.valueOf(message));
        }

        @Override
        public void trace(Object message, Throwable t) {
            logger.trace(String.valueOf(message), t);
        }

        @Override
        public void debug(Object message) {
            logger.debug(String.valueOf(message));
        }

        @Override
        public void debug(Object message, Throwable t) {
            logger.debug(String.valueOf(message), t);
        }

        @Override
        public void info(Object message) {
            logger.info(String.valueOf(message));
        }

        @Override
        public void info(Object message, Throwable t) {
            logger.info(String.valueOf(message), t);
        }

        @Override
        public void warn(Object message) {
            count("WARN", message, null);
        }

        @Override
        public void warn(Object message, Throwable t) {
            count("WARN", message, t);
        }

        @Override
        public void error(Object message) {
            count("ERROR", message, null);
        }

        @Override
        public void error(Object message, Throwable t) {
            count("ERROR", message, t);
        }

        @Override
        public void fatal(Object message) {
            count("ERROR", message, null);
        }

        @Override
        public void fatal(Object message, Throwable t) {
            count("ERROR", message, t);
        }

        private void count(String level, Object message, Throwable t) {
            RepeatedWarnings.shared().record(logger.getName(), level, String.valueOf(message), t);
        }
    }
}
