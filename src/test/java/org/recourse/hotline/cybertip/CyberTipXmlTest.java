package org.recourse.hotline.cybertip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.recourse.hotline.OpenedRecords.aRecord;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recourse.content.UploaderContext;
import org.recourse.hotline.OpenedRecords;
import org.recourse.hotline.ReportContent;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

@DisplayName("The CyberTipline XML")
class CyberTipXmlTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    @Test
    @DisplayName("a report is valid against the schema, its children in the schema's order")
    void reportInOrder() {
        // Arrange
        ReportContent content = aRecord().content(NOW);

        // Act
        byte[] xml = CyberTipXml.report(content);

        // Assert
        CyberTipSchema.ours().validate(xml);
        Element report = SafeXml.parse(xml).getDocumentElement();
        assertThat(children(report)).containsExactly("incidentSummary", "internetDetails", "reporter",
                "personOrUserReported");
        assertThat(children(child(report, "incidentSummary"))).containsExactly("incidentType", "incidentDateTime");
        assertThat(text(child(report, "incidentSummary"), "incidentType")).isEqualTo(CyberTipXml.INCIDENT_TYPE);
        assertThat(text(child(report, "incidentSummary"), "incidentDateTime")).isEqualTo("2026-12-01T09:59:00Z");
        assertThat(children(child(report, "reporter"))).containsExactly("reportingPerson", "contactPerson");
        Element user = child(report, "personOrUserReported");
        assertThat(children(user)).containsExactly("personOrUserReportedPerson", "espIdentifier", "screenName",
                "ipCaptureEvent", "ipCaptureEvent");
        assertThat(text(child(user, "personOrUserReportedPerson"), "email")).isEqualTo("user@example.com");
        assertThat(text(user, "espIdentifier")).isEqualTo("user-42");
        Element upload = child(user, "ipCaptureEvent");
        assertThat(children(upload)).containsExactly("ipAddress", "eventName", "dateTime", "port");
        assertThat(text(upload, "eventName")).isEqualTo("Upload");
        Element web = child(child(report, "internetDetails"), "webPageIncident");
        assertThat(text(web, "url")).isEqualTo("https://platform.example/media/img-8841");
        assertThat(web.hasAttribute("thirdPartyHostedContent")).as("omitted unless known").isFalse();
    }

    @Test
    @DisplayName("escalates to high priority with the reviewer's reason only when they marked imminent danger")
    void escalation() {
        // Arrange
        ReportContent calm = aRecord().note("A note that is not an escalation").content(NOW);
        ReportContent danger = aRecord().imminentDanger("The child is live-streamed now").content(NOW);

        // Act
        Element calmSummary = child(SafeXml.parse(CyberTipXml.report(calm)).getDocumentElement(), "incidentSummary");
        byte[] dangerXml = CyberTipXml.report(danger);
        Element dangerSummary = child(SafeXml.parse(dangerXml).getDocumentElement(), "incidentSummary");

        // Assert
        assertThat(children(calmSummary)).doesNotContain("escalateToHighPriority");
        CyberTipSchema.ours().validate(dangerXml);
        assertThat(children(dangerSummary)).containsExactly("incidentType", "escalateToHighPriority",
                "incidentDateTime");
        assertThat(text(dangerSummary, "escalateToHighPriority")).isEqualTo("The child is live-streamed now");
    }

    @Test
    @DisplayName("never dates the incident in the future: a platform's clock ahead of ours gives now")
    void noFutureDate() {
        // Arrange
        ReportContent content = aRecord().uploadedAt(NOW.plusSeconds(7200)).content(NOW);

        // Act
        Element summary = child(SafeXml.parse(CyberTipXml.report(content)).getDocumentElement(), "incidentSummary");

        // Assert
        assertThat(text(summary, "incidentDateTime")).isEqualTo("2026-12-06T10:00:00Z");
    }

    @Test
    @DisplayName("hostile values stay values: markup escaped, control characters replaced, a URL's spaces encoded")
    void hostileValues() {
        // Arrange
        String screenName = "</screenName><espIdentifier>admin</espIdentifier>&amp;\u0000\u0007\uD800";
        ReportContent content = aRecord().url("https://platform.example/media/a b\t<c>\"")
                .uploader(new UploaderContext("<x/>", screenName, null, null, List.of())).content(NOW);

        // Act
        byte[] xml = CyberTipXml.report(content);

        // Assert
        CyberTipSchema.ours().validate(xml);
        Element report = SafeXml.parse(xml).getDocumentElement();
        Element user = child(report, "personOrUserReported");
        assertThat(children(user)).containsExactly("espIdentifier", "screenName");
        assertThat(text(user, "espIdentifier")).isEqualTo("<x/>");
        assertThat(text(user, "screenName"))
                .isEqualTo("</screenName><espIdentifier>admin</espIdentifier>&amp;\uFFFD\uFFFD\uFFFD");
        assertThat(text(child(child(report, "internetDetails"), "webPageIncident"), "url"))
                .isEqualTo("https://platform.example/media/a%20b%09<c>\"");
    }

    @Test
    @DisplayName("without NCMEC's industry MOU (recourse.hotline.ncmec.industry-classification=false) no file is "
            + "classified, and nothing else of the report changes")
    void unclassified() {
        // Arrange
        ReportContent classified = aRecord().viewedByReviewer().classification("A1").content(NOW);

        // Act
        ReportContent content = classified.unclassified();
        byte[] xml = CyberTipXml.fileDetails(1, "f", content.files().get(0));

        // Assert
        CyberTipSchema.ours().validate(xml);
        assertThat(children(SafeXml.parse(xml).getDocumentElement())).doesNotContain("industryClassification")
                .contains("fileViewedByEsp", "originalFileHash");
        assertThat(content.files()).extracting(ReportContent.FileContent::classification).containsOnlyNulls();
        assertThat(content.files().get(0).md5()).isEqualTo(classified.files().get(0).md5());
        assertThat(content.escalation()).isEqualTo(classified.escalation());
        assertThat(content.reported()).isEqualTo(classified.reported());
    }

    @Test
    @DisplayName("a file's details: viewed only if revealed, public, classification, MD5 and the upload's address")
    void fileDetails() {
        // Arrange
        ReportContent.FileContent file = aRecord().viewedByReviewer().classification("B2").content(NOW).files().get(0);
        ReportContent.FileContent unseen = aRecord().reportedThrough("upload-screening").content(NOW).files().get(0);

        // Act
        byte[] xml = CyberTipXml.fileDetails(7855775, "e3897339d92fa098db0675964ebfc76b", file);
        Element details = SafeXml.parse(xml).getDocumentElement();
        Element unseenDetails = SafeXml.parse(CyberTipXml.fileDetails(1, "f", unseen)).getDocumentElement();

        // Assert
        CyberTipSchema.ours().validate(xml);
        assertThat(children(details)).containsExactly("reportId", "fileId", "uploadedToEspTimestamp", "fileViewedByEsp", "publiclyAvailable", "industryClassification",
                "originalFileHash", "ipCaptureEvent");
        assertThat(text(details, "fileViewedByEsp")).isEqualTo("true");
        assertThat(text(details, "publiclyAvailable")).isEqualTo("true");
        assertThat(text(details, "industryClassification")).isEqualTo("B2");
        ReportContent.FileContent named = aRecord().url("https://platform.example/u/9/holiday%20photo.jpg?size=2")
                .content(NOW).files().get(0);
        assertThat(text(SafeXml.parse(CyberTipXml.fileDetails(1, "f", named)).getDocumentElement(),
                "originalFileName")).as("the platform's own name, from its URL").isEqualTo("holiday photo.jpg");
        assertThat(child(details, "originalFileHash").getAttribute("hashType")).isEqualTo("MD5");
        assertThat(text(details, "originalFileHash")).isEqualTo(file.md5());
        assertThat(text(child(details, "ipCaptureEvent"), "ipAddress")).isEqualTo("203.0.113.5");
        assertThat(text(unseenDetails, "fileViewedByEsp")).isEqualTo("false");
        assertThat(text(unseenDetails, "publiclyAvailable")).isEqualTo("false");
    }

    @Test
    @DisplayName("the schema refuses children out of order, a missing incidentSummary, an unknown incident type")
    void schemaRefuses() {
        // Arrange
        String outOfOrder = """
                <report><reporter><reportingPerson><email>a@b.example</email></reportingPerson></reporter>
                <incidentSummary><incidentType>Child Sex Tourism</incidentType>
                <incidentDateTime>2026-12-01T00:00:00Z</incidentDateTime></incidentSummary></report>""";
        String unknownType = """
                <report><incidentSummary><incidentType>Spam</incidentType>
                <incidentDateTime>2026-12-01T00:00:00Z</incidentDateTime></incidentSummary>
                <reporter><reportingPerson/></reporter></report>""";
        String noHashType = """
                <fileDetails><reportId>1</reportId><fileId>f</fileId><originalFileHash>ab</originalFileHash>
                </fileDetails>""";

        // Act / Assert
        for (String xml : List.of(outOfOrder, unknownType, noHashType)) {
            assertThatThrownBy(() -> CyberTipSchema.ours().validate(xml.getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOf(InvalidXmlException.class).hasMessageContaining("cvc-");
        }
    }

    @Test
    @DisplayName("a served schema that reaches outside itself, or a DTD in an answer, is refused")
    void outsideReferencesRefused() {
        // Arrange
        String importing = """
                <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
                <xs:include schemaLocation="http://127.0.0.1:1/evil.xsd"/></xs:schema>""";
        String entity = """
                <?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <reportResponse><responseCode>&x;</responseCode></reportResponse>""";

        // Act / Assert
        assertThatThrownBy(() -> CyberTipSchema.served(importing.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidXmlException.class);
        assertThatThrownBy(() -> SafeXml.parse(entity.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidXmlException.class).hasMessageContaining("DOCTYPE");
    }

    @Test
    @DisplayName("a record without files, url or uploader still makes a valid report")
    void bareRecord() {
        // Arrange
        ReportContent content = aRecord().noFiles().url(null).uploader(UploaderContext.none(null)).content(NOW);

        // Act
        byte[] xml = CyberTipXml.report(content);

        // Assert
        CyberTipSchema.ours().validate(xml);
        assertThat(children(SafeXml.parse(xml).getDocumentElement())).containsExactly("incidentSummary", "reporter");
        assertThat(OpenedRecords.reporter().email()).isNotBlank();
    }

    static List<String> children(Element element) {
        List<String> names = new ArrayList<>();
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element child) {
                names.add(child.getTagName());
            }
        }
        return names;
    }

    static Element child(Element parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element child && child.getTagName().equals(name)) {
                return child;
            }
        }
        throw new AssertionError("No <" + name + "> in <" + parent.getTagName() + ">");
    }

    static String text(Element parent, String name) {
        return child(parent, name).getTextContent();
    }
}
