package org.rapporteur.enrich;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A small JSON reader and writer for the taxonomy file: objects become {@link LinkedHashMap}s, arrays {@link List}s,
 * numbers {@link Double}s or {@link Long}s. The enrich layer imports no library (see the layering rules), and the file
 * is small, so a hand-written codec is cheaper than a dependency. Not a general-purpose parser: it accepts strict JSON
 * only and reports the offset of the first fault.
 */
final class JsonCodec {
    private final String s;
    private int i;

    private JsonCodec(String s) {
        this.s = s;
    }

    static Object parse(String json) {
        JsonCodec p = new JsonCodec(json);
        p.ws();
        Object v = p.value();
        p.ws();
        if (p.i != json.length()) {
            throw p.fault("trailing characters");
        }
        return v;
    }

    private Object value() {
        if (i >= s.length()) {
            throw fault("unexpected end");
        }
        char c = s.charAt(i);
        return switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> string();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", null);
            default -> number();
        };
    }

    private Map<String, Object> object() {
        Map<String, Object> m = new LinkedHashMap<>();
        i++;
        ws();
        if (peek('}')) {
            i++;
            return m;
        }
        while (true) {
            ws();
            if (!peek('"')) {
                throw fault("expected a string key");
            }
            String k = string();
            ws();
            expect(':');
            ws();
            m.put(k, value());
            ws();
            if (peek(',')) {
                i++;
            } else {
                expect('}');
                return m;
            }
        }
    }

    private List<Object> array() {
        List<Object> a = new ArrayList<>();
        i++;
        ws();
        if (peek(']')) {
            i++;
            return a;
        }
        while (true) {
            ws();
            a.add(value());
            ws();
            if (peek(',')) {
                i++;
            } else {
                expect(']');
                return a;
            }
        }
    }

    private String string() {
        i++;
        StringBuilder b = new StringBuilder();
        while (i < s.length()) {
            char c = s.charAt(i++);
            if (c == '"') {
                return b.toString();
            }
            if (c != '\\') {
                b.append(c);
                continue;
            }
            if (i >= s.length()) {
                break;
            }
            char e = s.charAt(i++);
            switch (e) {
                case 'n' -> b.append('\n');
                case 't' -> b.append('\t');
                case 'r' -> b.append('\r');
                case 'b' -> b.append('\b');
                case 'f' -> b.append('\f');
                case 'u' -> {
                    if (i + 4 > s.length()) {
                        throw fault("bad unicode escape");
                    }
                    b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                    i += 4;
                }
                default -> b.append(e);
            }
        }
        throw fault("unterminated string");
    }

    private Object literal(String word, Object v) {
        if (!s.startsWith(word, i)) {
            throw fault("unexpected token");
        }
        i += word.length();
        return v;
    }

    private Object number() {
        int start = i;
        while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        String n = s.substring(start, i);
        if (n.isEmpty()) {
            throw fault("unexpected character '" + s.charAt(start) + "'");
        }
        try {
            return n.contains(".") || n.contains("e") || n.contains("E") ? (Object) Double.parseDouble(n) : (Object) Long.parseLong(n);
        } catch (NumberFormatException e) {
            throw fault("bad number " + n);
        }
    }

    private void ws() {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
    }

    private boolean peek(char c) {
        return i < s.length() && s.charAt(i) == c;
    }

    private void expect(char c) {
        if (!peek(c)) {
            throw fault("expected '" + c + "'");
        }
        i++;
    }

    private IllegalArgumentException fault(String what) {
        return new IllegalArgumentException("JSON: " + what + " at offset " + i);
    }

    /** Writes maps, lists, strings, numbers, booleans and null as indented JSON. */
    static String write(Object value) {
        StringBuilder b = new StringBuilder();
        write(value, b, 0);
        return b.append('\n').toString();
    }

    private static void write(Object v, StringBuilder b, int indent) {
        switch (v) {
            case null -> b.append("null");
            case String str -> quote(str, b);
            case Map<?, ?> m -> {
                if (m.isEmpty()) {
                    b.append("{}");
                    return;
                }
                b.append("{\n");
                int n = 0;
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    pad(b, indent + 2);
                    quote(String.valueOf(e.getKey()), b);
                    b.append(": ");
                    write(e.getValue(), b, indent + 2);
                    b.append(++n < m.size() ? ",\n" : "\n");
                }
                pad(b, indent);
                b.append('}');
            }
            case List<?> l -> {
                boolean flat = l.stream().allMatch(x -> !(x instanceof Map) && !(x instanceof List));
                if (flat) {
                    b.append('[');
                    for (int k = 0; k < l.size(); k++) {
                        write(l.get(k), b, indent);
                        if (k + 1 < l.size()) {
                            b.append(", ");
                        }
                    }
                    b.append(']');
                    return;
                }
                b.append("[\n");
                for (int k = 0; k < l.size(); k++) {
                    pad(b, indent + 2);
                    write(l.get(k), b, indent + 2);
                    b.append(k + 1 < l.size() ? ",\n" : "\n");
                }
                pad(b, indent);
                b.append(']');
            }
            default -> b.append(v);
        }
    }

    private static void pad(StringBuilder b, int n) {
        b.append(" ".repeat(n));
    }

    private static void quote(String str, StringBuilder b) {
        b.append('"');
        for (int k = 0; k < str.length(); k++) {
            char c = str.charAt(k);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        b.append('"');
    }
}
