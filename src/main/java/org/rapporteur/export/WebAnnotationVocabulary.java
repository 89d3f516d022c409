package org.rapporteur.export;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The identifiers of our W3C Web Annotation JSON-LD: {@code urn:rapporteur:...} IRIs for reports, claims, tags,
 * persons and annotations, and the {@code rap:} prefix of our extension terms (declared in the document's context).
 */
final class WebAnnotationVocabulary {
    static final String ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld";
    static final String PREFIX = "rap";
    static final String NAMESPACE = "urn:rapporteur:vocab:";
    static final String REPORT = "urn:rapporteur:report:";
    static final String CLAIM = "urn:rapporteur:claim:";
    static final String TAG = "urn:rapporteur:tag:";
    static final String PERSON = "urn:rapporteur:person:";
    static final String CODING = "urn:rapporteur:coding:";
    static final String NOTE = "urn:rapporteur:note:";
    static final String LINK = "urn:rapporteur:link:";
    static final String EXPORT = "urn:rapporteur:export:";

    private WebAnnotationVocabulary() {
    }

    static String rap(String term) {
        return PREFIX + ":" + term;
    }

    static String person(String name) {
        return PERSON + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String personName(String iri) {
        return URLDecoder.decode(iri.substring(PERSON.length()), StandardCharsets.UTF_8);
    }
}
