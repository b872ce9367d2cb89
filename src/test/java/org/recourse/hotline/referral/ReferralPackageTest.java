package org.recourse.hotline.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.recourse.hotline.OpenedRecords.aRecord;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recourse.evidence.OpenedEvidence;
import org.recourse.evidence.RecordReported;
import org.recourse.hotline.HotlineDelivery;
import org.recourse.hotline.OpenedRecords;
import org.recourse.hotline.ReportContent;
import org.recourse.hotline.ReportContents;

@DisplayName("A referral package: report.json with what a CyberTip says, and the files")
class ReferralPackageTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    @Test
    @DisplayName("holds report.json in the documented layout and each file under files/, byte for byte")
    void layout() throws IOException {
        // Arrange
        byte[] bytes = "the picture".getBytes(StandardCharsets.UTF_8);
        OpenedEvidence record = aRecord().noFiles().withFile("content/1.jpg", "image/jpeg", bytes)
                .imminentDanger("now").viewedByReviewer().build();
        ReportContent content = ReportContents.of(record, OpenedRecords.reporter(), null, NOW);

        // Act
        HotlineDelivery.Outcome outcome = new ReferralPackageDelivery(Recipient.CYBERTIP_CA)
                .deliver(record, content, HotlineDelivery.Progress.NONE);

        // Assert
        HotlineDelivery.Packaged packaged = (HotlineDelivery.Packaged) outcome;
        assertThat(packaged.fileName()).isEqualTo("referral-cybertip-ca-record-41.zip");
        Map<String, byte[]> entries = unzip(packaged.zip());
        assertThat(entries).containsOnlyKeys("report.json", "files/1-1.jpg");
        assertThat(entries.get("files/1-1.jpg")).isEqualTo(bytes);
        JsonObject json = Json.createReader(new ByteArrayInputStream(entries.get("report.json"))).readObject();
        assertThat(json.getString("format")).isEqualTo("recourse-referral/1");
        assertThat(json.getString("recipient")).isEqualTo("cybertip-ca");
        assertThat(json.getJsonObject("record").getJsonNumber("id").longValue()).isEqualTo(41);
        assertThat(json.getJsonObject("incident").getString("escalation")).isEqualTo("now");
        assertThat(json.getJsonObject("incident").getString("at")).isEqualTo("2026-12-01T09:59:00Z");
        assertThat(json.getJsonObject("location").getString("url")).isEqualTo("https://platform.example/media/img-8841");
        assertThat(json.getJsonObject("reporter").isNull("contact")).isTrue();
        assertThat(json.getJsonObject("reportedUser").getString("platformUserId")).isEqualTo("user-42");
        assertThat(json.getJsonObject("reportedUser").getJsonArray("ipEvents")).hasSize(2);
        JsonObject file = json.getJsonArray("files").getJsonObject(0);
        assertThat(file.getString("path")).isEqualTo("files/1-1.jpg");
        assertThat(file.getString("md5")).isEqualTo(record.files().get(0).md5());
        assertThat(file.getBoolean("viewedByStaff")).isTrue();
        assertThat(file.getString("classification")).isEqualTo("A1");
        assertThat(file.getJsonObject("uploadIpEvent").getString("event")).isEqualTo("upload");
    }

    @Test
    @DisplayName("a hostile file name cannot leave files/ or hide as a dot file")
    void hostileNames() {
        // Arrange
        ReportContent.FileContent traversal = new ReportContent.FileContent(0, "../../etc/passwd", null, null, null, null,
                false, true, null, null, null);
        ReportContent.FileContent dots = new ReportContent.FileContent(1, "..", null, null, null, null, false, true, null,
                null, null);

        // Act / Assert
        assertThat(ReferralPackage.path(traversal)).isEqualTo("files/1-__.._etc_passwd");
        assertThat(ReferralPackage.path(dots)).isEqualTo("files/2-_");
    }

    @Test
    @DisplayName("police recipients are police notifications (the Canadian clock), the others hotline reports")
    void kinds() {
        assertThat(Recipient.POLICE_CA.kind()).isEqualTo(RecordReported.Kind.POLICE_NOTIFICATION);
        assertThat(Recipient.OTHER_POLICE.kind()).isEqualTo(RecordReported.Kind.POLICE_NOTIFICATION);
        assertThat(Recipient.CYBERTIP_CA.kind()).isEqualTo(RecordReported.Kind.HOTLINE_REPORT);
        assertThat(Recipient.ofCode("police-ca")).contains(Recipient.POLICE_CA);
        assertThat(Recipient.ofCode("nobody")).isEmpty();
    }

    @Test
    @DisplayName("a recorded referral tells the vault whom, what kind, their reference and when; never in the future")
    void referralEvent() {
        // Arrange
        HotlineReferral referral = new HotlineReferral(41, 7, Recipient.POLICE_CA, " RCMP-1 ", NOW.minusSeconds(60),
                "admin", NOW);

        // Act
        RecordReported event = referral.event();

        // Assert
        assertThat(event).isEqualTo(new RecordReported(41, "police-ca", RecordReported.Kind.POLICE_NOTIFICATION,
                "RCMP-1", NOW.minusSeconds(60), "admin"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new HotlineReferral(41, 7, Recipient.CYBERTIP_CA,
                null, NOW.plusSeconds(60), "admin", NOW)).hasMessage("hotline.referral.error.future");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new HotlineReferral(41, 7, Recipient.CYBERTIP_CA,
                "x".repeat(201), NOW, "admin", NOW)).hasMessage("hotline.referral.error.reference");
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}
