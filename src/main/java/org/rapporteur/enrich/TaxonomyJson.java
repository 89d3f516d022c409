package org.rapporteur.enrich;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.util.Instantiatable;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The taxonomy file's JSON through Jackson. Reading is as forgiving as the hand-written reader it replaced was of
 * hand edits (a raw tab in a string, a needless backslash, a leading plus or zero in a number) and strict about the
 * rest: anything after the root value, or no value at all, is a fault. Writing keeps the file's layout: two-space
 * indents, {@code "key": value}, an array of plain values on one line and an array of objects one object a line.
 * Thread-safe.
 */
final class TaxonomyJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER,
                    JsonReadFeature.ALLOW_LEADING_PLUS_SIGN_FOR_NUMBERS, JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS,
                    JsonReadFeature.ALLOW_LEADING_DECIMAL_POINT_FOR_NUMBERS,
                    JsonReadFeature.ALLOW_TRAILING_DECIMAL_POINT_FOR_NUMBERS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final Pattern SOURCE = Pattern.compile("\\[Source: [^;\\]]*; ");
    private static final ObjectWriter WRITER = MAPPER.writer(new Layout());

    private TaxonomyJson() {
    }

    /**
     * The JSON value {@code json} holds.
     *
     * @throws IllegalArgumentException when it is not JSON; the message says what broke and at which line and column
     */
    static JsonNode parse(String json) {
        try {
            JsonNode root = MAPPER.readTree(json);
            if (root == null || root.isMissingNode()) {
                throw new IllegalArgumentException("JSON: no value (the file is empty)");
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : String.format(Locale.ROOT, " at line %d, column %d", at.getLineNr(),
                    at.getColumnNr());
            // Jackson names its input "REDACTED" where a start marker is quoted: the caller names the file
            String what = SOURCE.matcher(e.getOriginalMessage()).replaceAll("[");
            throw new IllegalArgumentException("JSON: " + what + where, e);
        }
    }

    /** {@code root} as indented JSON ending with a line break. */
    static String write(JsonNode root) {
        try {
            return WRITER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree that cannot be written: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * The file's layout. An array goes on one line until an object (or array) starts as its first value: then one
     * value a line. The taxonomy's arrays hold either plain values or objects, never both.
     */
    private static final class Layout implements PrettyPrinter, Instantiatable<Layout> {
        private static final String INDENT = "  ";
        /** Per open array, whether its values go one a line. */
        private final Deque<Boolean> arrays = new ArrayDeque<>();
        private int depth;

        @Override
        public Layout createInstance() {
            return new Layout();
        }

        @Override
        public void writeRootValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw('\n');
        }

        @Override
        public void writeStartObject(JsonGenerator g) throws IOException {
            open(g, '{');
        }

        @Override
        public void writeEndObject(JsonGenerator g, int nrOfEntries) throws IOException {
            close(g, nrOfEntries > 0, '}');
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
            g.writeRaw(',');
            newLine(g);
        }

        @Override
        public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(": ");
        }

        @Override
        public void beforeObjectEntries(JsonGenerator g) throws IOException {
            newLine(g);
        }

        @Override
        public void writeStartArray(JsonGenerator g) throws IOException {
            open(g, '[');
            arrays.push(false);
        }

        @Override
        public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
            close(g, arrays.pop(), ']');
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(',');
            if (arrays.peek()) {
                newLine(g);
            } else {
                g.writeRaw(' ');
            }
        }

        @Override
        public void beforeArrayValues(JsonGenerator g) {
            // the first value decides: a container breaks the line in breakBeforeFirstContainer
        }

        private void open(JsonGenerator g, char bracket) throws IOException {
            breakBeforeFirstContainer(g);
            g.writeRaw(bracket);
            depth++;
        }

        private void close(JsonGenerator g, boolean onItsOwnLine, char bracket) throws IOException {
            depth--;
            if (onItsOwnLine) {
                newLine(g);
            }
            g.writeRaw(bracket);
        }

        /** A container opening an array puts the array's values one a line, starting with itself. */
        private void breakBeforeFirstContainer(JsonGenerator g) throws IOException {
            JsonStreamContext parent = g.getOutputContext().getParent();
            if (parent != null && parent.inArray() && parent.getCurrentIndex() == 0 && !arrays.peek()) {
                arrays.pop();
                arrays.push(true);
                newLine(g);
            }
        }

        private void newLine(JsonGenerator g) throws IOException {
            g.writeRaw('\n');
            g.writeRaw(INDENT.repeat(depth));
        }
    }
}
