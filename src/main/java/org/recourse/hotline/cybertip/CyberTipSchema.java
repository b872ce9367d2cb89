package org.recourse.hotline.cybertip;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;

/**
 * A CyberTipline schema: ours ({@code cybertipline.xsd}, written from the public descriptions), or the one the service
 * serves at {@code /xsd}. Every XML is validated before it is sent; a served schema is outside input, so it is
 * compiled with external DTDs, schemas and entities refused (it may not make us fetch anything).
 */
public final class CyberTipSchema {

    static final String RESOURCE = "cybertipline.xsd";
    private static final CyberTipSchema OURS = load();

    private final Schema schema;
    private final String source;

    private CyberTipSchema(Schema schema, String source) {
        this.schema = schema;
        this.source = source;
    }

    /** Ours, from the classpath. */
    public static CyberTipSchema ours() {
        return OURS;
    }

    /**
     * A schema the service served.
     *
     * @throws InvalidXmlException when it is not a schema (or reaches for anything outside itself)
     */
    public static CyberTipSchema served(byte[] xsd) {
        try {
            return new CyberTipSchema(factory().newSchema(new StreamSource(new ByteArrayInputStream(xsd))),
                    "the schema the service serves");
        } catch (SAXException e) {
            throw new InvalidXmlException("The schema the service serves could not be read: " + e.getMessage());
        }
    }

    /**
     * Checks a document against this schema.
     *
     * @throws InvalidXmlException naming the first problem (Xerces' {@code cvc-...} text), and which schema said so
     */
    public void validate(byte[] xml) {
        try {
            Validator validator = schema.newValidator();
            refuseExternal(validator);
            validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (SAXException e) {
            throw new InvalidXmlException("Not valid against " + source + ": " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CyberTipSchema load() {
        URL resource = CyberTipSchema.class.getResource(RESOURCE);
        if (resource == null) {
            throw new IllegalStateException(RESOURCE + " is missing from the classpath");
        }
        try (InputStream in = resource.openStream()) {
            return new CyberTipSchema(factory().newSchema(new StreamSource(in, resource.toExternalForm())),
                    "Recourse's CyberTipline schema");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SAXException e) {
            throw new IllegalStateException(RESOURCE + " is not a valid schema", e);
        }
    }

    /** The schema bytes as shipped, for the test receiver's {@code /xsd}. */
    public static byte[] ourBytes() {
        try (InputStream in = CyberTipSchema.class.getResourceAsStream(RESOURCE)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SchemaFactory factory() {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
            throw new IllegalStateException("The XML schema factory cannot be made safe", e);
        }
        return factory;
    }

    private static void refuseExternal(Validator validator) throws SAXNotRecognizedException,
            SAXNotSupportedException {
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    }
}
