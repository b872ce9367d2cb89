package org.recourse.screening.staydown.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.recourse.clients.Scope;
import org.recourse.clients.rest.RequiresScope;
import org.recourse.content.ContentItem;
import org.recourse.content.Registration;
import org.recourse.content.UploaderContextReader;
import org.recourse.matching.hash.DecoderBusyException;
import org.recourse.matching.hash.ImageRefusedException;
import org.recourse.matching.hash.PdqHash;
import org.recourse.platform.i18n.Messages;
import org.recourse.platform.rest.JsonBodies;
import org.recourse.platform.rest.JsonFields;
import org.recourse.platform.rest.JsonSupport;
import org.recourse.platform.rest.Problem;
import org.recourse.platform.validation.FieldProblem;
import org.recourse.screening.banks.HashType;
import org.recourse.screening.policy.UploadContext;
import org.recourse.screening.policy.UploadContextReader;
import org.recourse.screening.policy.UploadPolicy;
import org.recourse.screening.staydown.IndexLoadingException;
import org.recourse.screening.staydown.UploadScreening;

/**
 * Screening of uploads against the banks, the bans and content pending review, for the platform's services (scope
 * "screen").
 */
@ApplicationScoped
@Path("/v1/screen")
@Tag(name = "Screening", description = "Stay-down: uploads and accounts checked against banks and bans (API key)")
@SecurityRequirement(name = "apiKey")
public class ScreenResource {

    static final long MAX_UPLOAD_BODY = Registration.MAX_BYTES * 4L / 3 + 64 * 1024;
    private static final Set<String> UPLOAD_FIELDS = Set.of("contentId", "url", "mediaType", "uploaderId", "bytes",
            "sha256", "md5", "pdq", "vpdq", "uploadedAt", "uploader", UploadContextReader.FIELD);

    @Inject
    UploadScreening screening;

    @Inject
    VideoUploads videos;

    @Inject
    java.time.Clock clock;

    @Inject
    UploadPolicy policy;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @RequiresScope(Scope.SCREEN_UPLOADS)
    @Operation(operationId = "screenUpload",
            summary = "Screen an upload before publishing it", description = "ALLOW, REQUIRE_VERIFICATION (the upload "
            + "policy asks the platform to have its user verify, or name valid performer records, first), HOLD (the "
            + "upload policy holds it for review, or it matches content "
            + "hidden pending review, or a survivor's hash no reviewer has confirmed yet: do not publish it) or BLOCK "
            + "(it matches a confirmed bank entry, or the uploader is banned). With contentId and url, a HOLD or BLOCK "
            + "is itself reported: the item is registered hidden and joins or opens a case. The optional uploadedAt and "
            + "uploader (screenName, email, ipEvents) are those of POST /v1/content; they are kept only when the "
            + "upload is reported (HOLD or BLOCK with contentId and url), for a hotline report if it is removed. Every HOLD "
            + "or BLOCK has a statement of reasons, named by statementId (GET /v1/statements/{id}) for the platform to "
            + "show its user; without contentId it names the upload by the SHA-256 of the bytes (or the hash sent).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "#/components/schemas/UploadToScreen"), examples = {@ExampleObject(name = "by bytes",
            value = "{\"contentId\":\"img-9001\",\"url\":\"https://platform.example/p/img-9001\","
                    + "\"mediaType\":\"image/jpeg\",\"uploaderId\":\"user-33\",\"bytes\":\"/9j/4AAQSkZJRg...\"}"),
                @ExampleObject(name = "with its context", value = "{\"contentId\":\"img-9002\",\"url\":"
                    + "\"https://platform.example/p/img-9002\",\"uploaderId\":\"user-34\",\"sha256\":"
                    + "\"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\",\"context\":{"
                    + "\"accountAgeDays\":2,\"verification\":\"email\",\"anonymisingNetwork\":false,"
                    + "\"clientAddress\":\"203.0.113.9\",\"contentClass\":\"general\"}}")}))
    @APIResponse(responseCode = "200", description = "The verdict", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "#/components/schemas/ScreeningVerdict"),
            examples = {@ExampleObject(name = "blocked", value =
            "{\"verdict\":\"BLOCK\",\"uploaderBanned\":false,\"matches\":[{\"verdict\":\"BLOCK\",\"source\":"
                    + "\"Confirmed sexual images of children\",\"purpose\":\"CHILD_SEXUAL_IMAGERY\",\"hashType\":\"pdq\","
                    + "\"distance\":6,\"caseNumber\":\"C-000042\",\"entryId\":311,\"submission\":null}],"
                    + "\"caseNumber\":\"C-000077\","
                    + "\"reference\":\"K7QM-2XHD-9RTB-F4WS\",\"statementId\":\"sor_7k2m9q4x8r1t5w3z6b0c8d2f4h\"}"),
                @ExampleObject(name = "held by the upload policy", value = "{\"verdict\":\"HOLD\","
                    + "\"uploaderBanned\":false,\"matches\":[],\"policy\":{\"outcome\":\"HOLD_FOR_REVIEW\","
                    + "\"rule\":\"anonymous-new-account\",\"reason\":\"account_age_below=7; tor_exit=yes\","
                    + "\"reasonText\":\"This upload is held until a moderator has reviewed it, because the account is "
                    + "less than 7 days old, and it was sent through the Tor network.\",\"conditions\":[{\"condition\":"
                    + "\"account_age_below\",\"value\":\"7\"},{\"condition\":\"tor_exit\",\"value\":\"yes\"}],"
                    + "\"tier\":\"general_media\",\"version\":1},\"caseNumber\":\"C-000078\",\"reference\":"
                    + "\"P3WD-7KQM-2XHF-RT9B\",\"statementId\":\"sor_2m9q4x8r1t5w3z6b0c8d2f4h7k\"}")}))
    @APIResponse(responseCode = "422", description = "No bytes and no hash, a malformed field, or a picture that is "
            + "not decoded: over a decoding limit (pixels, bytes, JPEG scans, TIFF directories, expansion), in a refused "
            + "format (HEIF/HEIC, AVIF, JPEG XL, JPEG 2000, PSD, BigTIFF, a wrapped BMP, some TIFFs) or damaged; "
            + "errors[] names it (an uploader field too, e.g. uploader.ipEvents[0].ipAddress). JPEG, PNG, GIF, BMP, WebP and TIFF are decoded; other bytes get exact hashes only.")
    @APIResponse(responseCode = "503", description = "Too many pictures are being decoded, or this node is still loading "
            + "its stay-down index at start; send again after Retry-After")
    public Response screen(InputStream body, @Context HttpHeaders headers) {
        Messages messages = Messages.of(headers);
        JsonBodies.Parsed parsed = JsonBodies.readObject(body, MAX_UPLOAD_BODY);
        if (parsed.object() == null) {
            return parsed.malformed(messages);
        }
        List<FieldProblem> problems = new ArrayList<>();
        JsonFields fields = JsonFields.of(parsed.object(), UPLOAD_FIELDS, problems);
        String pdq = fields.string("pdq");
        String uploaderId = fields.string("uploaderId");
        UploadScreening.Upload upload = new UploadScreening.Upload(fields.string("contentId"), fields.string("url"),
                fields.string("mediaType"), uploaderId, fields.base64("bytes"), fields.string("sha256"),
                fields.string("md5"), pdq == null ? null : PdqHash.parse(pdq.strip()).orElse(null), null,
                UploaderContextReader.read(parsed.object(), uploaderId, clock.instant(), problems));
        UploadContext context = UploadContextReader.read(parsed.object(), problems);
        String vpdq = fields.string("vpdq");
        check(upload, pdq, problems);
        checkIdentity(upload, problems);
        if (vpdq != null && problems.stream().anyMatch(p -> p.messageKey().equals("api.error.screen.nothing"))) {
            problems.removeIf(p -> p.messageKey().equals("api.error.screen.nothing"));
        }
        if (!problems.isEmpty()) {
            return Problem.invalid(problems, messages, "api.error.invalid.content.title").toResponse();
        }
        try {
            // A video is decoded before screening's transaction opens: decoding may take up to the wall-clock limit.
            upload = withVideo(upload, videos.of(upload.bytes(), upload.mediaType(), vpdq));
        } catch (VideoUploads.Refused refused) {
            return refused.toResponse(messages);
        } catch (DecoderBusyException busy) {
            return busy(busy, messages);
        }
        return screened(upload, context, messages);
    }

    static UploadScreening.Upload withVideo(UploadScreening.Upload upload,
            org.recourse.matching.video.VpdqVideo video) {
        return upload.withVideo(video);
    }

    /**
     * Screens an upload whose fields are checked, under the upload policy for its context, and answers the verdict (or
     * why its picture is not screened).
     */
    public Response screened(UploadScreening.Upload upload, UploadContext context, Messages messages) {
        UploadScreening.Verdict verdict;
        try {
            verdict = screening.screen(upload, policy.decide(context));
        } catch (ImageRefusedException refused) {
            return Problem.invalid(List.of(new FieldProblem("bytes", refused.messageKey(), refused.arguments())),
                    messages, "api.error.invalid.content.title").toResponse();
        } catch (DecoderBusyException busy) {
            return busy(busy, messages);
        } catch (IndexLoadingException loading) {
            return loading(loading, messages);
        }
        JsonArrayBuilder matches = JsonSupport.array();
        verdict.matches().forEach(m -> {
            JsonObjectBuilder match = JsonSupport.object().add("verdict", m.outcome().name())
                    .add("source", m.source().text())
                    .add("hashType", m.hashType().code()).add("distance", m.distance());
            match.add("purpose", m.purpose() == null ? JsonValue.NULL : JsonSupport.string(m.purpose().name()));
            match.add("caseNumber", m.caseNumber() == null ? JsonValue.NULL : JsonSupport.string(m.caseNumber()));
            // A survivor's hash is named by its entry and submission number, never by the survivor's reference.
            match.add("entryId", m.entryId() == null ? JsonValue.NULL : Json.createValue(m.entryId()));
            match.add("submission", m.submission() == null ? JsonValue.NULL : JsonSupport.string(m.submission()));
            matches.add(match);
        });
        JsonObjectBuilder json = JsonSupport.object().add("verdict", PolicyAnswer.verdict(verdict))
                .add("uploaderBanned", verdict.uploaderBanned()).add("matches", matches);
        if (verdict.policy() != null) {
            json.add("policy", PolicyAnswer.of(verdict.policy(), messages));
        }
        if (verdict.caseNumber() != null) {
            json.add("caseNumber", verdict.caseNumber()).add("reference", verdict.reference());
        }
        if (verdict.statementId() != null) {
            json.add("statementId", verdict.statementId());
        }
        return Response.ok(json.build().toString(), MediaType.APPLICATION_JSON).build();
    }

    /** 503 with Retry-After: the picture may be fine, the node's decoding memory was taken for too long. */
    static Response busy(DecoderBusyException busy, Messages messages) {
        long seconds = Math.max(1, busy.retryAfter().toSeconds());
        return Response.fromResponse(Problem.of(503, messages.get("api.error.picture.busy.title"),
                messages.get("api.error.picture.busy.detail", seconds)).toResponse())
                .header("Retry-After", seconds).build();
    }

    /** 503 with Retry-After: this node is still reading its stay-down index at start; nothing was stored. */
    static Response loading(IndexLoadingException loading, Messages messages) {
        long seconds = Math.max(1, loading.retryAfter().toSeconds());
        return Response.fromResponse(Problem.of(503, messages.get("api.error.screening.loading.title"),
                messages.get("api.error.screening.loading.detail", seconds)).toResponse())
                .header("Retry-After", seconds).build();
    }

    /** Every problem at once; {@code pdq} as sent (the upload holds it only if it is a PDQ hash). */
    static void check(UploadScreening.Upload upload, String pdq, List<FieldProblem> problems) {
        if (upload.bytes() == null && upload.sha256() == null && upload.md5() == null && pdq == null) {
            problems.add(FieldProblem.of("bytes", "api.error.screen.nothing"));
        }
        hex(HashType.SHA256, upload.sha256(), "sha256", "api.error.content.sha256.malformed", problems);
        hex(HashType.MD5, upload.md5(), "md5", "api.error.content.md5.malformed", problems);
        if (pdq != null && upload.pdq() == null) {
            problems.add(FieldProblem.of("pdq", "api.error.content.pdq.malformed"));
        }
        if ((upload.contentId() == null) != (upload.url() == null)) {
            problems.add(FieldProblem.of(upload.contentId() == null ? "contentId" : "url", "api.error.screen.both"));
        }
        if (upload.contentId() != null && !ContentItem.PLATFORM_ID.matcher(upload.contentId()).matches()) {
            problems.add(FieldProblem.of("contentId", "api.error.content.contentId.malformed"));
        }
        if (upload.url() != null && !upload.url().matches("(?i)https?://[^\\s/?#]+[^\\s]{0,2000}")) {
            problems.add(FieldProblem.of("url", "api.error.content.url.malformed"));
        }
        if (upload.bytes() != null && upload.bytes().length > Registration.MAX_BYTES) {
            problems.add(FieldProblem.of("bytes", "api.error.content.bytes.tooLarge", Registration.MAX_BYTES / (1024 * 1024)));
        }
    }

    /**
     * With {@code contentId} and {@code url}, a held or blocked upload is registered hidden under them, and an item is
     * registered by its bytes or their SHA-256 (as on {@code /api/v1/content}). Asked of every such request, not only
     * of one that turns out held: a hold that could not be registered answered 500 before, and the platform would learn
     * of the rule only on the day a survivor's hash matched.
     */
    static void checkIdentity(UploadScreening.Upload upload, List<FieldProblem> problems) {
        if (upload.contentId() != null && upload.bytes() == null && upload.sha256() == null) {
            problems.add(FieldProblem.of("sha256", "api.error.screen.identity"));
        }
    }

    private static void hex(HashType type, String value, String field, String key, List<FieldProblem> problems) {
        if (value != null && type.canonical(value).isEmpty()) {
            problems.add(FieldProblem.of(field, key));
        }
    }
}
