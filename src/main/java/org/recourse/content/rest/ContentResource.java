package org.recourse.content.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
import org.recourse.content.ContentRegistry;
import org.recourse.content.Registration;
import org.recourse.content.UploaderContext;
import org.recourse.content.UploaderContextReader;
import org.recourse.matching.hash.DecoderBusyException;
import org.recourse.matching.video.VpdqVideo;
import org.recourse.platform.i18n.Messages;
import org.recourse.platform.persistence.InsertRaces;
import org.recourse.platform.rest.JsonBodies;
import org.recourse.platform.rest.JsonFields;
import org.recourse.platform.rest.JsonSupport;
import org.recourse.platform.rest.Problem;
import org.recourse.platform.validation.FieldProblem;

/**
 * The platform registers what it hosts and asks whether it may show it. Answers come from the database at the moment
 * of asking: once a report has hidden an item, no node answers "served" for it until a decision restores it.
 */
@ApplicationScoped
@Path("/v1/content")
@Tag(name = "Content", description = "Registering the platform's content and asking its visibility (API key)")
@SecurityRequirement(name = "apiKey")
public class ContentResource {

    /** Base64 of the largest registrable picture, with room for the other fields. */
    static final long MAX_REGISTRATION_BODY = Registration.MAX_BYTES * 4L / 3 + 64 * 1024;
    static final long MAX_BATCH_BODY = 512 * 1024;
    private static final Set<String> FIELDS = Set.of("contentId", "url", "mediaType", "uploaderId", "sha256", "bytes",
            "md5", "pdq", "vpdq", "uploadedAt", "uploader");

    @Inject
    ContentRegistry registry;

    @Inject
    org.recourse.content.VideoFingerprints videos;

    @Inject
    java.time.Clock clock;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @RequiresScope(Scope.REGISTER_CONTENT)
    @Operation(operationId = "registerContent",
            summary = "Register an item the platform hosts", description = "With its bytes (base64) or at least "
            + "their SHA-256. A video's bytes are fingerprinted (vPDQ, a frame a second); a video registered without "
            + "bytes may carry its vPDQ as the reference's text (frame_number,quality,pdq_hex,timestamp lines). "
            + "Registering the same item again with the same details is not an error (200): what it says of the "
            + "uploader is added once. Optional, for a report to a hotline if the item is ever removed: uploadedAt "
            + "(ISO-8601 time with offset, not in the future) and uploader {screenName (at most 200 characters), email "
            + "(at most 254), ipEvents: at most 50 of {ipAddress (an IPv4 or IPv6 literal, no port, no name), event "
            + "(login, registration, purchase, upload, other or unknown; unknown if left out), at (ISO-8601, required), "
            + "port (0-65535)}}. Kept apart from the item and erased after recourse.content.uploader-context.retention "
            + "(90 days) unless the item is removed.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = "#/components/schemas/ContentRegistration"), examples = {@ExampleObject(name = "by hash",
            value = "{\"contentId\":\"img-8841\",\"url\":\"https://platform.example/p/img-8841\","
                    + "\"mediaType\":\"image/jpeg\",\"uploaderId\":\"user-1207\",\"sha256\":"
                    + "\"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\"}"),
            @ExampleObject(name = "with the uploader's account", value = "{\"contentId\":\"img-8843\","
                    + "\"url\":\"https://platform.example/p/img-8843\",\"mediaType\":\"image/jpeg\","
                    + "\"uploaderId\":\"user-1207\",\"sha256\":"
                    + "\"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\","
                    + "\"uploadedAt\":\"2026-12-01T09:58:12Z\",\"uploader\":{\"screenName\":\"sunny_day\","
                    + "\"email\":\"sunny@mail.example\",\"ipEvents\":[{\"ipAddress\":\"203.0.113.7\","
                    + "\"event\":\"upload\",\"at\":\"2026-12-01T09:58:10Z\",\"port\":51234},"
                    + "{\"ipAddress\":\"2001:db8::1\",\"event\":\"login\",\"at\":\"2026-11-30T20:01:00Z\"}]}}")}))
    @APIResponse(responseCode = "201", description = "Registered; Location is the item's visibility", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "#/components/schemas/ContentVisibility")))
    @APIResponse(responseCode = "200", description = "Already registered with these details", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "#/components/schemas/ContentVisibility")))
    @APIResponse(responseCode = "401", description = "No key, or a wrong or revoked one")
    @APIResponse(responseCode = "403", description = "The key lacks the scope content:register")
    @APIResponse(responseCode = "409", description = "The id is registered with other details; nothing changed")
    @APIResponse(responseCode = "422", description = "Fields are wrong, or the bytes are a picture that is not decoded: "
            + "over a decoding limit (pixels, bytes, JPEG scans, TIFF directories, expansion), in a refused format "
            + "(HEIF/HEIC, AVIF, JPEG XL, JPEG 2000, PSD, BigTIFF, a wrapped BMP, some TIFFs) or damaged; or the bytes "
            + "are (or are declared as) a video that is not decoded (api.error.video.*: format, codec, size, frame "
            + "rate, duration, time); or vpdq is not the reference's text (api.error.vpdq.*, naming the line); or the "
            + "uploader's fields are wrong (api.error.uploader.*, naming e.g. uploader.ipEvents[3].at); errors[] "
            + "names each, and nothing is stored")
    @APIResponse(responseCode = "503", description = "Too many pictures are being decoded; send again after Retry-After")
    public Response register(InputStream body, @Context HttpHeaders headers, @Context UriInfo uri) {
        Messages messages = Messages.of(headers);
        JsonBodies.Parsed parsed = JsonBodies.readObject(body, MAX_REGISTRATION_BODY);
        if (parsed.object() == null) {
            return parsed.malformed(messages);
        }
        List<FieldProblem> problems = new ArrayList<>();
        JsonFields fields = JsonFields.of(parsed.object(), FIELDS, problems);
        String uploaderId = fields.string("uploaderId");
        UploaderContext uploader = UploaderContextReader.read(parsed.object(), uploaderId, clock.instant(), problems);
        Registration registration = new Registration(fields.string("contentId"), fields.string("url"),
                fields.string("mediaType"), uploaderId, fields.string("sha256"), fields.base64("bytes"),
                fields.string("md5"), fields.string("pdq"), fields.string("vpdq"), uploader);
        if (!problems.isEmpty()) {
            // Also name what is wrong with the fields that did have the right type: every mistake in one answer.
            Set<String> flagged = new java.util.HashSet<>();
            problems.forEach(p -> flagged.add(p.field()));
            registration.check().stream().filter(p -> !flagged.contains(p.field())).forEach(problems::add);
            return Problem.invalid(problems, messages, "api.error.invalid.content.title").toResponse();
        }
        try {
            // A video is decoded before the transaction opens: decoding may take up to the wall-clock limit.
            registry.checked(registration);
            VpdqVideo video = videos.of(registration).orElse(null);
            // One new contentId registered twice at the same moment: the second insert loses to the unique id, and
            // once more it finds the first (200 if the same item, 409 if not) instead of answering 500.
            ContentRegistry.Registered registered = InsertRaces.retry(() -> registry.register(registration, video));
            JsonObject json = status(registered.status()).build();
            return registered.created()
                    ? Response.created(uri.getBaseUriBuilder().path("v1/content").path(registration.contentId()).build())
                            .type(MediaType.APPLICATION_JSON).entity(json.toString()).build()
                    : Response.ok(json.toString(), MediaType.APPLICATION_JSON).build();
        } catch (ContentRegistry.InvalidException e) {
            return Problem.invalid(e.problems(), messages, "api.error.invalid.content.title").toResponse();
        } catch (ContentRegistry.ConflictException e) {
            return Problem.of(409, messages.get("api.error.content.conflict.title"),
                    messages.get("api.error.content.conflict.detail", registration.contentId())).toResponse();
        } catch (DecoderBusyException busy) {
            // The picture may be fine: the node's decoding memory was taken for longer than a request waits.
            long seconds = Math.max(1, busy.retryAfter().toSeconds());
            return Response.fromResponse(Problem.of(503, messages.get("api.error.picture.busy.title"),
                    messages.get("api.error.picture.busy.detail", seconds)).toResponse())
                    .header("Retry-After", seconds).build();
        }
    }

    @GET
    @Path("{contentId}")
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @RequiresScope(Scope.READ_VISIBILITY)
    @Operation(operationId = "getContentVisibility",
            summary = "Whether an item may be shown, and since when")
    @APIResponse(responseCode = "200", description = "The item's visibility", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "#/components/schemas/ContentVisibility"),
            examples = @ExampleObject(name = "hidden", value =
            "{\"contentId\":\"img-8841\",\"visibility\":\"HIDDEN_PENDING_REVIEW\",\"served\":false,"
                    + "\"since\":\"2026-12-01T10:00:00Z\",\"sequence\":1}")))
    @APIResponse(responseCode = "404", description = "No item is registered with that id")
    public Response visibility(@PathParam("contentId") String contentId, @Context HttpHeaders headers) {
        return registry.status(contentId)
                .map(status -> Response.ok(status(status).build().toString(), MediaType.APPLICATION_JSON).build())
                .orElseGet(() -> Problem.of(404, Messages.of(headers).get("api.error.content.unknown.title"),
                        Messages.of(headers).get("api.error.content.unknown.detail", contentId)).toResponse());
    }

    @POST
    @Path("visibility")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @RequiresScope(Scope.READ_VISIBILITY)
    @Operation(operationId = "getContentVisibilities",
            summary = "The visibility of up to 1,000 items at once", description = "Items in the order asked; "
            + "ids that are not registered are listed apart.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "batch",
            value = "{\"contentIds\":[\"img-8841\",\"img-8842\"]}")))
    @APIResponse(responseCode = "200", description = "The visibility of each registered item")
    @APIResponse(responseCode = "422", description = "No list, more than 1,000 ids, or an id that is not a string")
    public Response batch(InputStream body, @Context HttpHeaders headers) {
        Messages messages = Messages.of(headers);
        JsonBodies.Parsed parsed = JsonBodies.readObject(body, MAX_BATCH_BODY);
        if (parsed.object() == null) {
            return parsed.malformed(messages);
        }
        List<FieldProblem> problems = new ArrayList<>();
        List<String> ids = JsonFields.of(parsed.object(), Set.of("contentIds"), problems).strings("contentIds");
        if (problems.isEmpty() && ids.isEmpty()) {
            problems.add(FieldProblem.of("contentIds", "api.error.content.batch.empty"));
        }
        if (ids.size() > ContentRegistry.MAX_BATCH) {
            problems.add(FieldProblem.of("contentIds", "api.error.content.batch.tooMany", ContentRegistry.MAX_BATCH,
                    ids.size()));
        }
        if (!problems.isEmpty()) {
            return Problem.invalid(problems, messages, "api.error.invalid.content.title").toResponse();
        }
        Set<String> asked = new LinkedHashSet<>(ids);
        Map<String, ContentRegistry.Status> found = registry.statuses(asked);
        JsonArrayBuilder items = JsonSupport.array();
        found.values().forEach(status -> items.add(status(status)));
        JsonArrayBuilder unknown = JsonSupport.array();
        asked.stream().filter(id -> !found.containsKey(id)).forEach(unknown::add);
        return Response.ok(JsonSupport.object().add("items", items).add("unknown", unknown).build().toString(),
                MediaType.APPLICATION_JSON).build();
    }

    private static JsonObjectBuilder status(ContentRegistry.Status status) {
        return JsonSupport.object()
                .add("contentId", status.contentId())
                .add("visibility", status.visibility().name())
                .add("served", status.served())
                .add("since", status.since().toString())
                .add("sequence", status.sequence());
    }


}
