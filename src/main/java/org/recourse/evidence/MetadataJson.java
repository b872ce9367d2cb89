package org.recourse.evidence;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.recourse.content.UploaderContext;
import org.recourse.platform.rest.JsonSupport;

/**
 * The sealed metadata as a JSON document: fields in a fixed order, times in ISO-8601 UTC, absent values as null (so a
 * receiver sees that a field was known to be empty). What it holds is exactly {@link EvidenceMetadata}: nothing about a
 * reporter exists there to be written.
 */
public final class MetadataJson {

    /** The document's format, first in it: a receiver checks it before reading on. */
    public static final String FORMAT = "recourse-evidence-metadata/1";

    private MetadataJson() {
    }

    /** The document, UTF-8. */
    public static byte[] write(EvidenceMetadata metadata) {
        EvidenceMetadata.Content c = metadata.content();
        JsonObjectBuilder content = JsonSupport.object()
                .add("platformContentId", text(c.platformContentId())).add("url", text(c.url()))
                .add("mediaType", text(c.mediaType())).add("uploadedAt", time(c.uploadedAt()))
                .add("firstSeen", time(c.firstSeen())).add("sha256", text(c.sha256())).add("md5", text(c.md5()))
                .add("pdq", text(c.pdq())).add("bytesPreserved", c.bytesPreserved());
        UploaderContext u = metadata.uploader();
        JsonArrayBuilder events = JsonSupport.array();
        u.ipEvents().forEach(e -> events.add(JsonSupport.object().add("ipAddress", text(e.ipAddress()))
                .add("type", e.type() == null ? JsonValue.NULL : JsonSupport.string(e.type().name()))
                .add("at", time(e.at())).add("port", e.port() == null ? JsonValue.NULL
                        : jakarta.json.Json.createValue(e.port()))));
        JsonObjectBuilder uploader = JsonSupport.object().add("uploaderId", text(u.uploaderId()))
                .add("screenName", text(u.screenName())).add("email", text(u.email()))
                .add("uploadedAt", time(u.uploadedAt())).add("ipEvents", events);
        JsonArrayBuilder reports = JsonSupport.array();
        metadata.reports().forEach(r -> reports.add(JsonSupport.object().add("category", text(r.category()))
                .add("filedAt", time(r.filedAt())).add("channel", text(r.channel()))
                .add("selfReported", r.selfReported()).add("details", text(r.details()))));
        EvidenceMetadata.DecisionSummary d = metadata.decision();
        JsonObjectBuilder decision = JsonSupport.object().add("decision", text(d.decision()))
                .add("reasonCode", text(d.reasonCode())).add("reviewer", text(d.reviewer()))
                .add("decidedAt", time(d.decidedAt())).add("classification", text(d.classification()))
                .add("imminentDanger", d.imminentDanger())
                .add("imminentDangerReason", text(d.imminentDangerReason())).add("note", text(d.note()));
        JsonArrayBuilder audit = JsonSupport.array();
        metadata.audit().forEach(a -> audit.add(JsonSupport.object().add("at", time(a.at()))
                .add("actor", text(a.actor())).add("action", text(a.action())).add("subject", text(a.subject()))
                .add("details", text(a.details()))));
        JsonObject document = JsonSupport.object().add("format", FORMAT).add("content", content)
                .add("uploader", uploader).add("reports", reports).add("decision", decision).add("audit", audit)
                .build();
        return document.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The metadata in a document this class wrote. */
    public static EvidenceMetadata read(byte[] json) {
        JsonObject document;
        try (var reader = JsonSupport.reader(new InputStreamReader(new ByteArrayInputStream(json),
                StandardCharsets.UTF_8))) {
            document = reader.readObject();
        }
        if (!FORMAT.equals(document.getString("format", null))) {
            throw new IllegalStateException("Not evidence metadata of format " + FORMAT + ".");
        }
        JsonObject c = document.getJsonObject("content");
        EvidenceMetadata.Content content = new EvidenceMetadata.Content(str(c, "platformContentId"), str(c, "url"),
                str(c, "mediaType"), instant(c, "uploadedAt"), instant(c, "firstSeen"), str(c, "sha256"),
                str(c, "md5"), str(c, "pdq"), c.getBoolean("bytesPreserved"));
        JsonObject u = document.getJsonObject("uploader");
        List<UploaderContext.IpCaptureEvent> events = u.getJsonArray("ipEvents").getValuesAs(JsonObject.class)
                .stream().map(e -> new UploaderContext.IpCaptureEvent(str(e, "ipAddress"),
                        e.isNull("type") ? null : UploaderContext.EventType.valueOf(e.getString("type")),
                        instant(e, "at"), e.isNull("port") ? null : e.getInt("port"))).toList();
        UploaderContext uploader = new UploaderContext(str(u, "uploaderId"), str(u, "screenName"), str(u, "email"),
                instant(u, "uploadedAt"), events);
        List<EvidenceMetadata.ReportSummary> reports = objects(document.getJsonArray("reports")).stream()
                .map(r -> new EvidenceMetadata.ReportSummary(str(r, "category"), instant(r, "filedAt"),
                        str(r, "channel"), r.getBoolean("selfReported"), str(r, "details"))).toList();
        JsonObject d = document.getJsonObject("decision");
        EvidenceMetadata.DecisionSummary decision = new EvidenceMetadata.DecisionSummary(str(d, "decision"),
                str(d, "reasonCode"), str(d, "reviewer"), instant(d, "decidedAt"), str(d, "classification"),
                d.getBoolean("imminentDanger"), str(d, "note"), str(d, "imminentDangerReason"));
        List<EvidenceMetadata.AuditEntry> audit = objects(document.getJsonArray("audit")).stream()
                .map(a -> new EvidenceMetadata.AuditEntry(instant(a, "at"), str(a, "actor"), str(a, "action"),
                        str(a, "subject"), str(a, "details"))).toList();
        return new EvidenceMetadata(content, uploader, reports, decision, audit);
    }

    private static List<JsonObject> objects(JsonArray array) {
        return array.getValuesAs(JsonObject.class);
    }

    private static JsonValue text(String value) {
        return value == null ? JsonValue.NULL : JsonSupport.string(value);
    }

    private static JsonValue time(Instant value) {
        return value == null ? JsonValue.NULL : JsonSupport.string(value.toString());
    }

    private static String str(JsonObject object, String name) {
        return object.isNull(name) ? null : object.getString(name);
    }

    private static Instant instant(JsonObject object, String name) {
        return object.isNull(name) ? null : Instant.parse(object.getString(name));
    }
}
