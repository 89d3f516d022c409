package org.rapporteur.annotations;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.jsontype.NamedType;

/**
 * A {@link Change} as one line of JSON and back, with the type of every change, target and correction named
 * ({@code "@type": "Change.RenameTag"}; every sealed type a change holds is listed here), for the changes a team store keeps on this machine while the server is away.
 * Fields a newer Rapporteur adds are ignored, and fields an older line lacks read as null (the record's own default
 * constructor rules then apply), so a kept file survives an update. Thread-safe.
 */
final class ChangeCodec {
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "@type")
    private interface Typed {
    }

    private final ObjectMapper json = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(com.fasterxml.jackson.databind.SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .addMixIn(Change.class, Typed.class)
            .addMixIn(Target.class, Typed.class)
            .addMixIn(CorrectionRequest.class, Typed.class)
            .addMixIn(DeletePolicy.class, Typed.class);

    ChangeCodec() {
        for (Class<?> sealed : new Class<?>[]{Change.class, Target.class, CorrectionRequest.class,
                DeletePolicy.class}) {
            for (Class<?> sub : sealed.getPermittedSubclasses()) {
                json.registerSubtypes(new NamedType(sub, sealed.getSimpleName() + "." + sub.getSimpleName()));
            }
        }
    }

    ObjectMapper mapper() {
        return json;
    }

    String write(Change change) {
        try {
            return json.writerFor(Change.class).writeValueAsString(change);
        } catch (JsonProcessingException e) {
            throw new AnnotationException("Cannot keep the change '" + change.describe() + "' on this machine: "
                    + e.getOriginalMessage(), e);
        }
    }

    Change read(String line) {
        try {
            return json.readValue(line, Change.class);
        } catch (JsonProcessingException e) {
            throw new AnnotationException("A change kept on this machine cannot be read: " + e.getOriginalMessage(),
                    e);
        }
    }
}
