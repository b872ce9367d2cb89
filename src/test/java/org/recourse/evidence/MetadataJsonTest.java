package org.recourse.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.recourse.content.UploaderContext;

/**
 * The sealed metadata document: fields in a fixed order, ISO times, read back to the same record, and no field about a
 * reporter (reports carry category, time, channel, self-report and words only).
 */
@DisplayName("Evidence metadata as JSON")
class MetadataJsonTest {

    private static final Instant AT = Instant.parse("2026-12-06T09:30:00.123456Z");

    private static EvidenceMetadata metadata() {
        return new EvidenceMetadata(
                new EvidenceMetadata.Content("p-1", "https://platform.example/p/1", "image/jpeg", AT, AT,
                        "a".repeat(64), "b".repeat(32), "c".repeat(64), true),
                new UploaderContext("u-1", "screen", "uploader@example.net", AT, List.of(
                        new UploaderContext.IpCaptureEvent("203.0.113.7", UploaderContext.EventType.UPLOAD, AT, 443),
                        new UploaderContext.IpCaptureEvent("2001:db8::1", null, null, null))),
                List.of(new EvidenceMetadata.ReportSummary("child_sexual_imagery", AT, "person", false, "words")),
                new EvidenceMetadata.DecisionSummary("REMOVE", "CHILD_SEXUAL_ABUSE_MATERIAL", "mona", AT, "A1", true,
                        null, "named child"),
                List.of(new EvidenceMetadata.AuditEntry(AT, "mona", "item.decided", "C-000001/item-1", "REMOVE")));
    }

    @Test
    @DisplayName("reads back to the same metadata, with times to the microsecond")
    void roundTrip() {
        EvidenceMetadata metadata = metadata();

        assertThat(MetadataJson.read(MetadataJson.write(metadata))).isEqualTo(metadata);
    }

    @Test
    @DisplayName("is the same bytes each time, fields in a fixed order, format first")
    void stable() {
        String json = new String(MetadataJson.write(metadata()), StandardCharsets.UTF_8);

        assertThat(json).startsWith("{\"format\":\"recourse-evidence-metadata/1\",\"content\":{\"platformContentId\"")
                .contains("\"uploadedAt\":\"2026-12-06T09:30:00.123456Z\"");
        assertThat(MetadataJson.write(metadata())).isEqualTo(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("a report has no field that could name or reach its reporter")
    void noReporterFields() {
        String json = new String(MetadataJson.write(metadata()), StandardCharsets.UTF_8);
        JsonObject report = jakarta.json.Json.createReader(new StringReader(json)).readObject()
                .getJsonArray("reports").getJsonObject(0);

        assertThat(report.keySet()).containsExactly("category", "filedAt", "channel", "selfReported", "details");
        assertThat(json.toLowerCase()).doesNotContain("reference").doesNotContain("contact")
                .doesNotContain("reporter");
    }
}
