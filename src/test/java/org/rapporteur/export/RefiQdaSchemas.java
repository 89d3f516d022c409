package org.rapporteur.export;

import java.io.ByteArrayInputStream;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.rapporteur.testing.SharedData;
import org.xml.sax.SAXException;

/**
 * Validates against the REFI-QDA schemas in the shared folder ({@link SharedData#refiQdaSchemas()}), read
 * at test time and never copied into the project.
 */
final class RefiQdaSchemas {
    private RefiQdaSchemas() {
    }

    static Schema schema(String file) throws SAXException {
        SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        return f.newSchema(SharedData.refiQdaSchemas().resolve(file).toFile());
    }

    /** Throws with the schema's message (line, column, what) when {@code xml} is not valid. */
    static void validateProject(byte[] xml) throws Exception {
        schema("Project-mrt2019.xsd").newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
    }

    static void validateCodebook(byte[] xml) throws Exception {
        schema("Codebook.xsd").newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
    }
}
