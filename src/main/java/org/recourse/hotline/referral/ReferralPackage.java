package org.recourse.hotline.referral;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.recourse.content.UploaderContext.IpCaptureEvent;
import org.recourse.evidence.EvidenceFile;
import org.recourse.evidence.OpenedEvidence;
import org.recourse.hotline.ReportContent;

/**
 * A referral package, for a hotline without an API or the police: a zip holding {@code report.json} (what a CyberTip
 * says, in neutral field names; the layout is documented in docs/legal.md) and the files under {@code files/}, named
 * by their place in the record. Made in memory: the decrypted bytes never touch the disk here.
 */
public final class ReferralPackage {

    /** The layout's name and version, the first field of report.json. */
    public static final String FORMAT = "recourse-referral/1";
    /** The entry that holds what the report says. */
    public static final String REPORT_ENTRY = "report" + ".json";

    private ReferralPackage() {
    }

    public static byte[] zip(String recipient, OpenedEvidence evidence, ReportContent content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry(REPORT_ENTRY));
            zip.write(json(recipient, evidence, content));
            zip.closeEntry();
            for (ReportContent.FileContent file : content.files()) {
                EvidenceFile bytes = evidence.files().get(file.position());
                zip.putNextEntry(new ZipEntry(path(file)));
                zip.write(bytes.bytes());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Where a file is in the package: {@code files/1-picture.png}, its name cut to safe characters. */
    static String path(ReportContent.FileContent file) {
        String name = file.name() == null ? "file" : file.name()
                .replaceAll("[^A-Za-z0-9._-]", "_");
        name = name.replaceAll("^\\.+", "_");
        return "files/" + (file.position() + 1) + "-" + name.substring(0, Math.min(name.length(), 100));
    }

    static byte[] json(String recipient, OpenedEvidence evidence, ReportContent content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator json = Json.createGeneratorFactory(java.util.Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createGenerator(out, StandardCharsets.UTF_8)) {
            json.writeStartObject().write("format", FORMAT).write("recipient", recipient);
            json.writeStartObject("record").write("id", evidence.recordId()).write("caseId", evidence.caseId())
                    .write("itemId", evidence.itemId());
            time(json, "sealedAt", evidence.sealedAt());
            text(json, "manifestSha256", evidence.manifestSha256());
            json.writeEnd();
            json.writeStartObject("incident").write("type", "child-sexual-abuse-material");
            time(json, "at", content.incidentAt());
            text(json, "escalation", content.escalation());
            json.writeEnd();
            json.writeStartObject("location");
            text(json, "url", content.url());
            if (content.thirdPartyHosted() == null) {
                json.writeNull("thirdPartyHosted");
            } else {
                json.write("thirdPartyHosted", content.thirdPartyHosted());
            }
            json.writeEnd();
            json.writeStartObject("reporter");
            person(json, "person", content.reporter());
            person(json, "contact", content.contact());
            json.writeEnd();
            reported(json, content.reported());
            json.writeStartArray("files");
            for (ReportContent.FileContent file : content.files()) {
                file(json, file, evidence.files().get(file.position()));
            }
            json.writeEnd().writeEnd();
        }
        return out.toByteArray();
    }

    private static void file(JsonGenerator json, ReportContent.FileContent file, EvidenceFile bytes) {
        json.writeStartObject().write("path", path(file));
        text(json, "originalFileName", file.originalFileName());
        text(json, "mediaType", file.mediaType());
        json.write("size", bytes.bytes().length);
        text(json, "md5", file.md5());
        text(json, "sha256", file.sha256());
        text(json, "pdq", bytes.pdq());
        json.write("viewedByStaff", file.viewedByStaff()).write("publiclyAvailable", file.publiclyAvailable());
        text(json, "classification", file.classification());
        time(json, "uploadedAt", file.uploadedAt());
        if (file.uploadEvent() == null) {
            json.writeNull("uploadIpEvent");
        } else {
            json.writeKey("uploadIpEvent");
            ipEvent(json, file.uploadEvent());
        }
        json.writeEnd();
    }

    private static void reported(JsonGenerator json, ReportContent.ReportedUser user) {
        if (user == null) {
            json.writeNull("reportedUser");
            return;
        }
        json.writeStartObject("reportedUser");
        text(json, "email", user.email());
        text(json, "platformUserId", user.platformUserId());
        text(json, "screenName", user.screenName());
        json.writeStartArray("ipEvents");
        user.ipEvents().forEach(event -> ipEvent(json, event));
        json.writeEnd().writeEnd();
    }

    private static void ipEvent(JsonGenerator json, IpCaptureEvent event) {
        json.writeStartObject();
        text(json, "ipAddress", event.ipAddress());
        text(json, "event", event.type() == null ? null : event.type().name().toLowerCase(Locale.ROOT));
        time(json, "at", event.at());
        if (event.port() == null) {
            json.writeNull("port");
        } else {
            json.write("port", event.port());
        }
        json.writeEnd();
    }

    private static void person(JsonGenerator json, String key, ReportContent.Person person) {
        if (person == null) {
            json.writeNull(key);
            return;
        }
        json.writeStartObject(key);
        text(json, "firstName", person.firstName());
        text(json, "lastName", person.lastName());
        text(json, "email", person.email());
        text(json, "phone", person.phone());
        json.writeEnd();
    }

    private static void text(JsonGenerator json, String key, String value) {
        if (value == null) {
            json.writeNull(key);
        } else {
            json.write(key, value);
        }
    }

    private static void time(JsonGenerator json, String key, Instant at) {
        text(json, key, at == null ? null : at.truncatedTo(ChronoUnit.SECONDS).toString());
    }
}
