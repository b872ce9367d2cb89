package org.recourse.hotline.cybertip;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.recourse.content.UploaderContext.IpCaptureEvent;
import org.recourse.hotline.ReportContent;

/**
 * Writes what a report says as the CyberTipline's XML: a {@code <report>} for {@code /submit} and a
 * {@code <fileDetails>} for each file's {@code /fileinfo}, children in the schema's order (the service refuses any
 * other). Written through StAX, so every value is escaped; characters XML cannot carry at all (control characters, lone
 * surrogates) are replaced, and a URL's whitespace is percent-encoded, since the service refuses a URL that has any.
 */
public final class CyberTipXml {

    /** The one incident type Recourse reports. */
    public static final String INCIDENT_TYPE = "Child Pornography (possession, manufacture, and distribution)";
    static final String SCHEMA_LOCATION = "https://report.cybertip.org/ispws/xsd";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

    private CyberTipXml() {
    }

    /** The {@code <report>} opening a CyberTip. */
    public static byte[] report(ReportContent content) {
        return write(xml -> {
            xml.writeStartElement("report");
            xml.writeNamespace("xsi", XSI);
            xml.writeAttribute(XSI, "noNamespaceSchemaLocation", SCHEMA_LOCATION);
            xml.writeStartElement("incidentSummary");
            text(xml, "incidentType", INCIDENT_TYPE);
            text(xml, "escalateToHighPriority", content.escalation());
            text(xml, "incidentDateTime", time(content.incidentAt()));
            xml.writeEndElement();
            if (content.url() != null && !content.url().isBlank()) {
                xml.writeStartElement("internetDetails");
                xml.writeStartElement("webPageIncident");
                if (content.thirdPartyHosted() != null) {
                    xml.writeAttribute("thirdPartyHostedContent", content.thirdPartyHosted().toString());
                }
                text(xml, "url", url(content.url()));
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeStartElement("reporter");
            person(xml, "reportingPerson", content.reporter());
            if (content.contact() != null) {
                person(xml, "contactPerson", content.contact());
            }
            xml.writeEndElement();
            reported(xml, content.reported());
            xml.writeEndElement();
        });
    }

    /** The {@code <fileDetails>} of one uploaded file. */
    public static byte[] fileDetails(long reportId, String fileId, ReportContent.FileContent file) {
        return write(xml -> {
            xml.writeStartElement("fileDetails");
            text(xml, "reportId", Long.toString(reportId));
            text(xml, "fileId", fileId);
            text(xml, "originalFileName", file.originalFileName());
            text(xml, "uploadedToEspTimestamp", file.uploadedAt() == null ? null : time(file.uploadedAt()));
            text(xml, "fileViewedByEsp", Boolean.toString(file.viewedByStaff()));
            text(xml, "publiclyAvailable", Boolean.toString(file.publiclyAvailable()));
            text(xml, "industryClassification", file.classification());
            if (file.md5() != null) {
                xml.writeStartElement("originalFileHash");
                xml.writeAttribute("hashType", "MD5");
                xml.writeCharacters(file.md5().toLowerCase(Locale.ROOT));
                xml.writeEndElement();
            }
            if (file.uploadEvent() != null) {
                ipEvent(xml, file.uploadEvent());
            }
            xml.writeEndElement();
        });
    }

    private static void reported(XMLStreamWriter xml, ReportContent.ReportedUser user) throws XMLStreamException {
        if (user == null) {
            return;
        }
        xml.writeStartElement("personOrUserReported");
        if (user.email() != null && !user.email().isBlank()) {
            xml.writeStartElement("personOrUserReportedPerson");
            text(xml, "email", user.email());
            xml.writeEndElement();
        }
        text(xml, "espIdentifier", clip(user.platformUserId(), 255));
        text(xml, "screenName", clip(user.screenName(), 256));
        for (IpCaptureEvent event : user.ipEvents()) {
            ipEvent(xml, event);
        }
        xml.writeEndElement();
    }

    private static void person(XMLStreamWriter xml, String element, ReportContent.Person person)
            throws XMLStreamException {
        xml.writeStartElement(element);
        if (person != null) {
            text(xml, "firstName", clip(person.firstName(), 100));
            text(xml, "lastName", clip(person.lastName(), 100));
            text(xml, "phone", clip(person.phone(), 100));
            text(xml, "email", clip(person.email(), 256));
        }
        xml.writeEndElement();
    }

    private static void ipEvent(XMLStreamWriter xml, IpCaptureEvent event) throws XMLStreamException {
        xml.writeStartElement("ipCaptureEvent");
        text(xml, "ipAddress", event.ipAddress());
        text(xml, "eventName", event.type() == null ? null : eventName(event.type()));
        text(xml, "dateTime", event.at() == null ? null : time(event.at()));
        text(xml, "port", event.port() == null ? null : event.port().toString());
        xml.writeEndElement();
    }

    /** The schema's names: Login, Registration, Purchase, Upload, Other, Unknown. */
    static String eventName(org.recourse.content.UploaderContext.EventType type) {
        String name = type.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** An xs:dateTime in UTC, to the second. */
    static String time(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** Percent-encodes whitespace, control characters and anything outside printable ASCII. */
    static String url(String url) {
        StringBuilder out = new StringBuilder(url.length());
        byte[] bytes = url.strip().getBytes(StandardCharsets.UTF_8);
        for (byte b : bytes) {
            int c = b & 0xff;
            if (c <= 0x20 || c >= 0x7f) {
                out.append('%').append(String.format(Locale.ROOT, "%02X", c));
            } else {
                out.append((char) c);
            }
        }
        return out.toString();
    }

    /** Text XML can carry: control characters (but tab and line breaks) and lone surrogates become U+FFFD. */
    static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c) || (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                    || c == 0xFFFE || c == 0xFFFF) {
                out.append('\uFFFD');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        if (value == null || value.isBlank()) {
            return;
        }
        xml.writeStartElement(element);
        xml.writeCharacters(clean(value));
        xml.writeEndElement();
    }

    private interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private static byte[] write(Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = OUTPUT.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            body.write(xml);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the CyberTip XML", e);
        }
        return out.toByteArray();
    }
}
