package org.rapporteur.export;

import java.io.IOException;
import java.io.OutputStream;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Citations as CSL-JSON (an array of items, as Zotero, pandoc and citeproc read): {@code report} items with
 * publisher and genre, {@code speech} items with the event ({@code event-title}, and the older {@code event}).
 */
public final class CslJsonExporter implements Exporter {
    @Override
    public void write(ExportBundle bundle, ExportOptions options, OutputStream out) throws IOException {
        ArrayNode items = JsonNodeFactory.instance.arrayNode();
        for (CitationItem c : CitationItems.of(bundle)) {
            items.add(item(c));
        }
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .writeValue(out, items);
    }

    static ObjectNode item(CitationItem c) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("id", c.id());
        n.put("type", c.type() == CitationItem.Type.SPEECH ? "speech" : "report");
        n.put("title", c.title());
        if (!c.authors().isEmpty()) {
            ArrayNode a = n.putArray("author");
            for (CitationItem.Name name : c.authors()) {
                ObjectNode o = a.addObject();
                if (name.literal() != null) {
                    o.put("literal", name.literal());
                } else {
                    o.put("family", name.family());
                    o.put("given", name.given());
                }
            }
        }
        if (c.publisher() != null) {
            n.put("publisher", c.publisher());
        }
        if (c.event() != null) {
            n.put("event-title", c.event());
            n.put("event", c.event());
        }
        int[] parts = c.dateParts();
        if (parts.length > 0) {
            ArrayNode dp = n.putObject("issued").putArray("date-parts").addArray();
            for (int p : parts) {
                dp.add(p);
            }
        }
        if (c.genre() != null) {
            n.put("genre", c.genre());
        }
        if (c.note() != null) {
            n.put("note", c.note());
        }
        return n;
    }
}
